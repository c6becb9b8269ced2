"""Statistical named-entity tagger: a CRF trained on ANERcorp by `scripts/train_ner.py`.

The tagger keeps ANERcorp's labels (PERS, LOC, ORG, MISC); `ANERCORP_TO_RASID` says what each
becomes in rasid's entity types. Load it once with `CrfTagger.load()` and inject it.
"""
from __future__ import annotations

import json
from pathlib import Path

from rasid.data import resource_path
from rasid.entities.evaluate import chunks
from rasid.entities.features import (
    FeatureConfig,
    Lexicons,
    memory_features,
    sentence_features,
)

MODEL_DIR = resource_path("ner")
MODEL_FILE = "anercorp-crf.crfsuite"
CONTEXT_MODEL_FILE = "anercorp-crf-context.crfsuite"

# ANERcorp's LOC covers countries and cities (GPE in ACE terms) as well as natural places; the
# recogniser decides GPE vs LOC from the knowledge-base match, so LOC maps to both candidates.
ANERCORP_TO_RASID = {
    "PERS": "PER",
    "LOC": ("GPE", "LOC"),
    "ORG": "ORG",
    "MISC": "MISC",
}


class CrfTagger:
    """BIO tagger over pre-tokenised sentences (types PERS, LOC, ORG, MISC).

    `tag` looks at one sentence. `tag_document` tags running text in two passes: the second
    model also sees how the first pass tagged the same words in the sentences around.
    """

    def __init__(self, crf_tagger, lexicons: Lexicons, config: FeatureConfig,
                 context_tagger=None, context_window: int = 0, o_threshold: float = 0.0,
                 memory_neighbours: bool = False):
        self._crf = crf_tagger
        self._lex = lexicons
        self._config = config
        self._crf2 = context_tagger
        self.context_window = context_window if context_tagger is not None else 0
        self.o_threshold = o_threshold
        self._memory_neighbours = memory_neighbours

    @classmethod
    def load(cls, path: str | Path | None = None) -> CrfTagger:
        """Open a trained model.

        Args:
            path: the `.crfsuite` file; its directory must also hold the word lists and
                `features.json` written with it. Default: the model shipped in
                `rasid/resources/ner/`.

        Returns:
            A ready tagger.

        Raises:
            FileNotFoundError: the model or one of its companion files is missing.
        """
        import pycrfsuite

        model = Path(path) if path is not None else MODEL_DIR / MODEL_FILE
        if not model.exists():
            raise FileNotFoundError(f"NER model {model} not found; train it with "
                                    "scripts/train_ner.py")
        meta_path = model.parent / "features.json"
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
        config = FeatureConfig(**meta.get("features", {}))
        window = int(meta.get("context_window", 0))
        crf = pycrfsuite.Tagger()
        crf.open(str(model))
        crf2 = None
        context_model = model.parent / CONTEXT_MODEL_FILE
        if window and context_model.exists():
            crf2 = pycrfsuite.Tagger()
            crf2.open(str(context_model))
        return cls(crf, Lexicons.load(model.parent), config, crf2, window,
                   float(meta.get("o_threshold") or 0.0), bool(meta.get("memory_neighbours")))

    @property
    def labels(self) -> list[str]:
        """The BIO labels the model can emit."""
        return list(self._crf.labels())

    def tag(self, tokens: list[str]) -> list[str]:
        """BIO tags, one per token.

        Args:
            tokens: the words of one sentence, as written (clitics attached, as in ANERcorp).

        Returns:
            Tags such as 'B-PERS', 'I-PERS', 'O'; always well-formed BIO (no I- opening a span).
        """
        return _repair_bio(self._raw_tags(tokens))

    def _raw_tags(self, tokens: list[str]) -> list[str]:
        if not tokens:
            return []
        tags = self._crf.tag(sentence_features(list(tokens), self._lex, self._config))
        return relabel_unsure_o(self._crf, tags, self.o_threshold)

    def tag_spans(self, tokens: list[str]) -> list[tuple[int, int, str, float]]:
        """Entity spans with a confidence, for merging with knowledge-base matches.

        Args:
            tokens: the words of one sentence.

        Returns:
            (start, end exclusive, type, confidence) in token indices; confidence is the mean
            CRF marginal probability of the span's labels (0..1).
        """
        raw = self._raw_tags(tokens)  # marginals refer to this sequence, before BIO repair
        return _spans(self._crf, raw)


    def tag_document(self, sentences: list[list[str]]) -> list[list[str]]:
        """BIO tags for consecutive sentences of one text, using the context model if shipped.

        Args:
            sentences: the text's sentences in order, each a list of tokens.

        Returns:
            One tag list per sentence (same as `tag` per sentence when no context model).
        """
        return [_repair_bio(t) for t in self._document_raw(sentences)]

    def tag_document_spans(self, sentences: list[list[str]]
                           ) -> list[list[tuple[int, int, str, float]]]:
        """`tag_spans` for consecutive sentences of one text (see `tag_document`).

        Returns:
            Per sentence, (start, end exclusive, type, confidence) in token indices.
        """
        if self._crf2 is None:
            return [self.tag_spans(s) for s in sentences]
        out = []
        for toks, feats in zip(sentences, self._document_features(sentences)):
            if not toks:
                out.append([])
                continue
            raw = relabel_unsure_o(self._crf2, self._crf2.tag(feats), self.o_threshold)
            out.append(_spans(self._crf2, raw))
        return out

    def _document_features(self, sentences):
        feats = [sentence_features(list(s), self._lex, self._config) if s else []
                 for s in sentences]
        first = [self._crf.tag(f) if f else [] for f in feats]
        mem = memory_features([list(s) for s in sentences], first, self.context_window,
                              self._memory_neighbours)
        return [[a + b for a, b in zip(fs, ms)] for fs, ms in zip(feats, mem)]

    def _document_raw(self, sentences):
        if self._crf2 is None:
            return [self._raw_tags(s) for s in sentences]
        return [relabel_unsure_o(self._crf2, self._crf2.tag(f), self.o_threshold) if f else []
                for f in self._document_features(sentences)]


def relabel_unsure_o(crf, tags: list[str], threshold: float) -> list[str]:
    """Where Viterbi chose O with marginal P(O) below `threshold`, take the likeliest entity label.

    The CRF is cautious (precision well above recall); a threshold tuned on the dev slice
    trades a little precision for more recall. `crf` must just have tagged this sequence.
    """
    if threshold <= 0:
        return tags
    labels = [lab for lab in crf.labels() if lab != "O"]
    out = list(tags)
    for i, tag in enumerate(tags):
        if tag == "O" and crf.marginal("O", i) < threshold:
            out[i] = max(labels, key=lambda lab: crf.marginal(lab, i))
    return out


def _spans(crf, raw: list[str]) -> list[tuple[int, int, str, float]]:
    """Spans of the repaired tags, each with the mean marginal of its raw labels."""
    spans = []
    for start, end, typ in chunks(_repair_bio(raw)):
        probs = [crf.marginal(raw[i], i) for i in range(start, end)]
        spans.append((start, end, typ, round(sum(probs) / len(probs), 4)))
    return spans


def _repair_bio(tags: list[str]) -> list[str]:
    """Turn an I-X that does not continue an X span into B-X (how the scorer reads it anyway)."""
    out = []
    prev = "O"
    for tag in tags:
        if tag.startswith("I-") and prev[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        out.append(tag)
        prev = tag
    return out
