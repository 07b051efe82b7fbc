#!/usr/bin/env node
// Checks a built site's open data against the Frictionless specifications:
//   node validate.js OUTPUT_DIR BASE_URL
// data/datapackage.json must be valid by the Tabular Data Package profile (JSON Schema, draft-04)
// that the datapackage package ships; each resource's file (a path relative to data/, or a URL
// under BASE_URL, read from OUTPUT_DIR) must have the package's size and SHA-256, and
// tableschema must read every row of it by the resource's schema: the header row matching the
// fields' names, each cell cast to its field's type. Exits 0 when all holds, else prints each
// problem and exits 1 (2 when the package cannot be read).
"use strict";

const crypto = require("crypto");
const fs = require("fs");
const path = require("path");
const Ajv = require("ajv-draft-04");
const addFormats = require("ajv-formats");
const { Table } = require("tableschema");
const profile = require("datapackage/lib/profiles/tabular-data-package.json");

const [output, baseUrl] = process.argv.slice(2);
if (!output || !baseUrl) {
  console.error("usage: node validate.js OUTPUT_DIR BASE_URL");
  process.exit(2);
}

async function main() {
  const packageFile = path.join(output, "data", "datapackage.json");
  let descriptor;
  try {
    descriptor = JSON.parse(fs.readFileSync(packageFile, "utf8"));
  } catch (error) {
    console.error(`${packageFile}: ${error.message}`);
    return 2;
  }
  let problems = 0;
  const problem = (text) => {
    console.error(text);
    problems += 1;
  };
  // strict: the profiles hold keywords of their own ("propertyOrder", "context", "options").
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(profile);
  if (!validate(descriptor))
    for (const error of validate.errors)
      problem(`datapackage.json: ${error.instancePath || "/"}: ${error.message} (${error.schemaPath})`);

  for (const resource of descriptor.resources || []) {
    const where = `resource ${resource.name}`;
    const file = resource.path.startsWith(baseUrl)
      ? path.join(output, resource.path.slice(baseUrl.length))
      : path.join(output, "data", resource.path);
    let bytes;
    try {
      bytes = fs.readFileSync(file);
    } catch (error) {
      problem(`${where}: ${error.message}`);
      continue;
    }
    if (bytes.length !== resource.bytes)
      problem(`${where}: ${bytes.length} bytes, the package says ${resource.bytes}`);
    const sha256 = crypto.createHash("sha256").update(bytes).digest("hex");
    if (resource.hash !== `sha256:${sha256}`) problem(`${where}: hash ${resource.hash}, the file's sha256:${sha256}`);
    if (bytes.subarray(0, 3).toString("hex") !== "efbbbf") problem(`${where}: no UTF-8 byte order mark`);
    try {
      // tableschema's CSV parser keeps a byte order mark in the first header unless told.
      const table = await Table.load(file, { schema: resource.schema, encoding: resource.encoding, bom: true });
      const rows = await table.read({ cast: true });
      const names = resource.schema.fields.map((field) => field.name);
      if (JSON.stringify(table.headers) !== JSON.stringify(names))
        problem(`${where}: header ${JSON.stringify(table.headers)}, fields ${JSON.stringify(names)}`);
      console.log(`${resource.name}: ${rows.length} rows`);
    } catch (error) {
      const details = (error.errors || []).map((each) => each.message).join("; ");
      problem(`${where}: ${error.message}${details ? `: ${details}` : ""}`);
    }
  }
  return problems ? 1 : 0;
}

main().then((status) => process.exit(status));
