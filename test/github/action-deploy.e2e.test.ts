/**
 * The action end to end with @github/local-action on a fixture repository with real history
 * (GITHUB_REPOSITORY acme/etl, so every project's folder is dags/acme__etl/PROJECT/):
 * pushes, a pull request (twice), a release tag and a project removal, against the local Docker
 * daemon, registry (htpasswd) and Cloud Storage emulator, and the GitHub API stand-in.
 */
import { describe, expect, it } from "vitest";
import { bucketObjects, dagYaml, projectFiles, runWithLocalAction, type ActionRun } from "./harness.js";
import { actionScenario } from "./scenario.js";

const TOKEN = "ghs_e2e_token";
const ZERO = "0".repeat(40);

describe("the action end to end (push, pull request, tag), via @github/local-action, with the GitHub API stand-in", () => {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- predates the type-aware rules; to be fixed, not a pattern to copy
  const { registry, namespace, registryPath, bucket, repo, standIn, inputs, credentials } = actionScenario("e2e", TOKEN);
  const commits: Record<string, string> = {};

  const push = (sha: string, before: string, ref = "refs/heads/main"): Promise<ActionRun> =>
    runWithLocalAction({ repo: repo.dir, inputs, env: credentials(), event: { name: "push", ref, sha, payload: { ref, before, after: sha, forced: false } } });
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- predates the type-aware rules; to be fixed, not a pattern to copy
  const json = <T>(run: ActionRun, name: string): T => JSON.parse(run.outputs[name] ?? "null") as T;
  const digestOf = (reference: string): string => reference.slice(reference.indexOf("@") + 1);

  it("first push of the branch: builds and pushes every project, deploys every DAG", async () => {
    repo.write({
      ...projectFiles("sales", dagYaml()),
      ...projectFiles("weather", dagYaml({ schedule: "15 * * * *", tasks: ["fetch"] })),
      "README.md": "etl\n",
    });
    commits["c1"] = repo.commit("two projects");
    const run = await push(commits["c1"], ZERO);
    expect(run.failure, run.log).toBeUndefined();
    expect(json(run, "changed-projects")).toEqual(["sales", "weather"]);

    const images = json<Record<string, string>>(run, "images");
    expect(Object.keys(images).sort()).toEqual(["sales", "weather"]);
    for (const project of ["sales", "weather"]) {
      expect(images[project]).toMatch(new RegExp(`^${registryPath}/${project}@sha256:[0-9a-f]{64}$`));
      expect(await registry.tags(`${namespace}/${project}`)).toContain(commits["c1"]);
      expect(await registry.digest(`${namespace}/${project}`, commits["c1"])).toBe(digestOf(images[project] as string));
    }
    const objects = await bucketObjects(bucket);
    expect([...objects.keys()].sort()).toEqual([
      "dags/acme__etl/sales/.dagship-manifest.json",
      "dags/acme__etl/sales/sales.py",
      "dags/acme__etl/weather/.dagship-manifest.json",
      "dags/acme__etl/weather/weather.py",
    ]);
    expect(objects.get("dags/acme__etl/sales/sales.py")?.content).toContain(`image='${images["sales"]}'`);
    expect(json(run, "dags")).toEqual([`gs://${bucket}/dags/acme__etl/sales/sales.py`, `gs://${bucket}/dags/acme__etl/weather/weather.py`]);
    const plan = json<{ mode: string; projects: { project: string; image: { action: string } }[] }>(run, "plan");
    expect(plan.mode).toBe("deploy");
    expect(plan.projects.map((project) => project.image.action)).toEqual(["built", "built"]);
    expect(run.summary).toContain("dagship deploy: 2 project(s)");
    expect(standIn.requests).toEqual([]);
  });

  it("push that changes one project: only that one is rebuilt and redeployed", async () => {
    const before = await bucketObjects(bucket);
    repo.write({ "projects/weather/run.sh": "echo weather v2\n" });
    commits["c2"] = repo.commit("weather v2");
    const run = await push(commits["c2"], commits["c1"] as string);
    expect(run.failure, run.log).toBeUndefined();
    expect(json(run, "changed-projects")).toEqual(["weather"]);
    expect(Object.keys(json<Record<string, string>>(run, "images"))).toEqual(["weather"]);
    expect(await registry.tags(`${namespace}/weather`)).toContain(commits["c2"]);
    expect(await registry.tags(`${namespace}/sales`)).not.toContain(commits["c2"]);
    const after = await bucketObjects(bucket);
    expect(after.get("dags/acme__etl/sales/sales.py")?.generation).toBe(before.get("dags/acme__etl/sales/sales.py")?.generation);
    expect(after.get("dags/acme__etl/weather/weather.py")?.generation).not.toBe(before.get("dags/acme__etl/weather/weather.py")?.generation);
    // The file changed because its image did (a new digest), never because of the commit.
    const weather = after.get("dags/acme__etl/weather/weather.py")?.content ?? "";
    expect(weather).toContain(`image='${json<Record<string, string>>(run, "images")["weather"] ?? "?"}'`);
    expect(weather).not.toContain(commits["c2"]);
    expect(JSON.parse(after.get("dags/acme__etl/weather/.dagship-manifest.json")?.content ?? "{}")).toMatchObject({
      format: 2,
      commit: commits["c2"],
      repository: "github.com/acme/etl",
    });
  });

  async function pullRequest(number: number, head: string, base: string): Promise<ActionRun> {
    repo.git("checkout", "-q", "--detach", "main");
    repo.git("merge", "-q", "--no-ff", "--no-gpg-sign", "-m", `Merge ${head} into main`, head);
    const merge = repo.head();
    const payload = {
      number,
      pull_request: {
        number,
        base: { sha: base, ref: "main", repo: { full_name: "acme/etl" } },
        head: { sha: head, ref: "feature", repo: { full_name: "acme/etl" } },
      },
    };
    try {
      return await runWithLocalAction({
        repo: repo.dir,
        inputs,
        env: credentials(),
        event: { name: "pull_request", ref: `refs/pull/${number}/merge`, sha: merge, payload },
      });
    } finally {
      repo.git("checkout", "-q", "feature");
    }
  }

  it("pull request: dry run only, one preview comment diffed against the deployed DAG", async () => {
    const bucketBefore = await bucketObjects(bucket);
    const tagsBefore = await registry.tags(`${namespace}/sales`);
    repo.git("checkout", "-q", "-b", "feature");
    repo.write({ "projects/sales/dag.yaml": dagYaml({ schedule: "30 7 * * 1-5", tasks: ["extract", "load", "publish"] }) });
    const head = repo.commit("sales: weekdays, publish step");
    const run = await pullRequest(5, head, commits["c2"] as string);
    expect(run.failure, run.log).toBeUndefined();
    expect(json(run, "dags")).toEqual([]);
    expect(json(run, "changed-projects")).toEqual(["sales"]);
    expect(await registry.tags(`${namespace}/sales`)).toEqual(tagsBefore);
    expect(await bucketObjects(bucket)).toEqual(bucketBefore);

    expect(standIn.violations).toEqual([]);
    const comments = standIn.comments.filter((comment) => comment.issue === 5);
    expect(comments).toHaveLength(1);
    const body = comments[0]?.body ?? "";
    expect(body.startsWith(`<!-- dagship-preview . gs://${bucket}/dags -->`)).toBe(true);
    expect(body).toContain("dagship preview of #5");
    expect(body).toContain(`Diffs are against what is deployed in \`gs://${bucket}/dags\``);
    expect(body).toContain("at 07:30, on Monday through Friday (UTC)");
    expect(body).toMatch(/\| sales \| `sales` \| 3 \| .* \| changed \(\+\d+ −\d+\) \| would be reused \|/);
    expect(body).toContain("```mermaid\nflowchart LR\n");
    expect(body).toMatch(/^- {4}schedule=CronDataIntervalTimetable\('0 6 \* \* \*'/m);
    expect(body).toMatch(/^\+ {4}schedule=CronDataIntervalTimetable\('30 7 \* \* 1-5'/m);
    expect(body).toMatch(/^\+ {8}task_id='publish',$/m);
    expect(body).toContain("Not affected (no change in their folders): weather.");
    expect(run.summary).toContain("dagship preview of #5");
  });

  it("a second run on the same pull request edits the one comment in place", async () => {
    const first = standIn.comments.find((comment) => comment.issue === 5);
    repo.write({ "projects/sales/dag.yaml": dagYaml({ schedule: "30 7 * * 1-5", tasks: ["extract", "load", "publish", "notify"] }) });
    const head = repo.commit("sales: notify");
    const run = await pullRequest(5, head, commits["c2"] as string);
    expect(run.failure, run.log).toBeUndefined();
    const comments = standIn.comments.filter((comment) => comment.issue === 5);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.id).toBe(first?.id);
    expect(comments[0]?.body).toMatch(/^\+ {8}task_id='notify',$/m);
    expect(standIn.requests.slice(-2).map((request) => request.operationId)).toEqual(["issues/list-comments", "issues/update-comment"]);
    expect(standIn.violations).toEqual([]);
    repo.git("checkout", "-q", "main");
  });

  it("tag push: a release deploy that promotes the commit's images without building", async () => {
    const salesBuilt = await registry.digest(`${namespace}/sales`, commits["c1"] as string);
    const weatherBuilt = await registry.digest(`${namespace}/weather`, commits["c2"] as string);
    repo.git("tag", "v1.0.0", commits["c2"] as string);
    const run = await push(commits["c2"] as string, ZERO, "refs/tags/v1.0.0");
    expect(run.failure, run.log).toBeUndefined();
    const plan = json<{ mode: string; projects: { project: string; image: { action: string } }[] }>(run, "plan");
    expect(plan.mode).toBe("release");
    expect(plan.projects.map((project) => [project.project, project.image.action])).toEqual([
      ["sales", "reused"],
      ["weather", "reused"],
    ]);
    expect(await registry.digest(`${namespace}/sales`, "v1.0.0")).toBe(salesBuilt);
    expect(await registry.digest(`${namespace}/weather`, "v1.0.0")).toBe(weatherBuilt);
    const images = json<Record<string, string>>(run, "images");
    expect(digestOf(images["weather"] as string)).toBe(weatherBuilt);
    const manifest = JSON.parse((await bucketObjects(bucket)).get("dags/acme__etl/weather/.dagship-manifest.json")?.content ?? "{}") as {
      releaseTag?: string;
      commit?: string;
    };
    expect(manifest).toMatchObject({ releaseTag: "v1.0.0", commit: commits["c2"] });
  });

  it("push that deletes a project: its DAG is pruned from the bucket, the others stay", async () => {
    const before = await bucketObjects(bucket);
    repo.remove("projects/weather");
    const c3 = repo.commit("drop weather");
    const run = await push(c3, commits["c2"] as string);
    expect(run.failure, run.log).toBeUndefined();
    expect(json(run, "changed-projects")).toEqual([]);
    const after = await bucketObjects(bucket);
    expect(after.has("dags/acme__etl/weather/weather.py")).toBe(false);
    expect(after.get("dags/acme__etl/sales/sales.py")?.generation).toBe(before.get("dags/acme__etl/sales/sales.py")?.generation);
    const plan = json<{ pruned: { project: string; actions: { action: string; path: string }[] }[] }>(run, "plan");
    expect(plan.pruned).toEqual([
      {
        project: "weather",
        location: `gs://${bucket}/dags/acme__etl/weather/`,
        actions: [{ action: "delete", path: "weather.py", reason: "no-longer-rendered" }],
      },
    ]);
  });
});
