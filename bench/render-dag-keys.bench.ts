// Validate + render of a 1,000-task dag.yaml that uses every DAG-level and graph key of v1.1
// (params, doc, dagrun_timeout, end_date, notify at DAG and task level with every notifier, an
// asset schedule, outlets, nested groups), in-process, per profile. Target: < 50 ms.
import { stringify } from "yaml";
import { PROFILES } from "../src/profile.js";
import { renderDag } from "../src/render/render.js";
import { attachDoc, compileSpec } from "../src/dagfile/index.js";
import { median, report } from "./figures.js";

const TASKS = 1000;

function specText(): string {
  const tasks: Record<string, unknown> = {};
  for (let index = 0; index < TASKS; index += 1) {
    tasks[`task_${index}`] = {
      command: ["python", "-m", "job", `--part=${index}`],
      args: ["--day", "{{ params.day or ds }}", "--region", "{{ params.region }}"],
      group: `stage_${index % 10}.part_${index % 50}`,
      outlets: [`gs://lake/part/${index}/`],
      ...(index % 10 === 0
        ? { notify: { on_success: [{ callback: "team_alerts.metrics.record" }], on_failure: [{ email: [`owner${index}@example.com`] }] } }
        : {}),
      ...(index > 0 ? { depends_on: [`task_${Math.floor((index - 1) / 2)}`] } : {}),
    };
  }
  return stringify({
    schedule: { assets: ["gs://lake/raw/orders/", "gs://lake/raw/customers/"] },
    start_date: "2024-01-01",
    end_date: "2030-12-31",
    dagrun_timeout: "6h",
    doc: "README.md",
    params: {
      day: { type: "string", default: "", pattern: "^(\\d{4}-\\d{2}-\\d{2})?$", description: "Day to reload" },
      region: { type: "string", default: "eu", enum: ["us", "eu", "apac"] },
      size: { type: "integer", default: 500, minimum: 1, maximum: 100000 },
      tables: { type: "array", default: ["orders", "customers"] },
    },
    notify: {
      on_failure: [{ email: ["data-eng@example.com"] }, { slack: { connection: "slack_api", channel: "#etl" } }, { callback: "team_alerts.pagerduty.notify" }],
      on_success: [{ slack: { connection: "slack_webhook" } }],
    },
    defaults: { retries: 2, retry_delay: "5m", notify: { on_retry: [{ slack: { connection: "slack_webhook", text: "retry {{ ti.task_id }}" } }] } },
    tasks,
  });
}

const README = `# Bench pipeline\n\n${"A line of documentation with 'quotes' and \"more\".\n".repeat(100)}`;

const text = specText();
const images = { bench: { reference: "registry.example/bench@sha256:0" } };
console.log(`dag.yaml v1.1 DAG-level and graph keys: ${TASKS} tasks, ${Math.round(text.length / 1024)} kB of YAML, on Node ${process.version}`);
// CPU time and the fastest run beside the medians: on a shared machine the wall clock also counts
// waiting for a core.
console.log("profile                  validate ms  render ms  total ms  total cpu ms  fastest total ms");
let worst = 0;
for (const [name, profile] of Object.entries(PROFILES)) {
  const compile = () => attachDoc(compileSpec("bench/dag.yaml", text, "bench", { profile }), "bench/dag.yaml", text, { ok: true, text: README });
  // Warm-up, so the first profile measured is not also measuring the JIT compiler.
  for (let run = 0; run < 5; run += 1) {
    const warm = compile();
    if (!warm.ok) throw new Error(JSON.stringify(warm.problems.slice(0, 3)));
    renderDag({ dag: warm.dag, profile, images });
  }
  const validate: number[] = [];
  const render: number[] = [];
  const total: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < 15; run += 1) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    const compiled = compile();
    const middle = performance.now();
    if (compiled.ok) renderDag({ dag: compiled.dag, profile, images });
    const end = performance.now();
    const cpuUsed = process.cpuUsage(cpuStart);
    cpu.push((cpuUsed.user + cpuUsed.system) / 1000);
    validate.push(middle - start);
    render.push(end - middle);
    total.push(end - start);
  }
  worst = Math.max(worst, median(total));
  console.log(
    `${name.padEnd(24)} ${median(validate).toFixed(2).padStart(11)}  ${median(render).toFixed(2).padStart(9)}  ${median(total).toFixed(2).padStart(8)}  ${median(cpu).toFixed(2).padStart(12)}  ${Math.min(
      ...total,
    )
      .toFixed(2)
      .padStart(16)}`,
  );
}
report({ name: "1,000 tasks with every v1.1 key, validate + render (slowest profile)", value: worst, unit: "ms", comparison: "<", target: 50 });
