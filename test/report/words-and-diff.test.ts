import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { describeCron, describeSchedule } from "../../src/report/cron-words.js";
import { unifiedDiff } from "../../src/report/diff.js";

describe("cron in words", () => {
  const table: [string, string][] = [
    ["0 6 * * *", "at 06:00, every day"],
    ["30 2 * * 1-5", "at 02:30, on Monday through Friday"],
    ["0 0 * * 0", "at 00:00, on Sunday"],
    ["0 0 * * 7", "at 00:00, on Sunday"],
    ["0 9 * * MON,THU", "at 09:00, on Monday and Thursday"],
    ["*/15 * * * *", "every 15 minutes"],
    ["* * * * *", "every minute"],
    ["0 * * * *", "at minute 0 of every hour"],
    ["5,35 * * * *", "at minutes 5 and 35 of every hour"],
    ["0 */2 * * *", "at minute 0 of every 2nd hour"],
    ["0 9-17 * * 1-5", "at minute 0 past hours 09:00 through 17:00, on Monday through Friday"],
    ["0 6,18 * * *", "at 06:00 and 18:00, every day"],
    ["0 0 1 * *", "at 00:00, on day 1 of the month"],
    ["0 0 1,15 * *", "at 00:00, on days 1 and 15 of the month"],
    ["0 0 1 */3 *", "at 00:00, on day 1 of the month, in January, April, July and October"],
    ["0 0 1 1 *", "at 00:00, on day 1 of the month, in January"],
    ["0 12 * JAN-MAR *", "at 12:00, every day, in January through March"],
    ["0 0 13 * 5", "at 00:00, on day 13 of the month or on Friday"],
    ["15 3 */2 * *", "at 03:15, every 2nd day of the month"],
  ];
  it.each(table)("%s -> %s", (expression, words) => {
    expect(describeCron(expression)).toBe(words);
  });

  it("quotes what it cannot read instead of guessing", () => {
    expect(describeCron("0 6 * *")).toBe('cron "0 6 * *"');
    expect(describeCron("0 6 * * FOO")).toBe('cron "0 6 * * FOO"');
  });

  it("names presets, manual and one-off schedules, with the time zone", () => {
    expect(describeSchedule({ kind: "cron", expression: "0 0 * * *", written: "@daily" }, "UTC")).toBe("@daily: at 00:00, every day (UTC)");
    expect(describeSchedule({ kind: "cron", expression: "0 6 * * 1-5", written: "0 6 * * 1-5" }, "Europe/Berlin")).toBe(
      "at 06:00, on Monday through Friday (Europe/Berlin)",
    );
    expect(describeSchedule({ kind: "none" }, "UTC")).toBe("no schedule: runs only when triggered");
    expect(describeSchedule({ kind: "once" }, "UTC")).toBe("once, at the start date");
    expect(describeSchedule({ kind: "assets", mode: "all", uris: ["gs://lake/a", "gs://lake/b"] }, "UTC")).toBe(
      "when every one of gs://lake/a, gs://lake/b has been updated (asset schedule)",
    );
    expect(describeSchedule({ kind: "assets", mode: "any", uris: ["gs://lake/a"] }, "UTC")).toBe("when any of gs://lake/a has been updated (asset schedule)");
  });
});

function gitApply(before: string, diff: string): string {
  const dir = mkdtempSync(join(tmpdir(), "dagship-diff-"));
  writeFileSync(join(dir, "file.py"), before);
  writeFileSync(join(dir, "patch.diff"), diff.replace(/^--- .*$/m, "--- a/file.py").replace(/^\+\+\+ .*$/m, "+++ b/file.py"));
  execFileSync("git", ["apply", "--unidiff-zero", "patch.diff"], { cwd: dir });
  return readFileSync(join(dir, "file.py"), "utf8");
}

describe("unified diff", () => {
  it("is empty for equal texts", () => {
    expect(unifiedDiff("a\nb\n", "a\nb\n", { before: "x", after: "y" })).toEqual({ text: "", added: 0, removed: 0 });
  });

  it("prints hunks with context that git can apply", () => {
    const before = Array.from({ length: 30 }, (_, i) => `line ${i}`).join("\n") + "\n";
    const lines = before.split("\n");
    lines[3] = "changed 3";
    lines[25] = "changed 25";
    lines.splice(15, 0, "inserted");
    const after = lines.join("\n");
    const diff = unifiedDiff(before, after, { before: "deployed/x.py", after: "rendered/x.py" });
    expect(diff.added).toBe(3);
    expect(diff.removed).toBe(2);
    expect(diff.text).toContain(
      "--- deployed/x.py\n+++ rendered/x.py\n@@ -1,7 +1,7 @@\n line 0\n line 1\n line 2\n-line 3\n+changed 3\n line 4\n line 5\n line 6\n@@ -13,6 +13,7 @@\n",
    );
    expect(diff.text.match(/^@@/gm)).toHaveLength(3);
    expect(gitApply(before, diff.text)).toBe(after);
  });

  it("diffs new and deleted files against nothing", () => {
    expect(unifiedDiff("", "a\nb\n", { before: "/dev/null", after: "x" }).text).toBe("--- /dev/null\n+++ x\n@@ -0,0 +1,2 @@\n+a\n+b\n");
    expect(unifiedDiff("a\n", "", { before: "x", after: "/dev/null" }).text).toBe("--- x\n+++ /dev/null\n@@ -1,1 +0,0 @@\n-a\n");
  });

  it("finds a minimal diff of a 2,000-task DAG fast, and git applies it", () => {
    const task = (i: number, sha: string) =>
      [`    t${i} = KubernetesPodOperator(`, `        task_id='t${i}',`, `        labels={'dagship.io/git-sha': '${sha}'},`, "    )"].join("\n");
    const before = Array.from({ length: 2000 }, (_, i) => task(i, "aaa")).join("\n") + "\n";
    const after = Array.from({ length: 2000 }, (_, i) => task(i, i % 100 === 0 ? "bbb" : "aaa")).join("\n") + "\n";
    const started = performance.now();
    const diff = unifiedDiff(before, after, { before: "a", after: "b" });
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(diff.added).toBe(20);
    expect(diff.removed).toBe(20);
    expect(gitApply(before, diff.text)).toBe(after);
  });

  it("repeated identical lines (no unique anchors) still diff correctly", () => {
    const before = "x\nx\nx\ny\nx\n";
    const after = "x\ny\nx\nx\nx\n";
    expect(gitApply(before, unifiedDiff(before, after, { before: "a", after: "b" }).text)).toBe(after);
  });
});
