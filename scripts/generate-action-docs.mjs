// Writes the inputs and outputs of action.yml into README.md, between
// <!-- action-inputs:start --> and <!-- action-inputs:end -->, so the README cannot drift from
// the action. `--check` only reports (exit 1) when the README is stale.
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { parse } from "yaml";

const { values } = parseArgs({
  options: {
    check: { type: "boolean", default: false },
    action: { type: "string", default: "action.yml" },
    readme: { type: "string", default: "README.md" },
  },
});

const START = "<!-- action-inputs:start -->";
const END = "<!-- action-inputs:end -->";

function cell(text) {
  return String(text ?? "")
    .replace(/\s*\n\s*/g, " ")
    .replace(/\|/g, "\\|")
    .trim();
}

function defaultOf(input) {
  if (input.required) return "required";
  if (input.default === undefined || input.default === "") return "";
  return `\`${String(input.default)}\``;
}

function section(action) {
  const lines = [START, "<!-- generated from action.yml by scripts/generate-action-docs.mjs: edit action.yml, then run it -->", ""];
  lines.push("| Input | Default | Description |", "|---|---|---|");
  for (const [name, input] of Object.entries(action.inputs ?? {})) lines.push(`| \`${name}\` | ${defaultOf(input)} | ${cell(input.description)} |`);
  lines.push("", "| Output | Description |", "|---|---|");
  for (const [name, output] of Object.entries(action.outputs ?? {})) lines.push(`| \`${name}\` | ${cell(output.description)} |`);
  lines.push("", END);
  return lines.join("\n");
}

const action = parse(readFileSync(values.action, "utf8"));
const readme = readFileSync(values.readme, "utf8");
const start = readme.indexOf(START);
const end = readme.indexOf(END);
if (start < 0 || end < start) {
  process.stderr.write(`${values.readme} has no ${START} ... ${END} section\n`);
  process.exit(2);
}
const updated = readme.slice(0, start) + section(action) + readme.slice(end + END.length);
if (values.check) {
  if (updated !== readme) {
    process.stderr.write(`${values.readme} is stale: run node scripts/generate-action-docs.mjs\n`);
    process.exit(1);
  }
} else if (updated !== readme) {
  writeFileSync(values.readme, updated);
}
