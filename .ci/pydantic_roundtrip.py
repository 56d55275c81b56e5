#!/usr/bin/env python3
"""A Python service's view of a policy: a Pydantic model generated from the policy schema
(datamodel-code-generator) reads every seed policy, writes it back, and the `gdpr` command
reads what it wrote and decides exactly as on the original.

    pydantic_roundtrip.py GDPR_BINARY MODEL_PY WORK_DIR

MODEL_PY is the generated module (made by .ci/schemas.sh). A policy the model cannot read,
a value it changes on the way (a field dropped, a default filled in, a number retyped) or a
different decision fails the check.
"""

import importlib.util
import json
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
binary, model_py, work = (pathlib.Path(a).resolve() for a in sys.argv[1:4])

spec = importlib.util.spec_from_file_location("policy_model", model_py)
model = importlib.util.module_from_spec(spec)
sys.modules["policy_model"] = model  # pydantic resolves generic models through it
spec.loader.exec_module(model)
Policy = model.Policy

# The generator names the variants of a `oneOf` after their titles, not LegalBasis1…6.
for name in ("LegalBasisConsent", "LegalBasisLegalObligation", "DestinationCountry"):
    if not hasattr(model, name):
        sys.exit(f"pydantic: the generated model has no class `{name}`")


def decide(path):
    run = subprocess.run(
        [str(binary), "validate", str(path), "--as-of", "2026-11-27"],
        capture_output=True, cwd=ROOT, timeout=60,
    )
    return run.returncode, run.stdout, run.stderr


work.mkdir(parents=True, exist_ok=True)
failed, passed = [], 0
for seed in sorted((ROOT / "examples/policies").glob("*.json")):
    original = json.loads(seed.read_text())
    try:
        policy = Policy.model_validate_json(seed.read_text())
    except Exception as e:  # noqa: BLE001 - every failure is reported
        failed.append(f"{seed.name}: the Pydantic model refuses it: {e}")
        continue
    written = json.loads(policy.model_dump_json(by_alias=True, exclude_unset=True))
    if written != original:
        failed.append(f"{seed.name}: Pydantic changed the document on the way")
        continue
    copy = work / seed.name
    copy.write_text(json.dumps(written, ensure_ascii=False))
    if decide(copy) != decide(seed):
        failed.append(f"{seed.name}: gdpr validate decides differently on Pydantic's copy")
        continue
    passed += 1

for line in failed:
    print("FAIL", line)
print(f"pydantic round trip: {passed} passed, {len(failed)} failed")
sys.exit(1 if failed or passed == 0 else 0)
