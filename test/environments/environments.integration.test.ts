/**
 * Environments end to end through the CLI, in a real git repository, with the real Docker daemon
 * and registry, a local folder (dev) and the Cloud Storage emulator (prod): dev builds, a release
 * promotes dev's digests to prod without building or touching the registry, history lists both,
 * rollback restores an earlier render byte for byte and refuses a commit never deployed.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { main } from "../../src/cli.js";
import { deployRepository } from "../../src/deploy.js";
import { withEnvironment } from "../../src/environments/commands.js";
import type { Readable } from "node:stream";
import type { DockerCommandManager, ExecOptions, ExecResult } from "../../src/image/docker.js";
import { createImageDeps, type ImageDeps } from "../../src/image/index.js";
import type { BuilderKind, DockerCommand } from "../../src/image/plan.js";
import { MemoryLogger } from "../../src/log.js";
import { CliGit } from "../../src/sync/index.js";
import { parseDestination } from "../../src/sync/destination.js";
import { bucketObjects, dagYaml, FixtureRepo, projectFiles, uniqueName } from "../github/harness.js";
import { testEnv } from "../helpers/test-env.js";
import { RawRegistry } from "../image/registry-tools.js";

const env = testEnv();
const registry = new RawRegistry(env.registry, env.registryUser, env.registryPassword);

/** The real docker CLI, with every call through the seam recorded. */
class RecordingDocker implements DockerCommandManager {
  readonly calls: string[] = [];
  constructor(private readonly real: DockerCommandManager) {}
  builder(): Promise<BuilderKind> {
    this.calls.push("builder");
    return this.real.builder();
  }
  login(host: string, username: string, password: string): Promise<void> {
    this.calls.push("login");
    return this.real.login(host, username, password);
  }
  build(command: DockerCommand, context: Readable, onLine?: (line: string) => void): Promise<void> {
    this.calls.push("build");
    return this.real.build(command, context, onLine);
  }
  push(image: string, tag: string, onLine?: (line: string) => void): Promise<string | undefined> {
    this.calls.push("push");
    return this.real.push(image, tag, onLine);
  }
  exec(command: DockerCommand, options?: ExecOptions): Promise<ExecResult> {
    this.calls.push("exec");
    return this.real.exec(command, options);
  }
}

async function dagship(cwd: string, ...args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { cwd, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

interface HistoryJson {
  environment: string;
  projects: {
    project: string;
    deploys: { commit: string; current: boolean; releaseTag?: string; images: Record<string, { reference: string }>; origin?: { via: string; from: string } }[];
  }[];
}

describe("environments: dev builds, a release tag promotes dev's digests to prod, history, rollback", () => {
  const namespace = uniqueName("envs");
  const bucket = uniqueName("dagship-envs");
  const repo = new FixtureRepo();
  const repoName = path.basename(repo.dir);
  const commits: Record<string, string> = {};
  const devDag = (project: string): string => readFileSync(path.join(repo.dir, "out/dev", repoName, project, `${project}.py`), "utf8");
  const prodDag = async (project: string): Promise<string | undefined> =>
    (await bucketObjects(bucket)).get(`dags/${repoName}/${project}/${project}.py`)?.content;
  const registryState = () => registry.state([`${namespace}/sales`, `${namespace}/weather`]);

  beforeAll(() => {
    vi.stubEnv("DAGSHIP_REGISTRY_USERNAME", env.registryUser);
    vi.stubEnv("DAGSHIP_REGISTRY_PASSWORD", env.registryPassword);
    repo.write({
      ...projectFiles("sales", dagYaml()),
      ...projectFiles("weather", dagYaml({ schedule: "15 * * * *", tasks: ["fetch"] })),
      "dagship.config.yaml": [
        "# yaml-language-server: $schema=../schema/dagship.config.schema.json",
        "environments:",
        "  dev:",
        "    destination: ./out/dev",
        `    registry: ${env.registry}/${namespace}`,
        "    composer: 3",
        "    airflow: 2",
        "    branches: [main]",
        "  prod:",
        `    destination: gs://${bucket}/dags`,
        "    composer: 3",
        "    airflow: 2",
        '    tags: ["v*"]',
        "    promote_from: dev",
        "",
      ].join("\n"),
      ".gitignore": "out/\n",
    });
    commits["c1"] = repo.commit("two projects, two environments");
  });
  afterAll(() => {
    vi.unstubAllEnvs();
    repo.cleanup();
  });

  it("deploy --env dev builds and pushes both images and deploys dev's DAGs", async () => {
    const run = await dagship(repo.dir, "deploy", "--env", "dev", "--json");
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as { destination: string; projects: { project: string; image: { action: string; reference: string } }[] };
    expect(report.destination).toBe(path.join(repo.dir, "out/dev"));
    expect(report.projects.map((project) => [project.project, project.image.action])).toEqual([
      ["sales", "built"],
      ["weather", "built"],
    ]);
    for (const project of report.projects) expect(devDag(project.project)).toContain(`image='${project.image.reference}'`);
    expect(await registry.tags(`${namespace}/sales`)).toContain(commits["c1"]);
  });

  it("deploy --env prod of the tagged commit: dev's digests, no build, the registry unchanged, prod's DAG equal to dev's", async () => {
    repo.git("tag", "v1.0.0");
    const before = await registryState();
    const run = await dagship(repo.dir, "deploy", "--env", "prod", "--release-tag", "v1.0.0", "--json");
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as { projects: { project: string; image: { action: string; reference: string } }[] };
    expect(report.projects.map((project) => project.image.action)).toEqual(["promoted", "promoted"]);
    expect(run.stderr).toContain("Promote from dev");
    expect(run.stderr).not.toMatch(/docker build|built and pushed/);
    // Not a tag more, not a digest moved: nothing was built, tagged or pushed.
    expect(await registryState()).toEqual(before);
    for (const project of ["sales", "weather"]) {
      const prod = await prodDag(project);
      expect(prod).toContain(`image='${report.projects.find((entry) => entry.project === project)?.image.reference}'`);
      // Same dag.yaml, same digest, same profile: the very bytes dev runs.
      expect(prod).toBe(devDag(project));
    }
  });

  it("a flag given with --env wins over the environment's value, and says so", async () => {
    const run = await dagship(repo.dir, "plan", "--env", "dev", "--dest", "out/elsewhere", "--json");
    expect(run.code, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as { destination: string }).destination).toBe(path.join(repo.dir, "out/elsewhere"));
    expect(run.stderr).toContain("--dest given: it wins over environment dev's destination in dagship.config.yaml");
  });

  it("a promotion of a commit dev never ran (sales changed since dev's deploy) is refused, and nothing is deployed", async () => {
    repo.write({ "projects/sales/run.sh": "echo sales v2\n" });
    commits["c2"] = repo.commit("sales v2");
    const before = await bucketObjects(bucket);
    const run = await dagship(repo.dir, "deploy", "--env", "prod");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `cannot promote from dev; nothing was deployed:\n  sales: dev runs it from ${commits["c1"]?.slice(0, 7)}, and sales changed after that commit`,
    );
    expect(run.stderr).not.toContain("weather: dev runs it");
    expect(await bucketObjects(bucket)).toEqual(before);
  });

  it("history lists per environment and project the deployed commits with digests; rollback restores the earlier render byte for byte", async () => {
    const first = devDag("sales");
    const deployed = await dagship(repo.dir, "deploy", "--env", "dev", "--project", "sales");
    expect(deployed.code, deployed.stderr).toBe(0);
    expect(devDag("sales")).not.toBe(first);

    const history = await dagship(repo.dir, "history", "--json");
    expect(history.code, history.stderr).toBe(0);
    const [dev, prod] = JSON.parse(history.stdout) as HistoryJson[];
    const sales = (entry: HistoryJson | undefined) => entry?.projects.find((project) => project.project === "sales")?.deploys ?? [];
    expect(dev?.environment).toBe("dev");
    expect(sales(dev).map((deploy) => [deploy.commit, deploy.current])).toEqual([
      [commits["c2"], true],
      [commits["c1"], false],
    ]);
    expect(prod?.environment).toBe("prod");
    expect(sales(prod).map((deploy) => [deploy.commit, deploy.releaseTag, deploy.origin])).toEqual([
      [commits["c1"], "v1.0.0", { via: "promotion", from: "dev" }],
    ]);
    // prod runs the digest dev ran at c1, and dev has moved on to another.
    expect(sales(prod)[0]?.images["sales"]?.reference).toBe(sales(dev)[1]?.images["sales"]?.reference);
    expect(sales(dev)[0]?.images["sales"]?.reference).not.toBe(sales(dev)[1]?.images["sales"]?.reference);

    const text = await dagship(repo.dir, "history", "sales", "--env", "dev");
    expect(text.stdout.split("\n").slice(0, 2)).toEqual([`dev (${path.join(repo.dir, "out/dev")})`, "  sales"]);
    expect(text.stdout).toMatch(new RegExp(`\\* ${commits["c2"]?.slice(0, 7)}  deployed .*  sales@sha256:[0-9a-f]{12}`));

    const rollback = await dagship(repo.dir, "rollback", "sales", "--to", (commits["c1"] as string).slice(0, 8), "--env", "dev");
    expect(rollback.code, rollback.stderr).toBe(0);
    expect(rollback.stderr).toContain(`rollback from ${commits["c2"]?.slice(0, 7)}`);
    expect(devDag("sales")).toBe(first);
    const after = JSON.parse((await dagship(repo.dir, "history", "sales", "--env", "dev", "--json")).stdout) as HistoryJson[];
    expect(sales(after[0]).map((deploy) => [deploy.commit, deploy.origin?.via])).toEqual([
      [commits["c1"], "rollback"],
      [commits["c2"], undefined],
      [commits["c1"], undefined],
    ]);
  });

  it("rollback to a commit never deployed there is refused, with the ones that were", async () => {
    const before = devDag("sales");
    const never = repo.commit("not deployed anywhere");
    const run = await dagship(repo.dir, "rollback", "sales", "--to", never, "--env", "prod");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `${never.slice(0, 7)} was never deployed to gs://${bucket}/dags (sales) (as far as its last 1 deploy(s) go); deployed there: ${commits["c1"]?.slice(0, 7)} (deployed `,
    );
    expect(run.stderr).toContain(", v1.0.0)");
    expect((await dagship(repo.dir, "rollback", "sales", "--to", "c0ffee")).stderr).toContain("name the environment to roll back: --env dev|prod");
    expect(devDag("sales")).toBe(before);
  });

  it("through the DeployDeps image seam: a promotion asks docker and the registry nothing, and pins dev's digest", async () => {
    const log = new MemoryLogger();
    const real = createImageDeps({ logger: log, username: env.registryUser, password: env.registryPassword });
    const docker = new RecordingDocker(real.docker);
    const calls = docker.calls;
    const images: ImageDeps = {
      ...real,
      docker,
      credentials: { credentialsFor: (ref) => (calls.push("credentials"), real.credentials.credentialsFor(ref)) },
      registryClient: (ref, credentials) => (calls.push("registry"), real.registryClient(ref, credentials)),
    };
    const git = new CliGit(repo.dir);
    repo.git("checkout", "-q", "v1.0.0");
    try {
      const elsewhere = uniqueName("dagship-envs-seam");
      const base = {
        repoRoot: repo.dir,
        destination: parseDestination("./out/unused", repo.dir),
        composer: "auto" as const,
        airflow: "auto" as const,
        dryRun: false,
        noBuild: false,
        createRepository: false,
      };
      const options = await withEnvironment(base, "prod", { destination: parseDestination(`gs://${elsewhere}/dags`) }, { log, git });
      expect(options.noBuild).toBe(true);
      const report = await deployRepository(options, { log, git, images });
      expect(calls).toEqual([]);
      const devHistory = JSON.parse(readFileSync(path.join(repo.dir, "out/dev", repoName, "weather/.dagship-manifest.json"), "utf8")) as {
        history: { deploys: { commit: string; images: Record<string, { reference: string }> }[] };
      };
      const devAtTag = devHistory.history.deploys.find((deploy) => deploy.commit === commits["c1"]);
      const weather = (await bucketObjects(elsewhere)).get(`dags/${repoName}/weather/weather.py`)?.content;
      expect(weather).toContain(`image='${devAtTag?.images["weather"]?.reference}'`);
      expect(report.projects.find((project) => project.project === "weather")?.image.action).toBe("promoted");
    } finally {
      repo.git("checkout", "-q", "main");
    }
  });
});

describe("environments without a config", () => {
  it("--env without dagship.config.yaml is a clear error; plain flags work as before", async () => {
    const repo = new FixtureRepo();
    try {
      repo.write({ "projects/solo/dag.yaml": dagYaml({ tasks: ["only"] }) });
      repo.commit("one project");
      const missing = await dagship(repo.dir, "deploy", "--env", "dev");
      expect(missing.code).toBe(1);
      expect(missing.stderr).toContain(`--env dev needs dagship.config.yaml at the repository root (${repo.dir})`);
      const plain = await dagship(repo.dir, "deploy", "--dest", "out");
      expect(plain.code, plain.stderr).toBe(0);
      writeFileSync(path.join(repo.dir, "projects/solo/dag.yaml"), dagYaml({ tasks: ["only", "then"] }));
      repo.commit("two tasks");
      expect((await dagship(repo.dir, "deploy", "--dest", "out")).code).toBe(0);
      const history = await dagship(repo.dir, "history", "--dest", "out", "--json");
      const [only] = JSON.parse(history.stdout) as HistoryJson[];
      expect(only?.projects[0]?.deploys.map((deploy) => deploy.current)).toEqual([true, false]);
    } finally {
      repo.cleanup();
    }
  });
});
