#!/usr/bin/env python3
"""Turns the hand labels in ../labelling (or --labelling DIR) into training records by reference.

Reads every pool_X.tsv (X = A, B, C, ...) and pool_overlap.tsv (n, file, start, end, text) and the
label files labels_X.tsv and labels_overlap_B.tsv (n, sentiment, area, area2, fine; '-' for none),
and writes, WITHOUT any third-party text:

  models/training/reports.jsonl     one record per labelled report sentence (A then B, by n):
                                    {"file","start","end","sentiment","area","area2","fine","labeller"}
  models/agreement/overlap.jsonl    the doubly labelled sample: {"file","start","end","a":{...},"b":{...}}
  models/agreement/agreement.json   per-field accuracy and Cohen's kappa on that sample

Sentences labelled by both A and B (the overlap) are trained on with A's label. Re-run it as
more labels arrive: the output depends only on the label files.

Usage: python3 models/convert_labels.py [--labelling /work/labelling] [--out models]
"""
import argparse, collections, json, os, sys

SENTIMENTS = {"positive", "negative", "mixed", "neutral"}
AREAS = {"leadership", "help_and_protection", "children_in_care", "care_leavers", "workforce", "general"}
FINE = {"front_door", "early_help", "assessment", "child_protection", "exploitation", "disabled_children",
        "private_fostering", "placements", "fostering", "adoption", "education", "health"}


def read_pool(path):
    rows = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 4:
                continue
            rows[int(parts[0])] = (parts[1], int(parts[2]), int(parts[3]))
    return rows


def read_labels(path, problems):
    labels = {}
    if not os.path.exists(path):
        return labels
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip():
                continue
            parts = [p.strip() for p in line.split("\t")]
            if len(parts) < 5:
                problems.append(f"{os.path.basename(path)}:{lineno}: expected 5 columns, got {len(parts)}")
                continue
            try:
                n = int(parts[0])
            except ValueError:
                problems.append(f"{os.path.basename(path)}:{lineno}: bad n {parts[0]!r}")
                continue
            s, a, a2, fine = (p.lower() for p in parts[1:5])
            a2 = None if a2 in ("-", "", a) else a2
            fine = None if fine in ("-", "") else fine
            if s not in SENTIMENTS or a not in AREAS or (a2 is not None and a2 not in AREAS) or (fine is not None and fine not in FINE):
                problems.append(f"{os.path.basename(path)}:{lineno}: unknown label in {parts[1:5]}")
                continue
            labels[n] = {"sentiment": s, "area": a, "area2": a2, "fine": fine}  # a later line for the same n wins
    return labels


def kappa(pairs):
    n = len(pairs)
    if n == 0:
        return None
    po = sum(a == b for a, b in pairs) / n
    ca = collections.Counter(a for a, _ in pairs)
    cb = collections.Counter(b for _, b in pairs)
    pe = sum(ca[k] * cb[k] for k in set(ca) | set(cb)) / (n * n)
    return 1.0 if pe == 1 else (po - pe) / (1 - pe)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--labelling", default=os.path.join(here, "..", "..", "..", "labelling"))
    ap.add_argument("--out", default=here)
    args = ap.parse_args()
    lab = os.path.abspath(args.labelling)
    problems = []
    who_all = sorted(f[5:-4] for f in os.listdir(lab) if f.startswith("pool_") and f.endswith(".tsv") and f != "pool_overlap.tsv")
    pool = {k: read_pool(os.path.join(lab, f"pool_{k}.tsv")) for k in who_all}
    overlap_pool = read_pool(os.path.join(lab, "pool_overlap.tsv"))
    labels = {k: read_labels(os.path.join(lab, f"labels_{k}.tsv"), problems) for k in who_all}
    overlap_b = read_labels(os.path.join(lab, "labels_overlap_B.tsv"), problems)

    records, seen = [], set()
    for who in who_all:
        for n in sorted(labels[who]):
            if n not in pool[who]:
                problems.append(f"labels_{who}.tsv: n={n} is not in pool_{who}.tsv")
                continue
            key = pool[who][n]
            if key in seen:
                continue
            seen.add(key)
            rec = {"file": key[0], "start": key[1], "end": key[2]}
            rec.update(labels[who][n])
            rec["labeller"] = who
            records.append(rec)

    os.makedirs(os.path.join(args.out, "training"), exist_ok=True)
    with open(os.path.join(args.out, "training", "reports.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    # The overlap: n in labels_overlap_B.tsv is the first column of pool_overlap.tsv (A's n); the
    # sentence is found in pool_A.tsv by (file, start, end). (If every n were outside the overlap
    # pool, n would be read as an index into pool_A.tsv instead.)
    a_by_key = {v: n for n, v in pool["A"].items()}
    use_a_n = bool(overlap_b) and all(n not in overlap_pool for n in overlap_b)
    pairs = []
    for n in sorted(overlap_b):
        key = pool["A"].get(n) if use_a_n else overlap_pool.get(n)
        if key is None:
            problems.append(f"labels_overlap_B.tsv: n={n} not found")
            continue
        an = a_by_key.get(key)
        if an is None or an not in labels["A"]:
            continue  # A has not labelled it yet
        pairs.append({"file": key[0], "start": key[1], "end": key[2], "a": labels["A"][an], "b": overlap_b[n]})

    os.makedirs(os.path.join(args.out, "agreement"), exist_ok=True)
    with open(os.path.join(args.out, "agreement", "overlap.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for p in pairs:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")

    def field(name, fn=lambda x: x):
        pr = [(fn(p["a"][name]), fn(p["b"][name])) for p in pairs]
        n = len(pr)
        return {"n": n, "accuracy": round(sum(a == b for a, b in pr) / n, 4) if n else None,
                "kappa": round(kappa(pr), 4) if n else None}

    conf = collections.Counter((p["a"]["sentiment"], p["b"]["sentiment"]) for p in pairs)
    aconf = collections.Counter((p["a"]["area"], p["b"]["area"]) for p in pairs)
    agreement = {
        "pairs": len(pairs),
        "sentiment": field("sentiment"),
        "area": field("area"),
        "area2": field("area2", lambda x: x or "-"),
        "fine": field("fine", lambda x: x or "-"),
        "sentiment_confusion_a_b": {f"{a}|{b}": c for (a, b), c in sorted(conf.items())},
        "area_confusion_a_b": {f"{a}|{b}": c for (a, b), c in sorted(aconf.items()) if a != b},
    }
    # area agreement counting a match when either labeller's second area equals the other's main area
    loose = [p for p in pairs if p["a"]["area"] == p["b"]["area"] or p["a"]["area"] == p["b"]["area2"] or p["a"]["area2"] == p["b"]["area"]]
    agreement["area_set"] = {"n": len(pairs), "accuracy": round(len(loose) / len(pairs), 4) if pairs else None}
    with open(os.path.join(args.out, "agreement", "agreement.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(agreement, f, indent=2, sort_keys=False)
        f.write("\n")

    counts = collections.Counter(r["labeller"] for r in records)
    print(f"training records: {len(records)} ({dict(counts)}) from {len({r['file'] for r in records})} reports")
    for name in ("sentiment", "area", "fine"):
        c = collections.Counter(r[name] or "-" for r in records)
        print(f"  {name}: " + ", ".join(f"{k} {v}" for k, v in c.most_common()))
    print(f"agreement on {len(pairs)} doubly labelled sentences:")
    for name in ("sentiment", "area", "area2", "fine"):
        a = agreement[name]
        print(f"  {name}: accuracy {a['accuracy']}, kappa {a['kappa']}")
    print(f"  area (main or second area matches): {agreement['area_set']['accuracy']}")
    for p in problems[:20]:
        print("warning: " + p, file=sys.stderr)
    if len(problems) > 20:
        print(f"warning: ... {len(problems) - 20} more", file=sys.stderr)


if __name__ == "__main__":
    main()
