// Validates every schema under schema/ and the samples with Ajv in strict mode.
//
//     node validate.mjs NODE_MODULES SCHEMA_DIR SAMPLES_DIR
//
// Strict mode refuses what other validators silently ignore: unknown keywords and formats,
// ambiguous types, `required` naming an undefined property.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

const [modules, schemaDir, samplesDir] = process.argv.slice(2);
const require = createRequire(path.join(path.resolve(modules), "noop.js"));
const Ajv2020 = require("ajv/dist/2020").default;
const addFormats = require("ajv-formats").default;

const failed = [];
let passed = 0;
for (const file of fs.readdirSync(schemaDir).filter((f) => f.endsWith(".schema.json")).sort()) {
  const name = file.slice(0, -".schema.json".length);
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  let validate;
  try {
    validate = ajv.compile(JSON.parse(fs.readFileSync(path.join(schemaDir, file), "utf8")));
  } catch (e) {
    failed.push(`${file}: Ajv strict mode refuses it: ${e.message}`);
    continue;
  }
  const folder = path.join(samplesDir, name);
  const samples = fs.existsSync(folder) ? fs.readdirSync(folder).sort() : [];
  for (const sample of samples) {
    const document = JSON.parse(fs.readFileSync(path.join(folder, sample), "utf8"));
    if (validate(document)) {
      passed += 1;
    } else {
      const errors = validate.errors.slice(0, 5).map((e) => `${e.instancePath}: ${e.message}`);
      failed.push(`${name}/${sample}: ${errors.join("; ")}`);
    }
  }
}
for (const line of failed) console.log(`FAIL ${line}`);
console.log(`ajv (strict): ${passed} passed, ${failed.length} failed`);
process.exit(failed.length ? 1 : 0);
