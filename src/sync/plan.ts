import { MANIFEST_NAME, META, type Manifest } from "./manifest.js";
import type { CommitRelation } from "./history.js";
import { assertSafeKey, md5Base64, type ObjectInfo } from "./store.js";

/** One rendered DAG file, by its path relative to the project's prefix. */
export interface RenderedFile {
  path: string;
  content: Uint8Array | string;
  /** The DAG's id, for the duplicate check and the manifest. */
  dagId?: string;
}

/** Why a file is uploaded, skipped or deleted. */
export type PlanReason =
  /** upload: rendered, not deployed before */
  | "new"
  /** upload: rendered differently than deployed */
  | "changed"
  /** upload: deployed, but the object is gone (deleted by hand) */
  | "missing"
  /** upload: the object differs from both the last deploy and the render (edited by hand) */
  | "modified-by-hand"
  /** upload: an unrecorded object this project wrote (an interrupted deploy) differs from the render */
  | "replaces-leftover"
  /** skip: the object already has the rendered bytes */
  | "unchanged"
  /** skip: the object has the rendered bytes but the manifest did not record them; now it does */
  | "adopted"
  /** delete: deployed before, no longer rendered */
  | "no-longer-rendered"
  /** delete: written by an interrupted deploy of this project, not rendered */
  | "leftover";

/** One step of a plan. */
export interface PlannedAction {
  action: "upload" | "skip" | "delete";
  /** Relative to the project's prefix. */
  path: string;
  /** Full object key. */
  key: string;
  reason: PlanReason;
  /** The generation the object had when planned ("0": absent); upload/delete require it still. */
  ifGenerationMatch?: string;
  /** MD5 of the rendered bytes (upload, skip). */
  md5?: string;
  size?: number;
  dagId?: string;
}

/** The pure diff between what is rendered and what is deployed. */
export interface Plan {
  actions: PlannedAction[];
  /** Things the user should know that do not stop the deploy. */
  warnings: string[];
  /** Things that stop the deploy before anything is written. */
  blockers: string[];
}

/** Everything the planner looks at; it reads no clock, network or disk. */
export interface PlanInput {
  /** The project's full prefix, ending in `/`. */
  prefix: string;
  rendered: readonly RenderedFile[];
  /** The last deploy's manifest; undefined for a first deploy. */
  manifest: Manifest | undefined;
  /** Listing of the prefix (full keys); the manifest object, if listed, is ignored. */
  remote: readonly ObjectInfo[];
  /** How each commit found in object metadata relates to ours (see compareCommits). */
  relationOf: (sha: string) => CommitRelation | undefined;
}

/** Bytes of a rendered file. */
export function contentBytes(file: RenderedFile): Uint8Array {
  return typeof file.content === "string" ? new TextEncoder().encode(file.content) : file.content;
}

/**
 * Decide, per file, upload / skip / delete and why. Deletes only what the manifest says this
 * project deployed, or what this project's own interrupted deploys left (tagged with its prefix
 * and an older-or-same commit). Objects nobody recorded are never overwritten or deleted.
 */
export function planSync(input: PlanInput): Plan {
  const { prefix, manifest } = input;
  const actions: PlannedAction[] = [];
  const warnings: string[] = [];
  const blockers: string[] = [];
  const remote = new Map<string, ObjectInfo>();
  for (const object of input.remote) {
    if (!object.key.startsWith(prefix)) continue;
    const path = object.key.slice(prefix.length);
    if (path !== MANIFEST_NAME) remote.set(path, object);
  }
  const recorded = manifest?.files ?? {};
  const rendered = new Map<string, RenderedFile>();
  for (const file of input.rendered) {
    try {
      assertSafeKey(file.path);
    } catch {
      blockers.push(`rendered file path ${JSON.stringify(file.path)} is not a safe relative path`);
      continue;
    }
    if (file.path === MANIFEST_NAME) blockers.push(`a rendered file may not be named ${MANIFEST_NAME}`);
    else if (rendered.has(file.path)) blockers.push(`two rendered files share the path ${file.path}`);
    else rendered.set(file.path, file);
  }

  for (const [path, file] of [...rendered].sort(([a], [b]) => compare(a, b))) {
    const bytes = contentBytes(file);
    const md5 = md5Base64(bytes);
    const base = {
      path,
      key: prefix + path,
      md5,
      size: bytes.byteLength,
      ...(file.dagId === undefined ? {} : { dagId: file.dagId }),
    };
    const object = remote.get(path);
    const entry = recorded[path];
    if (object === undefined) {
      actions.push({ ...base, action: "upload", reason: entry ? "missing" : "new", ifGenerationMatch: "0" });
      if (entry) warnings.push(`${path} was deployed but is missing from the destination (deleted by hand?); uploading it again`);
      continue;
    }
    if (object.md5 === md5) {
      // "adopted": in place but unrecorded (or recorded with other bytes): an interrupted deploy
      // uploaded it, or someone placed it by hand; the new manifest records it.
      actions.push({ ...base, action: "skip", reason: entry?.md5 === md5 ? "unchanged" : "adopted" });
      continue;
    }
    const upload = { ...base, action: "upload" as const, ifGenerationMatch: object.generation };
    if (entry) {
      if (object.md5 === entry.md5) actions.push({ ...upload, reason: "changed" });
      else {
        actions.push({ ...upload, reason: "modified-by-hand" });
        warnings.push(`${path} was changed in the destination since the last deploy; replacing it with the rendered file`);
      }
      continue;
    }
    if (isLeftover(object, prefix, input.relationOf)) {
      actions.push({ ...upload, reason: "replaces-leftover" });
      continue;
    }
    blockers.push(
      `${object.key} exists but this project did not deploy it (it is not in the manifest` +
        `${ownerOf(object) ? `; it was written for ${ownerOf(object)}` : ""}), and the render would replace it: ` +
        `move or delete that file, or change this project's prefix`,
    );
  }

  for (const [path, object] of [...remote].sort(([a], [b]) => compare(a, b))) {
    if (rendered.has(path)) continue;
    const entry = recorded[path];
    if (entry) {
      actions.push({ action: "delete", path, key: object.key, reason: "no-longer-rendered", ifGenerationMatch: object.generation });
      if (object.md5 !== entry.md5) warnings.push(`${path} had been changed in the destination since the last deploy; deleting it anyway (no longer rendered)`);
    } else if (isLeftover(object, prefix, input.relationOf)) {
      actions.push({ action: "delete", path, key: object.key, reason: "leftover", ifGenerationMatch: object.generation });
    } else {
      warnings.push(`${object.key} is not managed by this project (not in its manifest); left alone`);
    }
  }
  return { actions, warnings, blockers };
}

/** Code-unit order: stable across machines and locales (and far cheaper than localeCompare). */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Commit an object's metadata says wrote it, if this project's deploy did. */
function taggedCommit(object: ObjectInfo, prefix: string): { sha: string; time?: Date } | undefined {
  if (object.metadata[META.owner] !== prefix) return undefined;
  const sha = object.metadata[META.commit];
  if (sha === undefined) return undefined;
  const time = object.metadata[META.commitTime];
  const parsed = time === undefined ? Number.NaN : Date.parse(time);
  return Number.isNaN(parsed) ? { sha } : { sha, time: new Date(parsed) };
}

/** Written by this project's own earlier (or same-commit) deploy that never recorded it. */
function isLeftover(object: ObjectInfo, prefix: string, relationOf: (sha: string) => CommitRelation | undefined): boolean {
  const tagged = taggedCommit(object, prefix);
  if (tagged === undefined) return false;
  const relation = relationOf(tagged.sha);
  return relation === "ahead" || relation === "same";
}

function ownerOf(object: ObjectInfo): string | undefined {
  return object.metadata[META.owner];
}

/** One DAG file a project is about to deploy, for the cross-project check. */
export interface DeployedDag {
  project: string;
  /** The project's full prefix (ends in `/`). */
  prefix: string;
  /** Full object key (or path in the destination). */
  key: string;
  dagId?: string;
}

/**
 * Problems that must stop every project before anything is uploaded: two DAGs with one dag_id
 * (Airflow silently keeps only one of them), two files at one destination path, and project
 * prefixes that overlap (each project's manifest would claim the other's files).
 */
export function findConflicts(dags: readonly DeployedDag[]): string[] {
  const problems: string[] = [];
  const byId = new Map<string, DeployedDag[]>();
  const byKey = new Map<string, DeployedDag[]>();
  const prefixes = new Map<string, string>();
  for (const dag of dags) {
    if (dag.dagId !== undefined) byId.set(dag.dagId, [...(byId.get(dag.dagId) ?? []), dag]);
    byKey.set(dag.key, [...(byKey.get(dag.key) ?? []), dag]);
    prefixes.set(dag.project, dag.prefix);
  }
  for (const [dagId, owners] of [...byId].sort(([a], [b]) => compare(a, b))) {
    if (owners.length > 1) {
      problems.push(
        `dag_id "${dagId}" is defined ${owners.length} times (${owners.map((o) => `${o.project}: ${o.key}`).join(", ")}); ` +
          "Airflow would silently keep only one: give each DAG a unique dag_id",
      );
    }
  }
  for (const [key, owners] of [...byKey].sort(([a], [b]) => compare(a, b))) {
    if (owners.length > 1) {
      problems.push(`${owners.map((o) => o.project).join(" and ")} would all write ${key}: give them distinct prefixes or file names`);
    }
  }
  const sorted = [...prefixes].sort(([, a], [, b]) => compare(a, b));
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) {
      const [projectA, prefixA] = sorted[i] as [string, string];
      const [projectB, prefixB] = sorted[j] as [string, string];
      if (prefixB.startsWith(prefixA)) {
        problems.push(
          `projects ${projectA} (${prefixA}) and ${projectB} (${prefixB}) deploy into overlapping prefixes; ` + "each must own a folder of its own",
        );
      }
    }
  }
  return problems;
}

/**
 * Commits that wrote this project's objects after its last manifest: objects tagged with the
 * prefix that the manifest does not list, or lists with other bytes. They come from a deploy that
 * is still running or stopped midway; if one is newer than ours, ours must not proceed.
 */
export function unrecordedCommits(remote: readonly ObjectInfo[], manifest: Manifest | undefined, prefix: string): { sha: string; time?: Date }[] {
  const found = new Map<string, { sha: string; time?: Date }>();
  for (const object of remote) {
    if (!object.key.startsWith(prefix) || object.key === prefix + MANIFEST_NAME) continue;
    const tagged = taggedCommit(object, prefix);
    if (tagged === undefined || found.has(tagged.sha)) continue;
    const entry = manifest?.files[object.key.slice(prefix.length)];
    if (entry !== undefined && entry.md5 === object.md5) continue;
    found.set(tagged.sha, tagged);
  }
  return [...found.values()];
}
