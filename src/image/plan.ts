/**
 * Pure decisions of the image phase: what to do with a project's image given what the registry
 * holds, and the exact docker command lines for it. No I/O here.
 */

/** How `docker build` runs on this machine. */
export type BuilderKind =
  /** `docker buildx build`: BuildKit, pushes itself, registry cache. */
  | "buildx"
  /** A pre-23 docker CLI with DOCKER_BUILDKIT=1: BuildKit, inline cache, separate push. */
  | "buildkit"
  /** The legacy builder: local layer cache only, separate push. */
  | "classic";

/** Moving tag whose image carries BuildKit's inline cache for the next build of the project. */
export const CACHE_TAG = "buildcache";

/** Tags of one project image and where they point now; a missing tag is absent from `current`. */
export interface PlanInput {
  readonly contentTag: string;
  readonly commitTag: string;
  readonly releaseTag?: string;
  /** Digest each looked-up tag points at in the registry; tags not there are absent. */
  readonly current: ReadonlyMap<string, string>;
  /** Refuse to build: deploy only an image that already exists. */
  readonly noBuild: boolean;
}

/** What to do with the image. */
export type ImagePlan =
  | {
      readonly kind: "reuse";
      /** The tag whose manifest is reused. */
      readonly source: string;
      readonly digest: string;
      /** Tags to point at `digest` through the registry API (not there yet, or elsewhere). */
      readonly addTags: readonly string[];
      /** Tags that move away from another digest (a re-run with other build args, say). */
      readonly movedTags: readonly string[];
      /** Every tag that names the image when done. */
      readonly tags: readonly string[];
      readonly reason: string;
    }
  | {
      readonly kind: "build";
      /** All tags of the new image; the first is pushed by docker, the rest follow. */
      readonly tags: readonly string[];
      readonly reason: string;
    }
  | { readonly kind: "refuse"; readonly reason: string };

function reuse(input: PlanInput, source: string, digest: string, wanted: readonly string[], reason: string): ImagePlan {
  const addTags: string[] = [];
  const movedTags: string[] = [];
  for (const tag of wanted) {
    const now = input.current.get(tag);
    if (now === digest) continue;
    addTags.push(tag);
    if (now !== undefined) movedTags.push(tag);
  }
  const tags = [...new Set([source, ...wanted])];
  return { kind: "reuse", source, digest, addTags, movedTags, tags, reason };
}

/**
 * Decides build versus reuse:
 * - on a release, the commit's own image, if the commit was deployed before, gains the release
 *   tag: a release promotes exactly what was tested, never a rebuild;
 * - otherwise an existing content tag means an identical context was built already: its manifest
 *   gains the commit (and release) tag through the registry API;
 * - otherwise build and push, unless building is refused.
 */
export function planImage(input: PlanInput): ImagePlan {
  const { contentTag, commitTag, releaseTag, current } = input;
  if (releaseTag !== undefined) {
    const commitDigest = current.get(commitTag);
    if (commitDigest !== undefined) {
      return reuse(input, commitTag, commitDigest, [commitTag, releaseTag], `release ${releaseTag} promotes the image of commit ${commitTag}`);
    }
  }
  const contentDigest = current.get(contentTag);
  if (contentDigest !== undefined) {
    const wanted = releaseTag === undefined ? [commitTag] : [commitTag, releaseTag];
    return reuse(input, contentTag, contentDigest, wanted, `build context unchanged (${contentTag} exists)`);
  }
  if (input.noBuild) {
    return {
      kind: "refuse",
      reason:
        `no image with content tag ${contentTag} exists` +
        (releaseTag === undefined ? "" : ` and commit ${commitTag} has no image`) +
        ", and building is turned off (--no-build)",
    };
  }
  const tags = releaseTag === undefined ? [commitTag, contentTag] : [commitTag, contentTag, releaseTag];
  return { kind: "build", tags, reason: `no image of this build context yet (${contentTag})` };
}

/** Parameters of one `docker build`. */
export interface BuildSpec {
  readonly builder: BuilderKind;
  /** Image repository, `host/path/name`, without a tag. */
  readonly image: string;
  readonly tags: readonly string[];
  /** Dockerfile path inside the context archive. */
  readonly dockerfile: string;
  readonly buildArgs: Readonly<Record<string, string>>;
  readonly target?: string;
  readonly labels: Readonly<Record<string, string>>;
  /** Use the registry's cache image (BuildKit only); false for a first build of the project. */
  readonly registryCache: boolean;
}

/** A docker invocation: arguments (never a shell string) and extra environment. */
export interface DockerCommand {
  readonly args: readonly string[];
  readonly env: Readonly<Record<string, string>>;
}

function sortedEntries(record: Readonly<Record<string, string>>): [string, string][] {
  return Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The `docker build` command line. The context is a tar archive on standard input (`-`), so the
 * Dockerfile path is inside it. BuildKit builds print plain progress, so a failing step can be
 * found in the log.
 */
export function buildCommand(spec: BuildSpec): DockerCommand {
  const args: string[] = spec.builder === "buildx" ? ["buildx", "build"] : ["build"];
  if (spec.builder !== "classic") args.push("--progress", "plain");
  args.push("--file", spec.dockerfile);
  for (const tag of spec.tags) args.push("--tag", `${spec.image}:${tag}`);
  for (const [name, value] of sortedEntries(spec.buildArgs)) args.push("--build-arg", `${name}=${value}`);
  if (spec.target !== undefined) args.push("--target", spec.target);
  for (const [name, value] of sortedEntries(spec.labels)) args.push("--label", `${name}=${value}`);
  const cacheRef = `${spec.image}:${CACHE_TAG}`;
  if (spec.builder === "buildx") {
    if (spec.registryCache) args.push("--cache-from", `type=registry,ref=${cacheRef}`);
    args.push("--cache-to", "type=inline", "--push");
  } else if (spec.builder === "buildkit") {
    if (spec.registryCache) args.push("--cache-from", cacheRef);
    args.push("--build-arg", "BUILDKIT_INLINE_CACHE=1");
  }
  args.push("-");
  const env: Record<string, string> = spec.builder === "classic" ? { DOCKER_BUILDKIT: "0" } : spec.builder === "buildkit" ? { DOCKER_BUILDKIT: "1" } : {};
  return { args, env };
}

/** Tags that `docker push` must send: none when buildx pushed during the build. */
export function pushTags(builder: BuilderKind, tags: readonly string[]): readonly string[] {
  if (builder === "buildx") return [];
  return tags.slice(0, 1);
}

/** `docker push IMAGE:TAG`. */
export function pushCommand(image: string, tag: string): DockerCommand {
  return { args: ["push", `${image}:${tag}`], env: {} };
}

/** `docker login` reading the password from standard input, never from the command line. */
export function loginCommand(host: string, username: string): DockerCommand {
  return { args: ["login", "--username", username, "--password-stdin", host], env: {} };
}
