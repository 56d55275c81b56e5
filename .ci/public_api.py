#!/usr/bin/env python3
"""The public API of the `gdpr` crate, as a sorted list of names, against a checked-in snapshot.

Every public item the crate exposes — modules, types with their fields and variants, functions
and methods with their parameter names, constants — is read from rustdoc's JSON output and
written one per line, with `#[non_exhaustive]` marked. A change to the list fails CI until the
snapshot (`api/gdpr.txt`) is updated with `--update`, so each change to the public face is a
reviewed decision with a CHANGELOG line.

rustdoc's JSON output is unstable; `RUSTC_BOOTSTRAP=1` lets the stable toolchain write it.

    python3 .ci/public_api.py            # check
    python3 .ci/public_api.py --update   # rewrite the snapshot
"""

import difflib
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SNAPSHOT = os.path.join(ROOT, "api", "gdpr.txt")
TARGET = os.path.join(ROOT, "target", "public-api")


def rustdoc_json():
    env = dict(os.environ, RUSTC_BOOTSTRAP="1", CARGO_TARGET_DIR=TARGET)
    subprocess.run(
        ["cargo", "rustdoc", "-q", "-p", "gdpr", "--lib", "--all-features", "--",
         "-Z", "unstable-options", "--output-format", "json"],
        cwd=ROOT, env=env, check=True,
    )
    with open(os.path.join(TARGET, "doc", "gdpr.json"), encoding="utf-8") as f:
        return json.load(f)


def listing(doc):
    """Every public item under the path a user writes, following re-exports from the root."""
    index = doc["index"]
    out = set()

    def public(item):
        return item.get("visibility") == "public"

    def marks(item):
        attrs = json.dumps(item.get("attrs", []))
        return " #[non_exhaustive]" if "non_exhaustive" in attrs else ""

    def inputs(fn):
        sig = fn.get("sig") or fn.get("decl") or {}
        return ", ".join(name for name, _ in sig.get("inputs", []))

    def describe(item, path):
        inner = item.get("inner", {})
        kind = next(iter(inner), "")
        if kind == "function":
            out.add(f"fn {path}({inputs(inner['function'])})")
            return
        if kind in ("constant", "static", "macro", "trait", "type_alias"):
            out.add(f"{kind} {path}")
            return
        if kind not in ("struct", "enum"):
            return
        out.add(f"{kind} {path}{marks(item)}")
        body = inner[kind]
        if kind == "struct":
            plain = body.get("kind", {}).get("plain")
            for field in (plain or {}).get("fields", []):
                f = index.get(str(field))
                if f and public(f):
                    out.add(f"field {path}::{f['name']}")
        else:
            for variant in body.get("variants", []):
                v = index.get(str(variant))
                if v:
                    out.add(f"variant {path}::{v['name']}{marks(v)}")
        for impl_id in body.get("impls", []):
            impl = index.get(str(impl_id), {}).get("inner", {}).get("impl", {})
            if impl.get("trait") is not None:
                if not impl.get("is_synthetic") and not impl.get("blanket_impl"):
                    trait = impl["trait"].get("path") or impl["trait"].get("name", "")
                    out.add(f"impl {trait} for {path}")
                continue
            for member in impl.get("items", []):
                m = index.get(str(member))
                if not m or not public(m):
                    continue
                if "function" in m.get("inner", {}):
                    out.add(f"fn {path}::{m['name']}({inputs(m['inner']['function'])})")
                elif "assoc_const" in m.get("inner", {}):
                    out.add(f"const {path}::{m['name']}")

    def walk(module_id, prefix, seen):
        if module_id in seen:
            return
        seen = seen | {module_id}
        module = index.get(str(module_id), {}).get("inner", {}).get("module", {})
        for child in module.get("items", []):
            item = index.get(str(child))
            if item is None or not public(item):
                continue
            inner = item.get("inner", {})
            if "use" in inner:
                use = inner["use"]
                target = index.get(str(use.get("id")))
                if target is None:
                    continue
                if use.get("is_glob"):
                    walk(use["id"], prefix, seen)
                elif "module" in target.get("inner", {}):
                    out.add(f"module {prefix}::{use['name']}")
                    walk(use["id"], f"{prefix}::{use['name']}", seen)
                else:
                    describe(target, f"{prefix}::{use['name']}")
            elif "module" in inner:
                out.add(f"module {prefix}::{item['name']}")
                walk(child, f"{prefix}::{item['name']}", seen)
            else:
                describe(item, f"{prefix}::{item['name']}")

    walk(doc["root"], "gdpr", frozenset())
    return sorted(out)


def main():
    lines = listing(rustdoc_json())
    text = "\n".join(lines) + "\n"
    if "--update" in sys.argv:
        os.makedirs(os.path.dirname(SNAPSHOT), exist_ok=True)
        with open(SNAPSHOT, "w", encoding="utf-8") as f:
            f.write(text)
        print(f"wrote {SNAPSHOT}: {len(lines)} items")
        return 0
    try:
        with open(SNAPSHOT, encoding="utf-8") as f:
            old = f.read()
    except FileNotFoundError:
        old = ""
    if old == text:
        print(f"public API unchanged: {len(lines)} items")
        return 0
    sys.stdout.writelines(difflib.unified_diff(
        old.splitlines(True), text.splitlines(True), "api/gdpr.txt", "the crate now"))
    print("\nthe public API changed: review the diff, add a CHANGELOG line, then run "
          "`python3 .ci/public_api.py --update`")
    return 1


if __name__ == "__main__":
    sys.exit(main())
