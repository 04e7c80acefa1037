/**
 * `dagship run` on the real Docker daemon, with the template repository's weather_ingest project
 * (its Dockerfile and sources; a dag.yaml written per test) built on the local Python base image,
 * every container on `--network none`.
 */
import { execFileSync, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli.js";
import { testEnv } from "../helpers/test-env.js";

const env = testEnv();
const TEMPLATE_PROJECT = resolve("template-repo/projects/weather_ingest");
const SECRET = "s3cr3t-token-value-9f2c";
let repo: string;

async function project(name: string, dagYaml: string): Promise<string> {
  const dir = join(repo, "projects", name);
  await cp(TEMPLATE_PROJECT, dir, { recursive: true });
  await writeFile(join(dir, "dag.yaml"), dagYaml);
  return dir;
}

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(["run", ...args, "--network", "none", "--build-arg", `BASE_IMAGE=${env.pythonImage}`], {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd: repo,
  });
  return { code, stdout, stderr };
}

function containersOf(dagId: string): string[] {
  return execFileSync("docker", ["ps", "--all", "--quiet", "--filter", `label=dagship.dag=${dagId}`], { encoding: "utf8" })
    .split("\n")
    .filter(Boolean);
}

async function logsOf(runId: string): Promise<Record<string, string>> {
  const dir = join(repo, ".dagship", "runs", runId);
  const files = await readdir(dir);
  return Object.fromEntries(await Promise.all(files.map(async (file): Promise<[string, string]> => [file, await readFile(join(dir, file), "utf8")])));
}

beforeAll(async () => {
  repo = await mkdtemp(join(tmpdir(), "dagship-run-"));
  execFileSync("git", ["init", "-q", repo]);
  await writeFile(join(repo, "secrets.env"), `# local secrets\nWEATHER_API_USER_AGENT=${SECRET}\n`);
});

afterAll(async () => {
  await rm(repo, { recursive: true, force: true });
});

// Prints what the container received: its argv and the environment it was given (the secret only
// as a digest, and once in clear to prove dagship masks it in everything it prints or writes).
const SHOW = [
  "import hashlib, json, os, sys",
  "e = os.environ",
  "print(json.dumps({'argv': sys.argv[1:], 'DAY': e.get('DAY'), 'WINDOW': e.get('WINDOW'), 'secret_sha256': hashlib.sha256(e['WEATHER_API_USER_AGENT'].encode()).hexdigest()}))",
  "print('raw secret:', e['WEATHER_API_USER_AGENT'])",
].join("; ");

describe("dagship run on the Docker daemon", () => {
  it("runs one task in the project's image; the container sees exactly the rendered args and env, never the secret in any output", async () => {
    await project(
      "weather_one",
      [
        "dag_id: weather_one",
        'schedule: "15 * * * *"',
        "start_date: 2024-01-01",
        "tasks:",
        "  show:",
        `    command: [python3, -c, ${JSON.stringify(SHOW)}]`,
        '    args: ["--start", "{{ data_interval_start.isoformat() }}", "--day={{ ds }}", "{{ params.region | upper }}"]',
        "    env: {DAY: '{{ ds_nodash }}', WINDOW: '{{ data_interval_start | ts_nodash }}-{{ data_interval_end | ts_nodash }}'}",
        "    resources: {cpu: 500m, memory: 256Mi}",
        "    secrets: [{env: WEATHER_API_USER_AGENT, secret: weather-api, key: user-agent}]",
        "params:",
        "  region: {type: string, default: us}",
        "",
      ].join("\n"),
    );
    const dry = await cli(["projects/weather_one", "--at", "2024-05-09T06:20:00Z", "--dry-run", "--json"]);
    expect(dry.code).toBe(0);
    const planned = JSON.parse(dry.stdout) as {
      run_id: string;
      tasks: { arguments: string[]; env: Record<string, string>; image: string; secrets: string[] }[];
    };
    expect(planned.run_id).toBe("scheduled__2024-05-09T05:15:00+00:00");
    expect(planned.tasks[0]?.arguments).toEqual(["--start", "2024-05-09T05:15:00+00:00", "--day=2024-05-09", "US"]);
    expect(planned.tasks[0]?.env).toEqual({ DAY: "20240509", WINDOW: "20240509T051500-20240509T061500" });
    expect(planned.tasks[0]?.secrets).toEqual(["WEATHER_API_USER_AGENT"]);
    expect(planned.tasks[0]?.image).toMatch(/^weather_one:ctx-[0-9a-f]{32}$/);

    const result = await cli(["projects/weather_one", "show", "--at", "2024-05-09T06:20:00Z", "--secrets-file", "secrets.env", "--json"]);
    expect(result.stderr).toContain("show: success");
    expect(result.code).toBe(0);
    const seenLine = result.stderr.split("\n").find((line) => line.startsWith("show | {")) ?? "";
    const seen = JSON.parse(seenLine.slice("show | ".length)) as Record<string, unknown>;
    expect(seen).toEqual({
      argv: planned.tasks[0]?.arguments,
      DAY: "20240509",
      WINDOW: "20240509T051500-20240509T061500",
      secret_sha256: createHash("sha256").update(SECRET).digest("hex"),
    });
    const logs = await logsOf("scheduled__2024-05-09T05:15:00+00:00");
    expect(logs["show.log"]).toContain("raw secret: ***");
    for (const text of [result.stdout, result.stderr, dry.stdout, dry.stderr, ...Object.values(logs)]) expect(text).not.toContain(SECRET);
    expect(containersOf("weather_one")).toEqual([]);
  });

  it("runs a whole DAG: a failing task is retried as configured, stops its all_success dependents, lets all_done and one_failed run, writes the logs and exits 1", async () => {
    await project(
      "weather_dag",
      [
        "dag_id: weather_dag",
        "schedule: null",
        "defaults: {retries: 0, retry_delay: 1s}",
        "tasks:",
        "  extract: {command: [python3, -c, 'print(\"extracted\")']}",
        "  flaky:",
        "    command: [python3, -c, 'import sys; print(\"try failed\"); sys.exit(3)']",
        "    depends_on: [extract]",
        "    retries: 1",
        "  load: {command: [python3, -c, 'print(1)'], depends_on: [flaky]}",
        "  publish: {command: [python3, -c, 'print(1)'], depends_on: [load]}",
        "  report: {command: [python3, -c, 'print(\"report\")'], depends_on: [flaky], trigger_rule: all_done}",
        "  alert: {command: [python3, -c, 'print(\"alert\")'], depends_on: [flaky, extract], trigger_rule: one_failed}",
        "  cleanup: {command: [python3, -c, 'print(1)'], depends_on: [alert], trigger_rule: none_skipped}",
        "",
      ].join("\n"),
    );
    const result = await cli(["projects/weather_dag", "--at", "2024-05-09T06:00:00Z", "--parallel", "2"]);
    expect(result.code).toBe(1);
    const table = result.stderr.slice(result.stderr.indexOf("TASK"));
    const rows: Record<string, string> = Object.fromEntries(
      table
        .split("\n")
        .slice(1)
        .filter((line) => line.trim() && !line.startsWith("logs:"))
        .map((line) => [line.split(/\s+/)[0], line]),
    );
    expect(rows["extract"]).toMatch(/success\s+1\/1/);
    expect(rows["flaky"]).toMatch(/failed \(exit 3\)\s+2\/2/);
    expect(rows["load"]).toMatch(/upstream failed\s+-/);
    expect(rows["publish"]).toMatch(/upstream failed\s+-/);
    expect(rows["report"]).toMatch(/success\s+1\/1/);
    expect(rows["alert"]).toMatch(/success\s+1\/1/);
    expect(rows["cleanup"]).toMatch(/success\s+1\/1/);
    const logs = await logsOf("manual__2024-05-09T06:00:00+00:00");
    expect(logs["flaky.log"]?.match(/try failed/g)).toHaveLength(2);
    expect(logs["flaky.log"]).toContain("try 2 ended: exit code 3, task failed");
    expect(logs["report.log"]).toContain("report");
    expect(Object.keys(logs)).not.toContain("load.log");
    expect(containersOf("weather_dag")).toEqual([]);
  });

  it("Ctrl-C (SIGINT to the CLI) stops the running containers, says what ran and leaves no container behind", async () => {
    await project(
      "weather_stop",
      [
        "dag_id: weather_stop",
        "schedule: null",
        "tasks:",
        "  quick: {command: [python3, -c, 'print(1)']}",
        "  slow: {command: [sleep, '300'], depends_on: [quick]}",
        "",
      ].join("\n"),
    );
    const child = spawn(
      process.execPath,
      [
        "--import",
        import.meta.resolve("tsx"),
        resolve("src/cli-main.ts"),
        "run",
        "projects/weather_stop",
        "--network",
        "none",
        "--build-arg",
        `BASE_IMAGE=${env.pythonImage}`,
      ],
      { cwd: repo, stdio: ["ignore", "pipe", "pipe"] },
    );
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number>((done) => child.on("exit", (code) => done(code ?? -1)));
    for (let waited = 0; !/slow: running/.test(stderr) || containersOf("weather_stop").length === 0; waited += 200) {
      if (waited > 90_000) throw new Error(`slow never started:\n${stderr}`);
      await new Promise((done) => setTimeout(done, 200));
    }
    await new Promise((done) => setTimeout(done, 500));
    child.kill("SIGINT");
    expect(await exited).toBe(130);
    expect(stderr).toContain("interrupted: stopped and removed the containers of slow");
    expect(stderr).toMatch(/quick\s+success/);
    expect(stderr).toMatch(/slow\s+interrupted/);
    expect(containersOf("weather_stop")).toEqual([]);
  });

  it("a template outside the supported subset is an error naming the task, field and column; nothing runs", async () => {
    await project(
      "weather_bad",
      ["dag_id: weather_bad", "schedule: null", "tasks:", "  t: {command: [python3], args: ['--day', 'x {{ var.value.day }}']}", ""].join("\n"),
    );
    const result = await cli(["projects/weather_bad", "--dry-run"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`task "t", args[1], column 3 ({{ var.value.day }}): 'var' is not available in local runs`);
    expect(containersOf("weather_bad")).toEqual([]);
  });
});
