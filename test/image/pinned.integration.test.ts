/**
 * Images given to a deploy (the fan-out's build jobs pushed them): the reference checks, and
 * pinImages against the real local registry, with every registry write and docker command
 * refused so that a lookup that would build, push or tag fails the test.
 */
import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UserError } from "../../src/errors.js";
import { createImageDeps, ensureProjectImage, parseRegistryRef, type ImageDeps, type ProjectImage } from "../../src/image/index.js";
import { pinImages, pinnedReferenceProblem, type NeededImage } from "../../src/image/pinned.js";
import { testEnv } from "../helpers/test-env.js";
import { RecordingLogger } from "./recording-logger.js";
import { RawRegistry } from "./registry-tools.js";

const DIGEST = `sha256:${"0a".repeat(32)}`;

describe("pinnedReferenceProblem", () => {
  const registry = parseRegistryRef("us-central1-docker.pkg.dev/acme/etl");
  const cases: [string, string, string, RegExp | undefined][] = [
    ["the project's image by digest", "sales", `us-central1-docker.pkg.dev/acme/etl/sales@${DIGEST}`, undefined],
    ["a folder name that is not an image name as written", "Sales_Data", `us-central1-docker.pkg.dev/acme/etl/sales_data@${DIGEST}`, undefined],
    [
      "a tag instead of a digest",
      "sales",
      "us-central1-docker.pkg.dev/acme/etl/sales:v1",
      /^expected an image reference pinned by digest, IMAGE@sha256:<64 hex digits>, got /,
    ],
    [
      "a tag and a digest",
      "sales",
      `us-central1-docker.pkg.dev/acme/etl/sales:v1@${DIGEST}`,
      /^the image of project "sales" is us-central1-docker\.pkg\.dev\/acme\/etl\/sales, got ".*sales:v1"/,
    ],
    ["an upper-case digest", "sales", `us-central1-docker.pkg.dev/acme/etl/sales@sha256:${"0A".repeat(32)}`, /^expected an image reference pinned by digest/],
    ["a sha512 digest", "sales", `us-central1-docker.pkg.dev/acme/etl/sales@sha512:${"0a".repeat(64)}`, /^expected an image reference pinned by digest/],
    [
      "another project's image",
      "sales",
      `us-central1-docker.pkg.dev/acme/etl/weather@${DIGEST}`,
      /^the image of project "sales" is us-central1-docker\.pkg\.dev\/acme\/etl\/sales, got /,
    ],
    ["another registry", "sales", `europe-docker.pkg.dev/acme/etl/sales@${DIGEST}`, /got "europe-docker\.pkg\.dev\/acme\/etl\/sales"/],
    ["a project name that names no image", "---", `us-central1-docker.pkg.dev/acme/etl/x@${DIGEST}`, /cannot be turned into an image name/],
  ];
  it.each(cases)("%s", (_, project, reference, expected) => {
    const problem = pinnedReferenceProblem(registry, project, reference);
    if (expected === undefined) expect(problem).toBeUndefined();
    else expect(problem).toMatch(expected);
  });
});

describe("pinImages against the real registry, read-only", () => {
  const env = testEnv();
  const raw = new RawRegistry(env.registry, env.registryUser, env.registryPassword);
  const namespace = `pin-${randomBytes(5).toString("hex")}`;
  const registry = parseRegistryRef(`${env.registry}/${namespace}`);
  const commitSha = "c".repeat(40);
  let work: string;
  let loader: ProjectImage;
  const folders: Record<string, string> = {};

  async function projectFolder(name: string, script: string): Promise<string> {
    const dir = path.join(work, name);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, "Dockerfile"), `FROM ${env.busyboxImage}\nCOPY run.sh /app/run.sh\n`);
    await writeFile(path.join(dir, "run.sh"), `${script}\n`);
    folders[name] = dir;
    return dir;
  }

  /** The real registry client for reads; writes and docker refused. */
  function readOnly(logger: RecordingLogger): ImageDeps {
    const real = createImageDeps({ logger, username: env.registryUser, password: env.registryPassword });
    const refuse = (what: string) => () => Promise.reject(new Error(`pinImages must not ${what}`));
    return {
      ...real,
      docker: { builder: refuse("ask docker"), login: refuse("log in"), build: refuse("build"), push: refuse("push"), exec: refuse("run docker") },
      registryClient: (ref, credentials) => {
        const client = real.registryClient(ref, credentials);
        return { getManifest: (name, reference) => client.getManifest(name, reference), listTags: (name) => client.listTags(name), putManifest: refuse("tag") };
      },
      repositories: { ensureRepository: refuse("create a repository") },
    };
  }

  const needed = (project: string, required: boolean, usedBy: string[] = []): NeededImage => ({
    project,
    contextDir: folders[project] as string,
    required,
    usedBy,
  });

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), "dagship-pinned-"));
    const logger = new RecordingLogger();
    loader = await ensureProjectImage(
      { project: "loader", contextDir: await projectFolder("loader", "echo load"), registry, commitSha },
      createImageDeps({ logger, username: env.registryUser, password: env.registryPassword }),
    );
    await projectFolder("fresh", "echo never built");
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it("keeps a given reference the registry holds, and looks up a borrowed image by its content tag", async () => {
    const tagsBefore = await raw.tags(`${namespace}/loader`);
    const logger = new RecordingLogger();
    const pinned = await pinImages({ registry, commitSha, given: { loader: loader.reference }, needed: [needed("loader", true)] }, readOnly(logger));
    expect(pinned.get("loader")).toEqual({ reference: loader.reference, source: "given", reason: "pushed by its build job" });

    const borrowed = await pinImages({ registry, commitSha: "d".repeat(40), given: {}, needed: [needed("loader", false, ["report"])] }, readOnly(logger));
    expect(borrowed.get("loader")).toMatchObject({ reference: loader.reference, source: "registry" });
    expect(borrowed.get("loader")?.reason).toContain(`build context unchanged (${loader.contentTag} exists)`);
    expect(await raw.tags(`${namespace}/loader`)).toEqual(tagsBefore);
  });

  it("refuses every image it cannot pin in one error, and warns about images given for nothing", async () => {
    const logger = new RecordingLogger();
    const missing = `${registry.host}/${namespace}/loader@sha256:${"e".repeat(64)}`;
    const given = { loader: missing, weather: `${registry.host}/${namespace}/weather@${DIGEST}` };
    // report's own image is required: it is never looked up, so its folder does not matter.
    const report = { project: "report", contextDir: work, required: true, usedBy: ["daily"] };
    const request = { registry, commitSha, given, needed: [needed("loader", true), report, needed("fresh", false, ["report"])] };
    const error = await pinImages(request, readOnly(logger)).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(UserError);
    const lines = (error as Error).message.split("\n");
    expect(lines[0]).toBe("3 image(s) this deploy needs cannot be pinned; nothing was deployed:");
    expect(lines[1]).toMatch(
      /^ {2}fresh: no image given for it \(the tasks of report run it\), and the registry holds no image of its build context \(ctx-[0-9a-f]+\): build it in this run too$/,
    );
    expect(lines[2]).toBe(`  loader: ${missing} is not in the registry`);
    expect(lines[3]).toMatch(/^ {2}report: no image given for it \(its DAG is deployed and the tasks of daily run it\): a deploy given images builds nothing/);
    expect(logger.lines).toContain("warning: images given for weather, which this deploy neither deploys nor runs: not used");
  });
});
