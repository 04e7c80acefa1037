/**
 * template-repo end to end, against the local services (scripts/test-env/up.sh): copied into a
 * fresh git repository, every project validates, its image builds in the real Docker daemon from
 * its own local Python base image (Debian's python3 with that project's pinned requirements
 * already installed from Debian packages, so the offline `pip install -r requirements.txt` is a
 * no-op), its own tests pass inside its test image with no network, its DAG renders and deploys to
 * the storage emulator naming the digest the registry serves. The two examples pin conflicting
 * versions of `requests` on different Pythons: each image is shown to hold its own. Then
 * `dagship new` output does the same.
 */
import { execFile } from "node:child_process";
import { cp, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { Storage } from "@google-cloud/storage";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main, type CliIo } from "../../src/cli.js";
import { deployRepository, type DeployReport } from "../../src/deploy.js";
import { createImageDeps, parseRegistryRef } from "../../src/image/index.js";
import { MemoryLogger } from "../../src/log.js";
import { CliGit, parseDestination } from "../../src/sync/index.js";
import { testEnv } from "../helpers/test-env.js";
import { RawRegistry } from "../image/registry-tools.js";

const run = promisify(execFile);
const TEMPLATE = resolve(import.meta.dirname, "../../template-repo");
const env = testEnv();
const runId = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/**
 * The example projects, their package, a module each must be able to start in its image, the local
 * base image it builds from (standing in for its Dockerfile's `python:3.X-slim`), and the Python and
 * `requests` that image must end up with: the two projects' pins conflict.
 */
const PROJECTS = {
  gcs_transform: {
    dagId: "gcs_transform",
    entry: "gcs_transform.clean",
    tasks: ["check_inputs", "clean_orders", "clean_customers", "clean_refunds", "report"],
    base: env.python39Image,
    python: "3.9",
    requests: "2.25.1",
  },
  weather_ingest: {
    dagId: "weather_ingest",
    entry: "weather_ingest.fetch",
    tasks: ["fetch_KJFK", "fetch_KSFO", "fetch_KORD", "load"],
    base: env.pythonImage,
    python: "3.11",
    requests: "2.28.1",
  },
} as const;
type ProjectName = keyof typeof PROJECTS;
const NAMES = Object.keys(PROJECTS).sort() as ProjectName[];

async function docker(args: readonly string[], timeout = 300_000): Promise<{ stdout: string; stderr: string }> {
  try {
    return await run("docker", [...args], { timeout, maxBuffer: 32 * 1024 * 1024, env: { ...process.env, DOCKER_BUILDKIT: "0" } });
  } catch (thrown) {
    const failure = thrown as { stdout?: string; stderr?: string; message: string };
    throw new Error(`docker ${args.join(" ")} failed: ${failure.message}\n${failure.stdout ?? ""}\n${failure.stderr ?? ""}`, { cause: thrown });
  }
}

/** Build the project's `test` stage from a local Python base and run its tests inside it, offline. */
async function testsInImage(dir: string, tag: string, base: string): Promise<string> {
  await docker(["build", "--quiet", "--build-arg", `BASE_IMAGE=${base}`, "--target", "test", "--tag", tag, dir]);
  try {
    const { stdout } = await docker(["run", "--rm", "--network", "none", tag, "python3", "-m", "pytest"]);
    return stdout;
  } finally {
    await docker(["rmi", "--force", tag]).catch(() => undefined);
  }
}

function passedCount(pytestOutput: string): number {
  expect(pytestOutput).not.toMatch(/\bfailed\b|\berror\b/);
  return Number(/(\d+) passed/.exec(pytestOutput)?.[1] ?? 0);
}

function memoryIo(cwd: string): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { cwd, out, err, stdout: (text) => out.push(text), stderr: (text) => err.push(text) };
}

let work = "";
let repo = "";

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "dagship-template-"));
  repo = join(work, "acme-etl");
  // What "Use this template" gives a team: the files, without local build output.
  await cp(TEMPLATE, repo, { recursive: true, filter: (source) => !/[\\/](\.dagship|\.venv|__pycache__|\.pytest_cache)$/.test(source) });
  const git = (...args: string[]) => run("git", ["-C", repo, ...args]);
  await git("init", "--quiet", "--initial-branch=main");
  await git("-c", "user.name=Template Test", "-c", "user.email=template@example.com", "add", "--all");
  await git("-c", "user.name=Template Test", "-c", "user.email=template@example.com", "commit", "--quiet", "--message", "from the template");
});

afterAll(async () => {
  if (work !== "") await rm(work, { recursive: true, force: true });
  // The images this run built and pushed stay in the registry; their local tags go.
  const { stdout } = await docker(["images", "--format", "{{.Repository}}:{{.Tag}}"]).catch(() => ({ stdout: "" }));
  const mine = stdout.split("\n").filter((name) => name.startsWith(`${env.registry}/template-${runId}/`));
  if (mine.length > 0) await docker(["rmi", "--force", ...mine]).catch(() => undefined);
});

describe("template-repo in a fresh git repository", () => {
  it("has exactly the two example projects, and every dag.yaml validates", async () => {
    expect((await readdir(join(repo, "projects"))).sort()).toEqual(Object.keys(PROJECTS).sort());
    const io = memoryIo(repo);
    expect(await main(["validate"], io)).toBe(0);
    expect(io.err.join("")).toBe("2 dag.yaml file(s) valid for composer-3-airflow-2.\n");
  });

  const reports = new Map<ProjectName, DeployReport>();
  const deployed = (): DeployReport["projects"] => NAMES.flatMap((name) => reports.get(name)?.projects ?? []);
  const bucket = `template-e2e-${runId}`;
  const registry = `${env.registry}/template-${runId}`;

  it("their pins conflict: different Pythons, different versions of requests", async () => {
    const pins = new Map<ProjectName, string>();
    for (const name of NAMES) {
      const requirements = await readFile(join(repo, "projects", name, "requirements.txt"), "utf8");
      pins.set(name, /^requests==(\S+)$/m.exec(requirements)?.[1] ?? "");
      expect(pins.get(name)).toBe(PROJECTS[name].requests);
      const dockerfile = await readFile(join(repo, "projects", name, "Dockerfile"), "utf8");
      expect(dockerfile).toMatch(/^ARG BASE_IMAGE=python:3\.\d+-slim$/m);
    }
    expect(new Set(pins.values()).size).toBe(NAMES.length);
    expect(new Set(NAMES.map((name) => PROJECTS[name].python)).size).toBe(NAMES.length);
    expect(new Set(NAMES.map((name) => PROJECTS[name].base)).size).toBe(NAMES.length);
  });

  it("deploy, one project at a time from its own base: builds the image, pushes it, and syncs its DAG to the bucket", async () => {
    const head = (await run("git", ["-C", repo, "rev-parse", "HEAD"])).stdout.trim();
    for (const name of NAMES) {
      const logger = new MemoryLogger();
      const report = await deployRepository(
        {
          repoRoot: repo,
          destination: parseDestination(`gs://${bucket}/dags`),
          registry: parseRegistryRef(registry),
          projects: [name],
          composer: "3",
          airflow: "2",
          dryRun: false,
          noBuild: false,
          createRepository: false,
          buildArgs: { BASE_IMAGE: PROJECTS[name].base },
        },
        { log: logger, git: new CliGit(repo), images: createImageDeps({ logger, username: env.registryUser, password: env.registryPassword }) },
      );
      expect(report.commit).toBe(head);
      expect(report.projects.map((project) => [project.project, project.image.action])).toEqual([[name, "built"]]);
      reports.set(name, report);
    }

    const raw = new RawRegistry(env.registry, env.registryUser, env.registryPassword);
    const objects = new Storage({ apiEndpoint: env.storageEmulatorHost, projectId: "dagship-test" }).bucket(bucket);
    // The second deploy left the first one's files alone.
    const [files] = await objects.getFiles({ prefix: "dags/" });
    expect(files.map((file) => file.name).sort()).toEqual([
      "dags/acme-etl/gcs_transform/.dagship-manifest.json",
      "dags/acme-etl/gcs_transform/gcs_transform.py",
      "dags/acme-etl/weather_ingest/.dagship-manifest.json",
      "dags/acme-etl/weather_ingest/weather_ingest.py",
    ]);

    for (const project of deployed()) {
      const { dagId, tasks } = PROJECTS[project.project as ProjectName];
      const imagePath = `${registry.slice(env.registry.length + 1)}/${project.project}`;
      // The digest the registry serves for the commit tag is the one the DAG pins.
      const served = await raw.digest(imagePath, head);
      expect(served).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(project.image.reference).toBe(`${registry}/${project.project}@${served}`);
      const [content] = await objects.file(`dags/acme-etl/${project.project}/${dagId}.py`).download();
      const dag = content.toString("utf8");
      expect(dag).toBe(project.rendered.content);
      const images = [...dag.matchAll(/^\s+image='([^']+)',$/gm)].map((match) => match[1]);
      expect(images).toEqual(tasks.map(() => `${registry}/${project.project}@${served}`));
      expect([...dag.matchAll(/^\s+task_id='([^']+)',$/gm)].map((match) => match[1])).toEqual([...tasks]);
      // The commit is in the manifest, never in the DAG file; the pods carry the image's content tag.
      expect(dag).not.toContain(head);
      expect(dag).toMatch(/'dagship\.io\/image-tag': 'ctx-[0-9a-f]{32}'/);
      const [manifest] = await objects.file(`dags/acme-etl/${project.project}/.dagship-manifest.json`).download();
      expect(JSON.parse(manifest.toString("utf8"))).toMatchObject({ project: project.project, commit: head, files: { [`${dagId}.py`]: {} } });
    }
  });

  it("each deployed image starts its entry point offline, as a non-root user", async () => {
    expect(deployed().map((project) => project.project)).toEqual(NAMES);
    for (const project of deployed()) {
      const { entry } = PROJECTS[project.project as ProjectName];
      const { stdout } = await docker(["run", "--rm", "--network", "none", project.image.reference, "sh", "-c", `id -u && python3 -m ${entry} --help`]);
      const [uid, usage] = [stdout.split("\n")[0], stdout.split("\n").slice(1).join("\n")];
      expect(uid).toBe("10001");
      expect(usage).toMatch(new RegExp(`^usage: ${entry.replace(".", "\\.")} `));
    }
  });

  it("each deployed image holds its own Python and its own pinned requests, and not the other project's", async () => {
    expect(deployed().map((project) => project.project)).toEqual(NAMES);
    const seen: string[] = [];
    for (const project of deployed()) {
      const name = project.project as ProjectName;
      const other = PROJECTS[NAMES.find((candidate) => candidate !== name) as ProjectName];
      const script = [
        "python3 -c 'import sys, requests; print(\"%d.%d\" % sys.version_info[:2], requests.__version__)'",
        // The other project's pin is not to be had in this image (offline, and pip may not look elsewhere).
        `if out=$(python3 -m pip install --no-index requests==${other.requests} 2>&1); then echo other-pin-installed; else echo "$out" | grep -o 'No matching distribution found for requests==[0-9.]*'; fi`,
      ].join("\n");
      const { stdout } = await docker(["run", "--rm", "--network", "none", project.image.reference, "sh", "-c", script]);
      expect(stdout, name).toBe(`${PROJECTS[name].python} ${PROJECTS[name].requests}\nNo matching distribution found for requests==${other.requests}\n`);
      seen.push(stdout.split("\n")[0] ?? "");
    }
    // gcs_transform on 3.9 with requests 2.25.1, weather_ingest on 3.11 with requests 2.28.1: side by side.
    expect(seen).toEqual(["3.9 2.25.1", "3.11 2.28.1"]);
  });

  it.each(NAMES)("%s: its own tests pass inside its image, built from its own base, offline", async (name) => {
    const output = await testsInImage(join(repo, "projects", name), `${name}:test-${runId}`, PROJECTS[name].base);
    expect(passedCount(output)).toBeGreaterThanOrEqual(20);
  });
});

describe("dagship new", () => {
  it("scaffolds a project that validates, builds from the local Python base and passes its tests", async () => {
    const io = memoryIo(repo);
    expect(await main(["new", "nightly_report"], io)).toBe(0);
    const dir = join(repo, "projects", "nightly_report");
    expect(io.out.join("")).toContain("created projects/nightly_report/dag.yaml");

    const validate = memoryIo(repo);
    expect(await main(["validate", "projects/nightly_report"], validate)).toBe(0);
    const graph = memoryIo(repo);
    expect(await main(["graph", "projects/nightly_report", "--json"], graph)).toBe(0);
    expect(JSON.parse(graph.out.join(""))).toMatchObject({ dagId: "nightly_report" });

    expect(passedCount(await testsInImage(dir, `nightly_report:test-${runId}`, env.pythonImage))).toBe(3);

    const tag = `nightly_report:dev-${runId}`;
    await docker(["build", "--quiet", "--build-arg", `BASE_IMAGE=${env.pythonImage}`, "--tag", tag, dir]);
    try {
      const { stdout } = await docker(["run", "--rm", "--network", "none", tag, "python3", "-m", "nightly_report.main", "--day", "2024-01-05"]);
      expect(JSON.parse(stdout)).toEqual({ day: "2024-01-05", environment: "dev", records: 1, total: 5 });
    } finally {
      await docker(["rmi", "--force", tag]).catch(() => undefined);
    }
  });

  it("refuses an invalid or existing name, and writes nothing", async () => {
    const before = (await readdir(join(repo, "projects"))).sort();
    for (const [args, message] of [
      [["new", "Nightly-Report"], 'dagship: cannot create project: "Nightly-Report" is not lower-case snake_case'],
      [["new", "import"], 'dagship: cannot create project: "import" is a Python keyword'],
      [["new", "weather_ingest"], "dagship: projects/weather_ingest already exists: pick another name, or remove the folder first"],
      [["new"], "dagship: dagship new needs the project's name"],
    ] as const) {
      const io = memoryIo(repo);
      expect(await main(args, io)).toBe(1);
      expect(io.err.join("")).toContain(message);
    }
    const elsewhere = memoryIo(work);
    expect(await main(["new", "orphan"], elsewhere)).toBe(1);
    expect(elsewhere.err.join("")).toContain("there is no projects/ folder in");
    expect((await readdir(join(repo, "projects"))).sort()).toEqual(before);
    expect(await readdir(work)).toEqual(["acme-etl"]);
  });
});
