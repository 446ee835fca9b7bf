#!/usr/bin/env python3
"""Agreement between two labellings of the same percentage sentences (by reference, the gold file's format).

    python3 tools/label_agreement.py models/percentages/percentages-gold.jsonl \
        models/percentages/percentages-gold-second-labeller.jsonl

Only sentences that the second file labels are compared. A mention of the first file is matched by a mention of the
second whose span overlaps it in the same file; for matched mentions the script counts equal values (to 0.01), equal
hedges, measures with the same offsets (exact) and measures that overlap or are both empty (overlap), and scopes that
overlap or are both empty - the same measures `reportmining eval percentages` reports for the extractor. Per split and
in all.
"""
import json
import sys
from collections import defaultdict


def load(path):
    sentences, mentions = set(), []
    with open(path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r["type"] == "sentence":
                sentences.add((r["file"], r["start"], r["end"]))
            else:
                mentions.append(r)
    return sentences, mentions


def overlaps(a1, a2, b1, b2):
    if a1 is None and b1 is None:
        return True
    if a1 is None or b1 is None:
        return False
    return a1 < b2 and b1 < a2


def main(first_path, second_path):
    _, first = load(first_path)
    second_sentences, second = load(second_path)
    inside = lambda m: any(f == m["file"] and s <= m["start"] and m["end"] <= e for f, s, e in second_sentences)
    counts = defaultdict(lambda: defaultdict(int))
    for m in first:
        if not inside(m):
            continue
        split = m.get("split") or "?"
        c = counts[split]
        c["first"] += 1
        match = next((s for s in second if s["file"] == m["file"] and s["start"] < m["end"] and m["start"] < s["end"]), None)
        if match is None:
            continue
        c["matched"] += 1
        c["value"] += abs(match["value"] - m["value"]) < 0.01
        c["hedge"] += match["approximate"] == m["approximate"]
        c["measure exact"] += (match["measureStart"], match["measureEnd"]) == (m["measureStart"], m["measureEnd"])
        c["measure overlap"] += overlaps(m["measureStart"], m["measureEnd"], match["measureStart"], match["measureEnd"])
        c["scope overlap"] += overlaps(m["scopeStart"], m["scopeEnd"], match["scopeStart"], match["scopeEnd"])
    for split in sorted(counts) + ["all"]:
        c = counts[split] if split != "all" else {k: sum(counts[s][k] for s in counts) for k in
                                                   ("first", "matched", "value", "hedge", "measure exact", "measure overlap", "scope overlap")}
        n = c["matched"] or 1
        second_count = sum(1 for s in second if split == "all" or s.get("split") == split)
        print(f"{split:8} first {c['first']:4} second {second_count:4} matched {c['matched']:4}  value {c['value']}  hedge {c['hedge']}  "
              f"measure exact {c['measure exact']} ({c['measure exact'] / n:.1%})  overlap {c['measure overlap']} ({c['measure overlap'] / n:.1%})  "
              f"scope overlap {c['scope overlap']}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
