#!/usr/bin/env node
// Checks SARIF logs against the SARIF 2.1.0 JSON schema: node validate.js FILE...
// Exits 0 when every file is valid; otherwise prints each error and exits 1 (2 when a file
// cannot be read or is not JSON).
"use strict";

const fs = require("fs");
// The schema is written in JSON Schema draft-04, which Ajv 8 reads through ajv-draft-04.
const Ajv = require("ajv-draft-04");
const addFormats = require("ajv-formats");
const schema = require("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node validate.js FILE...");
  process.exit(2);
}

// strict: the schema requires properties through "anyOf" branches that do not define them,
// which Ajv's strict mode refuses.
// unicodeRegExp: the pattern of run.language is not valid as a Unicode regular expression.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

let status = 0;
for (const file of files) {
  let log;
  try {
    log = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    console.error(`${file}: ${error.message}`);
    status = Math.max(status, 2);
    continue;
  }
  if (validate(log)) continue;
  status = Math.max(status, 1);
  for (const error of validate.errors) {
    const where = error.instancePath || "/";
    console.error(`${file}: ${where}: ${error.message} (${error.schemaPath})`);
  }
}
process.exit(status);
