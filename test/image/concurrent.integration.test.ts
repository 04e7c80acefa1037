/**
 * Concurrent image builds against the real local Docker daemon and docker-registry: builds that
 * each take a known time (`RUN sleep 2`) overlap up to --jobs, the limits hold, every project's log
 * stays in its own group, and one failing build fails the deploy listing every project's outcome
 * while the other images are pushed.
 */
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { main } from "../../src/cli.js";
import { buildProjectImages } from "../../src/image/concurrent.js";
import { DockerCli, type DockerCommandManager, type ExecOptions, type ExecResult } from "../../src/image/docker.js";
import { createImageDeps, type ImageDeps, type ProjectImageRequest } from "../../src/image/index.js";
import type { BuilderKind, DockerCommand } from "../../src/image/plan.js";
import { MemoryLogger } from "../../src/log.js";
import { testEnv } from "../helpers/test-env.js";
import { RawRegistry, removeLocalImages } from "./registry-tools.js";

const env = testEnv();
const raw = new RawRegistry(env.registry, env.registryUser, env.registryPassword);
const work = await mkdtemp(path.join(tmpdir(), "dagship-concurrent-it-"));
const namespaces: string[] = [];

interface Span {
  readonly what: string;
  readonly start: number;
  end: number;
}

/** The real docker CLI, recording when each build and push ran and how many ran at once. */
class TimingDocker implements DockerCommandManager {
  readonly builds: Span[] = [];
  readonly pushes: Span[] = [];
  maxBuilds = 0;
  maxPushes = 0;
  private buildsNow = 0;
  private pushesNow = 0;
  constructor(private readonly real: DockerCommandManager) {}
  builder(): Promise<BuilderKind> {
    return this.real.builder();
  }
  login(host: string, username: string, password: string): Promise<void> {
    return this.real.login(host, username, password);
  }
  async build(command: DockerCommand, context: Readable, onLine?: (line: string) => void): Promise<void> {
    const span: Span = { what: command.args.find((arg) => arg.includes(env.registry)) ?? "?", start: performance.now(), end: Number.NaN };
    this.builds.push(span);
    this.maxBuilds = Math.max(this.maxBuilds, ++this.buildsNow);
    try {
      await this.real.build(command, context, onLine);
    } finally {
      this.buildsNow--;
      span.end = performance.now();
    }
  }
  async push(image: string, tag: string, onLine?: (line: string) => void): Promise<string | undefined> {
    const span: Span = { what: `${image}:${tag}`, start: performance.now(), end: Number.NaN };
    this.pushes.push(span);
    this.maxPushes = Math.max(this.maxPushes, ++this.pushesNow);
    try {
      return await this.real.push(image, tag, onLine);
    } finally {
      this.pushesNow--;
      span.end = performance.now();
    }
  }
  exec(command: DockerCommand, options?: ExecOptions): Promise<ExecResult> {
    return this.real.exec(command, options);
  }
}

function deps(logger: MemoryLogger): ImageDeps & { docker: TimingDocker } {
  const real = createImageDeps({ logger, username: env.registryUser, password: env.registryPassword });
  return { ...real, docker: new TimingDocker(real.docker) };
}

const SLEEPING = ["ARG BASE_IMAGE", "FROM ${BASE_IMAGE}", "COPY . /app", "RUN sleep 2", ""].join("\n");
const FAILING = ["ARG BASE_IMAGE", "FROM ${BASE_IMAGE}", "COPY . /app", "RUN false", ""].join("\n");

/** A namespace of its own in the shared registry, and a folder of projects. */
async function repository(projects: Record<string, string>): Promise<{ root: string; registry: string; namespace: string }> {
  const namespace = `jobs-${randomBytes(5).toString("hex")}`;
  namespaces.push(namespace);
  const root = path.join(work, namespace);
  for (const [name, dockerfile] of Object.entries(projects)) {
    const dir = path.join(root, "projects", name);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, "Dockerfile"), dockerfile);
    // Distinct content per project and run: no build is ever served from the daemon's cache.
    await writeFile(path.join(dir, "main.txt"), `${name} ${namespace}\n`);
    await writeFile(path.join(dir, "dag.yaml"), `schedule: "@daily"\nstart_date: 2024-01-01\ntasks:\n  run:\n    command: [cat, /app/main.txt]\n`);
  }
  return { root, registry: `${env.registry}/${namespace}`, namespace };
}

function requests(root: string, registry: string, names: readonly string[], commit: string): ProjectImageRequest[] {
  return names.map((project) => ({
    project,
    contextDir: path.join(root, "projects", project),
    registry,
    commitSha: commit,
    buildArgs: { BASE_IMAGE: env.busyboxImage },
  }));
}

/** The lines of each top-level `Image of ...` group of a StreamLogger's output. */
function imageGroups(lines: readonly string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of lines) {
    const title = /^== (Image of .*)$/.exec(line)?.[1];
    if (title !== undefined) groups.set(title, (current = []));
    else if (line.startsWith("dagship: "))
      current = undefined; // the run's final message
    else current?.push(line);
  }
  return groups;
}

const COMMIT = "ab".repeat(20);

beforeAll(async () => {
  await new DockerCli({ logger: new MemoryLogger() }).exec({ args: ["version"], env: {} });
});

afterAll(async () => {
  const docker = new DockerCli({ logger: new MemoryLogger() });
  for (const namespace of namespaces) {
    await removeLocalImages(docker, `${env.registry}/${namespace}`);
  }
  await rm(work, { recursive: true, force: true });
});

describe("concurrent image builds", () => {
  it("with --jobs N, N builds of 2 s run at the same time; each project's log is its own group", async () => {
    const names = ["p1", "p2", "p3", "p4"];
    const { root, registry, namespace } = await repository(Object.fromEntries(names.map((name) => [name, SLEEPING])));
    const log = new MemoryLogger();
    const d = deps(log);
    const outcomes = await buildProjectImages(requests(root, registry, names, COMMIT), d, { jobs: names.length, log });

    expect(outcomes.map((outcome) => [outcome.project, outcome.ok])).toEqual(names.map((name) => [name, true]));
    // Every build was under way while every other one was: they overlapped, all N at once.
    expect(d.docker.builds).toHaveLength(names.length);
    const latestStart = Math.max(...d.docker.builds.map((span) => span.start));
    const earliestEnd = Math.min(...d.docker.builds.map((span) => span.end));
    expect(latestStart).toBeLessThan(earliestEnd);
    expect(d.docker.maxBuilds).toBe(names.length);

    // The registry serves each project's image at the digest the outcome names.
    for (const outcome of outcomes) {
      if (!outcome.ok) throw new Error(`${outcome.project} failed`);
      expect(await raw.digest(`${namespace}/${outcome.project}`, COMMIT)).toBe(outcome.value.digest);
    }

    // Each project's group holds its own build and push, and nothing of another project's.
    const groups = imageGroups(log.lines);
    expect([...groups.keys()].sort()).toEqual(names.map((name) => `Image of ${name}`));
    for (const name of names) {
      const body = groups.get(`Image of ${name}`) ?? [];
      expect(
        body.filter((line) => line.startsWith("== docker build ")),
        name,
      ).toEqual([`== docker build ${registry}/${name} (classic builder)`]);
      expect(
        body.some((line) => line.startsWith(`== docker push ${registry}/${name}:`)),
        name,
      ).toBe(true);
      const others = names.filter((other) => other !== name).map((other) => `${registry}/${other}`);
      expect(
        body.filter((line) => others.some((other) => line.includes(`${other}:`) || line.includes(`${other}@`) || line.endsWith(other))),
        name,
      ).toEqual([]);
    }
  });

  it("never runs more builds than --jobs nor more pushes than the push limit", async () => {
    const names = ["q1", "q2", "q3"];
    const { root, registry } = await repository(Object.fromEntries(names.map((name) => [name, SLEEPING])));
    const log = new MemoryLogger();
    const d = deps(log);
    const outcomes = await buildProjectImages(requests(root, registry, names, COMMIT), d, { jobs: 2, pushes: 1, log });

    expect(outcomes.every((outcome) => outcome.ok)).toBe(true);
    expect(d.docker.maxBuilds).toBe(2);
    expect(d.docker.maxPushes).toBe(1);
    // The third build waited for a slot: it started after one of the first two had ended.
    const [first, second, third] = [...d.docker.builds].sort((a, b) => a.start - b.start);
    expect(third?.start).toBeGreaterThanOrEqual(Math.min(first?.end ?? Number.NaN, second?.end ?? Number.NaN));
  });

  it("one failing build fails the deploy, listing every project's outcome; the other images are pushed", async () => {
    const { root, registry, namespace } = await repository({ alpha: SLEEPING, broken: FAILING, gamma: SLEEPING });
    execFileSync("git", ["init", "-q", "-b", "main"], { cwd: root });
    execFileSync("git", ["-c", "user.email=ci@example.com", "-c", "user.name=ci", "add", "-A"], { cwd: root });
    execFileSync("git", ["-c", "user.email=ci@example.com", "-c", "user.name=ci", "commit", "-qm", "three projects"], { cwd: root });
    const sha = execFileSync("git", ["rev-parse", "HEAD"], { cwd: root, encoding: "utf8" }).trim();
    const dest = path.join(root, "dags-out");

    vi.stubEnv("DAGSHIP_REGISTRY_USERNAME", env.registryUser);
    vi.stubEnv("DAGSHIP_REGISTRY_PASSWORD", env.registryPassword);
    let stderr = "";
    let code: number;
    try {
      code = await main(
        [
          "deploy",
          "--repo",
          root,
          "--dest",
          dest,
          "--registry",
          registry,
          "--jobs",
          "3",
          "--build-arg",
          `BASE_IMAGE=${env.busyboxImage}`,
          "--composer",
          "3",
          "--airflow",
          "2",
        ],
        { cwd: root, stdout: () => undefined, stderr: (text) => (stderr += text) },
      );
    } finally {
      vi.unstubAllEnvs();
    }

    expect(code, stderr).toBe(1);
    const alpha = await raw.digest(`${namespace}/alpha`, sha);
    const gamma = await raw.digest(`${namespace}/gamma`, sha);
    expect(alpha).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(gamma).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(await raw.tags(`${namespace}/broken`)).toEqual([]);

    // Every project's outcome: the two good ones deployed (their DAGs pin the pushed digests), the broken one failed.
    expect(stderr).toMatch(/2 deployed; 1 failed: broken\./);
    expect(stderr).toMatch(/broken[^\n]*\n?[^\n]*docker build failed at step 4\/\d+: RUN false \(exit code 1\)/);
    expect(readFileSync(path.join(dest, path.basename(root), "alpha", "alpha.py"), "utf8")).toContain(`${registry}/alpha@${alpha}`);
    expect(readFileSync(path.join(dest, path.basename(root), "gamma", "gamma.py"), "utf8")).toContain(`${registry}/gamma@${gamma}`);
    // The failing project's log is its own group, with the failure at its end.
    const groups = imageGroups(stderr.split("\n"));
    expect([...groups.keys()].sort()).toEqual(["Image of alpha", "Image of broken: failed", "Image of gamma"]);
    const broken = groups.get("Image of broken: failed") ?? [];
    const failedAt = broken.findIndex((line) => line.startsWith("failed: "));
    expect(broken[failedAt]).toMatch(/^failed: docker build failed at step 4\/\d+: RUN false/);
    expect(broken.findIndex((line) => line.startsWith("Step 4/"))).toBeLessThan(failedAt);
    // The broken project's DAG was not deployed; the others were (above).
    expect(await readdir(path.join(dest, path.basename(root)))).toEqual(["alpha", "gamma"]);
    // The registry password reached no line.
    expect(stderr).not.toContain(env.registryPassword);
  });
});
