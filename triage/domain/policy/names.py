"""People named in a reply: only our doctors and the author may be named."""

import re
from collections.abc import Iterator

from triage.domain.policy.contacts import ADDRESS_WORD
from triage.domain.policy.context import ReplyContext
from triage.domain.policy.findings import Finding, Severity, finding
from triage.domain.policy.matching import Folded, Rule, fold_plain, lazy, sentence_around, words
from triage.domain.policy.vocabulary import GIVEN_NAMES, KIN, SURNAMES

# Only staff doctors may be named ("Dr. Lee"). A capitalised pair that includes a common
# first name or surname blocks; any other capitalised pair warns. A lone first name blocks
# when it is spoken of ("Tell Mateo he was brave", "Sorry you felt rushed, Karen"); greeted
# (the author, perhaps) or one of our own ("our nurse Rosa", "ask for Renata", "- Kim"),
# it only warns.

_NAME_STOPWORDS = words(
    "a about after all also an and any are as at be best book call can care center centre"
    " check clinic closed contact could dear department desk do does east emergency every"
    " faq family feel follow for from front get good great happy have hello help here hey"
    " hi holiday holidays hope hospital hours how i if important in internal is it join"
    " kind learn let line manager medical medicine merry more my national new no north"
    " note notice office on online open or our patient patients please portal practice"
    " primary questions read records regards reminder room schedule see send service"
    " services sincerely so sorry south staff stay team thank thanks that the there these"
    " this those to today update urgent us visit walk warm we welcome west what when where"
    " who why will with would yes you your pediatrics pediatric healthcare health"
    " wellness telehealth telemedicine appointment appointments billing insurance"
    " medicare medicaid blue cross shield aetna cigna humana united kaiser anthem tricare"
    " molina ambetter advantage plan plans year years day eve christmas thanksgiving"
    " easter labor memorial independence veterans presidents season flu covid vaccine"
    " vaccines crisis lifeline suicide poison control text hotline cdc disease prevention"
    " american heart association stroke cancer society diabetes mental awareness month"
    " week facebook instagram twitter google apple android app store play messenger"
    " street avenue road suite st ave rd blvd ln ct pl pkwy hwy boulevard drive lane court"
    " way place monday tuesday"
    " wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat"
    " sun january february march april may june july august september october november"
    " december jan feb mar apr jun jul aug sep sept oct nov dec"
    " hola gracias estimado estimada estimados buenos buenas dias tardes noches lamentamos"
    " lamento sentimos por favor para llame llamenos visite nuestro nuestra nuestros"
    " nuestras clinica centro salud medico medica familiar sala emergencias urgencias"
    " paciente pacientes lunes martes miercoles jueves viernes sabado domingo enero"
    " febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
    " feliz navidad ano nuevo atentamente saludos equipo oficina consultorio linea si no"
    " usted ustedes le les te su sus tu el la los las un una en de del con que como cuando"
    " donde es esta estamos somos aceptamos atendemos ofrecemos horario horarios seguro"
    " seguros aviso importante recuerde recordatorio vacuna vacunas gripe bienvenido"
    " bienvenida bienvenidos meet say ask tell give hope congrats congratulations conozca"
)
_STAFF_TITLES = words(
    "dr dra doctor doctora nurse enfermera enfermero np pa practitioner physician midwife"
    " coordinator coordinadora coordinador navigator"
)
_HONORIFICS = words("mr mrs ms miss mx sr sra srta senor senora senorita don dona")
# Capitals find names; a person greeted in lower case after "don" or "la señora" is found by
# this rule instead: "¡¡saludos a don ernesto!!".
NAMED_IN_LOWER_CASE = Rule(
    "phi.name",
    lazy(
        r"\b(?:saludos|felicidades|gracias|un abrazo) a (?:don|dona|la senora|el senor)"
        r" [a-z]{3,}\b"
    ),
)
_UP = "A-ZÀ-ÖØ-Þ"
_LOW = "a-zß-öø-ÿ"
_NAME_TOKEN = (
    rf"[{_UP}](?:[{_LOW}]+|['\u2019][{_UP}][{_LOW}]+)(?:[{_UP}][{_LOW}]+)?(?:-[{_UP}][{_LOW}]+)?"
)
_NAME_RUN = lazy(rf"(?<![\w@.#/]){_NAME_TOKEN}(?:['\u2019]s)?(?: {_NAME_TOKEN}(?:['\u2019]s)?)*")
_TITLE_BEFORE = lazy(r"\b([A-Za-zñÑ]+)\.? $")
_NOT_NAMES = lazy(r"Martin Luther King|Saint \w+|St\. \w+|San \w+|Santa \w+")
_CREDENTIALS_AFTER = lazy(
    r",? (?:MD|M\.D\.|DO|D\.O\.|NP|FNP|FNP-C|APRN|PA|PA-C|RN|DNP|PhD|LCSW|DPM|DDS)\b"
)
# "Brian K.", "Jake H.": how people are named in reviews and shout-outs, never our doctors.
_INITIAL_AFTER = lazy(rf" [{_UP}]\.")
_HANDLE_PART = lazy(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")


def check_names(source: str, context: ReplyContext) -> Iterator[Finding]:
    allowed = _allowed_name_words(context)
    masked = _NOT_NAMES.sub(lambda match: match.group().lower(), source)
    # Staff introduced with a title ("Nurse Practitioner Luis Romero") may then go by first
    # name ("Luis has 15 years with us").
    titled: set[str] = set()
    for match in _NAME_RUN.finditer(masked):
        if _CREDENTIALS_AFTER.match(masked, match.end()) or _is_staff_news(masked, match):
            titled.update(_name_key(token) for token in match.group().split(" "))
            continue
        before = _TITLE_BEFORE.search(masked[max(0, match.start() - 12) : match.start()])
        title = _title_kind(_name_key(before.group(1)) if before else "")
        initial = bool(_INITIAL_AFTER.match(masked, match.end()))
        for group, kind in _name_groups(match.group().split(" "), title, allowed):
            if kind == "staff":
                titled.update(_name_key(token) for token in group)
            severity = _name_severity(group, kind, initial)
            if (
                severity is Severity.WARN
                and _name_key(group[0]) not in titled
                and _spoken_of(masked, match, group)
            ):
                severity = Severity.BLOCK
            if severity:
                yield finding("phi.name", severity, " ".join(group))


def _is_staff_news(source: str, match: re.Match[str]) -> bool:
    # Lower case, not folded: folding every sentence a name sits in is slow.
    return bool(_STAFF_NEWS.search(sentence_around(source, match).casefold()))


def _spoken_of(source: str, match: re.Match[str], group: list[str]) -> bool:
    """A lone first name that is not greeted (the author), nor one of our staff or our pets."""
    key = _name_key(group[0])
    if len(group) != 1 or key not in GIVEN_NAMES or key in _ALSO_WORDS:
        return False
    start = match.start() + match.group().index(group[0])
    end = start + len(group[0])
    before = fold_plain(source[max(0, start - 60) : start])
    after = fold_plain(source[end : end + 60])
    return not (
        _SIGNED.match(source, end)
        or _GREETING_BEFORE.search(before)
        or _OURS_BEFORE.search(before)
        or _SIGN_OFF_BEFORE.search(source[max(0, start - 4) : start])
        or _OURS_AFTER.match(after)
        or (key in _WORD_WHEN_FOLLOWED and _WORD_WHEN_FOLLOWED[key].match(after) is not None)
    )


# Staff news names our own people: "Marcus Bell has joined us as a lab technician", "Happy
# Nurses Week to Keisha and Gloria", "Les presentamos a Julián Torres, nuestro nuevo asistente
# médico". A role and an announcement in one sentence; thanks alone are not enough ("tell
# Dorothy Fairbanks the whole front desk says hello" names a patient).
_STAFF_ROLE = (
    r"(?:nurse practitioner|physician assistant|medical assistants?|receptionists?|schedulers?"
    r"|lab tech(?:nician)?s?|phlebotomists?|practice manager|office manager|patient navigator"
    r"|navigator|social worker|counselor|dietitian|midwife|nurses?|rn|np|pa|pa-c|fnp-c|lcsw"
    r"|dnp|cma|front desk|front office|staff|team|asistente m[eé]dic[oa]|recepcionista"
    r"|enfermer[oa]s?|trabajadora social|navegadora|educador[a]?|equipo|personal"
    r"|voluntari[oa]s|practicante|gerente)"
)
_ANNOUNCED = (
    r"(?:joined us|joins us|has joined|is joining|joining (?:us|our)|welcom(?:e|ing)"
    r"|introduc(?:e|ing)|say hello to|meet (?:our|the)|our new|is our new|as our new|new team"
    r" member|retir(?:e|es|ing|ement)|certification|anniversary|years with us|appreciation"
    r"|recognition|congratulate|bienvenid[oa]|les presentamos|tenemos nuev[oa]"
    r"|reconocimiento|a[nñ]os trabajando|despedida|se jubila|jubilaci[oó]n)"
)
_STAFF_NEWS = lazy(
    rf"\b{_STAFF_ROLE}\b.*\b{_ANNOUNCED}\b|\b{_ANNOUNCED}\b.*\b{_STAFF_ROLE}\b|\b(?:nurses?|pa|np"
    r"|nurse practitioner|medical assistants?|healthcare [\w ]+|environmental services|lab"
    r"|staff|administrative professionals?) (?:week|day)\b|\bsemana de la enfermer[ií]a\b"
)
# Given names that are Spanish words when the next word says so: "Ella le explica las
# opciones" (she), "Leo mi tarjeta" (I read).
_WORD_WHEN_FOLLOWED = {
    "ella": lazy(
        r" (?:le|les|lo|la|los|las|se|te|me|nos|es|esta|era|fue|dice|va|puede|tiene|sabe|ya"
        r"|no|tambien|trabaja|atiende|explica|ayuda|habla|con|y|siempre|nunca)\b"
    ),
    "leo": lazy(r" (?:mi|mis|su|sus|tu|tus|el|la|los|las|un|una|todo|todos|cada)\b"),
}
# First names that are also everyday words: "Dale, che, escríbenos", "Frank talk", "Jesús!"
_ALSO_WORDS = words("dale don frank amber blanca jesus dolores carol gene jack amparo rocio")
# "our dietitian, Paula", "our nursing team: Dana, Luis and Priya", "ask for Renata",
# "Soy Marisa", "the fish is named Gary"; but not "our patients Karen and Luis".
_OURS_BEFORE = lazy(
    r"\b(?:our|nuestr[oa]s?)(?: (?!patients?\b|pacientes?\b)[\w-]+,?){0,3}:?"
    r"(?: [a-z'-]+,){0,5}(?:(?: [a-z'-]+)? (?:and|y|&))? $|\b(?:this is|soy|le habla|te habla"
    r"|ask for|pregunte por|preguntar por|named|called|se llama|llamad[oa]|welcome aboard"
    r"|pass (?:it|this|that|them|these|your (?:kind )?(?:words|note|message|review))"
    r" (?:along |on )?to|(?:se (?:las|los|lo|la)|le) pasamos a|i'm|i am|my name is|me llamo"
    r"|le saluda|te saluda"
    r"|welcome back|bienvenid[oa] de vuelta)[,!]? $"
)
# The reply's last word: a sign-off ("Warm regards, Deborah", "...call 555-0100. Deborah").
_SIGNED = lazy(r"\W*$")
_SIGN_OFF_BEFORE = lazy(r"[-\u2013\u2014~\n] ?$")
# "Kim here", "Rosa in our lab", "Dana, que lleva 15 años en nuestra recepción", and thanks
# relayed by the account, which speaks for its staff: "Pam says thank you!"
_OURS_AFTER = lazy(
    r" (?:says|said|sends|send|dice|manda|le manda|les manda|envia) (?:que )?(?:a |her |his"
    r" |their |big |huge |many |muchos |muchas )*(?:thanks|thank you|hi|hello|love|gracias"
    r"|saludos|abrazos)\b"
    r"|,? (?:in|en) (?:billing|scheduling|facturacion|cobros|recepcion|citas)\b"
    r"|,? (?:here|our|nuestr[oa]s?|from (?:billing|the front desk|reception|the office"
    r"|scheduling|the team)|de"
    r" (?:recepcion|facturacion|la oficina)|at the front desk)\b|[^.!?]{0,40}\b(?:front desk"
    r"|reception|recepcion|(?:in|on|joins|joined) our|nuestr[oa]s? (?:equipo|enfermera|oficina"
    r"|clinica|recepcion|laboratorio)|our (?:[\w-]+ ){0,2}(?:team|staff|office|nurse|lab|desk"
    r"|clinic|practice|family)|years with us|lleva \d+ anos)\b"
)


def _allowed_name_words(context: ReplyContext) -> frozenset[str]:
    facts = context.facts
    words = " ".join((facts.name, facts.address, facts.website, facts.email, facts.portal_url))
    handle = " ".join(_HANDLE_PART.findall(context.author_handle))
    return frozenset(ADDRESS_WORD.findall(fold_plain(f"{words} {handle}")))


def _name_key(token: str) -> str:
    return fold_plain(token).removesuffix("'s")


def _name_groups(
    tokens: list[str], title: str, allowed: frozenset[str]
) -> Iterator[tuple[list[str], str]]:
    group: list[str] = []
    for token in tokens:
        key = _name_key(token)
        if key in _STAFF_TITLES or key in _HONORIFICS or key in _NAME_STOPWORDS or key in allowed:
            if group:
                yield group, title
            group, title = [], _title_kind(key)
        else:
            group.append(token)
    if group:
        yield group, title


def _title_kind(key: str) -> str:
    if key in _STAFF_TITLES:
        return "staff"
    return "honorific" if key in _HONORIFICS else ""


def _name_severity(group: list[str], kind: str, initial: bool) -> Severity | None:
    keys = {_name_key(token) for token in group}
    if kind == "staff":
        return None
    if kind == "honorific" or (initial and keys & GIVEN_NAMES):
        return Severity.BLOCK
    if len(group) >= 2:
        known = keys & (GIVEN_NAMES | SURNAMES)
        return Severity.BLOCK if known else Severity.WARN
    return Severity.WARN if keys & GIVEN_NAMES else None


# "your husband John", "Su hijo Mateo": whoever follows a relative word is not the author.
_RELATIVE = lazy(
    r"\b(?:your|his|her|their|my|our|the|su|sus|tu|tus|mi|mis|el|la|del|al|nuestr[oa]s?)"
    rf" {KIN},? ([a-z][a-z'-]*)"
)
# "say hi to Sophie", "hope Ethan feels better": a known first name spoken of, not to.
_SPOKEN_OF = lazy(
    r"\b(?:say (?:hi|hello) to|tell|give|hugs? (?:to|for)|hope|hoping|wish|congrats to"
    r"|congratulations to|best wishes to|(?:our )?love to|thinking of|praying for|little|lil|baby"
    r"|saludos a|saludele a|salude a|digale a|dile a|un abrazo a|abrazos a|felicidades a"
    r"|esperamos que|espero que|pequen[oa]|chiquit[oa]|spoke with|spoke to|talked to"
    r"|talked with|heard from|called|saw|met with|emailed|texted|helped|treated|examined"
    r"|vimos a|hablamos con|llamamos a|atendimos a|ayudamos a)(?: little| lil| a)?"
    r" ([a-z][a-z'-]*)"
)
# "Jake's mom", "la mamá de Sofía": a relative of someone named.
_RELATIVE_OF = lazy(rf"\b([a-z][a-z-]*)'s {KIN}\b|\b{KIN} de ([a-z][a-z'-]*)")
# "Bobby did great at his checkup": a first name next to a visit or health word.
_CARED_FOR = lazy(
    r"(?<!dr\. )(?<!dr )(?<!dra\. )(?<!nurse )\b([a-z][a-z'-]*) (?:[\w']+ ){0,4}?(?:shots?"
    r"|vaccines?|checkup|check-up|visit|appointment|appt|fever|sick|surgery|results|labs"
    r"|prescription|diagnosis|physical|feeling better|is doing (?:better|great|well)"
    r"|was so brave|cita|vacunas?|consulta|receta|resultados|fiebre|enferm[oa]|chequeo)\b"
)
# Greeting the author, or introducing our own staff ("meet Jessica, our new nurse").
_GREETING_BEFORE = lazy(
    r"\b(?:hi|hello|hey|dear|hola|estimad[oa]|thanks|thank you|gracias|welcome|bienvenid[oa]"
    r"|dr|dra|doctor|doctora|nurse|np|pa|rn|practitioner|provider|physician|pediatrician"
    r"|therapist|assistant|receptionist|manager|coordinator|midwife|enfermera|enfermero|lic"
    r"|licenciada|licenciado|meet|conozca a)\.?,? $"
)
# "say hi to Lupe at the front desk": our own staff.
_STAFF_AFTER = lazy(
    r"[^.!?]{0,30}\b(?:front desk|reception|recepcion|when you (?:come|stop) in|next time"
    r"|our (?:team|staff|office|nurse)|cuando venga|nuestr[oa] (?:equipo|enfermera))"
)
_CAPITALISED = lazy(_NAME_TOKEN)


def check_relatives(reply: Folded, context: ReplyContext) -> Iterator[Finding]:
    allowed = _allowed_name_words(context) | _NAME_STOPWORDS | _STAFF_TITLES
    match = _named_relative(reply, allowed) or _named_third_party(reply, allowed)
    if match:
        yield finding("phi.name", Severity.BLOCK, reply.quote(*match.span()))


def _named_relative(reply: Folded, allowed: frozenset[str]) -> re.Match[str] | None:
    for match in _RELATIVE.finditer(reply.text):
        word = match.group(1).removesuffix("'s")
        if word not in allowed and (_is_capitalised(reply, match.start(1)) or word in GIVEN_NAMES):
            return match
    return None


def _named_third_party(reply: Folded, allowed: frozenset[str]) -> re.Match[str] | None:
    for pattern in (_SPOKEN_OF, _CARED_FOR, _RELATIVE_OF):
        for match in pattern.finditer(reply.text):
            if _is_third_party(reply, match, allowed):
                return match
    return None


def _is_third_party(reply: Folded, match: re.Match[str], allowed: frozenset[str]) -> bool:
    group = 1 if match.group(1) else 2
    word, start = match.group(group).removesuffix("'s"), match.start(group)
    if word in allowed or word not in GIVEN_NAMES:
        return False
    if _GREETING_BEFORE.search(reply.text[max(0, start - 12) : start]):
        return False
    return _is_capitalised(reply, start) and not _STAFF_AFTER.match(reply.text, match.end())


def _is_capitalised(reply: Folded, start: int) -> bool:
    return bool(_CAPITALISED.match(reply.source, reply.origin[start]))
