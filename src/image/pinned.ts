/**
 * Images a deploy is given instead of building them (the fan-out workflow's build jobs pushed
 * them, each on its own runner): every given reference is checked against the registry, and an
 * image the deploy needs but was not given is looked up by its build context's content tag.
 * Everything here only reads the registry: nothing is built, pushed or tagged.
 */
import { messageOf, UserError } from "../errors.js";
import { imageRepository, type RegistryRef } from "./reference.js";
import { previewProjectImage, type ImageDeps } from "./index.js";
import type { RegistryApi } from "./registry.js";

const PINNED_REFERENCE = /^([^@\s]+)@(sha256:[0-9a-f]{64})$/;

/** An image reference pinned by digest, split. */
export interface PinnedReference {
  /** `host/path/image`. */
  readonly image: string;
  /** `sha256:` and 64 hex digits. */
  readonly digest: string;
}

/**
 * Why `reference` cannot be the image of `project` in `registry`, or undefined when it can: it
 * must be `REGISTRY/IMAGE@sha256:<64 hex>`, in the repository dagship pushes that project to. Pure.
 */
export function pinnedReferenceProblem(registry: RegistryRef, project: string, reference: string): string | undefined {
  const match = PINNED_REFERENCE.exec(reference);
  if (!match) return `expected an image reference pinned by digest, IMAGE@sha256:<64 hex digits>, got ${JSON.stringify(reference)}`;
  let expected: string;
  try {
    expected = imageRepository(registry, project).fullName;
  } catch (thrown) {
    return messageOf(thrown);
  }
  if (match[1] !== expected)
    return `the image of project "${project}" is ${expected}, got ${JSON.stringify(match[1])} (a digest pushed to another registry or project)`;
  return undefined;
}

/** @throws Error when the reference is not pinned by digest (check {@link pinnedReferenceProblem} first). */
function splitPinned(reference: string): PinnedReference {
  const match = PINNED_REFERENCE.exec(reference);
  if (!match) throw new Error(`${reference} is not pinned by digest`);
  return { image: match[1] as string, digest: match[2] as string };
}

/** An image a deploy needs. */
export interface NeededImage {
  readonly project: string;
  /** Build context: the project folder (hashed to find its content tag). */
  readonly contextDir: string;
  /** The deploy's own project: its image must be among the given ones, never looked up. */
  readonly required: boolean;
  /** The other deployed projects whose tasks run this image. */
  readonly usedBy: readonly string[];
}

/** The image a deploy pins, and where it came from. */
export interface PinnedImage {
  readonly reference: string;
  /** `given`: among the given references; `registry`: looked up by content tag. */
  readonly source: "given" | "registry";
  readonly reason: string;
}

/** What {@link pinImages} needs. */
export interface PinRequest {
  readonly registry: RegistryRef;
  readonly commitSha: string;
  /** Project -> `image@sha256:...`. */
  readonly given: Readonly<Record<string, string>>;
  /** The deploy's build arguments: part of the content tag an image not given is looked up by. */
  readonly buildArgs?: Readonly<Record<string, string>>;
  readonly needed: readonly NeededImage[];
}

function neededBecause(image: NeededImage): string {
  const users = image.usedBy.length === 0 ? "" : `the tasks of ${image.usedBy.join(", ")} run it`;
  if (image.required) return users === "" ? "its DAG is deployed" : `its DAG is deployed and ${users}`;
  return users;
}

type Pinning = PinnedImage | { readonly problem: string };

async function pinOne(image: NeededImage, request: PinRequest, client: RegistryApi, deps: ImageDeps): Promise<Pinning> {
  const { registry } = request;
  const reference = request.given[image.project];
  if (reference !== undefined) {
    const problem = pinnedReferenceProblem(registry, image.project, reference);
    if (problem !== undefined) return { problem };
    const manifest = await client.getManifest(imageRepository(registry, image.project).name, splitPinned(reference).digest);
    if (manifest === undefined) return { problem: `${reference} is not in the registry` };
    return { reference, source: "given", reason: "pushed by its build job" };
  }
  if (image.required) {
    return {
      problem: `no image given for it (${neededBecause(image)}): a deploy given images builds nothing, so each of its projects needs the image its build job pushed`,
    };
  }
  const lookup = {
    project: image.project,
    contextDir: image.contextDir,
    registry,
    commitSha: request.commitSha,
    noBuild: true,
    ...(request.buildArgs === undefined ? {} : { buildArgs: request.buildArgs }),
  };
  const preview = await previewProjectImage(lookup, deps);
  if (preview.plan.kind === "reuse" && preview.reference !== undefined) {
    return { reference: preview.reference, source: "registry", reason: `not built by this run: ${preview.plan.reason}` };
  }
  const why =
    preview.plan.kind === "unknown"
      ? `the registry could not be read (${preview.plan.reason})`
      : `the registry holds no image of its build context (${preview.contentTag})`;
  return { problem: `no image given for it (${neededBecause(image)}), and ${why}: build it in this run too` };
}

/**
 * The image of every needed project, read-only: a given reference must name an image the
 * registry holds; a project not given (one whose image another deployed project's tasks borrow,
 * or a project deployed only because it uses such an image) gets the image of its identical build
 * context, when the registry holds one.
 * @throws UserError listing every image that cannot be pinned, before anything is deployed.
 */
export async function pinImages(request: PinRequest, deps: ImageDeps): Promise<Map<string, PinnedImage>> {
  const credentials = await deps.credentials.credentialsFor(request.registry);
  const client = deps.registryClient(request.registry, credentials);
  const outcomes = await Promise.all(request.needed.map(async (image) => [image.project, await pinOne(image, request, client, deps)] as const));

  const unused = Object.keys(request.given).filter((project) => !request.needed.some((image) => image.project === project));
  if (unused.length > 0) deps.logger.warn(`images given for ${unused.join(", ")}, which this deploy neither deploys nor runs: not used`);
  const problems = outcomes.flatMap(([project, outcome]) => ("problem" in outcome ? [`  ${project}: ${outcome.problem}`] : [])).sort();
  if (problems.length > 0) throw new UserError(`${problems.length} image(s) this deploy needs cannot be pinned; nothing was deployed:\n${problems.join("\n")}`);
  return new Map(outcomes.flatMap(([project, outcome]) => ("problem" in outcome ? [] : [[project, outcome] as const])));
}
