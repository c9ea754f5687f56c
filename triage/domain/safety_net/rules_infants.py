"""A baby under about three months with a fever, or limp or not feeding; a child with a fever
and a purple rash, or dried out and too weak (English and Spanish)."""

from __future__ import annotations

from triage.domain.safety_net.normalise import compile
from triage.domain.safety_net.rule import make_rule
from triage.domain.safety_net.vocabulary import YOUNG_INFANT

INFANT_RULES = (
    make_rule(
        "sick_infant",
        "fever temp temperature limp floppy fiebre calentura rectal rectally axillary fahrenheit",
        r"(?:has|have|got|running|runs|with|spiked|spiking|developed) (?:a |an )?(?:high |low "
        r"grade |slight |little )?fever\b|(?:fever|temp|temperature) (?:of|is|at|says|reads|"
        r"went up to)? ?(?:almost |over |about )?(?:10[0-6]|3[89]|4[0-2])|(?:10[0-6]|3[89])"
        r"(?:\.\d)? (?:rectal|rectally|axillary|under the arm|forehead|ear|f|fahrenheit)\b|"
        r"(?:is|s|went|seems|looks"
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

# A purple rash that does not fade under pressure, with a fever, is the sign of sepsis and
# meningitis parents are taught to act on at once.
_FEVERISH = compile(
    r"\b(?:fever|feverish|temp|temperature|10[1-6]|3[89]|40|fiebre|calentura|lethargic|floppy|"
    r"stiff neck|letargic[oa]|decaid[oa]|cuello rigido)\b"
)
_BRUISES = compile(
    r"\b(?:bruis\w*|bumped|from (?:soccer|sports|practice|football|the game|a fall)|no fever|"
    r"without (?:a )?fever|sin fiebre|moreton\w*|golpe\w*)\b"
)
_TOO_WEAK = compile(
    r"\b(?:sunken|too weak|so weak|very weak|lethargic|limp|floppy|listless|wont wake|hard to "
    r"wake|no tears|hundidos|muy debil|decaid[oa]|sin lagrimas|no despierta)\b"
)
CHILD_RULES = (
    make_rule(
        "purple_rash",
        "purple purplish pinpoint fade moradas moraditas",
        r"(?:purple|purplish|pinpoint|dark red) (?:spots|dots|rash|blotches|specks|marks)\b|rash "
        r"(?:of|with) (?:tiny |little |small )?(?:purple|purplish|dark red|pinpoint) (?:spots|"
        r"dots|specks)\b|(?:dont|do not|doesnt|does not|wont|didnt) (?:fade|go away|blanch|"
        r"disappear) (?:when|under|with) (?:i |we )?(?:press|pressing|a glass|the glass)\b|"
        r"(?:manchitas|manchas|puntitos|puntos|ronchas) (?:morad[oa]s|moradit[oa]s|rojo oscuro)\b",
        veto=_BRUISES,
        needs=_FEVERISH,
    ),
    make_rule(
        "dehydration",
        "peed urinated diaper diapers orinado pipi",
        r"(?:hasnt|has not|havent|have not|no ha|no han) (?:peed|urinated|had a wet diaper|had any "
        r"wet diapers|wet a diaper|orinado|hecho pipi)\b|no wet diapers (?:since|in|for)\b",
        negatable=False,
        needs=_TOO_WEAK,
    ),
)
