/**
 * What each environment runs per project, from the deploy manifests (the destination is the
 * record: nothing else is kept anywhere), and that record in words and as JSON.
 */
import type { Logger } from "../log.js";
import { DEFAULT_RETRY, type RetryPolicy } from "../util/async.js";
import type { DeployRecord } from "../sync/deploy-record.js";
import { shortSha } from "../sync/history.js";
import { MANIFEST_NAME, type Manifest } from "../sync/manifest.js";
import { recordOf } from "../sync/next-history.js";
import { projectPrefix, repositoryPrefix } from "../sync/prefix.js";
import { readManifest } from "../sync/snapshot.js";
import { storeCall } from "../sync/store-call.js";
import type { SyncTarget } from "../sync/target.js";

/** One project's deploys in one destination, newest first. */
export interface ProjectHistory {
  project: string;
  /** Store location and prefix, e.g. `gs://bucket/dags/etl/sales/`. */
  location: string;
  /** Newest first; the first is what runs now. A manifest from before histories gives its own deploy alone. */
  deploys: DeployRecord[];
}

/** The deploys a manifest records: its history, or (written before histories) its own deploy. */
export function deploysOf(manifest: Manifest): DeployRecord[] {
  return manifest.history?.deploys ?? [recordOf(manifest)];
}

/** Collaborators of reading histories. */
export interface HistoryDeps {
  log: Logger;
  retry?: RetryPolicy;
}

/**
 * The history of one project, or of every project with a manifest under the repository's folder
 * (including projects removed from the repository since), sorted by name.
 */
export async function readHistories(target: SyncTarget, repo: string, project: string | undefined, deps: HistoryDeps): Promise<ProjectHistory[]> {
  const context = { store: target.store, log: deps.log, retry: deps.retry ?? DEFAULT_RETRY };
  let projects: string[];
  if (project !== undefined) {
    projects = [project];
  } else {
    const folder = repositoryPrefix(target.dagsFolder, repo);
    const listing = await storeCall(context, "list", folder, () => target.store.list(folder));
    const suffix = `/${MANIFEST_NAME}`;
    projects = listing
      .map((object) => object.key.slice(folder.length))
      .filter((rest) => rest.endsWith(suffix) && !rest.slice(0, -suffix.length).includes("/"))
      .map((rest) => rest.slice(0, -suffix.length))
      .sort();
  }
  const histories = await Promise.all(
    projects.map(async (name) => {
      const prefix = projectPrefix(target.dagsFolder, repo, name);
      const read = await readManifest(context, prefix);
      return read === undefined ? undefined : { project: name, location: `${target.store.location}/${prefix}`, deploys: deploysOf(read.manifest) };
    }),
  );
  return histories.filter((history) => history !== undefined);
}

/** One environment's (or destination's) histories, as `dagship history` shows them. */
export interface EnvironmentHistory {
  /** The environment's name; undefined for a destination given directly. */
  environment?: string;
  destination: string;
  projects: ProjectHistory[];
}

/** Words of a record's origin and release tag. */
function notes(record: DeployRecord): string {
  const parts: string[] = [];
  if (record.releaseTag !== undefined) parts.push(record.releaseTag);
  if (record.origin?.via === "promotion") parts.push(`promoted from ${record.origin.from}`);
  if (record.origin?.via === "rollback") parts.push(`rollback (replaced ${shortSha(record.origin.from)})`);
  return parts.join(", ");
}

/** `sales@sha256:0123456789ab`: the project and the first 12 digits of its digest. */
function shortImage(project: string, reference: string): string {
  const at = reference.indexOf("@sha256:");
  return at < 0 ? `${project}=${reference}` : `${project}@sha256:${reference.slice(at + 8, at + 20)}`;
}

/**
 * The histories in words: per environment and project, one line per deploy, newest first (the
 * one marked `*` runs now): commit, deploy time, commit time, release tag and origin, digests.
 */
export function formatHistories(histories: readonly EnvironmentHistory[]): string {
  const lines: string[] = [];
  for (const env of histories) {
    lines.push(env.environment === undefined ? env.destination : `${env.environment} (${env.destination})`);
    if (env.projects.length === 0) lines.push("  nothing deployed");
    for (const project of env.projects) {
      lines.push(`  ${project.project}`);
      project.deploys.forEach((record, index) => {
        const images = Object.entries(record.images).map(([name, image]) => shortImage(name, image.reference));
        const note = notes(record);
        lines.push(
          `    ${index === 0 ? "*" : " "} ${shortSha(record.commit)}  deployed ${record.deployedAt}  committed ${record.commitTime}` +
            `${note === "" ? "" : `  (${note})`}${images.length === 0 ? "  (digests not recorded)" : `  ${images.join(" ")}`}`,
        );
      });
    }
  }
  return `${lines.join("\n")}\n`;
}

/** The histories as plain data for `--json`. */
export function historiesJson(histories: readonly EnvironmentHistory[]): unknown {
  return histories.map((env) => ({
    ...(env.environment === undefined ? {} : { environment: env.environment }),
    destination: env.destination,
    projects: env.projects.map((project) => ({
      project: project.project,
      location: project.location,
      deploys: project.deploys.map((record, index) => ({ current: index === 0, ...record })),
    })),
  }));
}
