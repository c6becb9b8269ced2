"""The restoration test corpus: written cases from `cases/` plus cases built from real news.

Attacked cases take a real sentence from the news sample, pick one frequent word that is not one
of the seed's repaired words, and obfuscate it with one family (fixed seed). Legitimate cases are
the written ones plus every news line with a legitimate dot or kashida touching a word.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass

from attacks import ALL_FAMILIES, attack
from restore_data import CASES, WORD, load_news, news_words

SEED = 20200109
PER_FAMILY = 80
_PLAIN = re.compile(r"^[\u0621-\u063a\u0641-\u064a0-9\s.,،:؛!?()«»\"'/%-]+$")
_LEGIT = re.compile(r"[\u0621-\u064a][.][\u0621-\u064a]|\u0647\u0640|\u0644\u0640[«\"”(»]")


@dataclass(frozen=True)
class Case:
    family: str  # an attack family, or "legitimate"
    text: str
    expected: str
    source: str  # "written" or "news"


def _unescape(s: str) -> str:
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), s)


def written_cases() -> list[Case]:
    out = []
    for line in (CASES / "legitimate.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            out.append(Case("legitimate", line, line, "written"))
    for line in (CASES / "attacked.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            family, text, expected = line.split("\t")
            out.append(Case(family, _unescape(text), expected, "written"))
    return out


def _sentences(news) -> list[str]:
    out = []
    for art in news:
        for line in art["text"].splitlines():
            for sent in re.split(r"(?<=[.!?؟])\s+", line):
                words = sent.split()
                if 6 <= len(words) <= 30 and _PLAIN.match(sent):
                    out.append(sent.strip())
    return out


def news_cases() -> list[Case]:
    news = load_news()
    vocab = set(news_words())
    sentences = _sentences(news)
    rng = random.Random(SEED)
    out: list[Case] = []
    for family in ALL_FAMILIES:
        made, tries = 0, 0
        while made < PER_FAMILY and tries < PER_FAMILY * 50:
            tries += 1
            sent = rng.choice(sentences)
            spans = [m for m in WORD.finditer(sent) if m.group() in vocab]
            if not spans:
                continue
            m = rng.choice(spans)
            bad = attack(m.group(), family, rng)
            if bad is None:
                continue
            out.append(Case(family, sent[:m.start()] + bad + sent[m.end():], sent, "news"))
            made += 1
    for art in news:
        for line in art["text"].splitlines():
            if _LEGIT.search(line) and "\u200b" not in line and not re.search(
                    r"[\u0621-\u064a]\u0640+[\u0621-\u064a]", line):
                out.append(Case("legitimate", line, line, "news"))
    return out
