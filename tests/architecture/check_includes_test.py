#!/usr/bin/env python3
"""Tests scripts/check-includes.py: the repository as it is passes, and a copy of core/ with a
planted wrong-way include, a Qt include and an include of ui/ fails, naming each offending line.

Usage: check_includes_test.py REPO
"""

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def run(script, root):
    return subprocess.run([sys.executable, str(script), "--root", str(root)],
                          capture_output=True, text=True)


def main():
    repo = Path(sys.argv[1])
    script = repo / "scripts" / "check-includes.py"
    failures = []

    clean = run(script, repo)
    if clean.returncode != 0:
        failures.append(f"the repository itself fails:\n{clean.stdout}")

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        shutil.copytree(repo / "core", root / "core")
        planted = {
            # kb sits below engine: including it runs back up.
            root / "core/kb/knowledge_base.cpp": '#include "core/engine/engine.h"',
            # base is the ground floor: no module above it, and never Qt.
            root / "core/base/error.cpp": "#include <QString>",
            root / "core/model/answers.cpp": '#include "ui/decision_session.h"',
        }
        for path, line in planted.items():
            text = path.read_text()
            path.write_text(line + "\n" + text)
        planted_run = run(script, root)
        if planted_run.returncode != 1:
            failures.append(f"planted violations: exit {planted_run.returncode}, expected 1")
        out = planted_run.stdout
        for path, line in planted.items():
            where = f"{path.relative_to(root)}:1: {line}"
            if where not in out:
                failures.append(f"not named: {where}\n{out}")
        if "kb may not use engine" not in out:
            failures.append(f"the wrong-way include does not say which modules kb links:\n{out}")
        if len(out.strip().splitlines()) != len(planted):
            failures.append(f"expected exactly {len(planted)} lines:\n{out}")

        # A module whose CMakeLists.txt stops linking one it uses is caught too.
        cmake = root / "core/report/CMakeLists.txt"
        cmake.write_text(cmake.read_text().replace("advisor_core_engine", ""))
        if run(script, root).returncode != 1:
            failures.append("a module that no longer links engine still passes")

    for f in failures:
        print("FAIL", f)
    print(f"{'FAILED' if failures else 'passed'}: check-includes self-test")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
