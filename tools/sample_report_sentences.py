#!/usr/bin/env python3
"""Draw report sentences for the percentage gold split fresh4 (seeded, repeatable).

Reads the ILACS report texts (../shared/corpus/ilacs/texts), leaves out every file that any
report split of the gold file already uses (dev, test, final, fresh3), cuts each remaining text
into sentences with a plain splitter (blank lines, list bullets at a line start, and . ! ? before
a capital, digit or bullet), and draws at random (fixed seed):

  fresh4: every sentence of pools P and W in the remaining files, then the remaining files
          shuffled and one sentence of pool T drawn from each until the split holds TOTAL sentences.
          The files left are nearly all short post-2018 reports, which seldom give figures: of the
          170 files not in the gold only 8 have a sentence with a percentage cue (39 sentences) and
          7 one with a proportion cue in words (8), so P and W are taken whole (several sentences
          from one file) and T fills the rest.

Pools, by broad patterns written independently of the extractor: P has a percentage cue ("%",
per cent, percent, "percentage point"); W has no such cue but a proportion cue in words (a
fraction word followed by "of", "one in N", "N out of M"); T has neither but a trigger word
(half, third, quarter, fifth ... tenth, percentage, proportion): mostly not percentages
("half-term", "third-party"). Sentences longer than 600 characters or with fewer than four
words are left out.

The output (a JSONL file written OUTSIDE the repository, because it holds third-party text for
reading) has per sentence: split, pool, file reference `corpus/ilacs/texts/<name>`, start and
end (offsets into the text; the script checks there are no characters outside the BMP, so
Python string indices are UTF-16 indices), and the sentence text. Only the offsets go into
the gold file.

    python3 tools/sample_report_sentences.py /work/shared models/percentages/percentages-gold.jsonl /tmp/pct7/fresh4.jsonl
"""
import json
import os
import random
import re
import sys

from report_sentences import split_block

SEED = 20271122
TOTAL = 100

FRACTION = r"(?:half|halves|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)"
NUMBER = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundred)"
PERCENT_CUE = re.compile(r"\d\s?%|\bper\s?cent\b|\bpercent\b|\bpercentage points?\b", re.IGNORECASE)
WORDS_CUE = re.compile(
    r"\b" + FRACTION + r"\s+(?:of|the)\b"
    r"|\b(?:one|1)\s+in\s+" + NUMBER + r"\b"
    r"|\b" + NUMBER + r"\s+out\s+of\s+(?:the\s+)?" + NUMBER + r"\b",
    re.IGNORECASE)
T_CUE = re.compile(r"\b(?:" + FRACTION + r"|percentage|proportion)\b", re.IGNORECASE)

BULLETS = "\u2212\u2013\u2500-\uf02d\uf06e\uf0be\uf0b7\u2022"
ABBREVIATIONS = {"e.g", "i.e", "etc", "no", "mr", "mrs", "ms", "dr", "st", "vs"}
BOUNDARY = re.compile(r"[.!?][\"'\u201d\u2019)]*\s+(?=[\"'\u201c\u2018(]*[A-Z0-9" + BULLETS + r"])")


def sentences(text):
    """(start, end) of each sentence: blocks split at blank lines and at bullets opening a line,
    then at . ! ? before a capital, digit or bullet."""
    block = re.compile(r"(?:[^\n]|\n(?![ \t]*\n)(?![ \t]*[" + BULLETS + r"]))+")
    for para in block.finditer(text):
        yield from split_block(para.group(), para.start(), BOUNDARY, BULLETS, ABBREVIATIONS)


def main(shared, gold_path, out_path):
    used = set()
    with open(gold_path, encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            # only the splits drawn before fresh4, so the draw stays the same as later splits are added
            if record.get("split") in ("dev", "test", "final", "fresh3"):
                used.add(record["file"])
    folder = f"{shared}/corpus/ilacs/texts"
    files = sorted(n for n in os.listdir(folder) if n.endswith(".txt") and f"corpus/ilacs/texts/{n}" not in used)
    rng = random.Random(SEED)
    rng.shuffle(files)
    rows, t_pool = [], []
    for name in files:
        with open(f"{folder}/{name}", encoding="utf-8") as f:
            text = f.read()
        assert all(ord(c) < 0x10000 for c in text), "offsets would differ from UTF-16"
        t_here = []
        for s, e in sentences(text):
            sentence = text[s:e]
            if len(sentence) > 600 or len(sentence.split()) < 4:
                continue
            row = {"split": "fresh4", "file": f"corpus/ilacs/texts/{name}", "start": s, "end": e, "text": sentence}
            if PERCENT_CUE.search(sentence):
                rows.append({"pool": "P", **row})
            elif WORDS_CUE.search(sentence):
                rows.append({"pool": "W", **row})
            elif T_CUE.search(sentence):
                t_here.append({"pool": "T", **row})
        if t_here:
            t_pool.append(rng.choice(t_here))
    rows += t_pool[:max(0, TOTAL - len(rows))]
    rows.sort(key=lambda r: (r["file"], r["start"]))
    taken = {k: sum(r["pool"] == k for r in rows) for k in ("P", "W", "T")}
    print(f"{len(files)} files not in the gold; drawn {len(rows)}: {taken}", file=sys.stderr)
    with open(out_path, "w", encoding="utf-8") as f:
        for i, row in enumerate(rows):
            f.write(json.dumps({"n": i, **row}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
