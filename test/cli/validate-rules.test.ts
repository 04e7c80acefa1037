import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli.js";

interface Report {
  ok: boolean;
  profile: string;
  files: { file: string; problems: { line: number; column: number; message: string; severity: string }[] }[];
}

const DAG = [
  "timezone: europe/paris",
  'schedule: "0 0 30 2 *"',
  "start_date: 2024-01-01",
  "dagrun_timeout: 1000000000d",
  "tasks:",
  "  load:",
  "    image: python:3.12-slim",
  '    args: ["--day={{ dss }}", "{{ params.region }"]',
  '    matrix: [1, "1"]',
  "    service_account: etl-runner",
  "    resources: {cpu: 64}",
  "",
].join("\n");

async function validateJson(args: string[]): Promise<{ code: number; report: Report }> {
  const root = mkdtempSync(join(tmpdir(), "dagship-rules-"));
  mkdirSync(join(root, "projects", "sales"), { recursive: true });
  writeFileSync(join(root, "projects", "sales", "dag.yaml"), DAG);
  let stdout = "";
  const code = await main(["validate", "--json", ...args], { cwd: root, stdout: (text) => (stdout += text), stderr: () => undefined });
  return { code, report: JSON.parse(stdout) as Report };
}

describe("dagship validate --json reports the v1.1 rules with positions", () => {
  it("Composer 3, Airflow 2: every problem of the file, located, warnings marked", async () => {
    const { code, report } = await validateJson(["--composer", "3"]);
    expect(code).toBe(1);
    expect(report.ok).toBe(false);
    const problems = report.files[0]?.problems.map(({ line, column, severity, message }) => [line, column, severity, message.split(":")[0]]);
    expect(problems).toEqual([
      [1, 11, "error", "timezone"],
      [2, 16, "error", 'the cron expression "0 0 30 2 *" never fires'],
      [4, 17, "error", "dagrun_timeout"],
      [7, 12, "warning", "tasks.load.image"],
      [8, 22, "error", "tasks.load.args[0]"],
      [8, 49, "error", "tasks.load.args[1]"],
      [9, 17, "error", 'matrix values 1 and "1" of task "load" both give the task id "load_1"'],
      [10, 5, "error", "service_account is not allowed on Composer 3"],
      [11, 22, "error", "tasks.load.resources.cpu"],
    ]);
  });

  it("plain Kubernetes drops the Composer and Autopilot rules and keeps the Airflow ones", async () => {
    const { report } = await validateJson(["--composer", "none", "--airflow", "3"]);
    expect(report.profile).toBe("kubernetes-airflow-3");
    const messages = report.files[0]?.problems.map((problem) => problem.message) ?? [];
    expect(messages.some((message) => message.includes("Composer"))).toBe(false);
    expect(messages.some((message) => message.includes("Autopilot"))).toBe(false);
    expect(messages.filter((message) => message.includes('"dss"'))).toHaveLength(1);
  });
});
