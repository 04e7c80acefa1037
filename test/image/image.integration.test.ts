/**
 * The image phase against the real local Docker daemon and the real docker-registry (htpasswd
 * auth) that scripts/test-env/up.sh starts. Every test deploys into its own repository.
 */
import { randomBytes } from "node:crypto";
import { chmod, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UserError } from "../../src/errors.js";
import type { DockerCommandManager, ExecResult, ExecOptions } from "../../src/image/docker.js";
import { BuildFailedError, DockerCli } from "../../src/image/docker.js";
import { createImageDeps, ensureProjectImage, type ImageDeps, type ProjectImage, type ProjectImageRequest } from "../../src/image/index.js";
import type { BuilderKind, DockerCommand } from "../../src/image/plan.js";
import { scanContext } from "../../src/image/context.js";
import { PROFILES } from "../../src/profile.js";
import { renderDag } from "../../src/render/render.js";
import { compileSpec } from "../../src/dagfile/index.js";
import { testEnv } from "../helpers/test-env.js";
import { RecordingLogger } from "./recording-logger.js";
import { PrivateRegistry, RawRegistry, removeLocalImages } from "./registry-tools.js";

const env = testEnv();
const raw = new RawRegistry(env.registry, env.registryUser, env.registryPassword);
const work = await mkdtemp(path.join(tmpdir(), "dagship-image-it-"));
const namespaces: string[] = [];

/** Counts what went through the docker seam, delegating to the real CLI. */
class CountingDocker implements DockerCommandManager {
  builds = 0;
  pushes = 0;
  logins = 0;
  constructor(readonly real: DockerCommandManager) {}
  builder(): Promise<BuilderKind> {
    return this.real.builder();
  }
  login(host: string, username: string, password: string): Promise<void> {
    this.logins++;
    return this.real.login(host, username, password);
  }
  build(command: DockerCommand, context: Readable, onLine?: (line: string) => void): Promise<void> {
    this.builds++;
    return this.real.build(command, context, onLine);
  }
  push(image: string, tag: string, onLine?: (line: string) => void): Promise<string | undefined> {
    this.pushes++;
    return this.real.push(image, tag, onLine);
  }
  exec(command: DockerCommand, options?: ExecOptions): Promise<ExecResult> {
    return this.real.exec(command, options);
  }
}

function deps(options: { password?: string; logger?: RecordingLogger } = {}): ImageDeps & { docker: CountingDocker; logger: RecordingLogger } {
  const logger = options.logger ?? new RecordingLogger();
  const real = createImageDeps({ logger, username: env.registryUser, password: options.password ?? env.registryPassword });
  return { ...real, logger, docker: new CountingDocker(real.docker) };
}

const DOCKERFILE = [
  "ARG BASE_IMAGE",
  "FROM ${BASE_IMAGE}",
  "ARG GREETING=hello",
  "COPY . /app",
  'RUN echo "$GREETING" > /greeting',
  'CMD ["cat", "/app/src/main.txt"]',
  "",
].join("\n");

interface Project {
  dir: string;
  /** Registry reference of this test: its own namespace in the shared registry. */
  registry: string;
  /** Repository path of the project's image in the registry. */
  name: string;
  write(rel: string, content: string): Promise<void>;
  request(commit: string, extra?: Partial<ProjectImageRequest>): ProjectImageRequest;
}

async function project(files: Record<string, string> = {}): Promise<Project> {
  const namespace = `it-${randomBytes(5).toString("hex")}`;
  namespaces.push(namespace);
  const dir = path.join(work, namespace, "sales");
  const write = async (rel: string, content: string): Promise<void> => {
    await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await writeFile(path.join(dir, rel), content);
  };
  const all: Record<string, string> = {
    Dockerfile: DOCKERFILE,
    "dag.yaml": "dag_id: sales\nschedule: '@daily'\nstart_date: 2024-01-01\ntasks:\n  extract:\n    command: [cat, /app/src/main.txt]\n",
    ".dockerignore": "*.log\nscratch/\n",
    "src/main.txt": "hello from sales\n",
    "notes.log": "ignored\n",
    ...files,
  };
  for (const [rel, content] of Object.entries(all)) await write(rel, content);
  const registry = `${env.registry}/${namespace}`;
  return {
    dir,
    registry,
    name: `${namespace}/sales`,
    write,
    request: (commit, extra = {}) => ({
      project: "sales",
      contextDir: dir,
      registry,
      commitSha: commit,
      buildArgs: { BASE_IMAGE: env.busyboxImage },
      ...extra,
    }),
  };
}

function sha(n: number): string {
  return n.toString(16).padStart(2, "0").repeat(20);
}

async function runImage(reference: string, ...command: string[]): Promise<string> {
  const docker = new DockerCli({ logger: new RecordingLogger() });
  const result = await docker.exec({ args: ["run", "--rm", "--network", "none", reference, ...command], env: {} });
  return result.stdout;
}

async function failureOf(run: () => Promise<unknown>): Promise<Error> {
  const outcome = await run().then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(outcome instanceof Error)) throw new Error("expected a failure");
  return outcome;
}

beforeAll(async () => {
  // The daemon must be there; fail loudly rather than skip.
  await new DockerCli({ logger: new RecordingLogger() }).exec({ args: ["version"], env: {} });
});

afterAll(async () => {
  const docker = new DockerCli({ logger: new RecordingLogger() });
  for (const namespace of namespaces) {
    await removeLocalImages(docker, `${env.registry}/${namespace}`);
  }
  await rm(work, { recursive: true, force: true });
});

describe("deploys", () => {
  it("builds and pushes first; an unchanged context at a new commit builds nothing and shares the digest", async () => {
    const p = await project();
    const d = deps();
    const first = await ensureProjectImage(p.request(sha(1)), d);
    expect(first).toMatchObject({ built: true, action: "built" });
    expect(d.docker.builds).toBe(1);
    expect(d.docker.pushes).toBe(1);
    expect(first.reference).toBe(`${env.registry}/${p.name}@${first.digest}`);

    const second = await ensureProjectImage(p.request(sha(2)), d);
    expect(second).toMatchObject({ built: false, action: "reused", digest: first.digest, contentTag: first.contentTag });
    expect(d.docker.builds).toBe(1);
    expect(d.docker.pushes).toBe(1);

    expect(await raw.tags(p.name)).toEqual([sha(1), sha(2), first.contentTag].sort());
    expect(await raw.digest(p.name, sha(1))).toBe(first.digest);
    expect(await raw.digest(p.name, sha(2))).toBe(first.digest);
    expect(await raw.digest(p.name, first.contentTag)).toBe(first.digest);

    // The image is the project: it runs, and it holds the sources but not dag.yaml or ignored files.
    expect(await runImage(first.reference)).toBe("hello from sales\n");
    const files = (await runImage(first.reference, "ls", "-a", "/app")).split("\n").filter((f) => f !== "" && f !== "." && f !== "..");
    expect(files.sort()).toEqual([".dockerignore", "Dockerfile", "src"]);

    // The registry password reached no log line, not even debug ones.
    expect(d.logger.masked).toContain(env.registryPassword);
    expect(d.logger.leaks(env.registryPassword)).toEqual([]);
    expect(d.logger.lines.some((line) => line.startsWith("debug: running docker login"))).toBe(true);
  });

  it.each([
    ["a source file", (p: Project) => p.write("src/main.txt", "changed\n"), {}],
    ["the Dockerfile", (p: Project) => p.write("Dockerfile", `${DOCKERFILE}LABEL changed=yes\n`), {}],
    ["a build arg", () => Promise.resolve(), { buildArgs: { BASE_IMAGE: env.busyboxImage, GREETING: "hi" } }],
  ])("rebuilds when %s changes", async (_what, change, extra) => {
    const p = await project();
    const d = deps();
    const first = await ensureProjectImage(p.request(sha(1)), d);
    await change(p);
    const second = await ensureProjectImage(p.request(sha(2), extra), d);
    expect(second.built).toBe(true);
    expect(d.docker.builds).toBe(2);
    expect(second.contentTag).not.toBe(first.contentTag);
    expect(second.digest).not.toBe(first.digest);
    expect(await raw.digest(p.name, sha(2))).toBe(second.digest);
    expect(await raw.digest(p.name, sha(1))).toBe(first.digest);
  });

  it.each([
    ["dag.yaml", (p: Project) => p.write("dag.yaml", "dag_id: sales\nschedule: '@hourly'\nstart_date: 2024-01-01\ntasks:\n  extract:\n    command: [true]\n")],
    ["a file .dockerignore excludes", (p: Project) => p.write("notes.log", "other notes\n")],
    ["a new file in an excluded folder", (p: Project) => p.write("scratch/tmp.txt", "x\n")],
  ])("does not rebuild when only %s changes", async (_what, change) => {
    const p = await project();
    const d = deps();
    const first = await ensureProjectImage(p.request(sha(1)), d);
    await change(p);
    const second = await ensureProjectImage(p.request(sha(2)), d);
    expect(second).toMatchObject({ built: false, digest: first.digest, contentTag: first.contentTag });
    expect(d.docker.builds).toBe(1);
    expect(await raw.digest(p.name, sha(2))).toBe(first.digest);
  });

  it("a release tag adds the version to the commit's image without building", async () => {
    const p = await project();
    const d = deps();
    const deployed = await ensureProjectImage(p.request(sha(1)), d);
    const release = await ensureProjectImage(p.request(sha(1), { releaseTag: "refs/tags/v1.4.0" }), d);
    expect(release).toMatchObject({ built: false, action: "reused", digest: deployed.digest });
    expect(release.tags).toContain("v1.4.0");
    expect(d.docker.builds).toBe(1);
    expect(await raw.tags(p.name)).toEqual([sha(1), deployed.contentTag, "v1.4.0"].sort());
    expect(await raw.digest(p.name, "v1.4.0")).toBe(deployed.digest);
  });

  it("--no-build deploys an existing context and refuses a new one, saying why", async () => {
    const p = await project();
    const d = deps();
    const first = await ensureProjectImage(p.request(sha(1)), d);
    const reuse = await ensureProjectImage(p.request(sha(2), { noBuild: true }), d);
    expect(reuse.digest).toBe(first.digest);
    await p.write("src/main.txt", "new\n");
    const error = await failureOf(() => ensureProjectImage(p.request(sha(3), { noBuild: true }), d));
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toMatch(/no image with content tag ctx-[0-9a-f]{32} exists, and building is turned off \(--no-build\)/);
    expect(d.docker.builds).toBe(1);
    expect(await raw.tags(p.name)).toEqual([sha(1), sha(2), first.contentTag].sort());
  });
});

describe("failures leave the registry unchanged", () => {
  it("wrong password", async () => {
    const p = await project();
    const good = deps();
    const first = await ensureProjectImage(p.request(sha(1)), good);
    const before = await raw.tags(p.name);
    await p.write("src/main.txt", "changed\n");
    const wrongPassword = `${env.registryPassword}-wrong`;
    const bad = deps({ password: wrongPassword });
    const error = await failureOf(() => ensureProjectImage(p.request(sha(2)), bad));
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toContain(`registry ${env.registry} did not accept the credentials of user "${env.registryUser}"`);
    expect(error.message).toContain("Check the registry username and password");
    expect(error.message).not.toContain(wrongPassword);
    expect(bad.logger.leaks(wrongPassword)).toEqual([]);
    expect(bad.docker.builds + bad.docker.pushes).toBe(0);
    expect(await raw.tags(p.name)).toEqual(before);
    expect(await raw.digest(p.name, sha(1))).toBe(first.digest);
  });

  it("registry down", async () => {
    const own = new PrivateRegistry(path.join(work, `registry-${randomBytes(4).toString("hex")}`));
    await own.start();
    try {
      const p = await project();
      const registry = `${own.host}/down`;
      const logger = new RecordingLogger();
      const d = { ...createImageDeps({ logger, username: own.user, password: own.password }), logger };
      const first = await ensureProjectImage(p.request(sha(1), { registry }), d);
      const ownRaw = new RawRegistry(own.host, own.user, own.password);
      const before = await ownRaw.tags("down/sales");
      expect(before).toEqual([sha(1), first.contentTag].sort());

      await own.stop();
      await p.write("src/main.txt", "changed\n");
      const counting = new CountingDocker(d.docker);
      const error = await failureOf(() => ensureProjectImage(p.request(sha(2), { registry }), { ...d, docker: counting }));
      expect(error).toBeInstanceOf(UserError);
      expect(error.message).toContain(`registry ${own.host} is unreachable (connection refused`);
      expect(error.message).toContain("Check the registry address given to --registry");
      expect(counting.builds).toBe(0);

      await own.start();
      expect(await ownRaw.tags("down/sales")).toEqual(before);
    } finally {
      await own.stop();
    }
  });

  it("missing Dockerfile", async () => {
    const p = await project();
    await rm(path.join(p.dir, "Dockerfile"));
    const d = deps();
    const error = await failureOf(() => ensureProjectImage(p.request(sha(1)), d));
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toContain(`no Dockerfile at ${path.join(p.dir, "Dockerfile")}`);
    expect(d.docker.builds).toBe(0);
    expect(await raw.tags(p.name)).toEqual([]);
  });

  it("failing RUN step: names the step and shows the end of its log", async () => {
    const p = await project({
      Dockerfile: ["ARG BASE_IMAGE", "FROM ${BASE_IMAGE}", "COPY . /app", 'RUN echo "checking marker-7f3a" && exit 3', ""].join("\n"),
    });
    const d = deps();
    const error = await failureOf(() => ensureProjectImage(p.request(sha(1)), d));
    expect(error).toBeInstanceOf(BuildFailedError);
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toMatch(/docker build failed at step 4\/\d+: RUN echo "checking marker-7f3a" && exit 3/);
    expect(error.message).toContain("exit code");
    expect(error.message).toContain("checking marker-7f3a");
    expect(error.message).toContain("the image was not pushed");
    expect(d.docker.pushes).toBe(0);
    expect(await raw.tags(p.name)).toEqual([]);
  });
});

describe("the rendered DAG", () => {
  it("names exactly the digest the registry serves for the commit tag", async () => {
    const p = await project();
    const image: ProjectImage = await ensureProjectImage(p.request(sha(9)), deps());
    const profile = PROFILES["composer-2-airflow-2"];
    if (!profile) throw new Error("profile missing");
    const compiled = compileSpec("sales/dag.yaml", await readFile(path.join(p.dir, "dag.yaml"), "utf8"), "sales", { profile });
    if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems));
    const rendered = renderDag({ dag: compiled.dag, profile, images: { sales: { reference: image.reference, tag: image.contentTag } } });
    const named = [...rendered.content.matchAll(/image=["']([^"']+)["']/g)].map((m) => m[1]);
    expect(named.length).toBeGreaterThan(0);
    const served = await raw.digest(p.name, sha(9));
    expect(served).toMatch(/^sha256:[0-9a-f]{64}$/);
    for (const ref of named) expect(ref).toBe(`${env.registry}/${p.name}@${served}`);
  });
});

/**
 * The `/listing` an image's Dockerfile writes, built two ways from the same folder: Docker's own
 * selection (a plain classic `docker build` of the folder) and dagship's (the archive it builds from).
 */
async function listings(p: Project): Promise<{ theirs: string; ours: string; reference: string }> {
  const docker = new DockerCli({ logger: new RecordingLogger() });
  const plainTag = `${env.registry}/${p.name}:plain`;
  await docker.exec({ args: ["build", "--build-arg", `BASE_IMAGE=${env.busyboxImage}`, "--tag", plainTag, p.dir], env: { DOCKER_BUILDKIT: "0" } });
  const built = await ensureProjectImage(p.request(sha(1), { exclude: [] }), deps());
  return { theirs: await runImage(plainTag, "cat", "/listing"), ours: await runImage(built.reference, "cat", "/listing"), reference: built.reference };
}

describe(".dockerignore", () => {
  it("sends what Docker itself sends for the same folder", async () => {
    const p = await project({
      Dockerfile: [
        "ARG BASE_IMAGE",
        "FROM ${BASE_IMAGE}",
        "COPY . /ctx",
        "RUN cd /ctx && find . -mindepth 1 | sort | xargs stat -c '%a %n' > /listing",
        "",
      ].join("\n"),
      ".dockerignore": [
        "# comment",
        "*.log",
        "**/__pycache__",
        "docs/**",
        "!docs/keep.md",
        "*.md",
        "!README*.md",
        "README-secret.md",
        "build",
        "/top-only.txt",
        "Dockerfile",
        "",
      ].join("\n"),
      "README.md": "r\n",
      "README-secret.md": "s\n",
      "CHANGES.md": "c\n",
      "docs/a.md": "a\n",
      "docs/keep.md": "k\n",
      "docs/sub/deep.txt": "d\n",
      "build/out.bin": "b\n",
      "pkg/__pycache__/m.pyc": "p\n",
      "pkg/m.py": "m\n",
      "pkg/top-only.txt": "kept: not at the top\n",
      "top-only.txt": "dropped\n",
      "bin/run.sh": "#!/bin/sh\n",
    });
    await chmod(path.join(p.dir, "bin/run.sh"), 0o755);
    await rm(path.join(p.dir, "dag.yaml"));
    const { theirs, ours } = await listings(p);
    expect(ours).toBe(theirs);
    // The selection is not trivial: exceptions, anchored and directory patterns all took effect.
    const listed = theirs.split("\n").filter((line) => line !== "");
    expect(listed).toContain("755 ./bin/run.sh");
    expect(listed).toContain("644 ./docs/keep.md");
    expect(listed).toContain("644 ./pkg/top-only.txt");
    expect(listed).toContain("644 ./README.md");
    for (const gone of ["./top-only.txt", "./docs/a.md", "./README-secret.md", "./CHANGES.md", "./build", "./pkg/__pycache__", "./Dockerfile"]) {
      expect(listed.some((line) => line.endsWith(` ${gone}`))).toBe(false);
    }
    const scanned = await scanContext({ contextDir: p.dir });
    expect(scanned.entries.map((e) => e.path)).toContain("Dockerfile");
  });
});

describe("symlinks in the build context", () => {
  /** Lists /ctx in the image: a link as `path -> target`, anything else as `mode path`. */
  const LISTING_DOCKERFILE = [
    "ARG BASE_IMAGE",
    "FROM ${BASE_IMAGE}",
    "COPY . /ctx",
    `RUN cd /ctx && find . -mindepth 1 | sort | while read f; do if [ -L "$f" ]; then echo "$f -> $(readlink "$f")"; else stat -c '%a %n' "$f"; fi; done > /listing`,
    "",
  ].join("\n");

  it("dagship sends exactly what `docker build` of the folder sends: every link as a link, whatever it points at", async () => {
    const p = await project({ Dockerfile: LISTING_DOCKERFILE, "src/data/real.txt": "real\n" });
    await rm(path.join(p.dir, "dag.yaml"));
    await writeFile(path.join(p.dir, "../outside.txt"), "OUTSIDE-CONTENT\n");
    const links: [string, string][] = [
      ["file-link", "src/main.txt"],
      ["dir-link", "src/data"],
      ["absolute-link", "/etc/hostname"],
      ["escaping-link", "../outside.txt"],
      ["dangling-link", "nowhere"],
      ["src/to-ignored", "../notes.log"],
      ["ignored-link.log", "src/main.txt"],
    ];
    for (const [link, target] of links) await symlink(target, path.join(p.dir, link));
    const { theirs, ours, reference } = await listings(p);
    expect(ours).toBe(theirs);
    const listed = theirs.split("\n");
    for (const [link, target] of links.filter(([link]) => !link.endsWith(".log"))) expect(listed).toContain(`./${link} -> ${target}`);
    expect(listed.some((line) => line.includes("ignored-link.log"))).toBe(false);
    // Nothing of what a link points at outside the context reached the image.
    expect(await runImage(reference, "sh", "-c", "grep -rs OUTSIDE-CONTENT /ctx; true")).toBe("");
  });

  it("a Dockerfile that is a link inside the context builds, as with `docker build`", async () => {
    const p = await project({ "docker/Dockerfile.real": LISTING_DOCKERFILE });
    await rm(path.join(p.dir, "Dockerfile"));
    await symlink("docker/Dockerfile.real", path.join(p.dir, "Dockerfile"));
    const built = await ensureProjectImage(p.request(sha(2)), deps());
    expect(built.action).toBe("built");
    expect((await runImage(built.reference, "cat", "/listing")).split("\n")).toContain("./Dockerfile -> docker/Dockerfile.real");
  });
});
