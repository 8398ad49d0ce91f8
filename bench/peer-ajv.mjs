// A peer of `gnlc check` for the benchmark: one Node.js process that
// parses every file with smol-toml and validates it with Ajv against the
// JSON Schema of `gnlc schema`. Prints how many files are invalid.
//   node bench/peer-ajv.mjs SCHEMA FILE_LIST
import { readFileSync } from "node:fs";
import { parse } from "smol-toml";
import Ajv2020 from "ajv/dist/2020.js";

const [schemaPath, listPath] = process.argv.slice(2);
const ajv = new Ajv2020({ allErrors: false, strict: false, unicodeRegExp: true });
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));

// TOML dates become strings, as TOML editors hand them to JSON Schema.
const plain = (value) => {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === "object") {
    const out = {};
    for (const [k, v] of Object.entries(value)) out[k] = plain(v);
    return out;
  }
  return value;
};

let invalid = 0;
for (const path of readFileSync(listPath, "utf8").split("\n")) {
  if (!path) continue;
  try {
    if (!validate(plain(parse(readFileSync(path, "utf8"))))) invalid++;
  } catch {
    invalid++;
  }
}
console.log(`${invalid} invalid`);
