/**
 * The action end to end with @github/local-action: a secret in the step's environment never
 * appears in any output of a failing run — the log, the failure message, annotations, outputs,
 * the job summary, the pull request comment (GitHub API stand-in). The secret is one dagship has
 * no reason to register itself, so what hides it is the environment's secret mask alone (the
 * runner masks only what was registered).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testEnv } from "../helpers/test-env.js";
import { GitHubApiStandIn } from "./github-api-stand-in.js";
import { dagYaml, FixtureRepo, projectFiles, runWithLocalAction, uniqueName, type ActionRun } from "./harness.js";

const TOKEN = "ghs_e2e_secrets_token";
const SECRET = "s3cr3t-api-token-e2e-71c4";

describe("a failing action run never shows a secret of its environment, via @github/local-action, with the GitHub API stand-in", () => {
  const env = testEnv();
  const namespace = uniqueName("e2e-secrets");
  const bucket = uniqueName("dagship-e2e-secrets");
  const repo = new FixtureRepo();
  const standIn = new GitHubApiStandIn(TOKEN);
  const inputs = { registry: `${env.registry}/${namespace}`, "dags-destination": `gs://${bucket}/dags`, "github-token": TOKEN };
  let stepEnv: Record<string, string>;
  let main: string;

  beforeAll(async () => {
    await standIn.start();
    stepEnv = {
      DAGSHIP_REGISTRY_USERNAME: env.registryUser,
      DAGSHIP_REGISTRY_PASSWORD: env.registryPassword,
      STORAGE_EMULATOR_HOST: env.storageEmulatorHost,
      GITHUB_API_URL: standIn.url,
      DEPLOY_API_TOKEN: SECRET,
    };
    repo.write(projectFiles("sales", dagYaml()));
    main = repo.commit("sales");
  });
  afterAll(async () => {
    await standIn.stop();
    repo.cleanup();
  });

  /** Every text the run put out, each one checked on its own. */
  function outputs(run: ActionRun): Record<string, string> {
    return {
      log: run.log,
      failure: run.failure ?? "",
      summary: run.summary,
      outputs: JSON.stringify(run.outputs),
      annotations: JSON.stringify(run.annotations),
      comments: JSON.stringify(standIn.comments),
      requests: JSON.stringify(standIn.requests),
    };
  }

  it("pull request: a dag.yaml value quoting the secret fails the step; annotation, summary and comment are masked", async () => {
    repo.git("checkout", "-q", "-b", "feature");
    repo.write({ "projects/sales/dag.yaml": dagYaml({ extra: `catchup: ${SECRET}\n` }) });
    const head = repo.commit("sales: a bad catchup");
    repo.git("checkout", "-q", "--detach", "main");
    repo.git("merge", "-q", "--no-ff", "--no-gpg-sign", "-m", "merge", head);
    const payload = {
      number: 9,
      pull_request: {
        number: 9,
        base: { sha: main, ref: "main", repo: { full_name: "acme/etl" } },
        head: { sha: head, ref: "feature", repo: { full_name: "acme/etl" } },
      },
    };
    const run = await runWithLocalAction({
      repo: repo.dir,
      inputs,
      env: stepEnv,
      event: { name: "pull_request", ref: "refs/pull/9/merge", sha: repo.head(), payload },
    });
    repo.git("checkout", "-q", "main");
    expect(run.failure, run.log).toContain("problem(s) in 1 dag.yaml file(s)");
    for (const [sink, text] of Object.entries(outputs(run))) expect(text, sink).not.toContain(SECRET);
    // The problem itself is there, with the secret masked.
    expect(run.annotations).toEqual([expect.objectContaining({ file: "projects/sales/dag.yaml", message: expect.stringContaining('got the string "***"') })]);
    expect(run.summary).toContain("***");
    expect(standIn.comments.filter((comment) => comment.issue === 9)).toEqual([expect.objectContaining({ body: expect.stringContaining("***") })]);
  });

  it("push: a docker build that prints the secret fails the step; its live log and the failure message are masked", async () => {
    repo.write({
      "projects/sales/Dockerfile": "ARG BASE_IMAGE=dagship-test/busybox:local\nFROM ${BASE_IMAGE}\nCOPY .env /app/.env\nRUN cat /app/.env && exit 3\n",
      "projects/sales/.env": `DEPLOY_API_TOKEN=${SECRET}\n`,
    });
    const sha = repo.commit("sales: a build that prints its .env");
    const run = await runWithLocalAction({
      repo: repo.dir,
      inputs,
      env: stepEnv,
      event: { name: "push", ref: "refs/heads/main", sha, payload: { ref: "refs/heads/main", before: main, after: sha, forced: false } },
    });
    expect(run.failure, run.log).toContain("docker build failed");
    for (const [sink, text] of Object.entries(outputs(run))) expect(text, sink).not.toContain(SECRET);
    expect(run.log).toContain("DEPLOY_API_TOKEN=***");
    expect(run.failure).toContain("DEPLOY_API_TOKEN=***");
  });
});
