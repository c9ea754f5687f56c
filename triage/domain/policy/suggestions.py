"""Suggestions outside the habit list: "try going to bed earlier", "yo le bajaría la pastilla"."""

from triage.domain.policy.matching import Rule, lazy, rx
from triage.domain.policy.vocabulary import CANNOT, MED

# Trying something with the portal or the phone is not care.
_ADMIN_EN = (
    r"(?!(?:calling|contacting|reaching|logging|signing|refreshing|messaging|emailing|texting"
    r"|booking|scheduling|rescheduling|visiting|clearing|restarting|reloading|updating"
    r"|resetting|searching|checking|using|downloading|again|back|another|our|the portal"
    r"|to call|to reach|to contact|to log|to sign|to book|to schedule|to arrive|to come"
    r"|to get here|to make it|to find|to answer|to respond|to reply|to get back|to help"
    r"|to keep|to visit|to use|to check|to update|to refresh|to download"
    r"|(?:some|any|no|every)thing)\b)"
)
_ADMIN_ES = (
    r"(?!(?:llamar|llamarnos|contactar|contactarnos|escribir|escribirnos|entrar|iniciar"
    r"|ingresar|agendar|reservar|actualizar|reiniciar|buscar|visitar|llegar|venir|usar|de"
    r"|otra|nuevamente|descargar|revisar)\b)"
)
_SPEAKER = lazy(
    r"(?:\b(?:we|we'll|we're|i|i'll|they|staff|our \w+)\s*$)"
    rf"|(?:{CANNOT.pattern})"
)
_PRAISE = (
    r"(?:mano de santo|santo remedio|works wonders|work wonders|does wonders|do wonders|does"
    r" the trick|do the trick|is magic|are magic|is a lifesaver|are a lifesaver|is a game"
    r" changer|funciona de maravilla|funcionan de maravilla|hace maravillas|hacen maravillas"
    r"|es lo mejor para|son lo mejor para|is the best (?:thing )?for|are the best for"
    r"|es buenisim[oa] para|es muy buen[oa] para|is great for|are great for)"
)
_CHANGE_ES = (
    r"(?:bajaria|subiria|aumentaria|reduciria|disminuiria|duplicaria|doblaria|quitaria"
    r"|suspenderia|dejaria|cambiaria|partiria|saltaria|omitiria|tomaria|bajaba|subia"
    r"|bajale|bajele|subale|subele|partela|partala|quitale|quitele|dejala|dejela|dejale"
    r"|dejele)"
)

_SUGGESTION_RULES = (
    Rule(
        "medical_advice.directive",
        rx(
            rf"\b(?:try|trying|maybe try|just try) {_ADMIN_EN}[a-z]+ing\b",
            rf"\b(?:intenta|intente|intentar|prueba|pruebe|probar|trata de|trate de|procura"
            rf"|procure) {_ADMIN_ES}[a-z]+(?:ar|er|ir)(?:te|se|lo|la)?\b",
        ),
        unless_before=_SPEAKER,
    ),
    Rule(
        "medical_advice.directive",
        rx(
            # A remedy praised rather than prescribed: "manzanilla con miel, mano de santo".
            rf"\b{MED}\b[^.!?]{{0,60}}\b{_PRAISE}\b",
            rf"\b{_PRAISE}\b[^.!?]{{0,20}}[:,-] ?[^.!?]{{0,30}}\b{MED}\b",
        ),
        unless_before=CANNOT,
    ),
    Rule(
        "medical_advice.medicine",
        rx(
            # What I would do with their medicine: "yo le bajaría a la mitad la pastilla".
            rf"\b(?:yo )?(?:(?:le|te|se|la|lo) )?{_CHANGE_ES}\b[^.!?]{{0,40}}\b(?:{MED}|dosis"
            r"|mitad|insulina)\b",
            rf"\bi(?:'d| would)(?: probably| just| definitely)? (?:cut|halve|lower|raise|drop"
            r"|double|skip|stop|split|bump|reduce|increase|taper|hold|pause)\b[^.!?]{0,40}\b"
            rf"(?:{MED}|dose|in half)\b",
        ),
        unless_before=CANNOT,
    ),
)


RULES: tuple[Rule, ...] = _SUGGESTION_RULES
