#!/usr/bin/env python3
"""Draw report sentences for a new set of sentence-model training labels (seeded, repeatable).

Cuts every dev ILACS report (../shared/corpus/ilacs/texts) into sentences with the library's own
splitter (`reportmining segment FILE`, so the spans are the ones the pipeline classifies), leaves
out every sentence that overlaps a sentence already in the label files (models/training/reports.jsonl)
(those of sets drawn before this one) and sentences with no letter, and draws COUNT of the rest uniformly at random with the set's fixed
seed, so the set spreads over areas, years and local authorities as the reports do. The draw is cut
into PARTS files of equal size, one per labeller, each in random order (a labeller who stops early
leaves a random sample).

The output files (written OUTSIDE the repository, because they hold third-party text for reading) have
per sentence: id, file name, start and end (UTF-16 offsets into the text, as `segment` prints them),
the sentence before it in the text (the labelling guide's context) and the sentence. Only the
offsets go into the label files.

    python3 tools/sample_training_sentences.py --set H src/ReportMining.Cli/bin/Release/net10.0/ReportMining.Cli \\
        /work/shared models/training/reports.jsonl /tmp/setH
    python3 tools/sample_training_sentences.py --set I ... /tmp/setI
    python3 tools/sample_training_sentences.py --set J ... /tmp/setJ
"""
import argparse
import json
import os
import random
import subprocess

# the sets this script draws, in the order they were drawn, with their seeds: a set leaves out every labelled sentence
# except those of itself and of the sets after it, so each draw is the same before and after later labels were added
SEEDS = {"H": 20280203, "I": 20280204, "J": 20280205}
COUNT = 6000
PARTS = 4


def segment(cli, path):
    """(start, end, text) of each sentence of the file, as the library splits it."""
    out = subprocess.run([cli, "segment", path], capture_output=True, text=True, check=True).stdout
    for line in out.splitlines():
        start, end, _, text = line.split("\t", 3)
        yield int(start), int(end), text


def main(cli, shared, labels_path, out_dir, name):
    order = list(SEEDS)
    ignored = tuple(order[order.index(name):])
    labelled = {}
    with open(labels_path, encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            if record.get("labeller", "").startswith(ignored):
                continue
            labelled.setdefault(record["file"], []).append((record["start"], record["end"]))
    folder = f"{shared}/corpus/ilacs/texts"
    pool = []
    for file in sorted(n for n in os.listdir(folder) if n.endswith(".txt")):
        previous = ""
        for start, end, text in segment(cli, f"{folder}/{file}"):
            taken = any(start < e and s < end for s, e in labelled.get(file, []))
            if not taken and any(c.isalpha() for c in text):
                pool.append({"file": file, "start": start, "end": end, "prev": previous, "text": text})
            previous = text
    rng = random.Random(SEEDS[name])
    rng.shuffle(pool)
    drawn = pool[:COUNT]
    os.makedirs(out_dir, exist_ok=True)
    size = COUNT // PARTS
    for part in range(PARTS):
        with open(f"{out_dir}/{name}{part + 1}.jsonl", "w", encoding="utf-8") as f:
            for i, row in enumerate(drawn[part * size:(part + 1) * size]):
                f.write(json.dumps({"id": f"{name}{part + 1}-{i}", **row}, ensure_ascii=False) + "\n")
    print(f"pool {len(pool)} unlabelled sentences in {len({r['file'] for r in pool})} files; drawn {len(drawn)}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Draw report sentences for a new training label set.")
    parser.add_argument("--set", choices=list(SEEDS), default="H")
    parser.add_argument("cli", help="the reportmining command line (for `segment`)")
    parser.add_argument("shared", help="the shared data folder (holds corpus/ilacs/texts)")
    parser.add_argument("labels", help="the report label file (models/training/reports.jsonl)")
    parser.add_argument("out", help="folder for the labellers' files, outside the repository")
    args = parser.parse_args()
    main(args.cli, args.shared, args.labels, args.out, args.set)
