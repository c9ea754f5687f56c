"""Dates tied to a person: birth dates, and full dates near a person or a visit."""

import re
from collections.abc import Iterator

from triage.domain.policy.findings import Finding, Severity, finding
from triage.domain.policy.matching import Folded, Rule, lazy, rx
from triage.domain.policy.vocabulary import KIN

MONTHS_EN = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)"
)
MONTHS_ES = (
    r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre"
    r"|noviembre|diciembre)"
)
_BIRTH_DATE_RULES = (
    Rule(
        "phi.date_of_birth",
        lazy(
            # The words alone are a privacy reminder ("never post your date of birth"); with a
            # value, or checked against our file, they are a person's.
            rf"\b(?:dob\b|d\.o\.b\b|date of birth|birth ?date|fecha de nacimiento)"
            rf"(?:[^.!?\d]{{0,20}}?(?:\d|\b{MONTHS_EN}\b|\b{MONTHS_ES}\b)| (?:matches|checks out"
            r"|is correct|on file|coincide|es correcta))|\b(?:born on|nacid[oa] el) (?:\d|"
            rf"{MONTHS_EN}\b|{MONTHS_ES}\b)|\b(?:born|nacid[oa]) en \d{{4}}\b"
            r"|\bborn in (?:19|20)\d\d\b"
        ),
    ),
    Rule(
        "phi.date_of_birth",
        # A birthday wish with the age: "Happy birthday @lucy! Turning 65 means...".
        lazy(
            r"\b(?:happy|feliz) (?:(?:belated |early )?(?:birthday|bday|b-day)|cumple(?:anos)?)"
            r"\b.{0,60}?\b(?:turning|turned|turns|cumple|cumples|cumplio|cumpliste) \d{1,3}\b"
            r"|\bhappy (?:belated |early )?\d{1,3}(?:st|nd|rd|th) (?:birthday|bday|b-day)\b"
            r"|\bfeliz \d{1,3}"
            r" (?:cumpleanos|cumple)\b|\bfeliz (?:cumple|cumpleanos) (?:numero )?\d{1,3}\b"
            r"|\b(?:you're|you are|youre|you'll be|you mentioned|since you're) turning \d{2}\b"
        ),
    ),
)


# An age said of the person or a relative: "since you're 19", "your son is 6", "como tienes 17
# años". "If you're 65 or older" and "kids 6 months and up" are for everyone.
_NOT_AN_AGE = (
    r"(?![.,]?\d| ?(?:%|percent|minutes?|mins?|miles?|mi\b|lbs?|pounds?|kg|kilos?|am\b|pm\b"
    r"|a\.m|p\.m|:|dollars|bucks|for|of|out of|in line|on the))"
)
_AGE_RULES = (
    Rule(
        "phi.age",
        rx(
            r"\b(?:since|because|as|now that|given that|seeing as|ya que|como|porque|dado que"
            rf"|puesto que) (?:you(?:'re| are)|(?:he|she)(?:'s| is)|tienes|tiene)"
            rf" (?:only |just |now |already |ya |solo )?\d{{1,3}}\b{_NOT_AN_AGE}",
            rf"\b(?:your|his|her|their|tu|su) (?:little one|(?:little )?{KIN})(?: is|'s"
            r"| just turned| turned| turns| will be| (?:ya )?(?:tiene|cumplio|cumple"
            r"|va a cumplir))"
            rf" (?:only |just |now |almost |nearly )?\d{{1,3}}\b{_NOT_AN_AGE}",
            r"\b(?:he|she|you)(?:'s| is|'re| are) (?:only |just |now |almost |nearly )?\d{1,3}"
            r" (?:years?|yrs?|months?|mos|weeks?|wks?)(?: old)?\b",
            r"\b(?:tienes|tiene usted|usted tiene) (?:ya |solo )?\d{1,3} (?:anos|meses)\b",
            # "hang in there with your 13-year-old", "at 52, you qualify", "ya 6 añitos"
            r"\byour(?<!\bis your)(?<!\bdoes your)(?<!\bhas your) (?:little |sweet |new )?"
            r"\d{1,2}(?:[- ](?:year|month|week)s?[- ]old| ?(?:yo|y/o|yr old|yrs old))\b"
            r"|\bat \d{2}, (?:you|he|she)\b|\ba (?:sus|tus) \d{1,3} anos\b|\ba los \d{2} anos,"
            r" (?:usted|tu|ya)\b"
            r"|\b\d{1,2}[- ](?:year|yr|month|mo)s?[- ]olds? like (?:yours|urs|him|her)\b"
            r"|\bde \d{1,2} (?:anos|meses) como (?:el suyo|la suya|el tuyo|la tuya)\b"
            r"|\b\d{1,2} (?:anitos|mesecitos)\b"
            rf"|\b(?:su|tu) {KIN} de \d{{1,3}} (?:anos|meses|semanas)\b"
            r"|\bat \d{2},? (?:you|he|she)(?:'re|'s)? (?:definitely |already |now )?(?:qualify"
            r"|qualifies|are|is|need|needs|should|due)\b|\byou(?:'re| are) \d{2}\b(?= ?(?:→|->|,"
            r" so| so| and| now| this year|!|\.))",
        ),
        unless_before=lazy(
            r"\b(?:if|when|once|unless|whether|until|si|cuando|hasta que)\b[^.!?]{0,25}$"
        ),
    ),
)


RULES: tuple[Rule, ...] = (*_BIRTH_DATE_RULES, *_AGE_RULES)


_DATES = (
    lazy(r"(?<![\d/.-])\d{1,2}[/.-]\d{1,2}[/.-](?P<year>\d{4}|\d{2})(?![\d/-]|\.\d)"),
    lazy(r"(?<![\d/-])(?P<year>\d{4})-\d{1,2}-\d{1,2}(?![\d/-])"),
    lazy(rf"\b{MONTHS_EN}\.? \d{{1,2}}(?:st|nd|rd|th)?,? (?P<year>\d{{4}})\b"),
    lazy(rf"\b\d{{1,2}}(?:st|nd|rd|th)? (?:of )?{MONTHS_EN},? (?P<year>\d{{4}})\b"),
    lazy(rf"\b\d{{1,2}} de {MONTHS_ES},? (?:de |del )?(?P<year>\d{{4}})\b"),
)
_PERSON_NEAR = lazy(
    r"\b(?:born|birthday|patient|his|her|he|she|son|daughter|husband|wife|mother|father|mom"
    r"|dad|child|baby|hijo|hija|esposo|esposa|madre|padre|mama|papa|paciente|nacio"
    r"|cumpleanos|visit|appointment|seen|cita|visita|consulta|surgery|procedure|cirugia)\b"
)
# Dates of birth have older years; a recent date alone is more likely a closure notice.
_RECENT_YEAR = 2016


def check_dates(reply: Folded) -> Iterator[Finding]:
    matches = sorted(
        (match for pattern in _DATES for match in pattern.finditer(reply.text)),
        key=lambda match: match.start(),
    )
    severities = [_date_severity(reply.text, match) for match in matches]
    for severity in (Severity.BLOCK, Severity.WARN):
        if severity in severities:
            match = matches[severities.index(severity)]
            yield finding("phi.date_of_birth", severity, reply.quote(*match.span()))
            return


def _date_severity(text: str, match: re.Match[str]) -> Severity:
    year = int(match.group("year"))
    if year < 100:
        year += 1900 if year >= 30 else 2000
    before = text[max(0, match.start() - 50) : match.start()]
    if year < _RECENT_YEAR or _PERSON_NEAR.search(before):
        return Severity.BLOCK
    return Severity.WARN
