"""Sentence cutting shared by the report samplers (tools/sample_report_sentences.py, tools/sample_report_percentages.py).

A block of text (a paragraph, however the sampler finds it) is cut after . ! ? where the sampler's BOUNDARY pattern
matches, except after a listed abbreviation ("e.g.", "Mr."); closing quotes and brackets stay with the sentence before,
and leading whitespace and list bullets are trimmed from each sentence. Offsets are into the whole text.
"""
import re


def split_block(block, offset, boundary, bullets, abbreviations):
    """(start, end) of each sentence of `block`, which starts at `offset` in the text."""
    start = 0
    for m in boundary.finditer(block):
        word = re.search(r"([A-Za-z.]+)[.!?]$", block[start:m.start() + 1])
        if word and word.group(1).lower().rstrip(".") in abbreviations:
            continue
        end = m.start() + 1
        while end < len(block) and block[end] in "\"'\u201d\u2019)":
            end += 1
        yield from trimmed(block, offset, start, end, bullets)
        start = m.end()
    yield from trimmed(block, offset, start, len(block), bullets)


def trimmed(block, offset, s, e, bullets):
    """The span block[s:e] without leading whitespace and bullets or trailing whitespace, if anything is left."""
    while s < e and (block[s].isspace() or block[s] in bullets):
        s += 1
    while e > s and block[e - 1].isspace():
        e -= 1
    if e > s:
        yield offset + s, offset + e
