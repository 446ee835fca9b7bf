#!/usr/bin/python3
"""Side-by-side check: scikit-learn TfidfVectorizer + LogisticRegression against our models, on the SAME folds.

Needs Debian's scikit-learn (apt-get install -y python3-sklearn; run with /usr/bin/python3).

By default it runs our trainer first, which cross-validates the three sentence models on its fixed
folds (each local authority's reports in one fold) and exports every sentence's fold, text, gold
labels and our out-of-fold prediction to a temporary file (outside the repository: it holds
third-party text):

    dotnet run -c Release --project src/ReportMining.Cli -- train --labels models/training \
        --corpus ../shared/corpus/ilacs/texts --no-write --export-predictions /tmp/rm_oof.jsonl

Then, for each model, it trains scikit-learn on the same training folds and predicts the same test
folds, for C in a small grid, and prints its accuracy and macro-F1 beside ours (all sentences, and
report sentences only). scikit-learn's features mirror ML.NET's FeaturizeText: word 1-2-grams and
character 2-5-grams (char_wb), TF-IDF weighted, L2 normalised.

Usage:
    /usr/bin/python3 models/sklearn_compare.py [--predictions FILE] [--corpus DIR] [--c 1,10,100]
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

import numpy as np
from scipy.sparse import hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score

MODELS = ["sentiment", "area", "fine_area"]


def run_ours(repo, corpus, out):
    cmd = ["dotnet", "run", "-c", "Release", "--project", os.path.join(repo, "src", "ReportMining.Cli"), "--",
           "train", "--labels", os.path.join(repo, "models", "training"), "--corpus", corpus,
           "--no-write", "--export-predictions", out]
    print("running: " + " ".join(cmd), file=sys.stderr)
    subprocess.run(cmd, check=True, stdout=sys.stderr)


def sklearn_cv(texts, y, folds, c):
    pred = np.empty(len(y), dtype=object)
    for f in sorted(set(folds)):
        train = np.where(folds != f)[0]
        test = np.where(folds == f)[0]
        words = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, lowercase=True)
        chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, lowercase=True, min_df=2)
        xtrain = hstack([words.fit_transform(texts[train]), chars.fit_transform(texts[train])]).tocsr()
        xtest = hstack([words.transform(texts[test]), chars.transform(texts[test])]).tocsr()
        model = LogisticRegression(C=c, max_iter=3000)
        model.fit(xtrain, y[train])
        pred[test] = model.predict(xtest)
    return pred


def scores(y, pred, mask):
    return accuracy_score(y[mask], pred[mask]), f1_score(y[mask], pred[mask], average="macro", zero_division=0)


def main():
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser()
    ap.add_argument("--predictions", help="our exported out-of-fold predictions (skips running our trainer)")
    ap.add_argument("--corpus", default=os.path.join(repo, "..", "shared", "corpus", "ilacs", "texts"))
    ap.add_argument("--c", default="1,10,100", help="comma-separated C values for LogisticRegression")
    args = ap.parse_args()

    path = args.predictions
    if path is None:
        path = os.path.join(tempfile.mkdtemp(prefix="rm_compare_"), "oof.jsonl")
        run_ours(repo, args.corpus, path)
    rows = [json.loads(line) for line in open(path, encoding="utf-8")]
    texts = np.array([r["text"] for r in rows], dtype=object)
    folds = np.array([r["fold"] for r in rows])
    report = np.array([not r["id"].startswith("news:") for r in rows])
    everything = np.ones(len(rows), dtype=bool)
    print(f"{len(rows)} sentences ({report.sum()} report, {len(rows) - report.sum()} news-style), {len(set(folds))} folds")
    print(f"{'model':<10} {'scope':<8} {'ours acc':>9} {'ours F1':>8} | {'sklearn acc':>11} {'sklearn F1':>10} {'(best C)':>8}  verdict")
    worse = False
    for name in MODELS:
        if name not in rows[0]:
            continue
        y = np.array([r[name] for r in rows], dtype=object)
        ours = np.array([r[name + "_predicted"] for r in rows], dtype=object)
        best = None
        for c in (float(v) for v in args.c.split(",")):
            start = time.time()
            pred = sklearn_cv(texts, y, folds, c)
            acc = accuracy_score(y, pred)
            print(f"  sklearn {name} C={c:g}: accuracy {acc:.4f} ({time.time() - start:.0f} s)", file=sys.stderr)
            if best is None or acc > best[0]:
                best = (acc, c, pred)
        for scope, mask in (("all", everything), ("reports", report)):
            oa, of = scores(y, ours, mask)
            sa, sf = scores(y, best[2], mask)
            verdict = "ours >= sklearn" if oa >= sa else "OURS WORSE"
            worse |= oa < sa
            print(f"{name:<10} {scope:<8} {oa:>9.4f} {of:>8.4f} | {sa:>11.4f} {sf:>10.4f} {best[1]:>8g}  {verdict}")
    return 1 if worse else 0


if __name__ == "__main__":
    sys.exit(main())
