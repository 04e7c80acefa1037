/**
 * The image phase: per project, hash the build context, then either point the new tags at the
 * image an identical context already produced (registry API, no build) or build and push it.
 * Returns the digest the registry serves, which the rendered DAG pins.
 * A little over 300 lines: preview and ensure share each step of preparing an image.
 */
import { UserError } from "../errors.js";
import { type Logger, routedLogger } from "../log.js";
import { type CredentialSource, DefaultCredentialSource } from "./auth.js";
import { contentTagFor, hashContext } from "./context-hash.js";
import { contextTar, DEFAULT_CONTEXT_EXCLUDES, type ScannedContext, scanContext } from "./context.js";
import { ArtifactRegistryCreator, type RepositoryCreator } from "./create-repository.js";
import { DockerCli, type DockerCommandManager } from "./docker.js";
import { buildCommand, CACHE_TAG, type ImagePlan, planImage, pushTags } from "./plan.js";
import { imageRepository, type ImageRepository, parseRegistryRef, type RegistryRef, tagFromGitRef } from "./reference.js";
import { type Manifest, type RegistryApi, RegistryClient, type RegistryCredentials } from "./registry.js";

export { parseRegistryRef, imageRepository, tagFromGitRef } from "./reference.js";
export type { RegistryRef, ImageRepository } from "./reference.js";
export type { ImagePlan } from "./plan.js";
export type { DockerCommandManager } from "./docker.js";
export type { RegistryApi, RegistryCredentials } from "./registry.js";
export type { CredentialSource } from "./auth.js";

export { DEFAULT_CONTEXT_EXCLUDES } from "./context.js";

/** One project's image, as the deploy asks for it. */
export interface ProjectImageRequest {
  /** Project name (its folder's name); the image is `<registry>/<project>`. */
  readonly project: string;
  /** Build context: the project folder. */
  readonly contextDir: string;
  /** Dockerfile path relative to the context. Default `Dockerfile`. */
  readonly dockerfile?: string;
  /** `--build-arg`s; part of the content hash. */
  readonly buildArgs?: Readonly<Record<string, string>>;
  /** Build stage (`--target`); part of the content hash. */
  readonly target?: string;
  /** Context-relative deployment files that are not image content. Default {@link DEFAULT_CONTEXT_EXCLUDES}. */
  readonly exclude?: readonly string[];
  /** Registry reference (`--registry`), parsed or as written. */
  readonly registry: string | RegistryRef;
  /** Full commit sha: the commit tag. */
  readonly commitSha: string;
  /** The git tag of a release deploy (`v1.2.0`, `refs/tags/v1.2.0`); becomes an image tag. */
  readonly releaseTag?: string;
  /** Deploy only an image that exists already (`--no-build`). */
  readonly noBuild?: boolean;
  /** Create a missing Artifact Registry repository (`create-repository: true`). */
  readonly createRepository?: boolean;
}

/** The image a deploy pins. */
export interface ProjectImage {
  /** Image repository, `host/path/project`. */
  readonly image: string;
  /** `image@sha256:...`: what the DAG names. */
  readonly reference: string;
  /** The digest the registry serves for every tag in `tags`. */
  readonly digest: string;
  /** Tags that point at `digest` after this deploy (content, commit, release). */
  readonly tags: readonly string[];
  readonly contentTag: string;
  /** Full sha256 of the build context and recipe. */
  readonly contextHash: string;
  /** True when this call built and pushed the image. */
  readonly built: boolean;
  /** built: new image; reused: existing image gained tags; unchanged: every tag was already there. */
  readonly action: "built" | "reused" | "unchanged";
  /** Why, in words, for reports. */
  readonly reason: string;
}

/** What a deploy would do with the image, found without changing anything (dry runs). */
export interface ImagePreview {
  readonly image: string;
  readonly contentTag: string;
  readonly contextHash: string;
  /** The decision; `unknown` when the registry could not be read (no credentials in a dry run). */
  readonly plan: ImagePlan | { readonly kind: "unknown"; readonly reason: string };
  /** `image@digest` when an existing image would be reused. */
  readonly reference: string | undefined;
}

/** Collaborators of the image phase; real ones from {@link createImageDeps}. */
export interface ImageDeps {
  readonly logger: Logger;
  readonly docker: DockerCommandManager;
  readonly credentials: CredentialSource;
  readonly registryClient: (registry: RegistryRef, credentials: RegistryCredentials | undefined) => RegistryApi;
  readonly repositories: RepositoryCreator;
}

/** Options for the real collaborators. */
export interface ImageDepsOptions {
  readonly logger: Logger;
  /** Registry user and password (plain registries); Google registries default to ADC. */
  readonly username?: string;
  readonly password?: string;
  /** docker executable; default `docker`. */
  readonly dockerBinary?: string;
  /** Environment for docker (DOCKER_HOST, DOCKER_CONFIG, ...); default this process's. */
  readonly env?: NodeJS.ProcessEnv;
}

/**
 * The real collaborators: the docker CLI, the registry HTTP API, credentials from the options or
 * ADC, Artifact Registry for `create-repository`. Share one set across all projects of a deploy,
 * so docker logs in and Google issues a token once; their lines follow `routeLogs` (src/log.ts).
 */
export function createImageDeps(options: ImageDepsOptions): ImageDeps {
  // Shared by every project, so routed: what they log lands in the log of the project they
  // work for when projects build concurrently (see concurrent.ts).
  const logger = routedLogger(options.logger);
  return {
    logger: options.logger,
    docker: new DockerCli({ logger, ...(options.dockerBinary ? { binary: options.dockerBinary } : {}), ...(options.env ? { env: options.env } : {}) }),
    credentials: new DefaultCredentialSource({
      logger,
      ...(options.username !== undefined ? { username: options.username } : {}),
      ...(options.password !== undefined ? { password: options.password } : {}),
    }),
    registryClient: (registry, credentials) => new RegistryClient({ registry, logger, ...(credentials ? { credentials } : {}) }),
    repositories: new ArtifactRegistryCreator(logger),
  };
}

interface Prepared {
  readonly repo: ImageRepository;
  readonly scanned: ScannedContext;
  readonly contextHash: string;
  readonly contentTag: string;
  readonly commitTag: string;
  readonly releaseTag: string | undefined;
  readonly credentials: RegistryCredentials | undefined;
  readonly client: RegistryApi;
  readonly manifests: ReadonlyMap<string, Manifest>;
  readonly plan: ImagePlan;
}

function commitTagOf(sha: string): string {
  const tag = sha.trim();
  // 7 to 64 hex digits is always a valid image tag.
  if (!/^[0-9a-f]{7,64}$/i.test(tag)) {
    throw new UserError(`commit ${JSON.stringify(sha)} is not a git commit sha: pass the full sha of the deployed commit (GITHUB_SHA)`);
  }
  return tag.toLowerCase();
}

type Local = Pick<Prepared, "repo" | "scanned" | "contextHash" | "contentTag" | "commitTag" | "releaseTag">;

/** Everything that needs no registry: names, tags, the context and its hash. */
async function prepareLocal(request: ProjectImageRequest, deps: ImageDeps): Promise<Local> {
  const registry = typeof request.registry === "string" ? parseRegistryRef(request.registry) : request.registry;
  const repo = imageRepository(registry, request.project);
  const commitTag = commitTagOf(request.commitSha);
  const releaseTag = request.releaseTag === undefined || request.releaseTag === "" ? undefined : tagFromGitRef(request.releaseTag);

  const scanned = await scanContext({
    contextDir: request.contextDir,
    ...(request.dockerfile !== undefined ? { dockerfile: request.dockerfile } : {}),
    exclude: request.exclude ?? DEFAULT_CONTEXT_EXCLUDES,
  });
  const contextHash = hashContext(scanned.entries, {
    dockerfile: scanned.dockerfile,
    buildArgs: request.buildArgs ?? {},
    ...(request.target !== undefined ? { target: request.target } : {}),
  });
  const contentTag = contentTagFor(contextHash);
  deps.logger.debug(`${repo.fullName}: context of ${scanned.entries.length} entries (${scanned.excludedCount} excluded) hashes to ${contentTag}`);

  return { repo, scanned, contextHash, contentTag, commitTag, releaseTag };
}

async function prepare(request: ProjectImageRequest, deps: ImageDeps, mayCreate: boolean, local?: Local): Promise<Prepared> {
  const { repo, scanned, contextHash, contentTag, commitTag, releaseTag } = local ?? (await prepareLocal(request, deps));
  const registry = repo.registry;
  const credentials = await deps.credentials.credentialsFor(registry);
  const client = deps.registryClient(registry, credentials);
  if (mayCreate && request.createRepository) {
    const outcome = await deps.repositories.ensureRepository(registry);
    if (outcome === "created") deps.logger.info(`created repository for ${registry.raw}`);
  }

  const wanted = [contentTag, commitTag, ...(releaseTag === undefined ? [] : [releaseTag])];
  const found = await Promise.all(wanted.map(async (tag) => [tag, await client.getManifest(repo.name, tag)] as const));
  const manifests = new Map<string, Manifest>();
  for (const [tag, manifest] of found) if (manifest) manifests.set(tag, manifest);
  const current = new Map([...manifests].map(([tag, manifest]) => [tag, manifest.digest]));
  const plan = planImage({ contentTag, commitTag, ...(releaseTag !== undefined ? { releaseTag } : {}), current, noBuild: request.noBuild ?? false });
  return { repo, scanned, contextHash, contentTag, commitTag, releaseTag, credentials, client, manifests, plan };
}

/**
 * What a deploy would do with a project's image, without building, pushing or tagging. Reads
 * the registry when it can; without access the plan is `unknown` (with the reason) instead of an
 * error. Problems of the project itself (no Dockerfile, a bad .dockerignore) still throw.
 */
export async function previewProjectImage(request: ProjectImageRequest, deps: ImageDeps): Promise<ImagePreview> {
  const local = await prepareLocal(request, deps);
  let prepared: Prepared;
  try {
    prepared = await prepare(request, deps, false, local);
  } catch (thrown) {
    // A dry run (a fork's pull request, say) may have no registry access: the preview still
    // stands, with the image decision unknown. Problems in the project itself were thrown above.
    if (!(thrown instanceof UserError)) throw thrown;
    deps.logger.warn(`${local.repo.fullName}: cannot tell whether the image would be rebuilt: ${thrown.message}`);
    return {
      image: local.repo.fullName,
      contentTag: local.contentTag,
      contextHash: local.contextHash,
      plan: { kind: "unknown", reason: thrown.message },
      reference: undefined,
    };
  }
  const { plan, repo } = prepared;
  return {
    image: repo.fullName,
    contentTag: prepared.contentTag,
    contextHash: prepared.contextHash,
    plan,
    reference: plan.kind === "reuse" ? `${repo.fullName}@${plan.digest}` : undefined,
  };
}

/**
 * Makes sure the registry holds the project's image for this commit and returns its digest:
 * reuses the image of an identical build context (or, on a release, the commit's own image) by
 * adding tags through the registry API, else builds and pushes it. Throws UserError with cause
 * and fix for every problem the user can act on; the registry is left unchanged when it fails
 * before the push.
 */
export async function ensureProjectImage(request: ProjectImageRequest, deps: ImageDeps): Promise<ProjectImage> {
  const prepared = await prepare(request, deps, true);
  const { plan, repo, client, contentTag, contextHash } = prepared;
  const { logger } = deps;

  if (plan.kind === "refuse") {
    throw new UserError(`${repo.fullName}: ${plan.reason}. Deploy without --no-build to build it, or deploy the commit that built this context first.`);
  }

  if (plan.kind === "reuse") {
    const manifest = prepared.manifests.get(plan.source);
    if (manifest === undefined) throw new Error(`planned to reuse ${plan.source}, which was not looked up`);
    for (const tag of plan.movedTags) logger.warn(`${repo.fullName}:${tag} moves to ${plan.digest}`);
    for (const tag of plan.addTags) await client.putManifest(repo.name, tag, manifest);
    const action = plan.addTags.length === 0 ? "unchanged" : "reused";
    logger.info(`${repo.fullName}: ${plan.reason}; ${action === "unchanged" ? "all tags already in place" : `tagged ${plan.addTags.join(", ")}`} (no build)`);
    return {
      image: repo.fullName,
      reference: `${repo.fullName}@${plan.digest}`,
      digest: plan.digest,
      tags: plan.tags,
      contentTag,
      contextHash,
      built: false,
      action,
      reason: plan.reason,
    };
  }

  const digest = await buildAndPush(prepared, plan.tags, request, deps);
  logger.info(`${repo.fullName}: built and pushed ${digest} (${plan.reason})`);
  return {
    image: repo.fullName,
    reference: `${repo.fullName}@${digest}`,
    digest,
    tags: plan.tags,
    contentTag,
    contextHash,
    built: true,
    action: "built",
    reason: plan.reason,
  };
}

async function buildAndPush(prepared: Prepared, tags: readonly string[], request: ProjectImageRequest, deps: ImageDeps): Promise<string> {
  const { repo, client, credentials, commitTag, contentTag } = prepared;
  const { docker, logger } = deps;
  const builder = await docker.builder();
  if (credentials) await docker.login(repo.registry.host, credentials.username, credentials.password);
  const buildTags = builder === "classic" ? tags : [...tags, CACHE_TAG];
  const registryCache = builder !== "classic" && (await client.getManifest(repo.name, CACHE_TAG)) !== undefined;
  const command = buildCommand({
    builder,
    image: repo.fullName,
    tags: buildTags,
    dockerfile: prepared.scanned.dockerfile,
    buildArgs: request.buildArgs ?? {},
    ...(request.target !== undefined ? { target: request.target } : {}),
    labels: {
      "org.opencontainers.image.revision": commitTag,
      "org.opencontainers.image.title": request.project,
      "dagship.content-tag": contentTag,
    },
    registryCache,
  });
  await logger.group(`docker build ${repo.fullName} (${builder} builder)`, () =>
    docker.build(command, contextTar(prepared.scanned), (line) => logger.info(line)),
  );

  let reported: string | undefined;
  for (const tag of pushTags(builder, buildTags)) {
    reported = await logger.group(`docker push ${repo.fullName}:${tag}`, () => docker.push(repo.fullName, tag, (line) => logger.debug(line)));
  }
  // The registry's answer, not docker's output, is what the DAG pins.
  const pushed = await client.getManifest(repo.name, commitTag);
  if (pushed === undefined) throw new Error(`${repo.fullName}:${commitTag} is not in the registry right after pushing it`);
  if (reported !== undefined && reported !== pushed.digest) {
    throw new UserError(
      `${repo.fullName}:${commitTag} changed while it was pushed (docker pushed ${reported}, the registry now serves ${pushed.digest}): ` +
        "another deploy of the same commit ran at the same time; run this deploy again",
    );
  }
  for (const tag of buildTags) {
    if (tag === commitTag) continue;
    const now = await client.getManifest(repo.name, tag);
    if (now?.digest !== pushed.digest) await client.putManifest(repo.name, tag, pushed);
  }
  return pushed.digest;
}
