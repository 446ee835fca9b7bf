#!/usr/bin/python3
"""Would a network with a hidden layer beat the linear models on the same features? (issue 6)

The shipped sentence models are linear (multinomial logistic regression) over the featuriser's
vector: hashed word 1-2-grams, character 4-grams, negation and contrast marks, the lexicon block and
the mean word vector. This script trains a one-hidden-layer network (ReLU, dropout, softmax; Adam
with sparse updates of the first layer's rows) on exactly those vectors, fold by fold on the
trainer's own folds (each local authority's reports in one fold), and prints its held-out accuracy
beside our out-of-fold accuracy on the same fold, and that of the two averaged in log space.

Inputs come from one cross-validation run (keep both files out of the repository; the predictions
hold text):

    reportmining train --no-write --threads 2 --export-predictions /tmp/mlp/oof.jsonl --export-features /tmp/mlp/features.bin
    /usr/bin/python3 models/mlp_compare.py /tmp/mlp/features.bin /tmp/mlp/oof.jsonl sentiment --folds 0,1

Needs numpy and scipy (Debian: python3-numpy python3-scipy). About 2.5 minutes per fold at 256
hidden units, 6 epochs, on one core. Deterministic for a given --seed.
"""
import argparse
import json
import struct
import time

import numpy as np
from scipy.sparse import csr_matrix

MODELS = ["sentiment", "area", "fine_area"]


def load_features(path):
    data = open(path, "rb").read()
    offset = 0
    folds, labels, indices, values, pointers = [], [], [], [], [0]
    while offset < len(data):
        fold, _news, sentiment, area, fine, n = struct.unpack_from("<6i", data, offset)
        offset += 24
        indices.append(np.frombuffer(data, np.int32, n, offset))
        offset += 4 * n
        values.append(np.frombuffer(data, np.float32, n, offset))
        offset += 4 * n
        folds.append(fold)
        labels.append((sentiment, area, fine))
        pointers.append(pointers[-1] + n)
    indices = np.concatenate(indices)
    x = csr_matrix((np.concatenate(values), indices, np.array(pointers)), shape=(len(folds), int(indices.max()) + 1))
    return x, np.array(folds), np.array(labels)


def train(x, y, rows, classes, args):
    rng = np.random.default_rng(args.seed)
    d, h = x.shape[1], args.hidden
    w1 = (rng.standard_normal((d, h)) * 0.05).astype(np.float32)
    b1 = np.zeros(h, np.float32)
    w2 = (rng.standard_normal((h, classes)) * np.sqrt(2 / h)).astype(np.float32)
    b2 = np.zeros(classes, np.float32)
    dense = [w2, b1, b2]
    m = [np.zeros_like(p) for p in dense]
    v = [np.zeros_like(p) for p in dense]
    m1, v1 = np.zeros_like(w1), np.zeros_like(w1)
    beta1, beta2, eps, step = 0.9, 0.999, 1e-8, 0
    for _ in range(args.epochs):
        order = rng.permutation(rows)
        for start in range(0, len(order), args.batch):
            batch = order[start:start + args.batch]
            xb = x[batch]
            pre = xb @ w1 + b1
            hidden = np.maximum(pre, 0)
            mask = (rng.random(hidden.shape) > args.dropout).astype(np.float32) / (1 - args.dropout)
            hidden *= mask
            z = hidden @ w2 + b2
            z -= z.max(1, keepdims=True)
            p = np.exp(z)
            p /= p.sum(1, keepdims=True)
            p[np.arange(len(batch)), y[batch]] -= 1
            p /= len(batch)
            grads = [hidden.T @ p, None, p.sum(0)]
            dh = (p @ w2.T) * (pre > 0) * mask
            grads[1] = dh.sum(0)
            used = np.unique(xb.indices)
            g1 = np.asarray(xb[:, used].T @ dh)
            step += 1
            rate = args.rate * np.sqrt(1 - beta2 ** step) / (1 - beta1 ** step)
            for j, (param, grad) in enumerate(zip(dense, grads)):
                m[j] = beta1 * m[j] + (1 - beta1) * grad
                v[j] = beta2 * v[j] + (1 - beta2) * grad * grad
                param -= rate * m[j] / (np.sqrt(v[j]) + eps)
            m1[used] = beta1 * m1[used] + (1 - beta1) * g1
            v1[used] = beta2 * v1[used] + (1 - beta2) * g1 * g1
            w1[used] -= rate * m1[used] / (np.sqrt(v1[used]) + eps)
    return w1, b1, w2, b2


def predict(x, rows, params):
    w1, b1, w2, b2 = params
    z = np.maximum(x[rows] @ w1 + b1, 0) @ w2 + b2
    z -= z.max(1, keepdims=True)
    p = np.exp(z)
    return p / p.sum(1, keepdims=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("features")
    ap.add_argument("predictions")
    ap.add_argument("model", choices=MODELS)
    ap.add_argument("--folds", default="0,1,2,3,4")
    ap.add_argument("--hidden", type=int, default=256)
    ap.add_argument("--epochs", type=int, default=6)
    ap.add_argument("--rate", type=float, default=1e-3)
    ap.add_argument("--dropout", type=float, default=0.5)
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()

    x, folds, labels = load_features(args.features)
    task = MODELS.index(args.model)
    y = labels[:, task]
    rows = [json.loads(line) for line in open(args.predictions, encoding="utf-8")]
    names = list(rows[0][args.model + "_probabilities"].keys())
    if len(rows) != len(y) or any(r["fold"] != f or names.index(r[args.model]) != g for r, f, g in zip(rows, folds, y)):
        raise SystemExit("the predictions and the features are not from the same run")
    ours = np.array([[r[args.model + "_probabilities"][c] for c in names] for r in rows], dtype=np.float32)

    totals = np.zeros(3)
    count = 0
    for f in [int(s) for s in args.folds.split(",")]:
        started = time.time()
        train_rows = np.where(folds != f)[0]
        test_rows = np.where(folds == f)[0]
        p = predict(x, test_rows, train(x, y, train_rows, len(names), args))
        both = np.log(p + 1e-7) + np.log(ours[test_rows] + 1e-7)
        right = [np.sum(q.argmax(1) == y[test_rows]) for q in (ours[test_rows], p, both)]
        totals += right
        count += len(test_rows)
        print(f"{args.model} fold {f} n={len(test_rows)}: ours {right[0] / len(test_rows):.4f}, "
              f"network {right[1] / len(test_rows):.4f}, both {right[2] / len(test_rows):.4f} ({time.time() - started:.0f} s)", flush=True)
    print(f"{args.model} all {count}: ours {totals[0] / count:.4f}, network {totals[1] / count:.4f}, both {totals[2] / count:.4f}")


if __name__ == "__main__":
    main()
