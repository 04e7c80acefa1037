/**
 * The words the report uses for what happened to a project's image, in one table keyed by the
 * image action; an action added without words here does not compile. The words for a DAG file's
 * plan reason are sync's (`REASON_WORDS` in `src/sync/reasons.ts`), shared with the command line.
 */
import type { ProjectReport } from "../deploy.js";

/** What a deploy did (or a dry run would do) about a project's image. */
export type ImageAction = ProjectReport["image"]["action"];

/** Every image action in words, as the preview's table and headings show it. */
export const IMAGE_ACTION_WORDS: Readonly<Record<ImageAction, string>> = {
  built: "rebuilt",
  reused: "reused (tagged, not rebuilt)",
  unchanged: "reused (already tagged)",
  "would-build": "would be rebuilt",
  "would-reuse": "would be reused",
  unknown: "not checked (registry not readable)",
  refused: "missing (building is off)",
  local: "not checked",
  pinned: "pushed by its build job",
  "looked-up": "existing (looked up, not rebuilt)",
  promoted: "promoted (the digest the source environment runs)",
};

/** Image actions whose reference names no image that was looked up in a registry. */
export const UNCHECKED_IMAGE_ACTIONS: ReadonlySet<ImageAction> = new Set(["unknown", "local"]);
