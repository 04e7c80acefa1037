/**
 * The action with a dagship.config.yaml, end to end via @github/local-action, against the real
 * Docker daemon, registry and Cloud Storage emulator: a push to main deploys to dev, a release tag
 * deploys dev's very digests to prod without building (the registry unchanged), a branch no
 * environment lists deploys nothing, an input that is set wins over the environment's value, and
 * the CLI's history lists what both environments run.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { main } from "../../src/cli.js";
import { testEnv } from "../helpers/test-env.js";
import { RawRegistry } from "../image/registry-tools.js";
import { bucketObjects, dagYaml, FixtureRepo, projectFiles, runWithLocalAction, uniqueName, type ActionRun } from "./harness.js";

const ZERO = "0".repeat(40);

describe("the action with environments (push to main -> dev, tag -> prod by promotion), via @github/local-action", () => {
  const env = testEnv();
  const registry = new RawRegistry(env.registry, env.registryUser, env.registryPassword);
  const namespace = uniqueName("envs-e2e");
  const devBucket = uniqueName("dagship-dev");
  const prodBucket = uniqueName("dagship-prod");
  const repo = new FixtureRepo();
  const credentials = {
    DAGSHIP_REGISTRY_USERNAME: env.registryUser,
    DAGSHIP_REGISTRY_PASSWORD: env.registryPassword,
    STORAGE_EMULATOR_HOST: env.storageEmulatorHost,
  };
  const commits: Record<string, string> = {};
  const push = (sha: string, before: string, ref: string, inputs: Record<string, string> = {}): Promise<ActionRun> =>
    runWithLocalAction({
      repo: repo.dir,
      inputs: { comment: "false", ...inputs },
      env: credentials,
      event: { name: "push", ref, sha, payload: { ref, before, after: sha, forced: false } },
    });
  const json = (run: ActionRun, name: string): unknown => JSON.parse(run.outputs[name] ?? "null");
  const tagsAndDigests = () => registry.state([`${namespace}/sales`, `${namespace}/weather`]);

  beforeAll(() => {
    repo.write({
      ...projectFiles("sales", dagYaml()),
      ...projectFiles("weather", dagYaml({ schedule: "15 * * * *", tasks: ["fetch"] })),
      "dagship.config.yaml": [
        "environments:",
        "  dev:",
        `    destination: gs://${devBucket}/dags`,
        `    registry: ${env.registry}/${namespace}`,
        "    branches: [main]",
        "  prod:",
        `    destination: gs://${prodBucket}/dags`,
        '    tags: ["v*"]',
        "    promote_from: dev",
        "",
      ].join("\n"),
    });
    commits["c1"] = repo.commit("two projects, two environments");
  });
  afterAll(() => repo.cleanup());

  it("a push to main deploys to dev (the environment whose branches list main), with no registry or destination input", async () => {
    const run = await push(commits["c1"] as string, ZERO, "refs/heads/main");
    expect(run.failure, run.log).toBeUndefined();
    expect(run.log).toContain("environment dev (dagship.config.yaml: branch main)");
    const plan = json(run, "plan") as { mode: string; destination: string; projects: { image: { action: string } }[] };
    expect(plan.destination).toBe(`gs://${devBucket}/dags`);
    expect(plan.projects.map((project) => project.image.action)).toEqual(["built", "built"]);
    const images = json(run, "images") as Record<string, string>;
    expect((await bucketObjects(devBucket)).get("dags/acme__etl/sales/sales.py")?.content).toContain(`image='${images["sales"]}'`);
  });

  it("a release tag deploys dev's digests to prod: nothing built, the registry unchanged", async () => {
    const devObjects = await bucketObjects(devBucket);
    const devImages = Object.fromEntries(
      ["sales", "weather"].map((project) => {
        const manifest = JSON.parse(devObjects.get(`dags/acme__etl/${project}/.dagship-manifest.json`)?.content ?? "{}") as {
          history: { deploys: { images: Record<string, { reference: string }> }[] };
        };
        return [project, manifest.history.deploys[0]?.images[project]?.reference];
      }),
    );
    repo.git("tag", "v1.0.0");
    const before = await tagsAndDigests();
    const run = await push(commits["c1"] as string, ZERO, "refs/tags/v1.0.0");
    expect(run.failure, run.log).toBeUndefined();
    expect(run.log).toContain("environment prod (dagship.config.yaml: tag v1.0.0)");
    const plan = json(run, "plan") as { mode: string; destination: string; projects: { project: string; image: { action: string } }[] };
    expect(plan.mode).toBe("release");
    expect(plan.destination).toBe(`gs://${prodBucket}/dags`);
    expect(plan.projects.map((project) => [project.project, project.image.action])).toEqual([
      ["sales", "promoted"],
      ["weather", "promoted"],
    ]);
    expect(json(run, "images") as Record<string, string>).toEqual(devImages);
    expect(await tagsAndDigests()).toEqual(before);
    const prod = await bucketObjects(prodBucket);
    for (const project of ["sales", "weather"]) {
      expect(prod.get(`dags/acme__etl/${project}/${project}.py`)?.content).toContain(`image='${devImages[project]}'`);
    }
  });

  it("a push to a branch no environment lists deploys nothing, and says why", async () => {
    repo.git("checkout", "-q", "-b", "feature");
    const sha = repo.commit("work in progress");
    const devBefore = await bucketObjects(devBucket);
    const run = await push(sha, commits["c1"] as string, "refs/heads/feature");
    expect(run.failure, run.log).toBeUndefined();
    expect(run.log).toContain("no environment of dagship.config.yaml lists branch feature in its branches, and no destination input is set: nothing to deploy");
    expect(json(run, "dags")).toEqual([]);
    expect(await bucketObjects(devBucket)).toEqual(devBefore);
    repo.git("checkout", "-q", "main");
  });

  it("an input that is set wins over the environment's value, and the log says so", async () => {
    const elsewhere = uniqueName("dagship-elsewhere");
    repo.write({ "projects/sales/run.sh": "echo sales v2\n" });
    commits["c2"] = repo.commit("sales v2");
    const run = await push(commits["c2"], commits["c1"] as string, "refs/heads/main", { environment: "dev", "dags-destination": `gs://${elsewhere}/dags` });
    expect(run.failure, run.log).toBeUndefined();
    expect(run.log).toContain(`input "dags-destination" is set: it wins over environment dev's value in dagship.config.yaml`);
    expect((json(run, "plan") as { destination: string }).destination).toBe(`gs://${elsewhere}/dags`);
    expect([...(await bucketObjects(elsewhere)).keys()]).toContain("dags/acme__etl/sales/sales.py");
  });

  it("dagship history lists what each environment runs per project, with the promotion", async () => {
    let stdout = "";
    let stderr = "";
    vi.stubEnv("STORAGE_EMULATOR_HOST", env.storageEmulatorHost);
    try {
      const code = await main(["history", "sales", "--repo-name", "acme__etl"], {
        cwd: repo.dir,
        stdout: (text) => (stdout += text),
        stderr: (text) => (stderr += text),
      });
      expect(code, stderr).toBe(0);
    } finally {
      vi.unstubAllEnvs();
    }
    const short = (commits["c1"] as string).slice(0, 7);
    expect(stdout).toMatch(new RegExp(`^dev \\(gs://${devBucket}/dags\\)\\n  sales\\n    \\* ${short}  deployed .*  sales@sha256:[0-9a-f]{12}\\n`, "m"));
    expect(stdout).toMatch(
      new RegExp(
        `^prod \\(gs://${prodBucket}/dags\\)\\n  sales\\n    \\* ${short}  deployed .*\\(v1\\.0\\.0, promoted from dev\\)  sales@sha256:[0-9a-f]{12}\\n`,
        "m",
      ),
    );
  });
});
