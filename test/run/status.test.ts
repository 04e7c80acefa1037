import { describe, expect, test } from "vitest";
import { eventLine, formatDuration, statusLine, summaryTable, TtyReporter, type TaskRow } from "../../src/run/status.js";

const rows: TaskRow[] = [
  { taskId: "extract", state: "success", tries: 1, maxTries: 3, durationMs: 1234 },
  { taskId: "flaky", state: "failed", tries: 2, maxTries: 2, durationMs: 61_000, exitCode: 3 },
  { taskId: "load", state: "upstream_failed", tries: 0, maxTries: 1, durationMs: 0 },
  { taskId: "never", state: "none", tries: 0, maxTries: 1, durationMs: 0 },
];

describe("run status", () => {
  test("summary table: task, state, tries, duration", () => {
    expect(summaryTable(rows)).toBe(
      [
        "TASK     STATE            TRIES  DURATION",
        "extract  success          1/3    1.2s",
        "flaky    failed (exit 3)  2/2    1m01s",
        "load     upstream failed  -      -",
        "never    not run          -      -",
      ].join("\n"),
    );
  });
  test.each([
    [850, "850ms"],
    [12_340, "12.3s"],
    [245_000, "4m05s"],
    [3_720_000, "1h02m"],
  ])("%d ms -> %s", (ms, text) => expect(formatDuration(ms)).toBe(text));
  test("a live line shows the running time of the current try", () => {
    expect(statusLine({ taskId: "load", state: "running", tries: 2, maxTries: 3, durationMs: 0, startedAt: 10_000 }, 15_500, 6)).toBe(
      "> load    running try 2/3 5.5s",
    );
  });
  test("plain event lines", () => {
    expect(eventLine(rows[1] as TaskRow, "finished")).toBe("flaky: failed after 1m01s, exit code 3");
    expect(eventLine(rows[2] as TaskRow, "settled")).toBe("load: upstream failed (trigger rule)");
  });
  test("the terminal block is redrawn in place: cursor up by the lines drawn, each line cleared", () => {
    let out = "";
    const reporter = new TtyReporter(
      (text) => (out += text),
      () => 0,
    );
    reporter.update(rows.slice(0, 2));
    reporter.update(rows.slice(0, 2));
    expect(out).toBe(
      "\x1b[2K+ extract  success try 1/3\n\x1b[2Kx flaky    failed try 2/2\n\x1b[2A\x1b[2K+ extract  success try 1/3\n\x1b[2Kx flaky    failed try 2/2\n",
    );
  });
});
