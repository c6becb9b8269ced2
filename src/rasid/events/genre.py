"""Article-level genre cue: an opinion column or an interview, not a news report.

News reports attribute what they tell (قال, أعلن, أفاد, بحسب ...) and speak in the third person.
Columns and interviews argue: the writer or the interviewee speaks in the first person (أنا,
نحن, رأيت, لقد, أرى), asks questions, and seldom reports anyone's statement. Their mentions of
violence, meetings or demands are mostly generic, historical or rhetorical (docs/ontology.md,
"Opinion and interview articles"). First person inside quotation marks is a quoted statement of
a news report and does not count.
"""
from __future__ import annotations

import re

from rasid.events.context import lexicon

_QUOTED = re.compile(r"«[^»]{0,600}»|\"[^\"]{0,600}\"|“[^”]{0,600}”")
_WORD = re.compile(r"\S+")


def _bare(w: str) -> str:
    w = w.strip(".,،؛:!؟?()«»\"'“”-")
    return w[1:] if w[:1] in ("و", "ف") and len(w) > 3 else w


def opinion_article(text: str) -> bool:
    """Whether the article reads as opinion or interview rather than a report (see module doc).

    The cue: fewer than 0.5 reporting words per 1000 characters, and either at least 0.2
    first-person words per 1000 characters outside quotations or at least two questions.
    Short texts (under 1500 characters: briefs, excerpts) are never opinion.
    """
    if len(text) < 1500:
        return False
    lex = lexicon()["genre"]
    per_k = len(text) / 1000.0
    words = [_bare(w) for w in _WORD.findall(text)]
    reporting = set(lex["reporting"])
    rep = sum(1 for w in words if w in reporting)
    if rep / per_k >= lex["max_reporting_per_k"]:
        return False
    outside = _QUOTED.sub(" ", text)
    first = set(lex["first_person"])
    fp = sum(1 for w in _WORD.findall(outside) if _bare(w) in first)
    questions = text.count("؟") + text.count("?")
    return fp / per_k >= lex["min_first_person_per_k"] or questions >= lex["min_questions"]
