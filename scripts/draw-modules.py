#!/usr/bin/env python3
"""Draws core/'s module graph (docs/modules.svg) from CMake's own link graph.

Usage: scripts/draw-modules.py [BUILD_DIR]   (default build/dev; needs graphviz's `dot`)
CMake writes every target's links (cmake --graphviz); this keeps core's module libraries and
the direct links between them, drops what a module reaches only through another, and renders
the picture docs/architecture.md shows.
"""
import pathlib
import re
import subprocess
import sys
import tempfile

root = pathlib.Path(__file__).resolve().parent.parent
build = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else root / "build/dev")
with tempfile.TemporaryDirectory() as tmp:
    subprocess.run(["cmake", f"--graphviz={tmp}/deps.dot", str(build)], check=True,
                   stdout=subprocess.DEVNULL)
    text = pathlib.Path(tmp, "deps.dot").read_text()

names = dict(re.findall(r'"(node\d+)"\s*\[\s*label\s*=\s*"([^"]+)"', text))
modules = {n: label.removeprefix("advisor_core_") for n, label in names.items()
           if label.startswith("advisor_core_") and not label.endswith("_tests")}
links = {(modules[a], modules[b]) for a, b in re.findall(r'"(node\d+)"\s*->\s*"(node\d+)"', text)
         if a in modules and b in modules}

def reaches(a, b, skip):
    stack, seen = [a], set()
    while stack:
        n = stack.pop()
        for x, y in links:
            if x == n and (x, y) != skip and y not in seen:
                if y == b:
                    return True
                seen.add(y)
                stack.append(y)
    return False

direct = sorted((a, b) for a, b in links if not reaches(a, b, (a, b)))
dot = ["digraph core {", '  rankdir=LR; node [shape=box, fontname="DejaVu Sans"];']
dot += [f'  "{m}";' for m in sorted(set(modules.values()))]
dot += [f'  "{a}" -> "{b}";' for a, b in direct]
dot.append("}")
out = root / "docs/modules.svg"
subprocess.run(["dot", "-Tsvg", "-o", str(out)], input="\n".join(dot), text=True, check=True)
print(f"{out}: {len(set(modules.values()))} modules, {len(direct)} direct links")
