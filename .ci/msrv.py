#!/usr/bin/env python3
"""The minimum supported Rust version, as far as this machine can check it.

Only the current toolchain can be installed here, so the MSRV (`rust-version` in Cargo.toml)
is held by two checks: clippy's `incompatible_msrv` lint (on by default, denied in
.ci/run) refuses a standard-library API newer than the MSRV, and this script refuses a
dependency (of the library with every feature, or of the CLI) that declares a newer
`rust-version`.
"""

import json
import subprocess
import sys


def version(text):
    parts = [int(p) for p in text.split(".")]
    return tuple(parts + [0] * (3 - len(parts)))


metadata = json.loads(subprocess.run(
    ["cargo", "metadata", "--format-version", "1", "--all-features", "--locked"],
    check=True, capture_output=True, text=True,
).stdout)
packages = {p["id"]: p for p in metadata["packages"]}
nodes = {n["id"]: n for n in metadata["resolve"]["nodes"]}
roots = [p["id"] for p in metadata["packages"] if p["name"] in ("gdpr", "gdpr-cli")]
msrv = version(next(p for p in metadata["packages"] if p["name"] == "gdpr")["rust_version"])

seen, stack = set(), list(roots)
while stack:
    node = stack.pop()
    if node in seen:
        continue
    seen.add(node)
    for dep in nodes[node]["deps"]:
        if any(kind["kind"] in (None, "build") for kind in dep["dep_kinds"]):
            stack.append(dep["pkg"])

newer = sorted(
    f"{packages[i]['name']} {packages[i]['version']} needs Rust {packages[i]['rust_version']}"
    for i in seen
    if packages[i].get("rust_version") and version(packages[i]["rust_version"]) > msrv
)
for line in newer:
    print("FAIL", line)
print(f"msrv {'.'.join(map(str, msrv))}: {len(seen) - len(newer)} passed, {len(newer)} failed")
sys.exit(1 if newer else 0)
