/**
 * The size of a DAG: caps on tasks and edges after matrix expansion (exact messages), and
 * validation of very large files completing (their speed is measured in bench/validate.bench.ts).
 */
import { describe, expect, it } from "vitest";
import { formatProblem } from "../../src/errors.js";
import { PROFILES, type Profile } from "../../src/profile.js";
import { compileSpec } from "../../src/dagfile/index.js";
import { MAX_EDGES_PER_DAG, MAX_TASKS_PER_DAG } from "../../src/dagfile/check-size.js";

const F = "projects/fan/dag.yaml";
const profile = PROFILES["composer-3-airflow-2"] as Profile;

const compile = (text: string) => compileSpec(F, text, "fan", { profile });
const messages = (text: string) => compile(text).problems.map(formatProblem);
const values = (count: number, prefix = "v") => Array.from({ length: count }, (_, index) => `${prefix}${index}`).join(", ");
const matrixTask = (name: string, count: number, dependsOn?: string) =>
  `  ${name}:\n    command: [run, "\${matrix}"]\n    matrix: [${values(count)}]\n${dependsOn ? `    depends_on: [${dependsOn}]\n` : ""}`;

const TASKS_FIX = "Split the work into several DAGs (linked by assets), or fan out inside a task.";

describe("the task cap", () => {
  it("is 5,000 tasks", () => {
    expect(MAX_TASKS_PER_DAG).toBe(5_000);
  });

  it("accepts exactly 5,000 tasks, and normalises every one of them", () => {
    const result = compile(`tasks:\n${matrixTask("fan", 4_999)}  after:\n    command: [run]\n    depends_on: [fan]\n`);
    expect(result.problems).toEqual([]);
    expect(result.ok && result.dag.tasks.length).toBe(5_000);
    expect(result.ok && result.dag.edges.length).toBe(4_999);
  });

  it("refuses 5,001 tasks, at the largest matrix", () => {
    expect(messages(`tasks:\n${matrixTask("fan", 5_000)}  after:\n    command: [run]\n`)).toEqual([
      `${F}:4:13: this DAG has 5,001 tasks after matrix expansion, more than the 5,000 a DAG may have: Airflow's scheduler slows down beyond a few thousand tasks in one DAG and fails to store one of ten thousand. ${TASKS_FIX} The largest matrix: tasks.fan (5,000 values).`,
    ]);
  });

  it("counts tasks without a matrix too, and points at tasks: when no matrix is to blame", () => {
    const tasks = Array.from({ length: 5_001 }, (_, index) => `  t${index}: {command: [run]}`).join("\n");
    expect(messages(`tasks:\n${tasks}\n`)).toEqual([
      `${F}:1:1: this DAG has 5,001 tasks after matrix expansion, more than the 5,000 a DAG may have: Airflow's scheduler slows down beyond a few thousand tasks in one DAG and fails to store one of ten thousand. ${TASKS_FIX}`,
    ]);
  });
});

describe("the edge cap", () => {
  it("is 25,000 edges", () => {
    expect(MAX_EDGES_PER_DAG).toBe(25_000);
  });

  it("accepts exactly 25,000 edges (125 x 200)", () => {
    const result = compile(`tasks:\n${matrixTask("a", 125)}${matrixTask("b", 200, "a")}`);
    expect(result.problems).toEqual([]);
    expect(result.ok && result.dag.edges.length).toBe(25_000);
  });

  it("refuses a matrix depending on a matrix beyond it, at that depends_on entry, and says how to join them", () => {
    expect(messages(`tasks:\n${matrixTask("a", 200)}${matrixTask("b", 200, "a")}`)).toEqual([
      `${F}:8:18: this DAG has 40,000 dependencies after matrix expansion, more than the 25,000 a DAG may have: each one is checked by Airflow's scheduler on every pass. The most: tasks.b depends on tasks.a (200 x 200 = 40,000). Put one task between two matrices (a join) instead of making every task of one depend on every task of the other.`,
    ]);
  });
});

describe("very large files", () => {
  it("a 100,000-value matrix validates to completion and counts its 100,001 tasks and 100,000 edges", () => {
    const text = `tasks:\n${matrixTask("fan", 100_000)}  after:\n    command: [run]\n    depends_on: [fan]\n`;
    expect(messages(text)).toEqual([
      `${F}:4:13: this DAG has 100,001 tasks after matrix expansion, more than the 5,000 a DAG may have: Airflow's scheduler slows down beyond a few thousand tasks in one DAG and fails to store one of ten thousand. ${TASKS_FIX} The largest matrix: tasks.fan (100,000 values).`,
      `${F}:7:18: this DAG has 100,000 dependencies after matrix expansion, more than the 25,000 a DAG may have: each one is checked by Airflow's scheduler on every pass. The most: tasks.after depends on tasks.fan (1 x 100,000 = 100,000). ${TASKS_FIX}`,
    ]);
  });

  it("a repeated value at the end of a 100,000-value matrix is pointed at where it repeats", () => {
    const list = `${values(99_999)}, v0`;
    const text = `tasks:\n  fan:\n    command: [run]\n    matrix: [${list}]\n`;
    const column = "    matrix: [".length + list.length - "v0".length + 1;
    expect(messages(text)).toContain(`${F}:4:${column}: tasks.fan.matrix: items 99999 and 0 are the same; list each once.`);
  });
});

describe("messages stay linear in the file", () => {
  it("lists at most 20 task names, and says how many there are", () => {
    const tasks = Array.from({ length: 25 }, (_, index) => `  t${index}: {command: [run]}`).join("\n");
    const names = Array.from({ length: 20 }, (_, index) => `t${index}`).join(", ");
    expect(messages(`tasks:\n${tasks}\n  last:\n    command: [run]\n    depends_on: [t30]\n`)).toEqual([
      `${F}:29:18: depends_on: unknown task "t30". Did you mean "t0"? Tasks in this file: ${names}, … (26 in all).`,
    ]);
  });

  it("thousands of unknown references are all reported; suggestions stop once they would cost more than the rest of the file", () => {
    const tasks = Array.from({ length: 3_000 }, (_, index) => `  task_${index}: {command: [run], depends_on: [tsak_${index}]}`).join("\n");
    const problems = messages(`tasks:\n${tasks}\n`);
    expect(problems).toHaveLength(3_000);
    expect(problems[0]).toBe(
      `${F}:2:41: depends_on: unknown task "tsak_0". Did you mean "task_0"? Tasks in this file: ${Array.from({ length: 20 }, (_, index) => `task_${index}`).join(", ")}, … (3,000 in all).`,
    );
    expect(problems[2_999]).toBe(
      `${F}:3001:44: depends_on: unknown task "tsak_2999". Tasks in this file: ${Array.from({ length: 20 }, (_, index) => `task_${index}`).join(", ")}, … (3,000 in all).`,
    );
  });
});

describe("any document shape", () => {
  it.each(["tasks:\n  a:\n", "tasks:\n  a: ~\n  b: [1]\n  c: 3\n", "tasks: [a]\n", "- 1\n"])("counts %j without failing", (text) => {
    expect(() => compile(text)).not.toThrow();
  });
});
