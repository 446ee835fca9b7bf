#!/usr/bin/env python3
"""How much more could document context give than the pipeline's fixed combination? (issue 6)

The pipeline labels a sentence in a report from its own log-probabilities, a weight times those of
the sentence before and after, and a fitted bias for its report section (models/README.md, "In their
documents"). This script asks whether a model learned on top (stacking) does better with the same
signals and more: the out-of-fold log-probabilities of the sentences up to three before and after,
whether each neighbour is in the same paragraph, the mean of the rest of the paragraph, and the
section. It fits scikit-learn's LogisticRegression and HistGradientBoostingClassifier on four folds'
out-of-fold predictions and scores the fifth, fold by fold (the trainer's folds: each local
authority's reports in one fold), over the labelled report sentences.

Inputs come from one cross-validation run (keep both files out of the repository; they hold text):

    reportmining train --no-write --threads 2 --export-predictions /tmp/ctx/pred.jsonl --export-documents /tmp/ctx/docs.jsonl
    python3 models/context_stack.py /tmp/ctx/pred.jsonl /tmp/ctx/docs.jsonl [area|sentiment|fine_area] [--others]

With --others, the logistic regression also gets the other two models' out-of-fold log-probabilities of
the sentence and its neighbours one away (does, say, the finer-area model help the area model?).

Needs numpy and scikit-learn (Debian: apt-get install python3-sklearn).
"""
import json
import sys

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression


def main(pred_path, docs_path, kind, others=False):
    docs = {}
    for line in open(docs_path, encoding="utf-8"):
        d = json.loads(line)
        docs[d["file"]] = d["sentences"]
    preds = [json.loads(line) for line in open(pred_path, encoding="utf-8")]
    classes = list(preds[0][kind + "_probabilities"].keys())
    k = len(classes)
    sections = sorted({s["section"] for d in docs.values() for s in d})
    # per document: its sentences' log-probabilities and the sum per paragraph
    logs = {f: np.array([s[kind] for s in d]) for f, d in docs.items()}
    kinds = ["sentiment", "area", "fine_area"]
    all_logs = {k: {f: np.array([s[k] for s in d]) for f, d in docs.items()} for k in kinds}
    para = {f: np.array([s["paragraph"] for s in d]) for f, d in docs.items()}

    rows = []
    for p in preds:
        if p["source"] != "report":
            continue
        file, span = p["id"].rsplit(":", 1)
        a, b = map(int, span.split("-"))
        sents = docs[file]
        first = next(i for i, s in enumerate(sents) if s["end"] > a)
        last = first
        while last + 1 < len(sents) and sents[last + 1]["start"] < b:
            last += 1
        own = np.log(np.maximum([p[kind + "_probabilities"][c] for c in classes], 1e-30))
        other = [np.log(np.maximum(list(p[k + "_probabilities"].values()), 1e-30)) for k in kinds if k != kind]
        rows.append((classes.index(p[kind]), p["fold"], file, first, last, own, other))

    def features(file, first, last, own, reach, paragraphs, other=None):
        lg, pa = logs[file], para[file]
        out = [own]
        for other_kind, o in zip([m for m in kinds if m != kind], other or []):
            out.append(o)
            for j in (first - 1, last + 1):
                out.append(all_logs[other_kind][file][j] if 0 <= j < len(lg) else np.zeros(len(o)))
        for off in range(1, reach + 1):
            for j in (first - off, last + off):
                inside = 0 <= j < len(lg)
                v = lg[j] if inside else np.zeros(k)
                out.append(v)
                if paragraphs:
                    out.append(v * (inside and pa[j] == pa[first]))
        if paragraphs:
            same = (pa == pa[first])
            same[first:last + 1] = False
            out.append(lg[same].mean(axis=0) if same.any() else np.zeros(k))
            out.append([float(same.any())])
        sec = np.zeros(len(sections))
        sec[sections.index(docs[file][first]["section"])] = 1
        out.append(sec)
        return np.concatenate([np.asarray(x, float) for x in out])

    y = np.array([r[0] for r in rows])
    fold = np.array([r[1] for r in rows])
    print(f"{kind}: {len(rows)} labelled report sentences, {k} classes")
    print(f"  own log-probabilities alone: accuracy {np.mean([r[5].argmax() == r[0] for r in rows]):.4f}")
    if others:
        for with_others in (False, True):
            x = np.array([features(r[2], r[3], r[4], r[5], 1, False, r[6] if with_others else None) for r in rows])
            predicted = np.zeros(len(y), int)
            for f in sorted(set(fold)):
                train, test = fold != f, fold == f
                predicted[test] = LogisticRegression(C=1.0, max_iter=3000).fit(x[train], y[train]).predict(x[test])
            what = "section + neighbours up to 1" + (" + the other models" if with_others else "")
            print(f"  {'logistic regression':22} {what:42} accuracy {np.mean(predicted == y):.4f}")
        return
    for name, make in (("logistic regression", lambda: LogisticRegression(C=1.0, max_iter=3000)),
                       ("gradient-boosted trees", lambda: HistGradientBoostingClassifier(max_iter=200, learning_rate=0.05, random_state=0))):
        for reach, paragraphs in ((0, False), (1, False), (2, False), (3, False), (2, True)):
            x = np.array([features(r[2], r[3], r[4], r[5], reach, paragraphs) for r in rows])
            predicted = np.zeros(len(y), int)
            for f in sorted(set(fold)):
                train, test = fold != f, fold == f
                predicted[test] = make().fit(x[train], y[train]).predict(x[test])
            what = f"section + neighbours up to {reach}" + (" + paragraph" if paragraphs else "")
            print(f"  {name:22} {what:42} accuracy {np.mean(predicted == y):.4f}")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--others"]
    main(args[0], args[1], args[2] if len(args) > 2 else "area", "--others" in sys.argv)
