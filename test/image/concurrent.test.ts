/**
 * The concurrent image phase's own guarantees, without Docker: each project's log written whole
 * as its own group however the projects' writes interleave in time, every outcome in input order
 * with failures collected, masking kept, and the limits it resolves. The real daemon and registry
 * are in concurrent.integration.test.ts.
 */
import { describe, expect, it } from "vitest";
import { UserError } from "../../src/errors.js";
import { imageJobLimits, runImageJobs, valuesOrThrow } from "../../src/image/concurrent.js";
import { type Logger, MemoryLogger, routedLogger } from "../../src/log.js";
import { sleep } from "../../src/util/async.js";

const PROJECTS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta"];

/** The lines of each group `== TITLE` in `lines`, and the titles in the order written. */
function groups(lines: readonly string[]): { order: string[]; bodies: Map<string, string[]> } {
  const order: string[] = [];
  const bodies = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of lines) {
    if (line.startsWith("images of ") && current === undefined) continue;
    const title = /^== (Image of .*)$/.exec(line)?.[1];
    if (title !== undefined) {
      order.push(title);
      current = [];
      bodies.set(title, current);
    } else {
      if (current === undefined) throw new Error(`line outside every group: ${line}`);
      current.push(line);
    }
  }
  return { order, bodies };
}

/** What project `name` writes, with a pause after every line so that projects' writes interleave in time. */
async function chattyJob(name: string, index: number, log: Logger): Promise<string> {
  const pause = () => sleep(((index * 7) % 5) + 1);
  log.info(`${name} 1`);
  await pause();
  await log.group(`docker build ${name}`, async () => {
    for (let step = 1; step <= 3; step++) {
      log.info(`${name} build ${step}`);
      await pause();
    }
  });
  log.debug(`${name} 2`);
  await pause();
  log.warn(`${name} 3`);
  return `${name}-image`;
}

function expectedBody(name: string): string[] {
  return [`${name} 1`, `== docker build ${name}`, `${name} build 1`, `${name} build 2`, `${name} build 3`, `debug: ${name} 2`, `warning: ${name} 3`];
}

describe("runImageJobs", () => {
  it.each([1, 2, 3, 6])("with jobs %i, writes each project's log whole, as its own group, outcomes in input order", async (jobs) => {
    const log = new MemoryLogger();
    const outcomes = await runImageJobs(PROJECTS, undefined, { log, jobs }, (name, index, scope) => chattyJob(name, index, scope.log));

    expect(outcomes).toEqual(PROJECTS.map((project) => ({ project, ok: true, value: `${project}-image` })));
    const { order, bodies } = groups(log.lines);
    expect([...order].sort()).toEqual(PROJECTS.map((name) => `Image of ${name}`).sort());
    for (const name of PROJECTS) expect(bodies.get(`Image of ${name}`), name).toEqual(expectedBody(name));
  });

  it("writes one whole group per project when they all finish at the same moment", async () => {
    const log = new MemoryLogger();
    let open: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const run = runImageJobs(PROJECTS, undefined, { log, jobs: PROJECTS.length }, async (name, _index, scope) => {
      await scope.log.group(`docker build ${name}`, async () => {
        scope.log.info(`${name} build 1`);
        await gate;
        scope.log.info(`${name} build 2`);
      });
      await scope.log.group(`docker push ${name}`, async () => scope.log.info(`${name} pushed`));
    });
    await sleep(5);
    open();
    await run;
    const { bodies } = groups(log.lines);
    for (const name of PROJECTS) {
      expect(bodies.get(`Image of ${name}`), name).toEqual([
        `== docker build ${name}`,
        `${name} build 1`,
        `${name} build 2`,
        `== docker push ${name}`,
        `${name} pushed`,
      ]);
    }
  });

  it("writes a group when its project finishes, not in input order", async () => {
    const log = new MemoryLogger();
    const durations: Record<string, number> = { slow: 60, quick: 1, middle: 25 };
    await runImageJobs(Object.keys(durations), undefined, { log, jobs: 3 }, async (name, _index, scope) => {
      await sleep(durations[name] ?? 0);
      scope.log.info(`${name} done`);
    });
    expect(log.lines).toEqual([
      "images of 3 projects: up to 3 builds and 3 pushes at once; each project's log follows when it is done",
      "== Image of quick",
      "quick done",
      "== Image of middle",
      "middle done",
      "== Image of slow",
      "slow done",
    ]);
  });

  it("keeps building after a failure, and reports every project's outcome in input order", async () => {
    const log = new MemoryLogger();
    const outcomes = await runImageJobs(PROJECTS, undefined, { log, jobs: 2 }, async (name, index, scope) => {
      const value = await chattyJob(name, index, scope.log);
      if (name === "alpha" || name === "delta") throw new UserError(`${name}: docker build failed at step 2/3: RUN false`);
      return value;
    });

    expect(outcomes.map((outcome) => [outcome.project, outcome.ok])).toEqual(PROJECTS.map((name) => [name, name !== "alpha" && name !== "delta"]));
    const { bodies } = groups(log.lines);
    expect(bodies.get("Image of alpha: failed")).toEqual([...expectedBody("alpha"), "failed: alpha: docker build failed at step 2/3: RUN false"]);
    expect(bodies.get("Image of zeta")).toEqual(expectedBody("zeta"));

    let thrown: unknown;
    try {
      valuesOrThrow(outcomes, (value) => `built ${value}`);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UserError);
    expect((thrown as Error).message).toBe(
      [
        "the image of 2 of 6 project(s) failed; every project's outcome:",
        "  alpha: FAILED: alpha: docker build failed at step 2/3: RUN false",
        "  beta: built beta-image",
        "  gamma: built gamma-image",
        "  delta: FAILED: delta: docker build failed at step 2/3: RUN false",
        "  epsilon: built epsilon-image",
        "  zeta: built zeta-image",
      ].join("\n"),
    );
  });

  it("reports a failure that is not the user's to fix as an internal error, still listing every project", () => {
    const bug = new TypeError("x is undefined");
    const outcomes = [
      { project: "a", ok: true as const, value: 1 },
      { project: "b", ok: false as const, error: bug },
    ];
    expect(() => valuesOrThrow(outcomes, String)).toThrow(expect.not.objectContaining({ name: "UserError" }));
    expect(() => valuesOrThrow(outcomes, String)).toThrow("  a: 1\n  b: FAILED: x is undefined");
    expect(valuesOrThrow([{ project: "a", ok: true, value: 1 }], String)).toEqual([1]);
  });

  it("routes what shared collaborators log into the group of the project they work for", async () => {
    const log = new MemoryLogger();
    // One collaborator for every project, as the docker CLI and the credential source are.
    const shared = routedLogger(log);
    const collaborator = async (name: string): Promise<void> => {
      shared.debug(`running docker build for ${name}`);
      await sleep(name.length);
      shared.info(`pushed ${name}`);
    };
    await runImageJobs(["ab", "abcd", "abc"], undefined, { log, jobs: 3 }, async (name, _index, scope) => {
      scope.log.info(`${name} starts`);
      await collaborator(name);
    });
    const { bodies } = groups(log.lines);
    for (const name of ["ab", "abc", "abcd"])
      expect(bodies.get(`Image of ${name}`)).toEqual([`${name} starts`, `debug: running docker build for ${name}`, `pushed ${name}`]);
    shared.info("after the run");
    expect(log.lines.at(-1)).toBe("after the run");
  });

  it("masks a secret in every buffered line, those recorded before it was registered included", async () => {
    const log = new MemoryLogger();
    const secret = "s3cr3t-token";
    await runImageJobs(["other", "late"], undefined, { log, jobs: 2 }, async (name, _index, scope) => {
      if (name === "other") {
        // Recorded before "late" registers the secret, written after.
        scope.log.info(`other sees ${secret}`);
        await sleep(40);
        return;
      }
      scope.log.info(`before the mask: ${secret}`);
      await sleep(5);
      scope.log.mask(secret);
      scope.log.info(`after the mask: ${secret}`);
    });
    expect(log.lines.join("\n")).not.toContain(secret);
    expect(log.lines).toContain("before the mask: ***");
    expect(log.lines).toContain("after the mask: ***");
    expect(log.lines).toContain("other sees ***");
  });
});

describe("imageJobLimits", () => {
  it.each([
    { options: {}, cpus: 8, expected: { jobs: 8, pushes: 4, projects: 12 } },
    { options: {}, cpus: 2, expected: { jobs: 2, pushes: 2, projects: 4 } },
    { options: { jobs: 1 }, cpus: 16, expected: { jobs: 1, pushes: 1, projects: 2 } },
    { options: { jobs: 6 }, cpus: 2, expected: { jobs: 6, pushes: 4, projects: 10 } },
    { options: { jobs: 6, pushes: 1 }, cpus: 2, expected: { jobs: 6, pushes: 1, projects: 7 } },
  ])("$options on $cpus CPUs -> $expected", ({ options, cpus, expected }) => {
    expect(imageJobLimits(options, cpus)).toEqual(expected);
  });

  it("refuses a limit that is not a positive integer when the run starts", async () => {
    await expect(runImageJobs(["a"], undefined, { log: new MemoryLogger(), jobs: 0 }, () => Promise.resolve(1))).rejects.toThrow(RangeError);
  });
});
