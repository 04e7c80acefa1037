/**
 * Per-project outcomes with real images: one project's image fails to build (the local Docker
 * daemon, the local registry); the projects that do not need it deploy all the same, and every
 * outcome is listed in the command line's text and --json, the action's outputs and its summary.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { deployRepository } from "../../src/deploy.js";
import { actionOutputs } from "../../src/github/outputs.js";
import { createImageDeps, parseRegistryRef } from "../../src/image/index.js";
import { MemoryLogger } from "../../src/log.js";
import { renderPreview } from "../../src/report/comment.js";
import { previewModel, projectPreviews } from "../../src/report/model.js";
import { CliGit } from "../../src/sync/index.js";
import { testEnv } from "../helpers/test-env.js";
import { CLI_BACKENDS, dagship, Repo, text } from "./destinations.js";

const env = testEnv();
const namespace = `per-project-${process.pid}-${Date.now().toString(36)}`;

function project(name: string, dockerfile: string, task = "image: null"): Record<string, string> {
  const image = task === "image: null" ? "" : `    ${task}\n`;
  return {
    [`projects/${name}/Dockerfile`]: dockerfile,
    [`projects/${name}/dag.yaml`]: `schedule: "@daily"\nstart_date: 2024-01-01\ntasks:\n  run:\n    command: [sh, -c, "echo ${name}"]\n${image}`,
  };
}

const GOOD = 'ARG BASE_IMAGE\nFROM ${BASE_IMAGE}\nCMD ["true"]\n';
const BROKEN = "ARG BASE_IMAGE\nFROM ${BASE_IMAGE}\nRUN echo broken-on-purpose && exit 3\n";

describe("one project's failed image build", () => {
  beforeAll(() => {
    // The command line reads a plain registry's login from these, as a CI job would set them.
    vi.stubEnv("DAGSHIP_REGISTRY_USERNAME", env.registryUser);
    vi.stubEnv("DAGSHIP_REGISTRY_PASSWORD", env.registryPassword);
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });

  // Each test's repository has a commit of its own: two made within one second with the same
  // message would be the same commit, whose image tags the first test already pushed.
  let repositories = 0;
  const repo = (): Repo => {
    const r = new Repo("etl", "https://github.com/acme/etl.git");
    r.write({ ...project("sales", GOOD), ...project("broken", BROKEN), ...project("report", GOOD, "image: broken") });
    repositories += 1;
    r.commit(`three projects, one image broken, one project running it (repository ${repositories})`);
    return r;
  };

  it("the command line: the others deploy, every outcome is listed, exit 1 (text and --json)", async () => {
    const { dest, store, dags } = (CLI_BACKENDS[0] as (typeof CLI_BACKENDS)[number]).open();
    const r = repo();
    const result = await dagship(
      r.dir,
      "deploy",
      "--dest",
      dest,
      "--registry",
      `${env.registry}/${namespace}`,
      "--build-arg",
      `BASE_IMAGE=${env.busyboxImage}`,
      "--json",
    );
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toContain("+ new sales.py");
    expect(result.stderr).toMatch(/broken: failed at image: docker build failed .*exit code 3/);
    expect(result.stderr).toContain("report: failed at image: the image of broken, which its tasks run, failed: docker build failed");
    expect(result.stderr).toContain("1 deployed; 2 failed: broken, report.");
    const json = JSON.parse(result.stdout) as {
      ok: boolean;
      projects: { project: string; image: { action: string } }[];
      failed: { project: string; stage: string }[];
    };
    expect(json.ok).toBe(false);
    expect(json.projects.map((p) => [p.project, p.image.action])).toEqual([["sales", "built"]]);
    expect(json.failed.map((f) => [f.project, f.stage])).toEqual([
      ["broken", "image"],
      ["report", "image"],
    ]);
    expect(await text(store, `${dags}etl/sales/sales.py`)).toContain(`image='${env.registry}/${namespace}/sales@sha256:`);
    expect(await text(store, `${dags}etl/broken/broken.py`)).toBeUndefined();
    expect(await text(store, `${dags}etl/report/report.py`)).toBeUndefined();
  });

  it("the action's outputs and summary list the deployed project and both failures", async () => {
    const { dest } = (CLI_BACKENDS[0] as (typeof CLI_BACKENDS)[number]).open();
    const r = repo();
    const logger = new MemoryLogger();
    const report = await deployRepository(
      {
        repoRoot: r.dir,
        repoName: "acme__etl",
        destination: { kind: "local", folder: dest },
        registry: parseRegistryRef(`${env.registry}/${namespace}`),
        buildArgs: { BASE_IMAGE: env.busyboxImage },
        composer: "3",
        airflow: "2",
        dryRun: false,
        noBuild: false,
        createRepository: false,
      },
      { log: logger, git: new CliGit(r.dir), images: createImageDeps({ logger, username: env.registryUser, password: env.registryPassword }) },
    );
    const plan = { kind: "deploy" as const, why: "push to main", compare: { kind: "all" as const, why: "first push" } };
    const outputs = actionOutputs(report, { plan, changed: ["broken", "report", "sales"], changedWhy: "first push" });
    expect(JSON.parse(outputs.dags)).toEqual([`${dest}/acme__etl/sales/sales.py`]);
    expect(JSON.parse(outputs.plan)).toMatchObject({
      ok: false,
      projects: [{ project: "sales" }],
      failed: [
        { project: "broken", stage: "image" },
        { project: "report", stage: "image" },
      ],
    });
    const previews = await projectPreviews(report, report.pruned, undefined);
    const model = previewModel(
      { kind: "deploy", why: "push to main", report },
      { folder: "", destination: dest, changedWhy: "first push", inScope: ["broken", "report", "sales"] },
      previews,
    );
    expect(model.unaffected).toEqual([]);
    const summary = renderPreview(model, 1_000_000);
    expect(summary).toMatch(/\| sales \| `sales` \| 1 \| .* \| new \| (rebuilt|reused \(tagged, not rebuilt\)) \|/);
    expect(summary).toContain("#### Failed: 2 projects");
    expect(summary).toMatch(/- \*\*broken\*\* failed at image: docker build failed/);
    expect(summary).toContain("- **report** failed at image: the image of broken, which its tasks run, failed");
  });
});
