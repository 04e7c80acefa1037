/**
 * The image a local run uses for a project: tagged with the content tag deploy computes for the
 * same build context and build arguments (so a local image and a deployed one are comparable by
 * tag), built on the local daemon when it is not there yet.
 */
import { UserError } from "../errors.js";
import { contentTagFor, hashContext } from "../image/context-hash.js";
import { contextTar, DEFAULT_CONTEXT_EXCLUDES, scanContext, type ScannedContext } from "../image/context.js";
import type { ContainerRuntime } from "./runtime.js";

/** A project's image as a local run names it. */
export interface LocalImage {
  project: string;
  /** `<project>:<content tag>`. */
  reference: string;
  contentTag: string;
  scanned: ScannedContext;
}

/** Hash the project's build context as deploy does (same excludes, Dockerfile and build args). */
export async function localImage(project: string, contextDir: string, buildArgs: Readonly<Record<string, string>>): Promise<LocalImage> {
  const scanned = await scanContext({ contextDir, exclude: DEFAULT_CONTEXT_EXCLUDES });
  const contentTag = contentTagFor(hashContext(scanned.entries, { dockerfile: scanned.dockerfile, buildArgs }));
  return { project, reference: `${project}:${contentTag}`, contentTag, scanned };
}

/** Make sure the image exists locally: build it unless it is there; with `noBuild`, refuse to build. */
export async function ensureLocalImage(
  image: LocalImage,
  buildArgs: Readonly<Record<string, string>>,
  runtime: ContainerRuntime,
  options: { noBuild: boolean; onLine: (line: string) => void; onBuild: () => void },
): Promise<"present" | "built"> {
  if (await runtime.imageExists(image.reference)) return "present";
  if (options.noBuild) {
    throw new UserError(
      `${image.reference} is not in the local Docker image store and --no-build was given: run without --no-build to build it, or pass --image REF`,
    );
  }
  options.onBuild();
  await runtime.build(
    {
      reference: image.reference,
      dockerfile: image.scanned.dockerfile,
      buildArgs,
      labels: { "dagship.content-tag": image.contentTag, "org.opencontainers.image.title": image.project },
      buildx: await runtime.hasBuildx(),
    },
    contextTar(image.scanned),
    options.onLine,
  );
  return "built";
}
