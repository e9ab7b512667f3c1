#!/usr/bin/env python3
"""Checks data/knowledge-base.schema.json against the knowledge base it describes.

Usage: validate_schema.py SCHEMA KNOWLEDGE_BASE INVALID_FIXTURES_DIR

- the schema is itself a valid JSON Schema (draft 2020-12);
- the shipped knowledge base validates;
- variants the loader accepts (optional members left out, a third alternative) validate;
- every *.json in INVALID_FIXTURES_DIR fails, and so does each mutation in MUTATIONS,
  each at the JSON pointer the loader would name.

Prints one line per failure and a final "N passed, M failed"; exits 1 on failure.
Needs python3-jsonschema (Debian 12 ships 4.10).
"""

import copy
import json
import sys
from pathlib import Path

try:
    import jsonschema
except ImportError:  # pragma: no cover - reported as a failure, not a crash
    print("FAIL python3-jsonschema is not installed")
    print("0 passed, 1 failed")
    sys.exit(1)


def pointer(path):
    return "/" + "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in path)


def setter(path, value):
    def apply(kb):
        target = kb
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
    return apply


def deleter(path):
    def apply(kb):
        target = kb
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]
    return apply


# (name, mutation, JSON pointer where the schema must complain — the loader's field, or the
#  object holding it when the complaint is about a missing or extra member)
MUTATIONS = [
    ("format 4, from a later build", setter(["format"], 4), "/format"),
    ("format 1, from before quoted sources", setter(["format"], 1), "/format"),
    ("format as text", setter(["format"], "2"), "/format"),
    ("version missing", deleter(["version"]), ""),
    ("version blank", setter(["version"], " \t"), "/version"),
    ("unknown top-level member", setter(["colour"], "red"), ""),
    ("one alternative", lambda kb: kb["alternatives"].pop(), "/alternatives"),
    ("alternative id with capitals", setter(["alternatives", 0, "id"], "NodeJS"), "/alternatives/0/id"),
    ("colour name", setter(["alternatives", 0, "color"], "green"), "/alternatives/0/color"),
    ("short colour", setter(["alternatives", 1, "color"], "#fff"), "/alternatives/1/color"),
    ("unknown alternative member", setter(["alternatives", 0, "logo"], "x"), "/alternatives/0"),
    ("no criteria", setter(["criteria"], []), "/criteria"),
    ("base weight 0", setter(["criteria", 0, "base_weight"], 0), "/criteria/0/base_weight"),
    ("base weight as text", setter(["criteria", 0, "base_weight"], "1"), "/criteria/0/base_weight"),
    ("rating 11", setter(["evidence", 0, "ratings", "nodejs"], 11), "/evidence/0/ratings/nodejs"),
    ("rating below 0", setter(["evidence", 0, "ratings", "python"], -1), "/evidence/0/ratings/python"),
    ("rating as text", setter(["evidence", 0, "ratings", "python"], "high"), "/evidence/0/ratings/python"),
    ("one rating", deleter(["evidence", 0, "ratings", "python"]), "/evidence/0/ratings"),
    ("negative relevance", setter(["evidence", 0, "base_relevance"], -1), "/evidence/0/base_relevance"),
    ("summary missing", deleter(["evidence", 0, "summary"]), "/evidence/0"),
    ("bad date", setter(["evidence", 0, "source", "date"], "24 Apr 2025"), "/evidence/0/source/date"),
    ("source without section", deleter(["evidence", 0, "source", "section"]), "/evidence/0/source"),
    ("unknown evidence member", setter(["evidence", 0, "weight"], 1), "/evidence/0"),
    ("quote missing", deleter(["evidence", 0, "source", "quote"]), "/evidence/0/source"),
    ("quote too short", setter(["evidence", 0, "source", "quote"], "event-driven"),
     "/evidence/0/source/quote"),
    ("a url on an item resting on the article", setter(["evidence", 0, "source", "url"], "https://example.org"),
     "/evidence/0/source"),
    ("outside the article without a url", deleter(["situation", "facts", 0, "source", "url"]),
     "/situation/facts/0/source"),
    ("outside the article with an address that is not one",
     setter(["situation", "facts", 0, "source", "url"], "joelonsoftware.com"),
     "/situation/facts/0/source/url"),
    ("situation without facts", deleter(["situation", "facts"]), "/situation"),
    ("situation cap as text", setter(["situation", "cap"], "0.9"), "/situation/cap"),
    ("situation counting more than all", setter(["situation", "default_counts"], 1.5),
     "/situation/default_counts"),
    ("a fact as strong as certainty", setter(["situation", "facts", 0, "strength"], 1),
     "/situation/facts/0/strength"),
    ("a fact without its short name", deleter(["situation", "facts", 0, "short"]),
     "/situation/facts/0"),
    ("unknown fact member", setter(["situation", "facts", 0, "weight"], 1), "/situation/facts/0"),
    ("situation as text", setter(["questions", 9, "situation"], "yes"), "/questions/9/situation"),
    ("damp of 0", setter(["questions", 3, "options", 0, "effects", "damp", "performance"], 0),
     "/questions/3/options/0/effects/damp/performance"),
    ("amplify below 0", setter(["questions", 8, "options", 2, "effects", "amplify"], -1),
     "/questions/8/options/2/effects/amplify"),
    ("figure without text", deleter(["evidence", 2, "figure", "text"]), "/evidence/2/figure"),
    ("lower_is_better as a number", setter(["evidence", 2, "figure", "lower_is_better"], 1),
     "/evidence/2/figure/lower_is_better"),
    ("figure range of three", setter(["evidence", 2, "figure", "values", "python"], [1, 2, 3]),
     "/evidence/2/figure/values/python"),
    ("context as text", setter(["questions", 6, "context"], "yes"), "/questions/6/context"),
    ("hybrid without its source", deleter(["hybrids", 0, "source"]), "/hybrids/0"),
    ("undecided without text", deleter(["undecided", "text"]), "/undecided"),
    ("unknown kind", setter(["questions", 0, "kind"], "several"), "/questions/0/kind"),
    ("one option", lambda kb: kb["questions"][1].__setitem__("options", kb["questions"][1]["options"][:1]),
     "/questions/1/options"),
    ("option without label", deleter(["questions", 1, "options", 0, "label"]), "/questions/1/options/0"),
    ("multi default as text", setter(["questions", 0, "default"], "chat"), "/questions/0/default"),
    ("single default as a list", setter(["questions", 1, "default"], ["mixed"]), "/questions/1/default"),
    ("default missing", deleter(["questions", 1, "default"]), "/questions/1"),
    ("emphasis above 10", setter(["questions", 0, "options", 0, "effects", "evidence", "realtime_use_cases"], 11),
     "/questions/0/options/0/effects/evidence/realtime_use_cases"),
    ("weight effect as text", setter(["questions", 3, "options", 0, "effects", "weights"], {"scalability": "-0.5"}),
     "/questions/3/options/0/effects/weights/scalability"),
    ("unknown effects member", setter(["questions", 0, "options", 0, "effects", "scores"], {}),
     "/questions/0/options/0/effects"),
    ("signals_use_case as text", setter(["questions", 0, "signals_use_case"], "yes"),
     "/questions/0/signals_use_case"),
    ("hybrid of one alternative twice", setter(["hybrids", 0, "alternatives"], ["nodejs", "nodejs"]),
     "/hybrids/0/alternatives"),
    ("hybrid of three", setter(["hybrids", 0, "alternatives"], ["nodejs", "python", "go"]),
     "/hybrids/0/alternatives"),
]


def valid_variants(kb):
    """Knowledge bases the loader accepts, which the schema must accept too."""
    minimal = copy.deepcopy(kb)
    for key in ("$schema", "title", "hybrids", "undecided"):
        minimal.pop(key, None)
    for a in minimal["alternatives"]:
        a.pop("summary", None)
    for c in minimal["criteria"]:
        c.pop("description", None)
    for e in minimal["evidence"]:
        e.pop("figure", None)
        e.pop("base_relevance", None)
        e["source"].pop("publisher", None)
    for q in minimal["questions"]:
        q.pop("help", None)
        q.pop("signals_use_case", None)
        q.pop("context", None)
        for o in q["options"]:
            for key in ("help", "leans", "effects"):
                o.pop(key, None)
    yield "optional members left out", minimal

    three = copy.deepcopy(kb)
    three["alternatives"].append({"id": "go", "name": "Go", "color": "#00ADD8"})
    for e in three["evidence"]:
        e["ratings"]["go"] = 5.5
        if "figure" in e and "values" in e["figure"]:
            e["figure"]["values"]["go"] = 1
    yield "a third alternative", three

    extras = copy.deepcopy(kb)
    extras["evidence"][0]["source"]["publisher"] = "A publisher"
    extras["evidence"][0]["base_relevance"] = 0
    extras["questions"][0]["default"] = []
    extras["questions"][0]["options"][0]["effects"] = {}
    extras["evidence"][-1]["source"]["date"] = "2015-03-30"
    extras["evidence"][2]["figure"]["values"]["nodejs"] = [1, 1.5]
    yield "optional members given", extras


class Checks:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, name, ok, detail=""):
        if ok:
            self.passed += 1
        else:
            self.failed += 1
            print(f"FAIL {name}" + (f": {detail}" if detail else ""))


def main(argv):
    if len(argv) != 4:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    schema_path, kb_path, fixtures = Path(argv[1]), Path(argv[2]), Path(argv[3])
    t = Checks()
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    validator_class = jsonschema.validators.validator_for(schema)
    try:
        validator_class.check_schema(schema)
        t.check("the schema is a valid JSON Schema", True)
    except jsonschema.exceptions.SchemaError as e:
        t.check("the schema is a valid JSON Schema", False, e.message)
        print(f"{t.passed} passed, {t.failed} failed")
        return 1
    t.check("the schema is draft 2020-12", validator_class is jsonschema.Draft202012Validator)
    validator = validator_class(schema)

    def errors(instance):
        return list(validator.iter_errors(instance))

    kb = json.loads(kb_path.read_text(encoding="utf-8"))
    found = errors(kb)
    t.check(f"{kb_path.name} validates", not found,
            "; ".join(f"{pointer(e.absolute_path)}: {e.message}" for e in found[:5]))

    for name, variant in valid_variants(kb):
        found = errors(variant)
        t.check(f"valid variant ({name}) validates", not found,
                "; ".join(f"{pointer(e.absolute_path)}: {e.message}" for e in found[:5]))

    for name, mutate, where in MUTATIONS:
        broken = copy.deepcopy(kb)
        mutate(broken)
        found = errors(broken)
        places = sorted({pointer(e.absolute_path) if e.absolute_path else "" for e in found})
        t.check(f"mutation ({name}) fails", bool(found))
        t.check(f"mutation ({name}) fails at {where or '/'}", where in places, f"errors at {places}")

    fixture_files = sorted(fixtures.glob("*.json"))
    t.check(f"invalid fixtures in {fixtures}", len(fixture_files) >= 3, f"found {len(fixture_files)}")
    for path in fixture_files:
        try:
            instance = json.loads(path.read_text(encoding="utf-8"))
        except ValueError as e:
            t.check(f"fixture {path.name} is JSON", False, str(e))
            continue
        t.check(f"fixture {path.name} fails", bool(errors(instance)), "it validates")

    print(f"{t.passed} passed, {t.failed} failed")
    return 1 if t.failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
