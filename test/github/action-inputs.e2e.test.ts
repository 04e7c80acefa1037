/**
 * Bad inputs through the whole action (@github/local-action): the step fails with one message
 * that names the input, before anything is built or deployed.
 */
import { afterAll, describe, expect, it } from "vitest";
import { dagYaml, FixtureRepo, projectFiles, runWithLocalAction } from "./harness.js";

describe("bad inputs fail the step with a message naming the input (via @github/local-action)", () => {
  const repo = new FixtureRepo();
  repo.write(projectFiles("sales", dagYaml()));
  const sha = repo.commit("one project");
  afterAll(() => repo.cleanup());

  const good = { registry: "127.0.0.1:5999/etl", "dags-destination": "gs://acme-composer/dags" };
  const DIGEST = `sha256:${"5".repeat(64)}`;
  const cases: [string, Record<string, string>, RegExp][] = [
    ["unknown mode", { ...good, mode: "yolo" }, /^dagship failed: input "mode": expected one of auto, deploy, dry-run, plan, build, got "yolo"$/],
    ["prune: yes", { ...good, prune: "yes" }, /^dagship failed: input "prune": expected true or false, got "yes"$/],
    [
      "both destinations",
      { ...good, "composer-environment": "projects/acme-data/locations/us-central1/environments/prod" },
      /^dagship failed: input "dags-destination": and "composer-environment" are both set/,
    ],
    ["neither destination", { registry: good.registry }, /^dagship failed: input "composer-environment": is not set, and neither is "dags-destination"/],
    [
      "malformed registry",
      { ...good, registry: "https://us-docker.pkg.dev/acme/etl" },
      /^dagship failed: input "registry": registry reference "https:\/\/us-docker\.pkg\.dev\/acme\/etl" is not valid: leave out the URL scheme/,
    ],
    [
      "missing working directory",
      { ...good, "working-directory": "etl" },
      /^dagship failed: input "working-directory": \/.*\/etl is not a folder of the checkout/,
    ],
    [
      "projects glob matching nothing",
      { ...good, projects: "nothing-*" },
      /^dagship failed: input "projects": "nothing-\*" matches no project\. Projects: projects\/sales$/,
    ],
  ];
  // The fan-out's jobs, in a step run each too (a batch of their own, for the test's time limit).
  const fanOutCases: typeof cases = [
    ["build without a project", { ...good, mode: "build" }, /^dagship failed: input "project": is required with mode: build/],
    [
      "build of a project that does not exist",
      { ...good, mode: "build", project: "salse" },
      /^dagship failed: input "project": "salse" is not a project of \/.*\. Projects: sales\. Did you mean "sales"\?$/,
    ],
    ["digests that are not JSON", { ...good, digests: "{sales: 1}" }, /^dagship failed: input "digests": is not JSON \(/],
    [
      "a digest without @sha256",
      { ...good, digests: '{"sales": "127.0.0.1:5999/etl/sales:v1"}' },
      /^dagship failed: input "digests": "sales": expected an image reference pinned by digest, IMAGE@sha256:<64 hex digits>, got "127\.0\.0\.1:5999\/etl\/sales:v1"$/,
    ],
    [
      "digests of a project that does not exist",
      { ...good, digests: `{"salse": "127.0.0.1:5999/etl/salse@${DIGEST}"}` },
      /^dagship failed: input "digests": names "salse", which is not a project\. Projects: sales\. Did you mean "sales"\?$/,
    ],
  ];

  async function expectFailures(batch: typeof cases): Promise<void> {
    const runs = await Promise.all(
      batch.map(([, inputs]) =>
        runWithLocalAction({ repo: repo.dir, inputs, event: { name: "push", ref: "refs/heads/main", sha, payload: { before: "0".repeat(40) } } }),
      ),
    );
    for (const [index, [name, , message]] of batch.entries()) {
      const run = runs[index];
      expect(run?.failure, `${name}\n${run?.log ?? ""}`).toMatch(message);
      expect(run?.outputs, name).toEqual({});
    }
  }

  it("every case, each in its own step run", () => expectFailures(cases));

  it("the fan-out inputs: project and digests", () => expectFailures(fanOutCases));

  it("a release takes no digests: it deploys the images the tagged commit deployed", async () => {
    const run = await runWithLocalAction({
      repo: repo.dir,
      inputs: { ...good, digests: `{"sales": "127.0.0.1:5999/etl/sales@${DIGEST}"}` },
      event: { name: "push", ref: "refs/tags/v1", sha, payload: { before: "0".repeat(40) } },
    });
    expect(run.failure, run.log).toBe(
      'dagship failed: input "digests": a release (tag v1) deploys the images the tagged commit deployed, never new builds: give no digests on tag pushes',
    );
    expect(run.outputs).toEqual({});
  });

  it("the post step runs the same entry after the step: it reads no input and adds no second failure", async () => {
    const run = await runWithLocalAction({
      repo: repo.dir,
      inputs: { ...good, mode: "yolo" },
      post: true,
      event: { name: "push", ref: "refs/heads/main", sha, payload: { before: "0".repeat(40) } },
    });
    expect(run.log).toContain("Running Post Step");
    expect(run.failure).toMatch(/^dagship failed: input "mode": expected one of auto, deploy, dry-run, plan, build, got "yolo"$/);
    expect(run.log.match(/::error::/g)).toHaveLength(1);
    expect(run.outputs).toEqual({});
  });
});
