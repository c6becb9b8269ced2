"""Statistical named-entity tagger: a CRF trained on ANERcorp by `scripts/train_ner.py`.

The tagger keeps ANERcorp's labels (PERS, LOC, ORG, MISC); `ANERCORP_TO_RASID` says what each
becomes in rasid's entity types. Load it once with `CrfTagger.load()` and inject it.
"""
from __future__ import annotations

import json
from pathlib import Path

from rasid.entities.evaluate import chunks
from rasid.entities.features import FeatureConfig, Lexicons, sentence_features

MODEL_DIR = Path(__file__).resolve().parents[1] / "resources" / "ner"
MODEL_FILE = "anercorp-crf.crfsuite"

# ANERcorp's LOC covers countries and cities (GPE in ACE terms) as well as natural places; the
# recogniser decides GPE vs LOC from the knowledge-base match, so LOC maps to both candidates.
ANERCORP_TO_RASID = {
    "PERS": "PER",
    "LOC": ("GPE", "LOC"),
    "ORG": "ORG",
    "MISC": "MISC",
}


class CrfTagger:
    """BIO tagger over pre-tokenised sentences (types PERS, LOC, ORG, MISC)."""

    def __init__(self, crf_tagger, lexicons: Lexicons, config: FeatureConfig):
        self._crf = crf_tagger
        self._lex = lexicons
        self._config = config

    @classmethod
    def load(cls, path: str | Path | None = None) -> "CrfTagger":
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
        feats_path = model.parent / "features.json"
        config = (FeatureConfig(**json.loads(feats_path.read_text(encoding="utf-8")))
                  if feats_path.exists() else FeatureConfig())
        crf = pycrfsuite.Tagger()
        crf.open(str(model))
        return cls(crf, Lexicons.load(model.parent), config)

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
        return self._crf.tag(sentence_features(list(tokens), self._lex, self._config))

    def tag_spans(self, tokens: list[str]) -> list[tuple[int, int, str, float]]:
        """Entity spans with a confidence, for merging with knowledge-base matches.

        Args:
            tokens: the words of one sentence.

        Returns:
            (start, end exclusive, type, confidence) in token indices; confidence is the mean
            CRF marginal probability of the span's labels (0..1).
        """
        raw = self._raw_tags(tokens)  # marginals refer to this sequence, before BIO repair
        spans = []
        for start, end, typ in chunks(_repair_bio(raw)):
            probs = [self._crf.marginal(raw[i], i) for i in range(start, end)]
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
