/**
 * ensureProjectImage's decisions with the seams replaced: paths the local environment cannot
 * take (buildx, Google credentials, create-repository, a concurrent push). The real daemon and
 * registry cover the common paths in image.integration.test.ts.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { UserError } from "../../src/errors.js";
import { DefaultCredentialSource } from "../../src/image/auth.js";
import type { RepositoryCreator, RepositoryOutcome } from "../../src/image/create-repository.js";
import type { DockerCommandManager, ExecResult } from "../../src/image/docker.js";
import { ensureProjectImage, type ImageDeps, previewProjectImage, type ProjectImageRequest } from "../../src/image/index.js";
import type { BuilderKind, DockerCommand } from "../../src/image/plan.js";
import type { RegistryRef } from "../../src/image/reference.js";
import { type Manifest, manifestDigest, type RegistryApi } from "../../src/image/registry.js";
import { RecordingLogger } from "./recording-logger.js";

const MEDIA = "application/vnd.docker.distribution.manifest.v2+json";

class MemoryRegistry implements RegistryApi {
  readonly tags = new Map<string, Manifest>();
  readonly puts: string[] = [];
  async getManifest(repository: string, reference: string): Promise<Manifest | undefined> {
    return this.tags.get(`${repository}:${reference}`);
  }
  async putManifest(repository: string, tag: string, manifest: Manifest): Promise<string> {
    this.puts.push(tag);
    this.tags.set(`${repository}:${tag}`, manifest);
    return manifest.digest;
  }
  async listTags(repository: string): Promise<string[]> {
    return [...this.tags.keys()].filter((k) => k.startsWith(`${repository}:`)).map((k) => k.slice(repository.length + 1));
  }
}

function manifestFor(content: string): Manifest {
  const bytes = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MEDIA, layers: [content] }));
  return { digest: manifestDigest(bytes), mediaType: MEDIA, bytes };
}

/** Records calls; a "build" remembers the archive, a "push" stores a manifest derived from it. */
class RecordingDocker implements DockerCommandManager {
  readonly calls: string[] = [];
  lastBuild: DockerCommand | undefined;
  private archive = "";
  constructor(
    private readonly kind: BuilderKind,
    private readonly registry: MemoryRegistry,
    private readonly repository: string,
  ) {}
  async builder(): Promise<BuilderKind> {
    return this.kind;
  }
  async login(host: string, username: string): Promise<void> {
    this.calls.push(`login ${host} ${username}`);
  }
  async build(command: DockerCommand, context: Readable): Promise<void> {
    this.calls.push("build");
    this.lastBuild = command;
    this.archive = (await buffer(context)).toString("base64");
    if (command.args.includes("--push")) {
      for (const arg of command.args.filter((_a, i) => command.args[i - 1] === "--tag")) {
        await this.registry.putManifest(this.repository, arg.slice(arg.lastIndexOf(":") + 1), manifestFor(this.archive));
      }
    }
  }
  async push(_image: string, tag: string): Promise<string | undefined> {
    this.calls.push(`push ${tag}`);
    const manifest = manifestFor(this.archive);
    await this.registry.putManifest(this.repository, tag, manifest);
    return manifest.digest;
  }
  async exec(): Promise<ExecResult> {
    throw new Error("not used");
  }
}

class RecordingCreator implements RepositoryCreator {
  readonly calls: string[] = [];
  async ensureRepository(registry: RegistryRef): Promise<RepositoryOutcome> {
    this.calls.push(registry.raw);
    return "created";
  }
}

const SHA1 = "1".repeat(40);
const SHA2 = "2".repeat(40);
const TOKEN = "ya29.secret-access-token";
const REGISTRY = "us-central1-docker.pkg.dev/proj/etl";
const REPOSITORY = "proj/etl/sales";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "dagship-orch-"));
  await mkdir(path.join(dir, "src"));
  await writeFile(path.join(dir, "Dockerfile"), "FROM scratch\nCOPY . /app\n");
  await writeFile(path.join(dir, "src/main.py"), "print(1)\n");
  await writeFile(path.join(dir, "dag.yaml"), "dag_id: sales\n");
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function setup(kind: BuilderKind) {
  const logger = new RecordingLogger();
  const registry = new MemoryRegistry();
  const docker = new RecordingDocker(kind, registry, REPOSITORY);
  const repositories = new RecordingCreator();
  const seenCredentials: (string | undefined)[] = [];
  const deps: ImageDeps = {
    logger,
    docker,
    credentials: new DefaultCredentialSource({ logger, accessToken: async () => TOKEN }),
    registryClient: (_registry, credentials) => {
      seenCredentials.push(credentials?.username);
      return registry;
    },
    repositories,
  };
  return { logger, registry, docker, repositories, deps, seenCredentials };
}

function request(extra: Partial<ProjectImageRequest> = {}): ProjectImageRequest {
  return { project: "sales", contextDir: dir, registry: REGISTRY, commitSha: SHA1, ...extra };
}

describe("ensureProjectImage with a Google registry", () => {
  it("logs docker in with oauth2accesstoken and the ADC token, which no line ever shows", async () => {
    const { deps, docker, logger, seenCredentials } = setup("classic");
    const image = await ensureProjectImage(request(), deps);
    expect(docker.calls).toEqual([`login us-central1-docker.pkg.dev oauth2accesstoken`, "build", `push ${SHA1}`]);
    expect(seenCredentials).toEqual(["oauth2accesstoken"]);
    expect(logger.masked).toContain(TOKEN);
    expect(logger.leaks(TOKEN)).toEqual([]);
    expect(image.reference).toBe(`us-central1-docker.pkg.dev/proj/etl/sales@${image.digest}`);
  });

  it("creates the repository only when asked, and not in a preview", async () => {
    const first = setup("classic");
    await ensureProjectImage(request(), first.deps);
    expect(first.repositories.calls).toEqual([]);
    const second = setup("classic");
    await previewProjectImage(request({ createRepository: true }), second.deps);
    expect(second.repositories.calls).toEqual([]);
    await ensureProjectImage(request({ createRepository: true }), second.deps);
    expect(second.repositories.calls).toEqual([REGISTRY]);
  });
});

describe("builders", () => {
  it("buildx pushes every tag itself, with the cache tag; docker push is not run", async () => {
    const { deps, docker, registry } = setup("buildx");
    const image = await ensureProjectImage(request(), deps);
    expect(docker.calls.filter((c) => c.startsWith("push"))).toEqual([]);
    expect(docker.lastBuild?.args).toContain("--push");
    expect((await registry.listTags(REPOSITORY)).sort()).toEqual([SHA1, image.contentTag, "buildcache"].sort());
    expect(image.tags).toEqual([SHA1, image.contentTag]);
  });

  it("the second BuildKit build reads the registry cache the first one left", async () => {
    const { deps, docker } = setup("buildkit");
    await ensureProjectImage(request(), deps);
    expect(docker.lastBuild?.args.join(" ")).not.toContain("--cache-from");
    await writeFile(path.join(dir, "src/main.py"), "print(2)\n");
    await ensureProjectImage(request({ commitSha: SHA2 }), deps);
    expect(docker.lastBuild?.args.join(" ")).toContain(`--cache-from us-central1-docker.pkg.dev/${REPOSITORY}:buildcache`);
  });
});

describe("decisions", () => {
  it("reuse only adds tags through the registry and never runs docker", async () => {
    const { deps, docker, registry } = setup("classic");
    const first = await ensureProjectImage(request(), deps);
    docker.calls.length = 0;
    registry.puts.length = 0;
    await writeFile(path.join(dir, "dag.yaml"), "dag_id: sales\nschedule: '@daily'\n");
    const second = await ensureProjectImage(request({ commitSha: SHA2 }), deps);
    expect(docker.calls).toEqual([]);
    expect(registry.puts).toEqual([SHA2]);
    expect(second).toMatchObject({ built: false, action: "reused", digest: first.digest });
    const again = await ensureProjectImage(request({ commitSha: SHA2 }), deps);
    expect(again.action).toBe("unchanged");
  });

  it("--no-build refuses when no image of the context exists, and says so", async () => {
    const { deps, docker, registry } = setup("classic");
    const error = await ensureProjectImage(request({ noBuild: true }), deps).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(/no image with content tag ctx-[0-9a-f]{32} exists.*--no-build.*Deploy without --no-build/s);
    expect(docker.calls).toEqual([]);
    expect(await registry.listTags(REPOSITORY)).toEqual([]);
  });

  it("preview tells build from reuse without writing", async () => {
    const { deps, registry } = setup("classic");
    expect((await previewProjectImage(request(), deps)).plan.kind).toBe("build");
    await ensureProjectImage(request(), deps);
    const puts = registry.puts.length;
    const preview = await previewProjectImage(request({ commitSha: SHA2 }), deps);
    expect(preview.plan.kind).toBe("reuse");
    expect(preview.reference).toMatch(/@sha256:[0-9a-f]{64}$/);
    expect(registry.puts.length).toBe(puts);
  });

  it("preview without registry access says 'unknown' and why, but still reports project problems", async () => {
    const { deps } = setup("classic");
    const noCredentials: ImageDeps = {
      ...deps,
      credentials: new DefaultCredentialSource({
        logger: deps.logger,
        accessToken: async () => {
          throw new UserError("could not get Google credentials for the registry (no ADC)");
        },
      }),
    };
    const preview = await previewProjectImage(request(), noCredentials);
    expect(preview.plan).toEqual({ kind: "unknown", reason: "could not get Google credentials for the registry (no ADC)" });
    expect(preview.contentTag).toMatch(/^ctx-[0-9a-f]{32}$/);
    await rm(path.join(dir, "Dockerfile"));
    await expect(previewProjectImage(request(), noCredentials)).rejects.toThrow(/no Dockerfile at/);
    await expect(ensureProjectImage(request(), noCredentials)).rejects.toThrow(/no Dockerfile at/);
  });

  it("refuses to return a digest when the commit tag changed under the push", async () => {
    const { deps, registry, docker } = setup("classic");
    const original = docker.push.bind(docker);
    docker.push = async (image, tag) => {
      const reported = await original(image, tag);
      await registry.putManifest(REPOSITORY, tag, manifestFor("someone else"));
      return reported;
    };
    await expect(ensureProjectImage(request(), deps)).rejects.toThrow(/changed while it was pushed/);
  });

  it("rejects something that is not a commit sha", async () => {
    const { deps } = setup("classic");
    await expect(ensureProjectImage(request({ commitSha: "main" }), deps)).rejects.toThrow(/not a git commit sha/);
  });
});
