#!/usr/bin/env python3
"""Checks that core/'s modules include only the modules they link, and that core/ never
includes Qt or ui/.

Each folder of core/ is a CMake library (core/<module>/CMakeLists.txt) that links the modules
below it. CMake's static libraries link transitively and every #include starts at the
repository root, so the build alone would not stop a file from including a module it may not
use: this script does. The modules a file may include are its own and those its library links,
directly or through them, as core/<module>/CMakeLists.txt says in
`target_link_libraries(advisor_core_<module> PUBLIC advisor_core_<other> ...)`.

Usage: check-includes.py [--root REPO]      exit 0 when clean, 1 with one line per violation
Standard library only.
"""

import argparse
import re
import sys
from pathlib import Path

LINK = re.compile(r"target_link_libraries\(\s*advisor_core_(\w+)\s+(.*?)\)", re.S)
MODULE_TARGET = re.compile(r"\badvisor_core_(\w+)\b")
INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')
QT_HEADER = re.compile(r"^(Q[A-Z]\w*|Qt\w*/)")


def module_links(root):
    """Each module's direct dependencies, read from its CMakeLists.txt."""
    links = {}
    for cmake in sorted((root / "core").glob("*/CMakeLists.txt")):
        module = cmake.parent.name
        links[module] = set()
        for target, deps in LINK.findall(cmake.read_text()):
            if target == module:
                links[module] |= {d for d in MODULE_TARGET.findall(deps) if d != module}
    return links


def closure(links):
    allowed = {}

    def reach(module, seen):
        for dep in links.get(module, ()):
            if dep not in seen:
                seen.add(dep)
                reach(dep, seen)
        return seen

    for module in links:
        allowed[module] = reach(module, {module})
    return allowed


def violations(root):
    links = module_links(root)
    if not links:
        return [f"{root / 'core'}: no core/<module>/CMakeLists.txt found"]
    allowed = closure(links)
    found = []
    for path in sorted((root / "core").rglob("*")):
        if path.suffix not in (".h", ".cpp") or not path.is_file():
            continue
        rel = path.relative_to(root)
        module = rel.parts[1] if len(rel.parts) > 2 else None
        for number, line in enumerate(path.read_text(errors="replace").splitlines(), 1):
            m = INCLUDE.match(line)
            if not m:
                continue
            bracket, header = m.groups()
            where = f"{rel}:{number}: {line.strip()}"
            if bracket == "<" and QT_HEADER.match(header):
                found.append(f"{where}: core/ never includes Qt")
            elif header.startswith(("ui/", "app/")):
                found.append(f"{where}: core/ never includes {header.split('/')[0]}/")
            elif header.startswith("core/"):
                parts = header.split("/")
                target = parts[1] if len(parts) > 2 else None
                if module is None or target is None:
                    found.append(f"{where}: every core file belongs to a module folder")
                elif module not in allowed:
                    found.append(f"{where}: core/{module}/ has no CMakeLists.txt naming its links")
                elif target not in allowed[module]:
                    may = ", ".join(sorted(allowed[module] - {module})) or "nothing else"
                    found.append(f"{where}: {module} may not use {target} "
                                 f"({module} links {may})")
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parent.parent)
    args = parser.parse_args()
    found = violations(args.root)
    for line in found:
        print(line)
    if found:
        print(f"check-includes: {len(found)} include(s) run the wrong way", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
