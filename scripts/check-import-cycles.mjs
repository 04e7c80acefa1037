// Fails when the modules under src/ import each other in a cycle, type-only imports included:
// a cycle of types is still two modules that cannot be understood (or moved) one without the other.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const root = resolve(process.argv[2] ?? "src");
const files = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : /\.ts$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [join(dir, entry.name)] : [],
  );
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?\sfrom\s+["'](\.{1,2}\/[^"']+)["']|import\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g;
const graph = new Map();
for (const file of files(root)) {
  const targets = [];
  for (const match of readFileSync(file, "utf8").matchAll(IMPORT)) {
    const spec = match[1] ?? match[2];
    const target = resolve(dirname(file), spec).replace(/\.js$/, ".ts");
    if (target.startsWith(root) && target.endsWith(".ts")) targets.push(target);
  }
  graph.set(file, targets);
}
const state = new Map();
const stack = [];
const cycles = [];
const visit = (node) => {
  state.set(node, "open");
  stack.push(node);
  for (const next of graph.get(node) ?? []) {
    if (!graph.has(next)) continue;
    if (state.get(next) === "open") cycles.push([...stack.slice(stack.indexOf(next)), next]);
    else if (!state.has(next)) visit(next);
  }
  stack.pop();
  state.set(node, "done");
};
for (const node of graph.keys()) if (!state.has(node)) visit(node);
for (const cycle of cycles) console.error(`import cycle: ${cycle.map((file) => relative(process.cwd(), file)).join(" -> ")}`);
if (cycles.length > 0) {
  console.error(`${cycles.length} import cycle(s) under ${relative(process.cwd(), root) || "."}: move what both sides need into a module of its own.`);
  process.exit(1);
}
console.log(`no import cycles among ${graph.size} modules under ${relative(process.cwd(), root) || "."}`);
