import { describe, expect, it } from "vitest";
import type { ActionIo } from "../../src/action.js";
import { MATRIX_LIMIT, planJob } from "../../src/action/fan-out.js";
import type { RunScope } from "../../src/action/context.js";
import type { DeployPlan, DryRunPlan, RunPlan } from "../../src/github/event.js";
import { buildJobOutputs, planJobOutputs } from "../../src/github/outputs.js";
import { MemoryLogger } from "../../src/log.js";
import { memoryState } from "./harness.js";

const deploy: DeployPlan = { kind: "deploy", why: "push to main", compare: { kind: "all", why: "every project" } };
const dryRun: DryRunPlan = { kind: "dry-run", why: "pull request #3: a dry run", compare: { kind: "all", why: "every project" } };
const release: RunPlan = { kind: "release", why: "tag v1", tag: "v1" };
const skip: RunPlan = { kind: "skip", why: "deleted" };

describe("the plan job's outputs", () => {
  const cases: [string, RunPlan, string[], string, string][] = [
    ["a deploy with changed projects", deploy, ["sales", "weather"], '{"project":["sales","weather"]}', "true"],
    ["a deploy with none changed", deploy, [], '{"project":[]}', "false"],
    ["a dry run", dryRun, ["sales"], '{"project":["sales"]}', "false"],
    ["a release", release, ["sales", "weather"], '{"project":["sales","weather"]}', "false"],
    ["a skipped run", skip, [], '{"project":[]}', "false"],
  ];
  it.each(cases)("%s", (_, plan, changed, matrix, buildNeeded) => {
    const outputs = planJobOutputs({ plan, changed, changedWhy: "why" });
    expect(outputs).toMatchObject({ matrix, "build-needed": buildNeeded, "changed-projects": JSON.stringify(changed), images: "{}", dags: "[]" });
    expect(JSON.parse(outputs.plan)).toMatchObject({ mode: plan.kind, changedProjects: changed });
  });

  it("a deploy to an environment that promotes from another has nothing to build, whatever changed", () => {
    const outputs = planJobOutputs({ plan: deploy, changed: ["sales"], changedWhy: "why" }, "dev");
    expect(outputs).toMatchObject({ matrix: '{"project":["sales"]}', "build-needed": "false" });
  });
});

describe("a build job's outputs", () => {
  it("its image, alone and as the images object the deploy job's digests merge", () => {
    const reference = `r.example/etl/sales@sha256:${"a".repeat(64)}`;
    expect(buildJobOutputs({ plan: deploy, changed: ["sales"], changedWhy: "" }, "sales", reference)).toMatchObject({
      image: reference,
      images: JSON.stringify({ sales: reference }),
      "changed-projects": '["sales"]',
    });
    expect(buildJobOutputs({ plan: dryRun, changed: ["sales"], changedWhy: "" }, "sales", undefined)).toMatchObject({ image: "", images: "{}" });
  });
});

describe("the plan job", () => {
  function io(outputs: Map<string, string>): ActionIo {
    return {
      env: {},
      log: new MemoryLogger(),
      getInput: () => "",
      setOutput: (name, value) => void outputs.set(name, value),
      summary: async () => undefined,
      annotate: () => undefined,
      getIdToken: () => Promise.reject(new Error("no OIDC")),
      fetch,
      state: memoryState(),
    };
  }
  const scope = (count: number): RunScope => {
    const names = Array.from({ length: count }, (_, index) => `p${index}`);
    return {
      discovered: [],
      projects: names.map((name) => ({ name, path: name })),
      inScope: names,
      changed: { names, all: true, why: "first push" },
      toRun: names,
    };
  };

  it(`refuses more changed projects than a matrix holds (${MATRIX_LIMIT}) before writing any output`, async () => {
    const outputs = new Map<string, string>();
    await expect(planJob(io(outputs), deploy, scope(MATRIX_LIMIT + 1))).rejects.toThrow(
      /^257 projects changed, more than the 256 jobs a GitHub Actions matrix can hold: deploy this push with the single-job workflow/,
    );
    expect(outputs.size).toBe(0);
    await planJob(io(outputs), deploy, scope(MATRIX_LIMIT));
    expect((JSON.parse(outputs.get("matrix") ?? "{}") as { project: string[] }).project).toHaveLength(MATRIX_LIMIT);
    // A dry run builds nothing, so it lists any number.
    outputs.clear();
    await planJob(io(outputs), dryRun, scope(MATRIX_LIMIT + 1));
    expect(outputs.get("build-needed")).toBe("false");
  });
});
