#!/usr/bin/env python3
"""Derive the identifier list of the built-in `eu-ai-act@2024` catalog from
the regulation's text (the CSA dataset's EUR-Lex extraction).

    python3 derive.py ai-act-articles.json ai-act-annexes.json > eu-ai-act-2024-ids.csv

Prints `id,parent,kind` rows (kind: group or requirement), in text order.
The rules are described in README.md next to this script. Python 3.8+,
standard library only.
"""

import json
import re
import sys

ARTICLES = [4, 5, 6, *range(8, 28), *range(40, 51), 53, 54, 55, 72, 73]
ANNEXES = ["III", "IV"]
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def numbered(text, first_after=r"^"):
    """Split `text` into its numbered items "1. ", "2. ", ... Item n+1 must
    follow item n, start a sentence (after `.`, `;` or `:` and a space, or
    the start of the text) and begin with a capital letter; numbers are
    taken strictly in sequence, so references such as "paragraph 2." or
    "points 4.3., 4.4." never start an item. Returns [(number, text)], or
    [] when the text does not start item 1 where expected."""
    starts = []
    pos = 0
    n = 1
    while True:
        lead = first_after if n == 1 else r"(?<=[.;:] )"
        m = re.compile(lead + str(n) + r"\. (?=[A-Z\u2018])").search(text, pos)
        if not m:
            break
        starts.append((n, m.start(), m.end()))
        pos = m.end()
        n += 1
    items = []
    for i, (n, _, body) in enumerate(starts):
        end = starts[i + 1][1] if i + 1 < len(starts) else len(text)
        items.append((n, text[body:end]))
    return items


def points(text):
    """The lettered points "(a) ", "(b) ", ... of one paragraph. Point (a)
    must follow a colon (it opens a list); each later letter must follow
    `;`, `:` or `.` and a space (optionally "and "/"or "), strictly in
    sequence, so cross-references ("point (a)") never count. Roman
    sub-points (i), (ii), ... are skipped: a "(i)" that is followed by a
    "(ii)" before the next letter "(j)" is a sub-point, not point (i).
    Returns the letters, or None when the paragraph holds more than one
    list (a second "(a)" opening after a colon), which the catalog keeps
    as one requirement."""
    if len(re.findall(r": \(a\) ", text)) > 1:
        return None
    found = []
    pos = 0
    for letter in LETTERS:
        lead = r": " if letter == "a" else r"[;:.] (?:and |or )?"
        pattern = re.compile(lead + r"\(" + letter + r"\) ")
        m = pattern.search(text, pos)
        while m and letter == "i":
            rest = text[m.end():]
            ii = rest.find("(ii)")
            j = rest.find("(j)")
            if ii != -1 and (j == -1 or ii < j):
                m = pattern.search(text, m.end())  # a roman sub-point
            else:
                break
        if not m:
            break
        found.append(letter)
        pos = m.end()
    return found


def rows_for(top, items, pid):
    """Rows for one article or annex: `items` is [(number, text)]."""
    rows = []
    for n, text in items:
        pts = points(text)
        para = pid(n)
        if pts:
            rows.append((para, top, "group"))
            rows.extend((f"{para}({p})", para, "requirement") for p in pts)
        else:
            rows.append((para, top, "requirement"))
    return rows


def main(articles_path, annexes_path):
    articles = {a["article"]: a for a in json.load(open(articles_path, encoding="utf-8"))}
    annexes = {a["annex"]: a for a in json.load(open(annexes_path, encoding="utf-8"))}
    rows = []
    for number in ARTICLES:
        text = articles[number]["content"]
        art = f"Art.{number}"
        paragraphs = numbered(text)
        if paragraphs:
            rows.append((art, "", "group"))
            rows.extend(rows_for(art, paragraphs, lambda n: f"{art}({n})"))
            continue
        # No numbered paragraphs: the article is one paragraph.
        pts = points(text)
        if pts:
            rows.append((art, "", "group"))
            rows.extend((f"{art}({p})", art, "requirement") for p in pts)
        else:
            rows.append((art, "", "requirement"))
    for annex in ANNEXES:
        text = annexes[annex]["content"]
        top = f"Annex{annex}"
        items = numbered(text, first_after=r"(?<=: )")
        assert items, f"Annex {annex} has numbered points"
        rows.append((top, "", "group"))
        rows.extend(rows_for(top, items, lambda n: f"{top}.{n}"))
    print("id,parent,kind")
    for row in rows:
        print(",".join(row))


if __name__ == "__main__":
    main(*sys.argv[1:3])
