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
  const cases: [string, Record<string, string>, RegExp][] = [
    ["unknown mode", { ...good, mode: "yolo" }, /^dagship failed: input "mode": expected one of auto, deploy, dry-run, got "yolo"$/],
    ["prune: yes", { ...good, prune: "yes" }, /^dagship failed: input "prune": expected true or false, got "yes"$/],
    ["both destinations", { ...good, "composer-environment": "projects/acme-data/locations/us-central1/environments/prod" }, /^dagship failed: input "dags-destination": and "composer-environment" are both set/],
    ["neither destination", { registry: good.registry }, /^dagship failed: input "composer-environment": is not set, and neither is "dags-destination"/],
    ["malformed registry", { ...good, registry: "https://us-docker.pkg.dev/acme/etl" }, /^dagship failed: input "registry": registry reference "https:\/\/us-docker\.pkg\.dev\/acme\/etl" is not valid: leave out the URL scheme/],
    ["missing working directory", { ...good, "working-directory": "etl" }, /^dagship failed: input "working-directory": \/.*\/etl is not a folder of the checkout/],
    ["projects glob matching nothing", { ...good, projects: "nothing-*" }, /^dagship failed: input "projects": "nothing-\*" matches no project\. Projects: projects\/sales$/],
  ];

  it("every case, each in its own step run", async () => {
    const runs = await Promise.all(
      cases.map(([, inputs]) => runWithLocalAction({ repo: repo.dir, inputs, event: { name: "push", ref: "refs/heads/main", sha, payload: { before: "0".repeat(40) } } })),
    );
    for (const [index, [name, , message]] of cases.entries()) {
      const run = runs[index];
      expect(run?.failure, `${name}\n${run?.log ?? ""}`).toMatch(message);
      expect(run?.outputs, name).toEqual({});
    }
  });

  it("the post step runs the same entry after the step: it reads no input and adds no second failure", async () => {
    const run = await runWithLocalAction({ repo: repo.dir, inputs: { ...good, mode: "yolo" }, post: true, event: { name: "push", ref: "refs/heads/main", sha, payload: { before: "0".repeat(40) } } });
    expect(run.log).toContain("Running Post Step");
    expect(run.failure).toMatch(/^dagship failed: input "mode": expected one of auto, deploy, dry-run, got "yolo"$/);
    expect(run.log.match(/::error::/g)).toHaveLength(1);
    expect(run.outputs).toEqual({});
  });
});
