#!/usr/bin/env python3
"""Every quote the knowledge base attributes to the article is in the article, word for word.

Usage: check_article_quotes.py KNOWLEDGE_BASE ARTICLE.txt

Checks `source.quote` of every evidence item, hybrid and the `undecided` text that does not say
`outside_article: true`, against the article's text. Whitespace runs count as one space and curly
quotes as straight ones (the article's text file and a JSON string may differ in both); nothing
else is forgiven. Items outside the article must name a public source (`url`).

The article is not part of this repository. Where ARTICLE.txt is absent the check prints
"SKIPPED" and exits 77, which CTest reports as skipped, not passed.
"""
import json
import re
import sys
from pathlib import Path

SKIP = 77
CURLY = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def normalised(text):
    return re.sub(r"\s+", " ", text.translate(CURLY)).strip()


def cited(kb):
    """(where, source) for every citation in the knowledge base."""
    for i, item in enumerate(kb.get("evidence", [])):
        yield f"/evidence/{i} ({item.get('id')})", item.get("source", {})
    for i, hybrid in enumerate(kb.get("hybrids", [])):
        if "source" in hybrid:
            yield f"/hybrids/{i}", hybrid["source"]
    if "undecided" in kb:
        yield "/undecided", kb["undecided"].get("source", {})


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    kb_path, article_path = Path(argv[1]), Path(argv[2])
    if not article_path.is_file():
        print(f"SKIPPED: the article is not at {article_path}; its quotes were not checked")
        return SKIP
    article = normalised(article_path.read_text(encoding="utf-8"))
    kb = json.loads(kb_path.read_text(encoding="utf-8"))
    checked = failed = outside = 0
    for where, source in cited(kb):
        if source.get("outside_article"):
            outside += 1
            if not str(source.get("url", "")).startswith(("https://", "http://")):
                print(f"FAIL {where}: outside the article but names no public source (url)")
                failed += 1
            continue
        quote = source.get("quote", "")
        checked += 1
        if len(quote) < 20:
            print(f"FAIL {where}: the quote is missing or shorter than 20 characters")
            failed += 1
        elif normalised(quote) not in article:
            print(f"FAIL {where}: not in the article: {quote!r}")
            failed += 1
    print(f"{checked} quotes checked against {article_path.name}, {outside} sources outside it, "
          f"{failed} failed")
    return 1 if failed or checked == 0 else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
