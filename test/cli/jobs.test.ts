import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseJobs } from "../../src/cli-args.js";
import { main } from "../../src/cli.js";

async function run(args: string[]) {
  let stderr = "";
  const cwd = mkdtempSync(join(tmpdir(), "dagship-jobs-"));
  const code = await main(args, { cwd, stdout: () => undefined, stderr: (text) => (stderr += text) });
  return { code, stderr };
}

describe("--jobs", () => {
  it.each([
    ["1", 1],
    ["6", 6],
    [" 12 ", 12],
  ])("reads %j as %i", (text, jobs) => {
    expect(parseJobs(text)).toBe(jobs);
  });

  it.each(["0", "-2", "2.5", "1e3", "0x4", "four", "", "99999999999999999999"])("refuses %j with what it expects", (text) => {
    expect(() => parseJobs(text)).toThrow(`--jobs must be a positive integer (image builds at once, e.g. --jobs 4), not "${text}"`);
  });

  it.each(["deploy", "plan"])("dagship %s refuses a bad --jobs before doing anything (exit 1)", async (command) => {
    const { code, stderr } = await run([command, "--jobs", "0"]);
    expect(code).toBe(1);
    expect(stderr).toBe('dagship: --jobs must be a positive integer (image builds at once, e.g. --jobs 4), not "0"\n');
  });

  it("is listed in the help", async () => {
    let stdout = "";
    await main(["--help"], { cwd: tmpdir(), stdout: (text) => (stdout += text), stderr: () => undefined });
    expect(stdout).toMatch(/--jobs N +image builds at once \(default: the number of CPUs\)/);
  });
});
