"""Phone numbers, emails, addresses and record numbers that are not the practice's own."""

from collections.abc import Callable, Iterator

from triage.domain.policy.context import PracticeFacts
from triage.domain.policy.findings import Finding, Severity, finding
from triage.domain.policy.matching import Folded, Lazy, fold_plain, lazy, rx

_NON_DIGIT = lazy(r"\D")
_PHONE = lazy(
    r"(?<![\w)-])(?:\+?1[ .-]?)?(?:\(\d{3}\) ?|\d{3}[ .-]?)\d{3}[ .-]?\d{4}(?![\w-])"
    r"|(?<![\w-])\d{3}[.-]\d{4}(?![\w-])"
    r"|(?<![\w+])\+\d{1,3}(?:[ .-]?\(?\d{1,4}\)?){2,4}(?![\w-])"
)
# Numbers grouped the Mexican and Spanish way: "55 1234 5678", "612 34 56 78".
_GROUPED_PHONE = lazy(r"(?<![\w+/.,-])\(?\d{2,3}\)?(?:[ .-]\d{2,4}){2,3}(?![\w/-]|[.,]\d)")
_DATE_LIKE = lazy(r"\d{1,2}[ /.-]\d{1,2}[ /.-]\d{2,4}|\d{4}[ /.-]\d{1,2}[ /.-]\d{1,2}")
# National hotlines (poison control, crisis and abuse lines) identify no one.
_PUBLIC_NUMBERS = frozenset(
    {"911", "988", "741741", "8002221222", "8002738255", "8006624357", "8007997233"}
)
_EMAIL = lazy(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_DOMAIN = lazy(r"^(?:[a-z][a-z0-9+.-]*://)?(?:www\.)?([^/:?#\s@]+)")
_RECORD_LABEL = (
    r"(?:mrn|medical record (?:number|no\.?|#)|record (?:number|no\.?|#)|chart (?:number"
    r"|no\.?|#)|patient (?:id|number|no\.?|#)|account (?:number|no\.?|#)|acct\.?"
    r"|member (?:id|number|no\.?)|policy (?:number|no\.?|#)|claim (?:number|no\.?|#)"
    r"|case (?:number|no\.?|#)|claim|reclamo|request|solicitud|ticket|invoice|factura"
    r"|(?:medicare|medicaid) (?:number|id|no\.?)|pt\.? ?(?:id|#|no\.?|number)"
    r"|(?:insurance|subscriber|group|student)"
    r" (?:id|number|no\.?|#)|(?:numero|num\.?|no\.?) de (?:expediente|cuenta|paciente"
    r"|registro|historia clinica|poliza|miembro|reclamo|caso|afiliado|afiliacion|asegurado"
    r"|socio|seguro(?: social)?|credencial|beneficiario|nss)|(?:id|credencial|carnet|tarjeta)"
    r" de (?:afiliado|afiliacion|miembro|asegurado|seguro)|expediente|id de paciente|nss"
    r"|afiliacion|afiliado)"
)
_RECORD = rx(
    rf"\b{_RECORD_LABEL}[ :#.-]{{0,4}}(?:(?:is|es|number|numero|no\.?|n\.?o\.?"
    rf"|ending(?: in| with)?|ends (?:in|with)|que termina en|terminad[oa] en) ){{0,2}}[:#]?"
    r" ?[a-z]{0,4}[ -]?\d[\d-]{3,}",
    r"(?<![\w-])#\s?(?:[a-z]{1,4}-?)?\d{5,}\b",
    r"(?<![\w.,/#$-])[a-z]{0,4}-?\d{6,9}(?![\w.,/-])",
)
_STREET = (
    r"(?i:street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|lane|ln|court|ct|way|place"
    r"|pl|parkway|pkwy|circle|cir|terrace|highway|hwy|trail|square|row|loop|path|alley)"
)
_NOT_A_STREET_NAME = (
    r"(?:minutes?|mins?|miles?|mi|km|blocks?|hours?|hrs?|days?|weeks?|steps?|feet|ft|yards?"
    r"|times?|more|other|of|the|a|an|or|to|and|on|at|in|by|from|min|second|seconds|lane|way"
    r"|street|road|drive|ave|avenue|person|people|cars?|parking|spots?|spaces?|lots?|floors?)"
)
_ADDRESS = rx(
    rf"(?<![\w-])\d{{1,6}}(?: [NSEW]\.?)? (?:[A-Z0-9][\w'.-]* ){{1,3}}{_STREET}\b\.?",
    # Typed in lower case: "mailed it to 42 birch lane", not "a 10 minute drive".
    rf"(?<![\w-])\d{{1,6}} (?:(?!{_NOT_A_STREET_NAME}\b)[a-z][a-z'.-]* ){{1,2}}"
    r"(?:street|st|avenue|ave|lane|ln|court|ct|boulevard|blvd|circle|cir|terrace|parkway"
    r"|pkwy|drive|dr|road|rd)\b\.?",
    r"(?i:\b(?:calle|avenida|avda|av|carrera|camino|paseo|bulevar|calzada|privada)\.?)"
    r" (?:[A-ZÁÉÍÓÚÑ0-9][\w'.-]* ){1,3}(?:(?i:#|no\.?|num\.?|número|numero) ?)?\d{1,5}\b",
    r"(?i:\bp\.? ?o\.? box \d+|\bapartado postal \d+|\bapt\.? ?#? ?\d+\w?\b"
    r"|\bapartment \d+\w?\b|\bunit #?\d{1,4}[a-z]?\b)",
)
ADDRESS_WORD = lazy(r"[a-z0-9]+")
# "Our new location at 450 Pine Avenue": staff naming another site of the practice.
# Only a place of ours, not anything "our team" did: "our team updated the address on file
# to 1187 Cedar Hollow Road" is a patient's address.
_OURS = lazy(
    r"(?i)\b(?:our|nuestr[oa]s?) (?:[\w-]+ ){0,2}?(?:location|office|clinic|site|building"
    r"|practice|campus|branch|lab|pharmacy|parking|entrance|ubicacion|oficina|clinica|sucursal|consultorio)s?\b[^.!?]*$"
    r"|\b(?:we['\u2019]re|we are|we have|estamos) (?:now )?(?:located|moving|moved|open"
    r"|ubicados)\b[^.!?]*$|\b(?:we['\u2019]re|we are|estamos|find us|visit us|see us)"
    r" (?:now )?(?:at|en|on) $"
)
_ADDRESS_ABBREVIATIONS = {
    "st": "street", "ave": "avenue", "av": "avenida", "avda": "avenida", "rd": "road",
    "blvd": "boulevard", "dr": "drive", "ln": "lane", "ct": "court", "pl": "place",
    "pkwy": "parkway", "cir": "circle", "hwy": "highway", "ste": "suite",
    "n": "north", "s": "south", "e": "east", "w": "west",
}  # fmt: skip


def _digits(text: str) -> str:
    return _NON_DIGIT.sub("", text)


def check_contacts(reply: Folded, facts: PracticeFacts) -> Iterator[Finding]:
    phones = list(_first_foreign(reply, _PHONE, "phi.phone", lambda n: _is_own_phone(n, facts)))
    yield from phones or _first_foreign(
        reply, _GROUPED_PHONE, "phi.phone", lambda n: _is_not_grouped_phone(n, facts)
    )
    yield from _first_foreign(reply, _EMAIL, "phi.email", lambda e: _is_own_email(e, facts))
    yield from _first_foreign(reply, _RECORD, "phi.record_number", _is_public_number)
    own_address = _address_words(facts.address)
    for match in _ADDRESS.finditer(reply.source):
        before = reply.source[max(0, match.start() - 60) : match.start()]
        if not _address_words(match.group()) <= own_address and not _OURS.search(before):
            yield finding("phi.address", Severity.BLOCK, match.group())
            return


def _first_foreign(
    reply: Folded, pattern: Lazy, code: str, is_allowed: Callable[[str], bool]
) -> Iterator[Finding]:
    for match in pattern.finditer(reply.text):
        if not is_allowed(match.group()):
            yield finding(code, Severity.BLOCK, reply.quote(*match.span()))
            return


def _is_public_number(text: str) -> bool:
    return _digits(text) in _PUBLIC_NUMBERS


def _is_own_phone(number: str, facts: PracticeFacts) -> bool:
    digits = _digits(number)[-10:]
    public = {_digits(facts.emergency_number), _digits(facts.crisis_line), *_PUBLIC_NUMBERS}
    own = _digits(facts.phone)[-10:]
    return digits in public or (len(own) >= 7 and (own.endswith(digits) or digits.endswith(own)))


def _is_not_grouped_phone(text: str, facts: PracticeFacts) -> bool:
    digits = _digits(text)
    return not 8 <= len(digits) <= 12 or bool(_DATE_LIKE.match(text)) or _is_own_phone(text, facts)


def _is_own_email(email: str, facts: PracticeFacts) -> bool:
    domain = email.rsplit("@", 1)[1]
    return email == fold_plain(facts.email).strip() or domain in _own_domains(facts)


def _own_domains(facts: PracticeFacts) -> set[str]:
    sources = (facts.email.rpartition("@")[2], facts.website, facts.portal_url)
    found = (_DOMAIN.match(fold_plain(source).strip()) for source in sources)
    return {match.group(1) for match in found if match}


def _address_words(text: str) -> set[str]:
    words = ADDRESS_WORD.findall(fold_plain(text))
    return {_ADDRESS_ABBREVIATIONS.get(word, word) for word in words}
