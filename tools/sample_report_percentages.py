#!/usr/bin/env python3
"""Draw report sentences for the percentage gold split fresh5 to fresh16 (seeded, repeatable).

Reads every .txt file of the ILACS report texts (../shared/corpus/ilacs/texts), cuts each text into
sentences with a plain splitter (a blank line, or . ! ? followed by whitespace and a capital or a digit,
with a list bullet allowed between; a bullet opening a sentence is trimmed off; line breaks inside a
sentence are kept, so a sentence may run over several lines of the PDF conversion), and keeps
sentences of 5 to 400 characters that overlap no sentence of the gold file drawn before the split (for
fresh5: dev, test, final, fresh3, fresh4 and the news splits; for fresh6 all of those and fresh5; for fresh7
all of those, fresh5 and fresh6; for fresh8 all of those and fresh7; for fresh9 all of those and fresh8;
for fresh10 all of those and fresh9;
for fresh11 all of those and fresh10 and fresh10b, the two halves of the fresh10 draw; for fresh12 all of
those and fresh11; for fresh13 all of those and fresh12; for fresh14 all of those and fresh13; for fresh15 all of those and fresh14; for fresh16 all of those and fresh15;
for fresh17 all of those and fresh16; for fresh18 all of those and fresh17). The
split's own records and those of splits drawn after it are ignored, so each draw is the same before and
after later records were added. Unlike fresh4 it does not leave out the files that the gold already
uses: those are the reports with figures, and their other sentences have not been labelled or read.

The split is chosen with --split (default fresh5): fresh5 uses seed 20270711, fresh6 seed 20271204, fresh7
seed 20280115, fresh8 seed 20280201, fresh9 seed 20280207,
fresh10 seed 20281123, fresh11 seed 20281125, fresh12 seed 20281127, fresh13 seed 20281129, fresh14 seed 20281201, fresh15 seed 20281203, fresh16 seed 20281205, fresh17 seed 20281207 (93 sentences: the P pool has sentences left in only 93 files), fresh18 seed 20281209 (up to two sentences a file); all P_COUNT + T_COUNT sentences by the same pools and rules.

Pools, by broad patterns written independently of the extractor:

  P: a percentage or proportion cue: "%", per cent, percent, percentage point; a fraction word (half,
     third, quarter, fifth ... tenth, and plurals) followed by "of" or "the/all/its/their", or after a
     hedge (nearly, almost, about, around, approximately, roughly, over, more than, less than, under,
     just, only, some, at least, up to) or a number word ("two thirds", "three-quarters"); "one in N";
     "N out of M". "majority" and "minority" are not cues, and neither is a fraction word after an
     ordinal or a word for a stretch of time ("the first half of", "the third quarter of", "the last
     quarter", "the next half").
  T: no such cue but a trigger word: a fraction word or an ordinal (third ... tenth) that is usually
     not a proportion ("the first half of a term", "the third quarter", "a third visit", "half-term").

Draw (the split's fixed seed): T is sorted and shuffled, and sentences are taken in that order, at most one per
file, until T_COUNT are drawn; then P (sorted and shuffled with the same generator) gives P_COUNT more,
from files not yet used, so the split has at most one sentence per file and also tests false positives.
T goes first: P has sentences in only 123 files, and T's 64 files nearly all have P sentences too, so
drawing P first leaves T fewer than ten files (numbers of the fresh5 draw).

The output (a JSONL file written OUTSIDE the repository, because it holds third-party text for reading)
has per sentence: n, split, pool, file reference `corpus/ilacs/texts/<name>`, start and end (offsets into
the text as read; the script checks there is no byte order mark, carriage return or character outside
the BMP, so Python string indices are the UTF-16 indices .NET uses), and the sentence text. Only the
offsets go into the gold file.

    python3 tools/sample_report_percentages.py /work/shared models/percentages/percentages-gold.jsonl /tmp/fresh5/candidates.jsonl
    python3 tools/sample_report_percentages.py --split fresh6 /work/shared models/percentages/percentages-gold.jsonl /tmp/fresh6/candidates.jsonl
    python3 tools/sample_report_percentages.py --split fresh7 /work/shared models/percentages/percentages-gold.jsonl /tmp/fresh7/candidates.jsonl
    python3 tools/sample_report_percentages.py --split fresh8 /work/shared models/percentages/percentages-gold.jsonl /tmp/fresh8/candidates.jsonl
"""
import argparse
import json
import os
import random
import re
import sys

from report_sentences import split_block

# the splits this script draws, in the order they were drawn, with their seeds: a split leaves out the gold
# sentences of every split except itself and those after it
SEEDS = {"fresh5": 20270711, "fresh6": 20271204, "fresh7": 20280115, "fresh8": 20280201, "fresh9": 20280207, "fresh10": 20281123, "fresh11": 20281125, "fresh12": 20281127, "fresh13": 20281129, "fresh14": 20281201, "fresh15": 20281203, "fresh16": 20281205, "fresh17": 20281207, "fresh18": 20281209}
P_COUNT = 110
# sentences a split may take from one file: one, except fresh18 (two: the P pool has sentences left in only 93 files)
PER_FILE = {"fresh18": 2}
T_COUNT = 10
MIN_CHARS, MAX_CHARS = 5, 400

FRACTION = r"(?:half|halves|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)"
NUMBER = (r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
          r"|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundred)")
HEDGE = (r"(?:nearly|almost|about|around|approximately|roughly|over|more\s+than|less\s+than|fewer\s+than|under"
         r"|just|some|at\s+least|up\s+to|well\s+over|only)")
CUE = re.compile(
    r"%|\bper\s*cent\b|\bpercent\b|\bpercentage\s+points?\b"
    r"|\b" + FRACTION + r"\s+(?:of|the|all|its|their)\b"
    r"|\b" + HEDGE + r"\s+(?:a\s+|one\s+|two\s+|three\s+|four\s+)?" + FRACTION + r"\b"
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine)[\s-]+" + FRACTION + r"\b"
    r"|\b(?:one|1)\s+in\s+" + NUMBER + r"\b"
    r"|\b" + NUMBER + r"\s+out\s+of\s+(?:the\s+|every\s+)?" + NUMBER + r"\b",
    re.IGNORECASE)
STRETCH = re.compile(r"\b(?:first|second|third|fourth|last|final|latter|former|next|previous|past|each|every)[\s-]+$",
                     re.IGNORECASE)
TRIGGER = re.compile(r"\b(?:" + FRACTION + r"|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b", re.IGNORECASE)

ABBREVIATIONS = {"e.g", "i.e", "etc", "no", "mr", "mrs", "ms", "dr", "st", "vs"}
BLANK = re.compile(r"\n[ \t\f\v]*\n")
BULLETS = "\u2212\u2013\u2500\u2022\uf02d\uf06e\uf0a7\uf0b7\uf0be"
BOUNDARY = re.compile(r"[.!?][\"'\u201d\u2019)]*\s+(?=[\s" + BULLETS + r"]*[\"'\u201c\u2018(]*[A-Z0-9])")


def has_cue(sentence):
    """A cue that is not a fraction word after an ordinal or a stretch word ("the first half of a term")."""
    return any(not (re.match(FRACTION, m.group(), re.IGNORECASE) and STRETCH.search(sentence[:m.start()]))
               for m in CUE.finditer(sentence))


def sentences(text):
    """(start, end) of each sentence: blocks between blank lines, then cut after . ! ? and whitespace before a
    capital or a digit (a list bullet may come between); a bullet opening a sentence is left out of it."""
    pos = 0
    blocks = []
    for m in BLANK.finditer(text):
        blocks.append((pos, m.start()))
        pos = m.end()
    blocks.append((pos, len(text)))
    for b_start, b_end in blocks:
        yield from split_block(text[b_start:b_end], b_start, BOUNDARY, BULLETS, ABBREVIATIONS)


def main(shared, gold_path, out_path, split="fresh5"):
    order = list(SEEDS)
    ignored = set(order[order.index(split):])
    if "fresh10" in ignored:
        ignored.add("fresh10b")  # the second half of the fresh10 draw, labelled under its own name
    labelled = {}
    with open(gold_path, encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            if record["type"] == "sentence" and record.get("split") not in ignored:
                labelled.setdefault(record["file"], []).append((record["start"], record["end"]))
    folder = f"{shared}/corpus/ilacs/texts"
    pool_p, pool_t = [], []
    for name in sorted(n for n in os.listdir(folder) if n.endswith(".txt")):
        ref = f"corpus/ilacs/texts/{name}"
        with open(f"{folder}/{name}", "rb") as f:
            raw = f.read()
        assert not raw.startswith(b"\xef\xbb\xbf"), "a byte order mark would shift the offsets"
        text = raw.decode("utf-8")
        assert "\r" not in text and all(ord(c) < 0x10000 for c in text), "offsets would differ from .NET's"
        for s, e in sentences(text):
            if not MIN_CHARS <= e - s <= MAX_CHARS:
                continue
            if any(s < le and ls < e for ls, le in labelled.get(ref, [])):
                continue
            sentence = text[s:e]
            row = {"file": ref, "start": s, "end": e, "text": sentence}
            if has_cue(sentence):
                pool_p.append(row)
            elif TRIGGER.search(sentence):
                pool_t.append(row)
    rng = random.Random(SEEDS[split])
    rows, used = [], {}
    # T first: its sentences lie in few files, nearly all of which also have P sentences
    for pool, name, count in ((pool_t, "T", T_COUNT), (pool_p, "P", P_COUNT)):
        pool.sort(key=lambda r: (r["file"], r["start"]))
        rng.shuffle(pool)
        taken = 0
        for row in pool:
            if taken == count:
                break
            if used.get(row["file"], 0) >= PER_FILE.get(split, 1):
                continue
            used[row["file"]] = used.get(row["file"], 0) + 1
            rows.append({"split": split, "pool": name, **row})
            taken += 1
    rows.sort(key=lambda r: (r["file"], r["start"]))
    counts = {k: sum(r["pool"] == k for r in rows) for k in ("P", "T")}
    print(f"pools: P {len(pool_p)} sentences in {len({r['file'] for r in pool_p})} files, T {len(pool_t)}; "
          f"drawn {len(rows)}: {counts}", file=sys.stderr)
    os.makedirs(os.path.dirname(os.path.abspath(out_path)), exist_ok=True)
    with open(out_path, "w", encoding="utf-8") as f:
        for i, row in enumerate(rows):
            f.write(json.dumps({"n": i, **row}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Draw report sentences for a percentage gold split.")
    parser.add_argument("--split", choices=list(SEEDS), default="fresh5")
    parser.add_argument("shared", help="the shared data folder (holds corpus/ilacs/texts)")
    parser.add_argument("gold", help="the gold file (percentages-gold.jsonl)")
    parser.add_argument("out", help="the candidates file to write, outside the repository")
    args = parser.parse_args()
    main(args.shared, args.gold, args.out, args.split)
