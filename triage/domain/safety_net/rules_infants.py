"""A baby under about three months with a fever, or limp or not feeding (English and Spanish)."""

from __future__ import annotations

from triage.domain.safety_net.rule import make_rule
from triage.domain.safety_net.vocabulary import YOUNG_INFANT

INFANT_RULES = (
    make_rule(
        "sick_infant",
        "fever temp temperature limp floppy fiebre calentura",
        r"(?:has|have|got|running|runs|with|spiked|spiking|developed) (?:a |an )?(?:high |low "
        r"grade |slight |little )?fever\b|(?:fever|temp|temperature) (?:of|is|at|says|reads|"
        r"went up to) (?:almost |over |about )?(?:10[0-6]|3[89]|4[0-2])|(?:is|s|went|seems|looks"
        r"|so|really|very|kind of|kinda) (?:limp|floppy)\b|(?:tiene|con|le dio|amanecio con) "
        r"(?:fiebre|calentura)\b",
        needs=YOUNG_INFANT,
    ),
    make_rule(
        "sick_infant",
        "feed feeding nurse nursing bottle comer",
        r"(?:wont|will not|isnt|is not|refuses to|stopped) (?:feed|feeding|nurse|nursing|take a "
        r"bottle|taking a bottle|taking the bottle|eat|eating)\b|no quiere comer\b",
        negatable=False,  # the refusal is the danger sign, not a denial of it
        needs=YOUNG_INFANT,
    ),
)
