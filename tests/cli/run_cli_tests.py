#!/usr/bin/env python3
"""End-to-end tests of the backend-advisor command line, through the real binary.

Usage: run_cli_tests.py BACKEND_ADVISOR TESTS_DATA_DIR TEST_KB_DIR [--update]

(TEST_KB_DIR: the test knowledge bases the build makes from tests/data/kb-patches.)

- Golden outputs: for every answers/*.json, `evaluate FILE --json` must equal
  golden/<name>.json byte for byte, and a second run must print the same bytes.
  --update rewrites the golden files from the current binary (inspect the diff!).
- Bad input: every case must exit with 2, print nothing on stdout and exactly one
  line on stderr that names the file (or argument) and the field; with --save it
  saves nothing, and with --report it leaves an existing report as it was.
- Groups (answers-group/): `group A.json B.json` names a file without
  respondent.name after the file, warns in one line when a file was answered
  against another knowledge base, and a group's JSON report evaluates again to
  the same `--json`, byte for byte.
- A file the user named with --db (issue #23): one that is not this app's database
  (a text file, another program's SQLite file, a FIFO) is refused with exit 2 and
  one line naming it, by `history` and by `evaluate --save`, and nothing in its
  folder changes: no rename, no new database, no report, no -wal or -shm file.

Prints one line per failure and a final "N passed, M failed"; exits 1 on failure.
Standard library only.
"""

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

TIMEOUT_SECONDS = 60


class Runner:
    def __init__(self, binary):
        self.binary = binary
        self.passed = 0
        self.failed = 0
        # A GUI build treats unknown words as GUI arguments; keep any window off screen.
        self.env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LC_ALL="C.UTF-8")

    def run(self, args):
        return subprocess.run([self.binary, *args], capture_output=True,
                              timeout=TIMEOUT_SECONDS, env=self.env)

    def check(self, name, ok, detail=""):
        if ok:
            self.passed += 1
        else:
            self.failed += 1
            print(f"FAIL {name}" + (f": {detail}" if detail else ""))


def golden_tests(r, data, update):
    answers = sorted((data / "answers").glob("*.json"))
    r.check("there are answers files", len(answers) >= 3, f"found {len(answers)}")
    golden_dir = data / "golden"
    for path in answers:
        name = f"golden {path.name}"
        first = r.run(["evaluate", str(path), "--json"])
        r.check(f"{name}: exit 0", first.returncode == 0,
                f"exit {first.returncode}, stderr {first.stderr.decode(errors='replace')!r}")
        r.check(f"{name}: nothing on stderr", first.stderr == b"", repr(first.stderr[:200]))
        try:
            parsed = json.loads(first.stdout)
            r.check(f"{name}: valid JSON object", isinstance(parsed, dict))
        except ValueError as e:
            r.check(f"{name}: valid JSON", False, str(e))
        second = r.run(["evaluate", str(path), "--json"])
        r.check(f"{name}: same bytes twice", first.stdout == second.stdout)
        golden = golden_dir / path.name
        if update:
            golden_dir.mkdir(exist_ok=True)
            golden.write_bytes(first.stdout)
            print(f"updated {golden}")
            continue
        if not golden.exists():
            r.check(f"{name}: golden file exists", False,
                    f"{golden} is missing; run with --update and inspect it")
            continue
        expected = golden.read_bytes()
        r.check(f"{name}: matches {golden.name}", first.stdout == expected,
                first_difference(expected, first.stdout))
    if not update:
        for golden in sorted(golden_dir.glob("*.json")):
            r.check(f"golden {golden.name} has an answers file",
                    (data / "answers" / golden.name).exists(), "stale golden file")


def first_difference(expected, actual):
    e = expected.decode(errors="replace").splitlines()
    a = actual.decode(errors="replace").splitlines()
    for i, (x, y) in enumerate(zip(e, a)):
        if x != y:
            return f"line {i + 1}: expected {x.strip()!r}, got {y.strip()!r}"
    return f"expected {len(e)} lines, got {len(a)}"


def bad_input_tests(r, data, kbs):
    bad = data / "answers-bad"
    good = str(data / "answers" / "realtime-chat-js.json")
    broken_kb = str(kbs / "rating-out-of-range.json")

    def f(name):
        return str(bad / name)

    def g(name):
        return str(data / "answers-group" / name)

    # (name, arguments, texts the single stderr line must contain)
    cases = [
        ("missing file", ["evaluate", f("no-such-file.json"), "--json"],
         [f("no-such-file.json"), "not found"]),
        ("empty file", ["evaluate", f("empty.json"), "--json"], [f("empty.json"), "empty"]),
        ("whitespace-only file", ["evaluate", f("whitespace-only.json")],
         [f("whitespace-only.json"), "empty"]),
        ("binary garbage", ["evaluate", f("binary-garbage.json"), "--json"],
         [f("binary-garbage.json"), "invalid JSON"]),
        ("malformed JSON", ["evaluate", f("malformed.json"), "--json"],
         [f("malformed.json"), "invalid JSON", "line 1"]),
        ("truncated JSON", ["evaluate", f("truncated.json"), "--json"],
         [f("truncated.json"), "invalid JSON"]),
        ("nesting too deep", ["evaluate", f("too-deep.json"), "--json"],
         [f("too-deep.json"), "nested deeper"]),
        ("not an object", ["evaluate", f("not-an-object.json"), "--json"],
         [f("not-an-object.json"), ": /: "]),
        ("answers of the wrong type", ["evaluate", f("answers-not-an-object.json"), "--json"],
         [f("answers-not-an-object.json"), "/answers:"]),
        ("single answer of the wrong type", ["evaluate", f("wrong-type-single.json"), "--json"],
         [f("wrong-type-single.json"), "/answers/concurrency"]),
        ("multi answer of the wrong type", ["evaluate", f("wrong-type-multi.json"), "--json"],
         [f("wrong-type-multi.json"), "/answers/app_type"]),
        ("unknown question", ["evaluate", f("unknown-question.json"), "--json"],
         [f("unknown-question.json"), "/answers/language", "unknown question"]),
        ("unknown option", ["evaluate", f("unknown-option.json"), "--json"],
         [f("unknown-option.json"), "/answers/concurrency", "huge", "low, medium, high, massive"]),
        ("option chosen twice", ["evaluate", f("duplicate-option.json"), "--json"],
         [f("duplicate-option.json"), "/answers/app_type/1"]),
        ("weights and pairwise both", ["evaluate", f("weights-and-pairwise.json"), "--json"],
         [f("weights-and-pairwise.json"), "/pairwise", "not both"]),
        ("judgement off Saaty's scale", ["evaluate", f("pairwise-out-of-scale.json"), "--json"],
         [f("pairwise-out-of-scale.json"), "/pairwise/performance~1scalability"]),
        ("negative weight", ["evaluate", f("negative-weight.json"), "--json"],
         [f("negative-weight.json"), "/weights/performance"]),
        ("unknown top-level field", ["evaluate", f("unknown-field.json"), "--json"],
         [f("unknown-field.json"), "/colour"]),
        ("group: a name twice", ["evaluate", f("group-duplicate-name.json"), "--json"],
         [f("group-duplicate-name.json"), "/respondents/2/name", "Ana"]),
        ("group: every voting weight 0", ["evaluate", f("group-all-weights-zero.json")],
         [f("group-all-weights-zero.json"), "/respondents", "weight"]),
        ("group: 101 respondents", ["evaluate", f("group-too-many.json"), "--json"],
         [f("group-too-many.json"), "/respondents", "101", "at most 100"]),
        ("group: a respondent answers an unknown question",
         ["evaluate", f("group-unknown-question.json"), "--json"],
         [f("group-unknown-question.json"), "/respondents/1/answers/language", "unknown question"]),
        ("group: the same person's file twice", ["group", good, good, "--json"],
         [good, "/respondent/name", "realtime-chat-js"]),
        ("group: more than 100 across files",
         ["group", g("group-sixty.json"), g("group-sixty.json"), "--json"],
         [g("group-sixty.json"), "respondents", "120", "at most 100"]),
        ("group: a bad file among good ones", ["group", good, f("group-unknown-question.json")],
         [f("group-unknown-question.json"), "/respondents/1/answers/language"]),
        ("group without files", ["group", "--json"], ["group", "one or more"]),
        ("unknown command", ["frobnicate"], ["frobnicate"]),
        ("unknown flag", ["evaluate", good, "--frobnicate"], ["--frobnicate"]),
        ("--seed -1", ["evaluate", good, "--json", "--seed", "-1"], ["--seed", "-1"]),
        ("--seed abc", ["evaluate", good, "--json", "--seed", "abc"], ["--seed", "abc"]),
        ("--kb with a broken file", ["evaluate", good, "--json", "--kb", broken_kb],
         [broken_kb, "/evidence/0/ratings/nodejs"]),
        ("--kb with a missing file", ["evaluate", good, "--kb", f("no-such-kb.json")],
         [f("no-such-kb.json"), "not found"]),
    ]
    for name, args, mentions in cases:
        try:
            p = r.run(args)
        except subprocess.TimeoutExpired:
            r.check(f"bad input {name}: finishes", False, f"no exit within {TIMEOUT_SECONDS} s")
            continue
        err = p.stderr.decode(errors="replace")
        r.check(f"bad input {name}: exit 2", p.returncode == 2,
                f"exit {p.returncode}, stderr {err!r}")
        r.check(f"bad input {name}: nothing on stdout", p.stdout == b"", repr(p.stdout[:200]))
        r.check(f"bad input {name}: exactly one line on stderr",
                err.count("\n") == 1 and err.endswith("\n"), repr(err))
        for m in mentions:
            r.check(f"bad input {name}: stderr names {m!r}", m in err, repr(err))
        if args[0] in ("evaluate", "group") and len(args) > 1:
            nothing_kept(r, name, [a for a in args if a != "--json"])


def nothing_kept(r, name, args):
    """Bad input with --save saves nothing; with --report, an existing report stays as it was."""
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "decisions.db"
        report = Path(tmp) / "report.json"
        report.write_text("the report from before\n")
        p = r.run([*args, "--save", "--db", str(db)])
        r.check(f"bad input {name} --save: exit 2", p.returncode == 2, f"exit {p.returncode}")
        r.check(f"bad input {name} --save: no database written", not db.exists())
        p = r.run([*args, "--report", str(report)])
        r.check(f"bad input {name} --report: exit 2", p.returncode == 2, f"exit {p.returncode}")
        r.check(f"bad input {name} --report: the old report kept",
                report.read_text() == "the report from before\n")


def folder_state(folder):
    """Every entry of a folder with its bytes (None for a non-regular file)."""
    state = {}
    for entry in sorted(Path(folder).iterdir()):
        state[entry.name] = entry.read_bytes() if entry.is_file() else None
    return state


def user_files_untouched(r, data):
    import sqlite3
    good = str(data / "answers" / "realtime-chat-js.json")
    with tempfile.TemporaryDirectory() as tmp:
        notes = Path(tmp) / "notes.txt"
        notes.write_text("Backend meeting on Friday: Node.js or Python?\n")
        foreign = Path(tmp) / "inventory.sqlite3"
        db = sqlite3.connect(foreign)
        db.execute("CREATE TABLE items (name TEXT)")
        db.execute("INSERT INTO items VALUES ('keyboard')")
        db.commit()
        db.close()
        fifo = Path(tmp) / "package.json"
        os.mkfifo(fifo)
        report = Path(tmp) / "report.md"
        for target, why in ((notes, "not a Backend Advisor database"),
                            (foreign, "another program"),
                            (fifo, "not a regular file")):
            for args in (["history", "--db", str(target)],
                         ["history", "--db", str(target), "--json"],
                         ["evaluate", good, "--save", "--db", str(target), "--report", str(report)]):
                name = f"{' '.join(a if a != str(target) else target.name for a in args[:1] + args[2:])}"
                before = folder_state(tmp)
                try:
                    p = r.run(args)
                except subprocess.TimeoutExpired:
                    r.check(f"--db {target.name} {name}: finishes", False, "hung")
                    continue
                err = p.stderr.decode(errors="replace")
                r.check(f"--db {target.name}, {name}: exit 2", p.returncode == 2,
                        f"exit {p.returncode}, {err!r}")
                r.check(f"--db {target.name}, {name}: one line naming the file and why",
                        err.count("\n") == 1 and str(target) in err and why in err, repr(err))
                r.check(f"--db {target.name}, {name}: the folder is exactly as it was",
                        folder_state(tmp) == before, repr(sorted(os.listdir(tmp))))
        # A new database is created only after everything else succeeded: bad answers leave no
        # folder behind.
        nested = Path(tmp) / "new" / "sub" / "decisions.sqlite3"
        p = r.run(["evaluate", str(data / "answers-bad" / "unknown-option.json"), "--save",
                   "--db", str(nested)])
        r.check("--save with bad answers: exit 2", p.returncode == 2, f"exit {p.returncode}")
        r.check("--save with bad answers: no folder created", not (Path(tmp) / "new").exists())
        p = r.run(["evaluate", good, "--save", "--db", str(nested)])
        r.check("--save to a new path: exit 0", p.returncode == 0, p.stderr.decode(errors="replace"))
        r.check("--save to a new path: the database exists", nested.exists())


def group_tests(r, data):
    answers = data / "answers"
    groups = data / "answers-group"
    chat = str(answers / "realtime-chat-js.json")
    ben = str(groups / "ben.json")
    ana = str(groups / "ana-older-kb.json")

    # A file without respondent.name is named after its file name, without ".json".
    p = r.run(["group", chat, ben, "--json"])
    r.check("group: exit 0", p.returncode == 0, p.stderr.decode(errors="replace"))
    r.check("group: nothing on stderr", p.stderr == b"", repr(p.stderr[:200]))
    doc = json.loads(p.stdout or b"{}")
    names = [x.get("name") for x in doc.get("respondents", [])]
    r.check("group: respondents named after their files", names == ["realtime-chat-js", "ben"],
            repr(names))
    for key in ("tally", "consensus", "disagreements", "recommendation", "weights"):
        r.check(f"group --json has {key!r}", key in doc)

    # Another knowledge base's answers: a warning, one line naming the file and the field.
    p = r.run(["group", ana, ben, "--json"])
    err = p.stderr.decode(errors="replace")
    r.check("group, another knowledge base: exit 0", p.returncode == 0, repr(err))
    r.check("group, another knowledge base: one line on stderr",
            err.count("\n") == 1 and err.endswith("\n"), repr(err))
    for m in (ana, "/knowledge_base", "warning", "0.9.0"):
        r.check(f"group, another knowledge base: the warning names {m!r}", m in err, repr(err))
    names = [x.get("name") for x in json.loads(p.stdout or b"{}").get("respondents", [])]
    r.check("group: respondent.name is the name", names == ["Ana", "ben"], repr(names))

    # A group's JSON report evaluates again to the same --json, byte for byte.
    with tempfile.TemporaryDirectory() as tmp:
        runs = [(["group", chat, ben, str(answers / "direct-weights.json")], "three files"),
                (["evaluate", str(answers / "team-group.json")], "team-group.json")]
        for args, label in runs:
            report = str(Path(tmp) / "report.json")
            direct = r.run([*args, "--json"])
            written = r.run([*args, "--report", report])
            r.check(f"group report of {label}: written", written.returncode == 0,
                    written.stderr.decode(errors="replace"))
            again = r.run(["evaluate", report, "--json"])
            r.check(f"group report of {label}: evaluates again", again.returncode == 0,
                    again.stderr.decode(errors="replace"))
            r.check(f"group report of {label}: the same --json, byte for byte",
                    direct.stdout == again.stdout and direct.stdout != b"",
                    first_difference(direct.stdout, again.stdout))


def main(argv):
    update = "--update" in argv
    args = [a for a in argv[1:] if a != "--update"]
    if len(args) != 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    r = Runner(args[0])
    data = Path(args[1])
    kbs = Path(args[2])
    golden_tests(r, data, update)
    if not update:
        bad_input_tests(r, data, kbs)
        user_files_untouched(r, data)
        group_tests(r, data)
    print(f"{r.passed} passed, {r.failed} failed")
    return 1 if r.failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
