import { describe, expect, it } from "vitest";
import { runDeployOptions, type RunContext } from "../../src/action/context.js";
import { InputError, readSettings, type InputName } from "../../src/github/inputs.js";

const GOOD: Partial<Record<InputName, string>> = { registry: "us-central1-docker.pkg.dev/acme/etl", "dags-destination": "gs://acme-composer/dags" };

function settingsWith(jobs: string | undefined) {
  const all: Partial<Record<InputName, string>> = { ...GOOD, ...(jobs === undefined ? {} : { jobs }) };
  return readSettings((name) => all[name] ?? "", "/home/runner/work/etl/etl");
}

describe('action input "jobs"', () => {
  it.each([
    [undefined, undefined],
    ["", undefined],
    ["  ", undefined],
    ["1", 1],
    ["8", 8],
    [" 3\n", 3],
  ])("%j -> %j (undefined: the runner's CPU count)", (raw, jobs) => {
    expect(settingsWith(raw).jobs).toBe(jobs);
  });

  it.each(["0", "-1", "2.5", "1e2", "auto", "0x10", "4 jobs"])("refuses %j, naming the input", (raw) => {
    let thrown: unknown;
    try {
      settingsWith(raw);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InputError);
    expect((thrown as InputError).input).toBe("jobs");
    expect((thrown as InputError).message).toBe(
      `input "jobs": expected a positive integer (image builds at once), or nothing for the runner's CPU count; got ${JSON.stringify(raw)}`,
    );
  });
});

describe("the jobs setting reaches the deploy", () => {
  // Only the parts of a run's context that runDeployOptions reads.
  const contextWith = (jobs: string): RunContext =>
    ({
      settings: settingsWith(jobs),
      repoName: "etl",
      toRun: ["sales"],
      changed: { names: ["sales"], all: false, why: "changed" },
      discovered: [],
    }) as unknown as RunContext;
  const plan = { kind: "deploy", why: "push to main", compare: { kind: "all", why: "first push" } } as const;

  it("as the deploy's jobs, or none for the CPU count", () => {
    const settings = settingsWith("3");
    const target = { destination: settings.destination.parsed, registry: settings.registry };
    expect(runDeployOptions(contextWith("3"), plan, target).jobs).toBe(3);
    expect(runDeployOptions(contextWith(""), plan, target)).not.toHaveProperty("jobs");
  });
});
