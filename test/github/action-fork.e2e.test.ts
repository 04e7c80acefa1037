/**
 * Pull requests from a fork, end to end with @github/local-action: no Google or registry
 * credentials at all (no STORAGE_EMULATOR_HOST, no registry password), so the preview diffs
 * against the base branch's render and nothing reaches the registry or the bucket. Also: dag.yaml
 * errors as annotations and in the comment, and a 2,000-task DAG within the comment limit.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testEnv } from "../helpers/test-env.js";
import { RawRegistry } from "../image/registry-tools.js";
import { GitHubApiStandIn } from "./github-api-stand-in.js";
import { dagYaml, FixtureRepo, projectFiles, runWithLocalAction, uniqueName, type ActionRun } from "./harness.js";

const TOKEN = "ghs_fork_token";

describe("pull requests from a fork without credentials, via @github/local-action, with the GitHub API stand-in", () => {
  const env = testEnv();
  const registry = new RawRegistry(env.registry, env.registryUser, env.registryPassword);
  const namespace = uniqueName("fork");
  const bucket = uniqueName("dagship-fork");
  const standIn = new GitHubApiStandIn(TOKEN);
  const repo = new FixtureRepo();
  const inputs = { registry: `${env.registry}/${namespace}`, "dags-destination": `gs://${bucket}/dags`, "github-token": TOKEN };
  let base = "";

  beforeAll(async () => {
    await standIn.start();
    const tasks = Array.from({ length: 2000 }, (_, i) => `t${i}`);
    repo.write({
      ...projectFiles("sales", dagYaml()),
      ...projectFiles("weather", dagYaml({ schedule: "15 * * * *", tasks: ["fetch"] })),
      ...projectFiles("huge", dagYaml({ schedule: "@daily", tasks })),
    });
    base = repo.commit("base");
    repo.git("checkout", "-q", "-b", "fork-feature");
  });
  afterAll(async () => {
    await standIn.stop();
    repo.cleanup();
  });

  async function forkPullRequest(number: number): Promise<ActionRun> {
    const head = repo.commit(`change for #${number}`);
    const payload = {
      number,
      pull_request: {
        number,
        base: { sha: base, ref: "main", repo: { full_name: "acme/etl" } },
        head: { sha: head, ref: "patch-1", repo: { full_name: "someone/etl" } },
      },
    };
    // A fork's job: a token for the comment (pull_request_target or a relaxed policy), no secrets.
    return runWithLocalAction({
      repo: repo.dir,
      inputs,
      env: { GITHUB_API_URL: standIn.url },
      event: { name: "pull_request", ref: `refs/pull/${number}/merge`, sha: head, payload },
    });
  }

  it("previews against the base branch's render and touches neither registry nor bucket", async () => {
    repo.write({
      "projects/weather/dag.yaml": dagYaml({ schedule: "45 */2 * * *", tasks: ["fetch"] }),
      ...projectFiles("orders", dagYaml({ tasks: ["pull"] })),
    });
    const run = await forkPullRequest(9);
    expect(run.failure, run.log).toBeUndefined();
    expect(JSON.parse(run.outputs["changed-projects"] ?? "null")).toEqual(["orders", "weather"]);
    expect(JSON.parse(run.outputs["dags"] ?? "null")).toEqual([]);
    expect(JSON.parse(run.outputs["images"] ?? "null")).toEqual({});

    expect(standIn.violations).toEqual([]);
    const body = standIn.comments.find((comment) => comment.issue === 9)?.body ?? "";
    expect(body).toContain("No Google credentials in this run to read the bucket: nothing was read from the destination or the registry");
    expect(body).toContain(`Diffs are against the render of the base branch \`main\` (${base.slice(0, 7)})`);
    expect(body).toMatch(/\| orders \| `orders` \| 1 \| at 06:00, every day \(UTC\) \| new \(\+\d+ −0\) \| not checked \(registry not readable\) \|/);
    expect(body).toMatch(/\| weather \| `weather` \| 1 \| at minute 45 of every 2nd hour \(UTC\) \| changed \(\+\d+ −\d+\) \|/);
    expect(body).toMatch(/^- {4}schedule=CronDataIntervalTimetable\('15 \* \* \* \*'/m);
    expect(body).toMatch(/^\+ {4}schedule=CronDataIntervalTimetable\('45 \*\/2 \* \* \*'/m);
    // Both sides name local images, so no image line of a changed DAG shows up as removed.
    expect(body).not.toMatch(/^-\s+image=/m);
    expect(body).toMatch(/^\+ {8}image='orders:dev',$/m);
    expect(body).toContain("Not affected (no change in their folders): huge, sales.");

    expect(await registry.tags(`${namespace}/weather`)).toEqual([]);
    expect(await registry.tags(`${namespace}/orders`)).toEqual([]);
    const { Storage } = await import("@google-cloud/storage");
    const [exists] = await new Storage({ apiEndpoint: env.storageEmulatorHost, projectId: "test" }).bucket(bucket).exists();
    expect(exists).toBe(false);
  });

  it("dag.yaml errors: annotations on the lines, the errors in the same comment, a failed step", async () => {
    const first = standIn.comments.find((comment) => comment.issue === 9);
    repo.write({ "projects/weather/dag.yaml": 'schedule: "61 * * * *"\nstart_date: 2024-01-01\ntasks:\n  fetch:\n    comand: [sh]\n' });
    const run = await forkPullRequest(9);
    expect(run.failure).toMatch(/^dagship failed: 2 problem\(s\) in 1 dag\.yaml file\(s\); see the annotations and the pull request comment$/);
    expect(run.annotations.map((annotation) => [annotation.type, annotation.file, annotation.line, annotation.column])).toEqual([
      ["error", "projects/weather/dag.yaml", 1, 12],
      ["error", "projects/weather/dag.yaml", 5, 5],
    ]);
    expect(run.annotations[1]?.message).toMatch(/comand.*Did you mean "command"/);
    const comments = standIn.comments.filter((comment) => comment.issue === 9);
    expect(comments.map((comment) => comment.id)).toEqual([first?.id]);
    const body = comments[0]?.body ?? "";
    expect(body).toContain("#### Validation errors: 2 in 1 dag.yaml file");
    expect(body).toContain("`projects/weather/dag.yaml:1:12: ");
    expect(body).toContain("`projects/weather/dag.yaml:5:5: ");
    expect(standIn.violations).toEqual([]);
  });

  it("a 2,000-task DAG whose every task changes still yields a comment under 65,536 characters", async () => {
    repo.write({ "projects/weather/dag.yaml": dagYaml({ schedule: "15 * * * *", tasks: ["fetch"] }) });
    const tasks = Array.from({ length: 2000 }, (_, i) => `t${i}`);
    repo.write({ "projects/huge/dag.yaml": dagYaml({ schedule: "@daily", tasks, extra: "defaults:\n  retries: 4\n" }) });
    const run = await forkPullRequest(10);
    expect(run.failure, run.log).toBeUndefined();
    expect(standIn.violations).toEqual([]);
    const body = standIn.comments.find((comment) => comment.issue === 10)?.body ?? "";
    expect(body.length).toBeGreaterThan(20_000);
    expect(new TextEncoder().encode(body).length).toBeLessThanOrEqual(65_536);
    expect(body).toMatch(/\| huge \| `huge` \| 2000 \| @daily: at 00:00, every day \(UTC\) \| changed \(\+2000 −0\) \|/);
    expect(body).toContain("The task graph (2000 tasks, 1999 edges) is too large to draw here");
    expect(body).toMatch(/Diff of `huge\.py` shortened to fit GitHub's comment size limit/);
    expect(body).toMatch(/^\+ {8}retries=4,$/m);
    // The job summary has a far larger limit: the whole diff is there.
    expect(run.summary.length).toBeGreaterThan(body.length);
  });

  it("a read-only token (the usual fork case) cannot comment: a warning, the preview stays in the job summary", async () => {
    standIn.readOnly = true;
    try {
      repo.write({ "projects/sales/run.sh": "echo sales v2\n" });
      const run = await forkPullRequest(11);
      expect(run.failure, run.log).toBeUndefined();
      expect(run.warnings.join("\n")).toMatch(
        /could not post the preview comment \(POST \/repos\/acme\/etl\/issues\/11\/comments failed: HTTP 403 Resource not accessible by integration\); it is in the job summary/,
      );
      expect(standIn.comments.filter((comment) => comment.issue === 11)).toEqual([]);
      expect(run.summary).toContain("dagship preview of #11");
      // Only the image's build context changed; without registry access the DAG names the same local image: its bytes are the same.
      expect(run.summary).toMatch(/\| sales \| `sales` \| 2 \| .* \| unchanged \|/);
      expect(standIn.violations).toEqual([]);
    } finally {
      standIn.readOnly = false;
    }
  });
});
