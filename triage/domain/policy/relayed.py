"""Care relayed about this person: a call, a screening due, treatment they finished."""

from triage.domain.policy.matching import Rule, rx

_TREATMENT = (
    r"(?:pt|physical therapy|physio|chemo|chemotherapy|radiation|rehab|treatment|therapy"
    r"|antibiotics|infusions?|course|sessions|cardiac rehab|dialysis|quimios?|quimioterapia"
    r"|radiacion|radioterapia|terapias?|fisioterapia|rehabilitacion|tratamiento|antibioticos"
    r"|sesiones|dialisis|infusiones)"
)
_NOT_PERSONAL = (
    r"(?!(?:message|question|request|inquiry|comment|feedback|concern|complaint|review|post"
    r"|mensaje|pregunta|solicitud|comentario|duda|queja)s?\b)"
)

_RELAYED_RULES = (
    Rule(
        "phi.confirms_patient",
        rx(
            # "the doctor will call you about your rash", "la doctora le llamará por su presión"
            r"\b(?:doctor|doc|dr\.? \w+|nurse|provider|team|we|someone|surgeon|pa|np|she|he)"
            r"(?: \w+)?(?:'ll| will| is going to| going to) (?:call|text|message|contact|reach"
            r" out to|follow up with|check in with) you (?:about|regarding|re|on|with|to discuss)"
            rf" (?:your|the|his|her) {_NOT_PERSONAL}",
            r"\b(?:el doctor|la doctora|el medico|la medica|la enfermera|el enfermero|dra?\.? \w+"
            r"|el equipo) (?:le|te|los|la|lo) (?:va a llamar|llamara|va a marcar|marcara|va a"
            r" contactar|contactara|va a escribir|escribira) (?:para|sobre|por|acerca de)"
            rf" (?:su|tu|sus|tus|el|la|lo de) {_NOT_PERSONAL}",
            # A referral or authorization of theirs: "su referencia ya salió".
            r"\b(?:su|tu) (?:referencia|referido|derivacion|pase|orden|autorizacion|receta"
            r"|interconsulta)(?: [\w-]+){0,3}? (?:ya )?(?:salio|se aprobo|fue aprobad[oa]|fue"
            r" enviad[oa]|se envio|esta list[oa]|quedo|paso|llego)\b",
            # A screening due: "te toca tu papanicolaou", "ya le corresponde su mamografía".
            r"\b(?:ya )?(?:te|le|les) (?:toca|tocaba|corresponde|correspondia) (?:tu|su|sus|tus|el"
            r"|la|los|las|hacerte|hacerse|ponerte|ponerse|vacuna|chequeo|revision)\b",
            r"(?<!\bif )(?<!\bwhen )(?<!\bwhether )\b(?:you're|you are|he's|she's|your \w+ is)"
            r" (?:now |also |almost )?(?:over)?due (?:for|on)\b",
            # Treatment they finished: "congrats on finishing PT!"
            r"\b(?:congrats|congratulations|way to go|so proud of you|proud of you|well done"
            r"|yay|hooray)(?: \w+)? (?:on|for) (?:finishing|completing|wrapping up|graduating"
            rf" from|getting through|being done with|your last|ringing the bell)(?: [\w-]+){{0,2}}?"
            rf" {_TREATMENT}\b",
            r"\b(?:felicidades|felicitaciones|enhorabuena|que orgullo)(?: \w+)? (?:por|de que)"
            r" (?:terminar|haber terminado|acabar|completar|concluir|terminaste|termino|acabaste"
            r"|acabo)(?: con)? (?:las |la |los |el |sus |su |tus |tu )?(?:[\w-]+ )?"
            rf"{_TREATMENT}\b",
            # Something of theirs back in our hands: "we got your Holter monitor back".
            r"\b(?:we|we've|i|i've|dr\.? \w+|the doctor|the lab)(?: just| finally)? (?:got"
            r"|received|have) (?:your|his|her) (?:[\w-]+ ){1,3}?back\b",
            r"\b(?:ya tenemos|ya llego|ya llegaron|recibimos|ya recibimos|nos llego|nos llegaron)"
            r" (?:el|la|los|las) (?:[\w-]+ ){1,3}?(?:de|del) (?:su|tu) (?:hij[oa]s?|espos[oa]"
            r"|bebe|mama|papa|madre|padre|nin[oa]|abuel[oa]|niet[oa]|pareja)\b",
        ),
    ),
)


RULES: tuple[Rule, ...] = _RELAYED_RULES
