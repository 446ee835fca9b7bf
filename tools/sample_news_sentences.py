#!/usr/bin/env python3
"""Draw news sentences for the percentage gold splits news1 to news15 (seeded, repeatable).

Reads the public news benchmarks in ../shared (PolNeAR train and dev, TempEval-3 train: JSON
Lines, one article a record with `id` and `text`), cuts each text into sentences with a plain
splitter, and draws at random (fixed seed):

  news1: 75 sentences from pool P%, 25 from pool Pw and 30 from pool T;
  news2: 38 from pool P% and 12 from pool Pw (none from an article used in news1);
  news3: drawn later with its own seed (NEWS3_SEED) from what is left of the three pools:
         62 from P%, 20 from Pw and 15 from T, none from an article used in news1 or news2;
  news4: drawn later still with its own seed (NEWS4_SEED), the mix of news3 (62 + 20 + 15) as far as
         the pools allow, none from an article used in news1, news2 or news3: Pw has sentences in only
         15 such articles (one sentence per article and split), so it is drawn first and P% fills the 5 it falls
         short (67 + 15 + 15);
  news5: drawn after news4 with its own seed (NEWS5_SEED), none from an article used in news1 to news4: Pw has no
         sentence left in such articles, so it is drawn first (as news4, it takes what there is, none) and P%
         fills what it falls short of 15: 70 + 15 from P% and 15 from T (100 sentences);
  news6: drawn after that with its own seed (NEWS6_SEED): 85 from P% and 15 from T (100 sentences). Articles not
         used before are nearly used up (about 19 P% sentences are left in them), so news6 may draw from articles
         of news1 to news5, but never a sentence drawn before (none overlaps a sentence of news1 to news5), and
         still at most one sentence per article within news6. Pw is not drawn.
  news7: drawn after news6 the same way with its own seed (NEWS7_SEED): 85 from P% and 15 from T, no sentence
         drawn before (news1 to news6), at most one per article within news7.
  news8: drawn after news7 the same way with its own seed (NEWS8_SEED), no sentence drawn before (news1 to news7).
  news9: drawn after news8 the same way with its own seed (NEWS9_SEED), no sentence drawn before (news1 to news8).
  news10: drawn after news9 the same way with its own seed (NEWS10_SEED), no sentence drawn before (news1 to news9).
  news11: drawn after news10 the same way with its own seed (NEWS11_SEED), no sentence drawn before (news1 to news10).
  news12: drawn after news11 the same way with its own seed (NEWS12_SEED), no sentence drawn before (news1 to news11).
  news13: drawn after news12 the same way with its own seed (NEWS13_SEED), no sentence drawn before (news1 to news12).
  news14: drawn after news13 the same way with its own seed (NEWS14_SEED), no sentence drawn before (news1 to news13).
  news15: drawn after news14 the same way with its own seed (NEWS15_SEED), no sentence drawn before (news1 to news14).

Pools, by broad patterns written independently of the extractor: P% has a percentage cue ("%",
per cent, percent, "percentage point", "pc"); Pw has no such cue but a proportion cue in words (a
fraction word followed by "of", "one in N", "N out of M"); T has neither but a trigger word
(half, third, quarter, fifth ... tenth, percentage, proportion, "one in"): mostly not percentages
("third-quarter", "the first half of a year", "a third party"). At most one sentence per article
and split. Sentences longer than 400 characters (run-on paragraphs from the splitter) or with
fewer than five words (page code such as "width:100%;") are left out.

The output (a JSONL file written OUTSIDE the repository, because it holds third-party text for
reading) has per sentence: split, file reference `bench/<set>/<name>.jsonl#<record id>`, start and
end (UTF-16 offsets into the record's text; these texts have no characters outside the BMP, which
the script checks, so Python string indices are UTF-16 indices), and the sentence text. Only the
offsets go into the gold file.

    python3 tools/sample_news_sentences.py /work/shared /tmp/pnews/candidates.jsonl
"""
import json
import random
import re
import sys

SOURCES = ["bench/polnear/train.jsonl", "bench/polnear/dev.jsonl", "bench/tempeval3/train.jsonl"]
SEED = 20261122
NEWS3_SEED = 20270314
NEWS4_SEED = 20270906
NEWS5_SEED = 20270607
NEWS6_SEED = 20271203
NEWS7_SEED = 20280114
NEWS8_SEED = 20280202
NEWS9_SEED = 20280208
NEWS10_SEED = 20281124
NEWS11_SEED = 20281126
NEWS12_SEED = 20281128
NEWS13_SEED = 20281130
NEWS14_SEED = 20281202
NEWS15_SEED = 20281204

FRACTION = r"(?:half|halves|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)"
NUMBER = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundred|thousand)"
PERCENT_CUE = re.compile(r"\d\s?%|\bper\s?cent\b|\bpercent\b|\bpercentage points?\b|\b\d+(?:\.\d+)?\s?pc\b", re.IGNORECASE)
WORDS_CUE = re.compile(
    r"\b" + FRACTION + r"\s+of\b"
    r"|\b(?:one|1)\s+(?:in|out of)\s+" + NUMBER + r"\b"
    r"|\b" + NUMBER + r"\s+out\s+of\s+" + NUMBER + r"\b",
    re.IGNORECASE)
T_CUE = re.compile(
    r"\b(?:" + FRACTION + r"|third|fifth|sixth|seventh|eighth|ninth|tenth|percentage|proportion|one in)\b",
    re.IGNORECASE)

ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "jr", "sr",
                 "u.s", "u.n", "u.k", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec",
                 "inc", "corp", "co", "ltd", "no", "vs", "v", "a.m", "p.m", "calif", "fla", "ill", "mass", "ariz",
                 "wash", "pa", "n.y", "d.c", "n.j", "va", "ga", "tenn", "mich", "wis", "minn", "ore", "colo"}
BOUNDARY = re.compile(r"[.!?][\"'\u201d\u2019)]*\s+(?=[\"'\u201c\u2018(`]*[A-Z0-9])")


def sentences(text):
    """(start, end) of each sentence: paragraphs split at line breaks, then at . ! ? before a capital."""
    for para in re.finditer(r"[^\n]+", text):
        p_start, p_text = para.start(), para.group()
        start = 0
        for m in BOUNDARY.finditer(p_text):
            word = re.search(r"([A-Za-z.]+)[.!?]$", p_text[start:m.start() + 1])
            if word and (word.group(1).lower().rstrip(".") in ABBREVIATIONS or len(word.group(1)) == 1):
                continue
            end = m.start() + 1
            while end < len(p_text) and p_text[end] in "\"'\u201d\u2019)":
                end += 1
            yield from trimmed(p_text, p_start, start, end)
            start = m.end()
        yield from trimmed(p_text, p_start, start, len(p_text))


def trimmed(p_text, p_start, s, e):
    while s < e and p_text[s].isspace():
        s += 1
    while e > s and p_text[e - 1].isspace():
        e -= 1
    if e > s:
        yield p_start + s, p_start + e


def main(shared, out_path):
    pool_pc, pool_w, pool_t = [], [], []
    for source in SOURCES:
        with open(f"{shared}/{source}", encoding="utf-8") as f:
            for line in f:
                record = json.loads(line)
                text = record["text"]
                assert all(ord(c) < 0x10000 for c in text), "offsets would differ from UTF-16"
                ref = f"{source}#{record['id']}"
                for s, e in sentences(text):
                    sentence = text[s:e]
                    if len(sentence) > 400 or len(sentence.split()) < 5:
                        continue
                    if PERCENT_CUE.search(sentence):
                        pool_pc.append((ref, s, e, sentence))
                    elif WORDS_CUE.search(sentence):
                        pool_w.append((ref, s, e, sentence))
                    elif T_CUE.search(sentence):
                        pool_t.append((ref, s, e, sentence))
    rng = random.Random(SEED)
    for pool in (pool_pc, pool_w, pool_t):
        rng.shuffle(pool)

    def take(pool, name, n, split, used):
        out = []
        for ref, s, e, sentence in pool:
            if len(out) == n:
                break
            article = ref
            if (split, article) in used or ("news1", article) in used and split == "news2":
                continue
            used.add((split, article))
            out.append({"split": split, "pool": name, "file": ref, "start": s, "end": e, "text": sentence})
        return out

    used = set()
    rows = take(pool_pc, "P%", 75, "news1", used) + take(pool_w, "Pw", 25, "news1", used) + take(pool_t, "T", 30, "news1", used)
    # pools are consumed in order: news2 draws from the rest of each shuffled pool
    taken = {(r["file"], r["start"]) for r in rows}
    rows += take([x for x in pool_pc if (x[0], x[1]) not in taken], "P%", 38, "news2", used)
    rows += take([x for x in pool_w if (x[0], x[1]) not in taken], "Pw", 12, "news2", used)
    # news3: the pools re-shuffled with a second seed, every article of news1 and news2 left out
    taken = {(r["file"], r["start"]) for r in rows}
    earlier = {r["file"] for r in rows}
    rng3 = random.Random(NEWS3_SEED)
    rest = []
    for pool in (pool_pc, pool_w, pool_t):
        left = sorted(x for x in pool if (x[0], x[1]) not in taken and x[0] not in earlier)
        rng3.shuffle(left)
        rest.append(left)
    rows += take(rest[0], "P%", 62, "news3", used) + take(rest[1], "Pw", 20, "news3", used) + take(rest[2], "T", 15, "news3", used)
    def later_split(seed, split, n_pc, n_w, n_t):
        # the pools re-shuffled with the split's own seed, every article of the splits before left out; Pw is nearly
        # used up in articles not drawn before, so its draw goes first (P% sentences do not take its articles) and P%
        # fills what it falls short of n_w
        earlier = {r["file"] for r in rows}
        rng = random.Random(seed)
        rest = []
        for pool in (pool_pc, pool_w, pool_t):
            left = sorted(x for x in pool if x[0] not in earlier)
            rng.shuffle(left)
            rest.append(left)
        pw = take(rest[1], "Pw", n_w, split, used)
        return take(rest[0], "P%", n_pc + n_w - len(pw), split, used) + pw + take(rest[2], "T", n_t, split, used)

    rows += later_split(NEWS4_SEED, "news4", 62, 20, 15)
    rows += later_split(NEWS5_SEED, "news5", 70, 15, 15)

    # news6: the P% and T pools re-shuffled with its own seed; articles of earlier splits may be drawn again, but no
    # sentence that overlaps one drawn before (the splitter gives disjoint spans, so this is the same as not drawn)
    drawn = {}
    for r in rows:
        drawn.setdefault(r["file"], []).append((r["start"], r["end"]))

    def fresh(x):
        return all(x[2] <= s or x[1] >= e for s, e in drawn.get(x[0], []))

    def reused_articles_split(seed, split):
        rng = random.Random(seed)
        rest = []
        for pool in (pool_pc, pool_t):
            left = sorted(x for x in pool if fresh(x))
            rng.shuffle(left)
            rest.append(left)
        return take(rest[0], "P%", 85, split, used) + take(rest[1], "T", 15, split, used)

    rows += reused_articles_split(NEWS6_SEED, "news6")
    # news7 to news15: the same, each with every sentence of the split before it also left out
    later = [(NEWS7_SEED, "news7"), (NEWS8_SEED, "news8"), (NEWS9_SEED, "news9"), (NEWS10_SEED, "news10"),
             (NEWS11_SEED, "news11"), (NEWS12_SEED, "news12"), (NEWS13_SEED, "news13"),
             (NEWS14_SEED, "news14"), (NEWS15_SEED, "news15")]
    for seed, split in later:
        for r in rows[-100:]:
            drawn.setdefault(r["file"], []).append((r["start"], r["end"]))
        rows += reused_articles_split(seed, split)
    print(f"pools: P% {len(pool_pc)}, Pw {len(pool_w)}, T {len(pool_t)} sentences; drawn {len(rows)}", file=sys.stderr)
    with open(out_path, "w", encoding="utf-8") as f:
        for i, row in enumerate(rows):
            f.write(json.dumps({"n": i, **row}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
