// `dagship run`: (1) `--dry-run` on a 1,000-task DAG (load, validate, choose the run, hash the build
// context, render every templated field), in-process and as a new process, beside an empty
// `node -e ""`; target < 200 ms. (2) A 10-task DAG of trivial containers with --parallel 4 on the
// local Docker daemon, beside the same containers started with bare `docker run --rm`, 4 at a time;
// target: overhead per task under 20%.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";
import { main } from "../src/cli.js";
import { median, report } from "./figures.js";

const quiet = { stdout: () => undefined, stderr: () => undefined };

function project(root: string, name: string, tasks: Record<string, unknown>): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "Dockerfile"), "FROM scratch\n");
  writeFileSync(join(dir, "dag.yaml"), stringify({ schedule: "0 6 * * *", start_date: "2024-01-01", timezone: "Europe/Berlin", tasks }));
  return dir;
}

const root = mkdtempSync(join(tmpdir(), "dagship-run-bench-"));
const bigTasks: Record<string, unknown> = {};
for (let index = 0; index < 1000; index += 1) {
  bigTasks[`task_${index}`] = {
    command: ["python", "-m", "job", `--part=${index}`],
    args: ["--day", "{{ ds }}", "--until", "{{ data_interval_end | ds }}", "--tag={{ macros.ds_add(ds, -1) }}"],
    env: { PART: String(index), WINDOW: "{{ data_interval_start | ts_nodash }}" },
    ...(index > 0 ? { depends_on: [`task_${Math.floor((index - 1) / 2)}`] } : {}),
  };
}
const big = project(root, "big", bigTasks);
const dryArgs = ["run", big, "--dry-run", "--json", "--at", "2024-05-10T06:00:00Z"];

console.log(`run benchmark on Node ${process.version}`);
const inProcess: number[] = [];
for (let run = 0; run < 9; run += 1) {
  const start = performance.now();
  const code = await main(dryArgs, { ...quiet, cwd: root });
  inProcess.push(performance.now() - start);
  if (code !== 0) throw new Error(`dry run failed with ${code}`);
}
const cli = join(process.cwd(), "dist/cli.js");
const cold: number[] = [];
const bare: number[] = [];
for (let run = 0; run < 7; run += 1) {
  let start = performance.now();
  const result = spawnSync(process.execPath, [cli, ...dryArgs], { encoding: "utf8", cwd: root });
  cold.push(performance.now() - start);
  if (result.status !== 0) throw new Error(result.stderr);
  start = performance.now();
  spawnSync(process.execPath, ["-e", ""]);
  bare.push(performance.now() - start);
}
const warm = median(inProcess);
const coldMs = median(cold);
report({ name: "dagship run --dry-run of 1,000 tasks (in-process)", value: warm, unit: "ms", comparison: "<", target: 200 });
console.log(
  `dry run of 1,000 tasks, new process (dist/cli.js): ${coldMs.toFixed(1)} ms; empty node -e "": ${median(bare).toFixed(1)} ms; ratio ${(coldMs / median(bare)).toFixed(2)}x`,
);

const image = process.env["DAGSHIP_TEST_BUSYBOX_IMAGE"];
if (image === undefined) {
  console.log("container figure skipped: source .test-env/env.sh first (needs the local Docker daemon and its busybox image)");
} else {
  const trivial: Record<string, unknown> = {};
  for (let index = 0; index < 10; index += 1) trivial[`t${index}`] = { command: ["true"] };
  const small = project(root, "small", trivial);
  const dagshipRun = async (): Promise<number> => {
    const start = performance.now();
    const code = await main(["run", small, "--image", image, "--network", "none", "--parallel", "4", "--at", "2024-05-10T06:00:00Z"], { ...quiet, cwd: root });
    if (code !== 0) throw new Error(`run failed with ${code}`);
    return performance.now() - start;
  };
  const bareRun = async (): Promise<number> => {
    const start = performance.now();
    let next = 0;
    const worker = async () => {
      while (next < 10) {
        next += 1;
        await new Promise<void>((done, fail) =>
          spawn("docker", ["run", "--rm", "--network", "none", image, "true"], { stdio: "ignore" }).on("exit", (code) =>
            code === 0 ? done() : fail(new Error(`docker run exited ${code}`)),
          ),
        );
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
    return performance.now() - start;
  };
  await dagshipRun();
  await bareRun();
  const ours: number[] = [];
  const theirs: number[] = [];
  for (let round = 0; round < 5; round += 1) {
    ours.push(await dagshipRun());
    theirs.push(await bareRun());
  }
  const oursMs = median(ours);
  const theirsMs = median(theirs);
  const overhead = oursMs / theirsMs - 1;
  console.log(
    `10 trivial containers, --parallel 4: dagship run ${oursMs.toFixed(0)} ms, bare docker run --rm (4 at a time) ${theirsMs.toFixed(0)} ms; ratio ${(oursMs / theirsMs).toFixed(2)}x`,
  );
  report({
    name: "dagship run of 10 trivial containers (--parallel 4): overhead per task over bare docker run",
    value: overhead * 100,
    unit: "%",
    comparison: "<",
    target: 20,
    note: `${((oursMs - theirsMs) / 10).toFixed(0)} ms a task`,
  });
}
