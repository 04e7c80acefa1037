/**
 * The fan-out workflow's jobs end to end, each a step run through @github/local-action as its
 * runner would run it: the plan job's matrix feeds one build job per project (run concurrently,
 * as separate runners would), their images merged feed the deploy job. Against the local Docker
 * daemon, registry and Cloud Storage emulator, and the GitHub API stand-in for the pull request.
 */
import { describe, expect, it } from "vitest";
import { bucketObjects, dagYaml, projectFiles, runWithLocalAction, type ActionRun, type RunRequest } from "./harness.js";
import { actionScenario } from "./scenario.js";

const TOKEN = "ghs_fanout_token";
const ZERO = "0".repeat(40);
const PROJECTS = ["report", "sales", "weather"];

/** report's second task runs sales' image. */
const REPORT_DAG = [
  "schedule: '0 8 * * *'",
  "start_date: 2024-01-01",
  "tasks:",
  "  build:",
  "    command: [sh, /app/run.sh, build]",
  "  refresh:",
  "    image: sales",
  "    command: [sh, /app/run.sh, refresh]",
  "    depends_on: [build]",
  "",
].join("\n");

interface FanOutRun {
  plan: ActionRun;
  builds: ActionRun[];
  /** The build jobs' images, merged as the deploy job's merge step merges them. */
  digests: Record<string, string>;
}

describe("the fan-out's plan, build and deploy jobs, via @github/local-action, with the GitHub API stand-in", () => {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- predates the type-aware rules; to be fixed, not a pattern to copy
  const { registry, namespace, registryPath, bucket, repo, standIn, inputs, credentials } = actionScenario("fanout", TOKEN);
  const commits: Record<string, string> = {};

  const pushEvent = (sha: string, before: string, ref = "refs/heads/main"): RunRequest["event"] => ({
    name: "push",
    ref,
    sha,
    payload: { ref, before, after: sha, forced: false },
  });
  const step = (event: RunRequest["event"], extra: Record<string, string>): Promise<ActionRun> =>
    runWithLocalAction({ repo: repo.dir, inputs: { ...inputs, ...extra }, env: credentials(), event });
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- predates the type-aware rules; to be fixed, not a pattern to copy
  const json = <T>(run: ActionRun, name: string): T => JSON.parse(run.outputs[name] ?? "null") as T;
  const digestOf = (reference: string): string => reference.slice(reference.indexOf("@") + 1);
  const allTags = async (): Promise<Record<string, string[]>> =>
    Object.fromEntries(await Promise.all(PROJECTS.map(async (project) => [project, await registry.tags(`${namespace}/${project}`)] as const)));
  const imageActions = (run: ActionRun): Record<string, string> =>
    Object.fromEntries(
      json<{ projects: { project: string; image: { action: string } }[] }>(run, "plan").projects.map((project) => [project.project, project.image.action]),
    );

  /** The plan job, then a build job per matrix entry (when the plan says they have work, as the workflow's if does). */
  async function planAndBuild(event: RunRequest["event"], options: { buildAnyway?: boolean } = {}): Promise<FanOutRun> {
    const plan = await step(event, { mode: "plan" });
    expect(plan.failure, plan.log).toBeUndefined();
    const matrix = json<{ project: string[] }>(plan, "matrix");
    const run = plan.outputs["build-needed"] === "true" || options.buildAnyway === true;
    const builds = run ? await Promise.all(matrix.project.map((project) => step(event, { mode: "build", project }))) : [];
    for (const build of builds) expect(build.failure, build.log).toBeUndefined();
    const digests = Object.assign({}, ...builds.map((build) => json<Record<string, string>>(build, "images"))) as Record<string, string>;
    return { plan, builds, digests };
  }

  it("first push: the plan lists every project, each build job pushes one image, the deploy pins exactly those digests", async () => {
    repo.write({
      ...projectFiles("sales", dagYaml()),
      ...projectFiles("weather", dagYaml({ schedule: "15 * * * *", tasks: ["fetch"] })),
      ...projectFiles("report", REPORT_DAG),
    });
    commits["c1"] = repo.commit("three projects");
    const event = pushEvent(commits["c1"], ZERO);

    const { plan, builds, digests } = await planAndBuild(event);
    expect(plan.outputs["matrix"]).toBe('{"project":["report","sales","weather"]}');
    expect(plan.outputs["build-needed"]).toBe("true");
    expect(json(plan, "changed-projects")).toEqual(PROJECTS);
    expect(plan.summary).toContain("Images to build, one job each: report, sales, weather.");

    expect(builds.map((build) => json(build, "changed-projects"))).toEqual(PROJECTS.map((project) => [project]));
    expect(Object.keys(digests).sort()).toEqual(PROJECTS);
    for (const [index, project] of PROJECTS.entries()) {
      const image = builds[index]?.outputs["image"] ?? "";
      expect(image).toMatch(new RegExp(`^${registryPath}/${project}@sha256:[0-9a-f]{64}$`));
      expect(digests[project]).toBe(image);
      // What the build job says it pushed is what the registry serves for the commit.
      expect(await registry.digest(`${namespace}/${project}`, commits["c1"])).toBe(digestOf(image));
    }
    // Builds render and sync nothing.
    expect((await bucketObjects(bucket)).size).toBe(0);

    const tagsAfterBuilds = await allTags();
    const deploy = await step(event, { digests: JSON.stringify(digests) });
    expect(deploy.failure, deploy.log).toBeUndefined();
    expect(imageActions(deploy)).toEqual({ report: "pinned", sales: "pinned", weather: "pinned" });
    expect(json(deploy, "images")).toEqual(digests);
    expect(await allTags()).toEqual(tagsAfterBuilds);
    const objects = await bucketObjects(bucket);
    for (const project of PROJECTS) {
      const dag = objects.get(`dags/acme__etl/${project}/${project}.py`)?.content ?? "";
      const pinned = [...dag.matchAll(/image='([^']+)'/g)].map((match) => match[1]);
      const expected = project === "report" ? [digests["report"], digests["sales"]] : [digests[project]];
      expect([...new Set(pinned)].sort(), project).toEqual(expected.sort());
    }
    expect(standIn.requests).toEqual([]);
  });

  it("a push changing one project: one build job; a deploy without its digest is refused, with it the image user follows", async () => {
    const before = await bucketObjects(bucket);
    repo.write({ "projects/sales/run.sh": "echo sales v2\n" });
    commits["c2"] = repo.commit("sales v2");
    const event = pushEvent(commits["c2"], commits["c1"] as string);

    const { plan, builds, digests } = await planAndBuild(event);
    expect(plan.outputs["matrix"]).toBe('{"project":["sales"]}');
    expect(builds).toHaveLength(1);
    expect(Object.keys(digests)).toEqual(["sales"]);
    const salesV1 = await registry.digest(`${namespace}/sales`, commits["c1"] as string);
    expect(digestOf(digests["sales"] as string)).not.toBe(salesV1);

    const refused = await step(event, { digests: "{}" });
    expect(refused.failure).toMatch(
      /^dagship failed: 1 image\(s\) this deploy needs cannot be pinned; nothing was deployed:\n {2}sales: no image given for it \(its DAG is deployed and the tasks of report run it\)/,
    );
    expect(await bucketObjects(bucket)).toEqual(before);

    const tagsBefore = await allTags();
    const deploy = await step(event, { digests: JSON.stringify(digests) });
    expect(deploy.failure, deploy.log).toBeUndefined();
    expect(json(deploy, "changed-projects")).toEqual(["report", "sales"]);
    // report is redeployed for the new sales image; its own image is the one already in the registry, untagged.
    expect(imageActions(deploy)).toEqual({ report: "looked-up", sales: "pinned" });
    expect(await allTags()).toEqual(tagsBefore);
    const after = await bucketObjects(bucket);
    const report = after.get("dags/acme__etl/report/report.py")?.content ?? "";
    expect(report).toContain(`image='${digests["sales"]}'`);
    expect(report).toContain(`image='${registryPath}/report@${await registry.digest(`${namespace}/report`, commits["c1"] as string)}'`);
    expect(after.get("dags/acme__etl/sales/sales.py")?.content).toContain(`image='${digests["sales"]}'`);
    expect(after.get("dags/acme__etl/weather/weather.py")?.generation).toBe(before.get("dags/acme__etl/weather/weather.py")?.generation);
  });

  it("a push changing only the project that borrows an image: the borrowed image is looked up in the registry", async () => {
    repo.write({ "projects/report/dag.yaml": REPORT_DAG.replace("0 8 * * *", "0 9 * * *") });
    commits["c3"] = repo.commit("report at nine");
    const event = pushEvent(commits["c3"], commits["c2"] as string);
    const { plan, digests } = await planAndBuild(event);
    expect(plan.outputs["matrix"]).toBe('{"project":["report"]}');
    const deploy = await step(event, { digests: JSON.stringify(digests) });
    expect(deploy.failure, deploy.log).toBeUndefined();
    expect(json(deploy, "changed-projects")).toEqual(["report"]);
    const report = (await bucketObjects(bucket)).get("dags/acme__etl/report/report.py")?.content ?? "";
    expect(report).toContain(`image='${digests["report"]}'`);
    expect(report).toContain(`image='${registryPath}/sales@${await registry.digest(`${namespace}/sales`, commits["c2"] as string)}'`);
  });

  it("pull request: the plan and build jobs post nothing and push nothing; the deploy job's dry run posts the one comment", async () => {
    const bucketBefore = await bucketObjects(bucket);
    const tagsBefore = await allTags();
    repo.git("checkout", "-q", "-b", "feature");
    repo.write({ "projects/weather/dag.yaml": dagYaml({ schedule: "45 * * * *", tasks: ["fetch", "store"] }) });
    const head = repo.commit("weather: store step");
    repo.git("checkout", "-q", "--detach", "main");
    repo.git("merge", "-q", "--no-ff", "--no-gpg-sign", "-m", "Merge feature into main", head);
    const merge = repo.head();
    const payload = {
      number: 9,
      pull_request: {
        number: 9,
        base: { sha: commits["c3"], ref: "main", repo: { full_name: "acme/etl" } },
        head: { sha: head, ref: "feature", repo: { full_name: "acme/etl" } },
      },
    };
    const event = { name: "pull_request", ref: "refs/pull/9/merge", sha: merge, payload };
    try {
      // The workflow skips the build jobs of a pull request; run them anyway: they build nothing.
      const { plan, builds, digests } = await planAndBuild(event, { buildAnyway: true });
      expect(plan.outputs["matrix"]).toBe('{"project":["weather"]}');
      expect(plan.outputs["build-needed"]).toBe("false");
      expect(builds.map((build) => [build.outputs["image"], build.outputs["images"]])).toEqual([["", "{}"]]);
      expect(digests).toEqual({});
      expect(standIn.requests).toEqual([]);
      expect(await allTags()).toEqual(tagsBefore);

      const deploy = await step(event, { digests: "{}" });
      expect(deploy.failure, deploy.log).toBeUndefined();
      expect(deploy.log).toContain("digests are not used: a dry run deploys nothing");
      expect(json(deploy, "dags")).toEqual([]);
      expect(await bucketObjects(bucket)).toEqual(bucketBefore);
      expect(await allTags()).toEqual(tagsBefore);
      expect(standIn.violations).toEqual([]);
      expect(standIn.comments).toHaveLength(1);
      expect(standIn.comments[0]?.issue).toBe(9);
      expect(standIn.comments[0]?.body).toContain("dagship preview of #9");
      expect(standIn.comments[0]?.body).toMatch(/^\+ {8}task_id='store',$/m);
    } finally {
      repo.git("checkout", "-q", "main");
    }
  });

  it("tag push: the plan has no build work; the deploy job, given no digests, promotes the commit's images", async () => {
    repo.git("tag", "v1.0.0", commits["c3"] as string);
    const event = pushEvent(commits["c3"] as string, ZERO, "refs/tags/v1.0.0");
    const { plan, builds } = await planAndBuild(event);
    expect(plan.outputs["build-needed"]).toBe("false");
    expect(builds).toEqual([]);
    const deploy = await step(event, { digests: "{}" });
    expect(deploy.failure, deploy.log).toBeUndefined();
    expect(json<{ mode: string }>(deploy, "plan").mode).toBe("release");
    for (const project of PROJECTS)
      expect(await registry.digest(`${namespace}/${project}`, "v1.0.0"), project).toBe(
        await registry.digest(`${namespace}/${project}`, commits["c3"] as string),
      );
  });
});
