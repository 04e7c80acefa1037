// Prints the closing table of `npm run bench`: every figure the benchmarks reported
// (bench/figures.ts writes one JSON object per line), against its target.
import { readFileSync } from "node:fs";

const [file] = process.argv.slice(2);
const figures = readFileSync(file, "utf8")
  .split("\n")
  .filter(Boolean)
  .map((line) => JSON.parse(line));
const ok = (f) => ({ "<": f.value < f.target, "<=": f.value <= f.target, ">": f.value > f.target, ">=": f.value >= f.target })[f.comparison];
const fmt = (v) => (Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(v >= 10 ? 1 : 2));
const rows = figures.map((f) => [f.bench ?? "", f.name, `${fmt(f.value)} ${f.unit}`, `${f.comparison} ${f.target} ${f.unit}`, ok(f) ? "met" : "NOT met"]);
const header = ["bench", "figure", "value", "target", "verdict"];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
console.log(line(header));
console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
for (const row of rows) console.log(line(row));
const missed = rows.filter((r) => r[4] !== "met").length;
console.log(`${rows.length} figure(s), ${rows.length - missed} met, ${missed} not met`);
