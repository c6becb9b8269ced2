"""Entity-level evaluation of the NER tagger on a CoNLL file (`rasid eval ner FILE`).

Scoring follows conlleval: a chunk is an exact (start, end, type) span, an `I-X` that does not
continue an `X` chunk opens a new one, and a prediction counts only if span and type both match.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

ENTITY_TYPES = ("PERS", "LOC", "ORG", "MISC")


def read_conll(path: str | Path) -> Iterator[tuple[list[str], list[str]]]:
    """Yield (tokens, tags) per sentence of a `token<TAB>tag` file with blank lines between.

    Raises:
        ValueError: on a non-blank line without exactly one tab-separated tag.
    """
    tokens: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.rstrip("\r\n")
            if not line.strip():
                if tokens:
                    yield tokens, tags
                    tokens, tags = [], []
                continue
            parts = line.split("\t")
            if len(parts) != 2 or not parts[0] or not parts[1]:
                raise ValueError(f"{path}:{lineno}: expected 'token<TAB>BIO-tag', got {line!r}")
            tokens.append(parts[0])
            tags.append(parts[1].strip())
    if tokens:
        yield tokens, tags


def _split_tag(tag: str) -> tuple[str, str]:
    """'B-PERS' -> ('B', 'PERS'); 'O' -> ('O', '')."""
    if tag == "O" or "-" not in tag:
        return "O", ""
    prefix, _, typ = tag.partition("-")
    return prefix, typ


def chunks(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """The entity spans (start, end exclusive, type) of one BIO sequence, conlleval-style.

    Args:
        tags: BIO tags such as 'B-LOC', 'I-LOC', 'O' (IOB1-style lone 'I-' tags are accepted).

    Returns:
        Spans in order; an `I-X` after `O` or after another type starts a new `X` span.
    """
    spans: list[tuple[int, int, str]] = []
    start, cur = -1, ""
    for i, tag in enumerate(tags):
        prefix, typ = _split_tag(tag)
        continues = prefix == "I" and typ == cur and cur != ""
        if cur and not continues:
            spans.append((start, i, cur))
            start, cur = -1, ""
        if prefix in ("B", "I") and not continues:
            start, cur = i, typ
    if cur:
        spans.append((start, len(tags), cur))
    return spans


def _prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def score_chunks(pairs: Iterable[tuple[Sequence[str], Sequence[str]]]) -> dict:
    """Entity-level exact-match precision/recall/F1 per type and micro-averaged.

    Args:
        pairs: (gold_tags, predicted_tags) per sentence, equal lengths.

    Returns:
        {"micro_precision", "micro_recall", "micro_f1", "per_type": {T: {precision, recall,
        f1, support, predicted}}}; types are those seen in gold or predictions.
    """
    tp: Counter = Counter()
    n_gold: Counter = Counter()
    n_pred: Counter = Counter()
    for gold, pred in pairs:
        if len(gold) != len(pred):
            raise ValueError(f"gold has {len(gold)} tags but prediction has {len(pred)}")
        g = set(chunks(gold))
        p = set(chunks(pred))
        for s in g:
            n_gold[s[2]] += 1
        for s in p:
            n_pred[s[2]] += 1
        for s in g & p:
            tp[s[2]] += 1
    per_type = {}
    for typ in sorted(set(n_gold) | set(n_pred)):
        per_type[typ] = {**_prf(tp[typ], n_pred[typ], n_gold[typ]),
                         "support": n_gold[typ], "predicted": n_pred[typ]}
    micro = _prf(sum(tp.values()), sum(n_pred.values()), sum(n_gold.values()))
    return {"micro_precision": micro["precision"], "micro_recall": micro["recall"],
            "micro_f1": micro["f1"], "per_type": per_type}


def evaluate_ner(path: str | Path, tagger=None, context: bool = True) -> dict:
    """Tag every sentence of a CoNLL file and score the entities against its gold tags.

    The file is read as running text: with `context` and a tagger that has `tag_document`
    (the shipped `CrfTagger`), each sentence is tagged seeing its neighbours' words (never
    their gold tags), as articles are in the pipeline; `sentence_level` then holds the scores
    of tagging every sentence alone.

    Args:
        path: a `token<TAB>BIO-tag` file, blank line between sentences (types PERS/LOC/ORG/MISC).
        tagger: anything with `tag(tokens) -> tags`; default the shipped `CrfTagger`.
        context: use `tagger.tag_document` over the whole file when the tagger has it.

    Returns:
        JSON-able dict: micro_f1, micro_precision, micro_recall, per_type, tokens, sentences,
        mode ("context" or "sentence"), each type's dict repeated at top level
        (e.g. result["LOC"]["f1"]), and sentence_level when mode is "context".
    """
    if tagger is None:
        from rasid.entities.tagger import CrfTagger
        tagger = CrfTagger.load()
    data = list(read_conll(path))
    gold = [tags for _, tags in data]
    sentence_tags = [tagger.tag(tokens) for tokens, _ in data]
    use_context = context and getattr(tagger, "context_window", 0) and hasattr(tagger,
                                                                              "tag_document")
    if use_context:
        result = score_chunks(zip(gold, tagger.tag_document([t for t, _ in data])))
        alone = score_chunks(zip(gold, sentence_tags))
        result["mode"] = "context"
        result["context_window"] = tagger.context_window
        result["sentence_level"] = {k: alone[k] for k in ("micro_f1", "micro_precision",
                                                          "micro_recall")}
        result["sentence_level"]["per_type"] = {t: v["f1"] for t, v in alone["per_type"].items()}
    else:
        result = score_chunks(zip(gold, sentence_tags))
        result["mode"] = "sentence"
    result["tokens"] = sum(len(t) for t in gold)
    result["sentences"] = len(data)
    for typ, scores in result["per_type"].items():
        result[typ] = scores
    return result
