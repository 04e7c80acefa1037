// Render time for dag.yaml files of 10, 100 and 1,000 tasks (in-process), and the cold start of
// `dagship validate` (a new Node process running the bundled CLI), with the Node version.
// Targets: 1,000 tasks render in under 50 ms in-process; the CLI cold start is under 150 ms.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";
import { PROFILES, type Profile } from "../src/profile.js";
import { renderDag } from "../src/render/render.js";
import { compileSpec } from "../src/dagfile/index.js";
import { median, report, timeSync } from "./figures.js";

const profile = PROFILES["composer-3-airflow-2"] as Profile;

function specText(taskCount: number): string {
  const tasks: Record<string, unknown> = {};
  for (let index = 0; index < taskCount; index += 1) {
    tasks[`task_${index}`] = {
      command: ["python", "-m", "job", `--part=${index}`],
      args: ["--day", "{{ ds }}"],
      env: { PART: String(index) },
      ...(index > 0 ? { depends_on: [`task_${Math.floor((index - 1) / 2)}`] } : {}),
    };
  }
  return stringify({
    schedule: "0 6 * * *",
    start_date: "2024-01-01",
    defaults: { retries: 2, retry_delay: "5m", resources: { cpu: "500m", memory: "1Gi" }, secrets: [{ env: "TOKEN", secret: "api", key: "token" }] },
    tasks,
  });
}

console.log(`render benchmark on Node ${process.version}`);
console.log("tasks  compile(load+validate+normalise) ms  render ms  total ms");
let total1000 = Number.NaN;
for (const count of [10, 100, 1000]) {
  const text = specText(count);
  const compiled = compileSpec("bench/dag.yaml", text, "bench", { profile });
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems.slice(0, 3)));
  const images = { bench: { reference: "registry.example/bench@sha256:0" } };
  const compileMs = timeSync(() => compileSpec("bench/dag.yaml", text, "bench", { profile }), 15);
  const renderMs = timeSync(() => renderDag({ dag: compiled.dag, profile, images }), 15);
  const totalMs = timeSync(() => {
    const again = compileSpec("bench/dag.yaml", text, "bench", { profile });
    if (again.ok) renderDag({ dag: again.dag, profile, images });
  }, 15);
  if (count === 1000) total1000 = totalMs;
  console.log(`${String(count).padStart(5)}  ${compileMs.toFixed(2).padStart(36)}  ${renderMs.toFixed(2).padStart(9)}  ${totalMs.toFixed(2).padStart(8)}`);
}
report({ name: "1,000 tasks, dag.yaml text to Python source (in-process)", value: total1000, unit: "ms", comparison: "<", target: 50 });

const project = join(mkdtempSync(join(tmpdir(), "dagship-bench-")), "sample");
mkdirSync(project);
writeFileSync(join(project, "dag.yaml"), specText(10));
// Run from the repository root by scripts/bench.sh; the bundle of this file lives elsewhere.
const cli = join(process.cwd(), "dist/cli.js");
const cold: number[] = [];
const bare: number[] = [];
for (let run = 0; run < 12; run += 1) {
  let start = performance.now();
  const result = spawnSync(process.execPath, [cli, "validate", project], { encoding: "utf8" });
  cold.push(performance.now() - start);
  if (result.status !== 0) throw new Error(result.stderr);
  start = performance.now();
  spawnSync(process.execPath, ["-e", ""]);
  bare.push(performance.now() - start);
}
const coldMs = median(cold);
report({
  name: "dagship validate cold start (new Node process)",
  value: coldMs,
  unit: "ms",
  comparison: "<",
  target: 150,
  note: `an empty \`node -e ""\` takes ${median(bare).toFixed(1)} ms (${(coldMs / median(bare)).toFixed(2)}x)`,
});
