"""A blood sugar low enough to be dangerous now (English and Spanish)."""

from __future__ import annotations

from triage.domain.safety_net.rule import make_rule

SUGAR_RULES = (
    make_rule(
        "low_blood_sugar",
        "sugar glucose meter dexcom libre cgm glucosa azucar",
        r"(?:sugar|glucose|bg|meter|cgm|dexcom|libre|glucosa|azucar) (?:y |and )?(?:is |s |says |"
        r"reads |shows "
        r"|read |marca |de |esta en |salio en |dropped to |just dropped to |bajo a |is down to )?"
        r"(?:only |just |like |at |around |en )?(?:[1-4]\d)\b(?! ?(?:years|year|yrs|yo|percent|%"
        r"|pounds|lbs|kg|minutes|mins|min|days|weeks|months|units|anos|dias|semanas|meses|\.\d))",
    ),
    make_rule(
        "low_blood_sugar",
        "meter",
        r"meter (?:just )?(?:says|reads|shows|is showing) (?:hi|high|lo|low)\b",
        negatable=False,
    ),
)
