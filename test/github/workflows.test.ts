import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const ROOT = new URL("../..", import.meta.url).pathname;
const WORKFLOWS = join(ROOT, ".github/workflows");

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, { inputs?: Record<string, unknown>; outputs?: Record<string, unknown> } | null>;
  jobs: Record<string, { steps: Step[] }>;
}

/** Inputs only the fan-out's jobs pass, each from its own job: not inputs of a reusable workflow. */
const FAN_OUT_INPUTS = ["project", "digests"];
/** Outputs of the fan-out's plan and build jobs, which its deploy job reads (not the workflow's outputs). */
const FAN_OUT_OUTPUTS = ["matrix", "build-needed", "image"];

function workflow(name: string): Workflow {
  return parse(readFileSync(join(WORKFLOWS, name), "utf8")) as Workflow;
}

describe("this repository's workflows", () => {
  it("all parse, and CI runs the README's test command", () => {
    expect(readdirSync(WORKFLOWS).sort()).toEqual(["ci.yml", "dagship-fanout.yml", "dagship.yml", "dist.yml", "e2e.yml", "release.yml"]);
    for (const name of readdirSync(WORKFLOWS)) expect(() => workflow(name), name).not.toThrow();
    expect(workflow("ci.yml").jobs["test"]?.steps.some((step) => step.run?.includes("bash .ci/run"))).toBe(true);
  });

  it("the reusable workflow takes every input of action.yml and hands each to the action", () => {
    const action = parse(readFileSync(join(ROOT, "action.yml"), "utf8")) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };
    const reusable = workflow("dagship.yml");
    const call = reusable.on["workflow_call"];
    const step = reusable.jobs["dagship"]?.steps.find((candidate) => candidate.uses?.startsWith("dagship/dagship@"));
    expect(step?.uses).toBe("dagship/dagship@v1");
    for (const input of Object.keys(action.inputs).filter((name) => !["github-token", ...FAN_OUT_INPUTS].includes(name))) {
      expect(call?.inputs, input).toHaveProperty(input);
      expect(step?.with?.[input], input).toBe(`\${{ inputs.${input} }}`);
    }
    expect(Object.keys(call?.outputs ?? {}).sort()).toEqual(
      Object.keys(action.outputs)
        .filter((name) => !FAN_OUT_OUTPUTS.includes(name))
        .sort(),
    );
    expect(reusable.jobs["dagship"]?.steps[0]?.uses).toMatch(/^actions\/checkout@/);
  });

  it("the release workflow moves the major tag; the e2e workflow runs this checkout's action on template-repo", () => {
    const release = readFileSync(join(WORKFLOWS, "release.yml"), "utf8");
    expect(release).toContain('git push --force origin "refs/tags/$major"');
    const e2e = workflow("e2e.yml");
    const step = e2e.jobs["template-repo"]?.steps.find((candidate) => candidate.uses === "./");
    expect(step?.with?.["working-directory"]).toBe("template-repo");
  });
});

interface Job {
  needs?: string | string[];
  if?: string;
  permissions?: Record<string, string>;
  strategy?: { "fail-fast"?: boolean; matrix?: unknown };
  outputs?: Record<string, string>;
  steps: (Step & { env?: Record<string, string> })[];
}

describe("the fan-out reusable workflow (dagship-fanout.yml)", () => {
  const fanOut = workflow("dagship-fanout.yml") as unknown as Workflow & { jobs: Record<string, Job> };
  const single = workflow("dagship.yml");
  const action = parse(readFileSync(join(ROOT, "action.yml"), "utf8")) as {
    inputs: Record<string, { description: string }>;
    outputs: Record<string, { description: string }>;
  };
  const job = (name: string): Job => {
    const found = fanOut.jobs[name];
    if (!found) throw new Error(`no job ${name}`);
    return found;
  };
  const dagshipStep = (name: string): Step => {
    const steps = job(name).steps.filter((step) => step.uses?.startsWith("dagship/dagship@"));
    expect(steps, name).toHaveLength(1);
    return steps[0] as Step;
  };
  const usesOf = (name: string): string[] => job(name).steps.flatMap((step) => (step.uses === undefined ? [] : [step.uses.split("@")[0] as string]));

  it("plan, then a build job per project from the plan's matrix, then one deploy after all of them", () => {
    expect(Object.keys(fanOut.jobs)).toEqual(["plan", "build", "deploy"]);
    expect(job("plan").needs).toBeUndefined();
    expect(dagshipStep("plan").with?.["mode"]).toBe("plan");
    expect(job("plan").outputs).toMatchObject({ matrix: "${{ steps.dagship.outputs.matrix }}", "build-needed": "${{ steps.dagship.outputs.build-needed }}" });

    const build = job("build");
    expect(build.needs).toBe("plan");
    expect(build.strategy).toEqual({ "fail-fast": false, matrix: "${{ fromJSON(needs.plan.outputs.matrix) }}" });
    // An empty matrix is an error in GitHub Actions: the job must not start without work.
    expect(build.if).toContain("needs.plan.outputs.build-needed == 'true'");
    expect(build.if).toContain("inputs.mode != 'dry-run'");
    expect(dagshipStep("build").with).toMatchObject({ mode: "build", project: "${{ matrix.project }}" });

    const deploy = job("deploy");
    expect(deploy.needs).toEqual(["plan", "build"]);
    expect(deploy.if).toBe("${{ !cancelled() && needs.plan.result == 'success' && (needs.build.result == 'success' || needs.build.result == 'skipped') }}");
    expect(dagshipStep("deploy").with).toMatchObject({ mode: "${{ inputs.mode }}", digests: "${{ steps.digests.outputs.digests }}" });
    expect(Object.keys(fanOut.on["workflow_call"]?.outputs ?? {}).sort()).toEqual(["changed-projects", "dags", "images", "plan"]);
    for (const [name, output] of Object.entries(fanOut.on["workflow_call"]?.outputs ?? {}))
      expect((output as { value: string }).value).toBe(`\${{ jobs.deploy.outputs.${name} }}`);
  });

  it("each build job's digest reaches the deploy job through an artifact of its own", () => {
    const build = job("build");
    const upload = build.steps.find((step) => step.uses?.startsWith("actions/upload-artifact@"));
    const name = "${{ needs.plan.outputs.artifacts }}-${{ strategy.job-index }}";
    expect(upload?.with).toMatchObject({ name, path: `\${{ runner.temp }}/${name}.json`, "if-no-files-found": "error", overwrite: true });
    const write = build.steps.find((step) => step.run?.includes("$IMAGES"));
    expect(write?.env).toEqual({ IMAGES: "${{ steps.dagship.outputs.images }}", FILE: `\${{ runner.temp }}/${name}.json` });
    const download = job("deploy").steps.find((step) => step.uses?.startsWith("actions/download-artifact@"));
    expect(download?.with).toMatchObject({
      pattern: "${{ needs.plan.outputs.artifacts }}-*",
      "merge-multiple": true,
      path: "${{ runner.temp }}/dagship-images",
    });
    expect(job("plan").outputs?.["artifacts"]).toBe("${{ steps.artifacts.outputs.prefix }}");
  });

  it("permissions per job: id-token only where Google credentials are used, pull-requests: write only on the deploy", () => {
    expect(job("plan").permissions).toEqual({ contents: "read" });
    expect(job("build").permissions).toEqual({ contents: "read", "id-token": "write" });
    expect(job("deploy").permissions).toEqual({ contents: "read", "id-token": "write", "pull-requests": "write" });
    expect(usesOf("plan")).not.toContain("google-github-actions/auth");
    expect(dagshipStep("plan").with?.["workload-identity-provider"]).toBeUndefined();
    for (const name of ["build", "deploy"]) {
      expect(usesOf(name), name).toContain("google-github-actions/auth");
      expect(dagshipStep(name).with?.["workload-identity-provider"], name).toBe("${{ inputs.workload-identity-provider }}");
    }
  });

  it("takes the single-job workflow's inputs and secrets (plus build-runs-on); the deploy job hands each on", () => {
    const call = fanOut.on["workflow_call"] as { inputs: Record<string, unknown>; secrets: Record<string, unknown> };
    const singleCall = single.on["workflow_call"] as { inputs: Record<string, unknown>; secrets: Record<string, unknown> };
    expect(Object.keys(call.inputs)).toEqual([...Object.keys(singleCall.inputs), "build-runs-on"]);
    // Descriptions may say more about the jobs; types and defaults are the single job's.
    const kind = (input: unknown): unknown => ({ ...(input as object), description: undefined });
    for (const name of Object.keys(singleCall.inputs)) expect(kind(call.inputs[name]), name).toEqual(kind(singleCall.inputs[name]));
    expect(call.inputs["build-runs-on"]).toMatchObject({ type: "string", default: "" });
    expect(call.secrets).toEqual(singleCall.secrets);
    const deploy = dagshipStep("deploy");
    for (const input of Object.keys(action.inputs).filter((name) => !["github-token", ...FAN_OUT_INPUTS].includes(name))) {
      expect(deploy.with?.[input], input).toBe(`\${{ inputs.${input} }}`);
    }
    for (const name of ["plan", "build", "deploy"]) {
      expect(job(name).steps[0]?.uses, name).toMatch(/^actions\/checkout@/);
      for (const input of Object.keys(dagshipStep(name).with ?? {})) expect(Object.keys(action.inputs), `${name}: ${input}`).toContain(input);
    }
    expect(job("plan").steps[0]?.with?.["fetch-depth"]).toBe(0);
    expect(job("deploy").steps[0]?.with?.["fetch-depth"]).toBe(0);
  });

  function runScript(step: Step & { env?: Record<string, string> }, env: Record<string, string>): Record<string, string> {
    const folder = mkdtempSync(join(tmpdir(), "dagship-workflow-step-"));
    try {
      const output = join(folder, "github-output");
      writeFileSync(output, "");
      execFileSync("bash", ["-e", "-c", step.run ?? ""], { env: { PATH: process.env["PATH"] ?? "", GITHUB_OUTPUT: output, ...env }, encoding: "utf8" });
      return Object.fromEntries(
        readFileSync(output, "utf8")
          .split("\n")
          .filter((line) => line !== "")
          .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }

  it("the deploy job's merge step (run with bash and jq) joins the build jobs' digests, and gives {} without any", () => {
    const merge = job("deploy").steps.find((step) => step.id === "digests");
    if (!merge) throw new Error("no digests step");
    const downloads = mkdtempSync(join(tmpdir(), "dagship-digests-"));
    try {
      expect(runScript(merge, { FOLDER: join(downloads, "absent") })).toEqual({ digests: "{}" });
      const a = `r.example/etl/sales@sha256:${"a".repeat(64)}`;
      const b = `r.example/etl/weather@sha256:${"b".repeat(64)}`;
      writeFileSync(join(downloads, "x-0.json"), JSON.stringify({ sales: a }));
      writeFileSync(join(downloads, "x-1.json"), JSON.stringify({ weather: b }));
      expect(JSON.parse(runScript(merge, { FOLDER: downloads })["digests"] ?? "")).toEqual({ sales: a, weather: b });
    } finally {
      rmSync(downloads, { recursive: true, force: true });
    }
  });

  it("the plan job's artifact prefix (run with bash) is a valid artifact name, one per folder and destination", () => {
    const step = job("plan").steps.find((candidate) => candidate.id === "artifacts");
    if (!step) throw new Error("no artifacts step");
    const prefix = (key: string): string => runScript(step, { KEY: key })["prefix"] ?? "";
    expect(prefix(". gs://a/dags")).toMatch(/^dagship-images-[0-9a-f]{16}$/);
    expect(prefix(". gs://a/dags")).toBe(prefix(". gs://a/dags"));
    expect(prefix("etl gs://a/dags")).not.toBe(prefix(". gs://a/dags"));
  });
});

describe("action.yml", () => {
  it("has no ${{ }} in any description: the runner evaluates them when it loads the action and fails", () => {
    const action = parse(readFileSync(join(ROOT, "action.yml"), "utf8")) as {
      inputs: Record<string, { description: string }>;
      outputs: Record<string, { description: string }>;
    };
    for (const [name, entry] of [...Object.entries(action.inputs), ...Object.entries(action.outputs)]) expect(entry.description, name).not.toContain("${{");
  });
});
