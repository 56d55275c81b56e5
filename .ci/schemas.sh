#!/usr/bin/env bash
# The schemas as other languages see them: every schema under schema/ and sample documents
# (seed policies, fixtures, built-in data, the output of sample CLI runs) validated with
# Python `jsonschema` and with Ajv in strict mode, and a Pydantic model generated from the
# policy schema round-tripping every seed policy through the CLI unchanged.
#
# The validators are installed from PyPI and npm, at the versions pinned in
# .ci/requirements.txt and .ci/package-lock.json, into a cache directory outside the
# repository ($GDPR_CI_CACHE, default ~/.cache/gdpr-ci), reused while the pins are unchanged.
# Needs a built `gdpr` binary: .ci/schemas.sh [path/to/gdpr] (default target/debug/gdpr).
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)

gdpr_bin=${1:-target/debug/gdpr}
[ -x "$gdpr_bin" ] || { echo "schemas.sh: no gdpr binary at $gdpr_bin (cargo build -p gdpr-cli)" >&2; exit 1; }
cache=${GDPR_CI_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/gdpr-ci}
mkdir -p "$cache"

fail() { echo "schemas.sh: $*" >&2; exit 1; }
for tool in python3 node npm; do
  command -v "$tool" >/dev/null || fail "$tool is not installed; this step needs Python 3 and Node.js"
done

# Python: a virtual environment per set of pins.
pins=$(sha256sum .ci/requirements.txt | cut -c1-16)
venv="$cache/venv-$pins"
if [ ! -x "$venv/bin/datamodel-codegen" ]; then
  echo "-- installing the pinned Python validators into $venv"
  rm -rf "$venv"
  python3 -m venv "$venv" || fail "could not create a Python virtual environment"
  "$venv/bin/pip" install --quiet --disable-pip-version-check --timeout 30 --retries 2 \
    -r .ci/requirements.txt \
    || { rm -rf "$venv"; fail "could not install .ci/requirements.txt from PyPI: is the registry reachable?"; }
fi

# Node: Ajv, installed from the lock file.
pins=$(cat .ci/package.json .ci/package-lock.json | sha256sum | cut -c1-16)
node_dir="$cache/node-$pins"
if [ ! -d "$node_dir/node_modules/ajv-formats" ]; then
  echo "-- installing the pinned Ajv into $node_dir"
  rm -rf "$node_dir"
  mkdir -p "$node_dir"
  cp .ci/package.json .ci/package-lock.json "$node_dir/"
  (cd "$node_dir" && npm ci --silent --no-audit --no-fund --fetch-timeout=30000 --fetch-retries=2) \
    || { rm -rf "$node_dir"; fail "could not install Ajv from the npm registry: is it reachable?"; }
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "-- sample documents"
"$venv/bin/python" .ci/samples.py "$gdpr_bin" "$work/samples"

echo "-- Python jsonschema"
"$venv/bin/python" .ci/validate.py schema "$work/samples"

echo "-- Ajv, strict mode"
node .ci/validate.mjs "$node_dir/node_modules" schema "$work/samples"

echo "-- Pydantic model generated from schema/policy.schema.json"
"$venv/bin/datamodel-codegen" --input schema/policy.schema.json --input-file-type jsonschema \
  --output-model-type pydantic_v2.BaseModel --use-title-as-name --formatters black isort \
  --output "$work/policy_model.py" 2> "$work/codegen.log" \
  || { cat "$work/codegen.log" >&2; fail "datamodel-codegen could not generate a model from the policy schema"; }
"$venv/bin/python" .ci/pydantic_roundtrip.py "$gdpr_bin" "$work/policy_model.py" "$work/roundtrip"

echo "-- schemas checked in other languages in $(( $(date +%s) - started )) s"
