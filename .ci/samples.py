#!/usr/bin/env python3
"""Writes the sample documents .ci/schemas.sh validates, one folder per schema.

    samples.py GDPR_BINARY OUT_DIR

OUT_DIR/<schema>/<name>.json for: the seed policies and the test fixtures (policy), the
built-in adequacy registry and calendars, and the output of every sample run listed in
cli/tests/samples/commands.json (the same runs cli/tests/shapes.rs validates in Rust).
"""

import json
import pathlib
import shutil
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent


def lines(text):
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def cut(how, stdout, stderr):
    if how == "stdout":
        return [json.loads(stdout)]
    if how == "stderr":
        return [json.loads(stderr)]
    if how == "stdout_lines":
        return lines(stdout)
    if how == "stderr_lines":
        return lines(stderr)
    if how == "stderr_last":
        return lines(stderr)[-1:]
    if how == "stderr_but_last":
        return lines(stderr)[:-1]
    raise SystemExit(f"samples.py: unknown stream `{how}`")


def main():
    binary, out = pathlib.Path(sys.argv[1]).resolve(), pathlib.Path(sys.argv[2])
    shutil.rmtree(out, ignore_errors=True)

    def put(schema, name, document):
        folder = out / schema
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{name}.json").write_text(json.dumps(document, ensure_ascii=False, indent=1))

    count = 0
    for path in sorted((ROOT / "examples/policies").glob("*.json")) + sorted(
        (ROOT / "tests/fixtures").glob("*.json")
    ):
        put("policy", path.stem, json.loads(path.read_text()))
        count += 1
    put("adequacy_registry", "builtin", json.loads((ROOT / "data/adequacy.json").read_text()))
    count += 1
    for path in sorted((ROOT / "data/calendars").glob("*.json")):
        put("calendar", path.stem, json.loads(path.read_text()))
        count += 1

    samples = json.loads((ROOT / "cli/tests/samples/commands.json").read_text())["samples"]
    for sample in samples:
        run = subprocess.run(
            [str(binary), *sample["args"]],
            input=sample.get("stdin", "").encode(),
            capture_output=True,
            cwd=ROOT,
            timeout=60,
        )
        stdout, stderr = run.stdout.decode(), run.stderr.decode()
        if "stdin_schema" in sample:
            put(sample["stdin_schema"], f"{sample['name']}-stdin", json.loads(sample["stdin"]))
            count += 1
        for how, schema in sample["outputs"].items():
            documents = cut(how, stdout, stderr)
            if not documents:
                raise SystemExit(f"samples.py: `{sample['name']}` printed nothing on {how}")
            for i, document in enumerate(documents):
                put(schema, f"{sample['name']}-{how}-{i}", document)
                count += 1
    print(f"{count} sample documents in {out}")


main()
