#!/usr/bin/env python3
"""Every sentence template core marks for translation has a finished translation in each .ts.

Reads the QT_TRANSLATE_NOOP("advisor::Sentences", ...) templates from core/explanations.cpp,
decoding the C++ literals as the compiler does (adjacent literals joined, \\uXXXX = four hex
digits), and checks each .ts file given has that exact source text, translated.
Usage: check_sentence_translations.py EXPLANATIONS.cpp FILE.ts...
"""
import re
import sys
import xml.etree.ElementTree as ET

CONTEXT = "advisor::Sentences"


def decode(literal_body):
    out, i = [], 0
    while i < len(literal_body):
        c = literal_body[i]
        if c != "\\":
            out.append(c)
            i += 1
            continue
        nxt = literal_body[i + 1]
        if nxt == "u":
            out.append(chr(int(literal_body[i + 2:i + 6], 16)))
            i += 6
        elif nxt == "U":
            out.append(chr(int(literal_body[i + 2:i + 10], 16)))
            i += 10
        else:
            out.append({"n": "\n", "t": "\t", "\\": "\\", '"': '"', "'": "'"}[nxt])
            i += 2
    return "".join(out)


def templates(source):
    found = []
    for match in re.finditer(r'QT_TRANSLATE_NOOP\(\s*"([^"]*)"\s*,((?:\s*"(?:[^"\\]|\\.)*")+)\s*\)',
                             source):
        if match.group(1) != CONTEXT:
            continue
        pieces = re.findall(r'"((?:[^"\\]|\\.)*)"', match.group(2))
        found.append("".join(decode(p) for p in pieces))
    return found


def main():
    cpp, ts_files = sys.argv[1], sys.argv[2:]
    wanted = templates(open(cpp, encoding="utf-8").read())
    if len(wanted) < 10:
        print(f"{cpp}: found only {len(wanted)} templates; the pattern no longer matches")
        return 1
    failures = 0
    for ts in ts_files:
        translated = {}
        for context in ET.parse(ts).getroot().iter("context"):
            if context.findtext("name") != CONTEXT:
                continue
            for message in context.iter("message"):
                node = message.find("translation")
                if node is not None and node.get("type") not in ("unfinished", "obsolete",
                                                                 "vanished") and node.text:
                    translated[message.findtext("source")] = node.text
        for text in wanted:
            if text not in translated:
                print(f"{ts}: no finished translation for {text!r}")
                failures += 1
    print(f"{len(wanted)} templates checked in {len(ts_files)} translation file(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
