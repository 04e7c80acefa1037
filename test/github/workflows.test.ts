import { readdirSync, readFileSync } from "node:fs";
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

function workflow(name: string): Workflow {
  return parse(readFileSync(join(WORKFLOWS, name), "utf8")) as Workflow;
}

describe("this repository's workflows", () => {
  it("all parse, and CI runs the README's test command", () => {
    expect(readdirSync(WORKFLOWS).sort()).toEqual(["ci.yml", "dagship.yml", "dist.yml", "e2e.yml", "release.yml"]);
    for (const name of readdirSync(WORKFLOWS)) expect(() => workflow(name), name).not.toThrow();
    expect(workflow("ci.yml").jobs["test"]?.steps.some((step) => step.run?.includes("bash .ci/run"))).toBe(true);
  });

  it("the reusable workflow takes every input of action.yml and hands each to the action", () => {
    const action = parse(readFileSync(join(ROOT, "action.yml"), "utf8")) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };
    const reusable = workflow("dagship.yml");
    const call = reusable.on["workflow_call"];
    const step = reusable.jobs["dagship"]?.steps.find((candidate) => candidate.uses?.startsWith("dagship/dagship@"));
    expect(step?.uses).toBe("dagship/dagship@v1");
    for (const input of Object.keys(action.inputs).filter((name) => name !== "github-token")) {
      expect(call?.inputs, input).toHaveProperty(input);
      expect(step?.with?.[input], input).toBe(`\${{ inputs.${input} }}`);
    }
    expect(Object.keys(call?.outputs ?? {}).sort()).toEqual(Object.keys(action.outputs).sort());
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
