/**
 * The deploy history a manifest keeps: the project's last deploys (commit, time, the images its
 * DAG pinned) and the rendered bytes of each, so `dagship rollback` can put an earlier render
 * back byte for byte and a promotion can deploy the digests an environment runs.
 *
 * The bytes live inside the manifest (gzip, base64, one copy per distinct render) rather than as
 * objects beside the DAGs: the manifest is written last with a generation precondition, so
 * history and bytes change atomically with it — no stored render can be missing or stale for a
 * deploy the history names, nothing needs collecting, and a deploy still costs the same round
 * trips. A typical DAG file of 10–15 KB is 2–4 KB here.
 */
import { gunzipSync, gzipSync } from "node:zlib";
import { isCommitId } from "../git.js";
import { assertSafeKey, md5Base64 } from "./store.js";

/**
 * How many deploys a manifest remembers. Rollbacks reach for the last few deploys; 20 covers
 * weeks of releases or a busy day of pushes, and keeps the manifest, which every deploy reads
 * and every change writes, at tens of kilobytes (20 records of ~0.4 KB, and at most 20 renders
 * of 2–4 KB compressed each).
 */
export const HISTORY_LIMIT = 20;

/**
 * How many bytes of kept renders (compressed, base64) a manifest carries at most: the newest
 * deploy's always, earlier ones' while they fit. Only a project of many large files comes near
 * it (20 one-file deploys of 2–4 KB each are under 100 KB); its oldest deploys then stay in the
 * history without their bytes, and a rollback to them says so.
 */
export const RENDER_BUDGET = 1 << 20;

/** An image a deployed DAG pins: `image@sha256:...` and the tag its pod label names. */
export interface RecordedImage {
  reference: string;
  tag?: string;
}

/** One file of a recorded deploy: its MD5 (base64, as Cloud Storage reports it) and dag_id. */
export interface RecordedFile {
  md5: string;
  dagId?: string;
}

/** How a deploy came about, when not a plain deploy of a render. */
export type DeployOrigin =
  /** The digests another environment runs, deployed here without building. */
  | { via: "promotion"; from: string }
  /** An earlier render put back (`dagship rollback`); `from` is the commit it replaced. */
  | { via: "rollback"; from: string };

/** One deploy of a project, as its manifest's history records it. */
export interface DeployRecord {
  commit: string;
  /** ISO 8601 committer time of `commit`. */
  commitTime: string;
  /** ISO 8601. */
  deployedAt: string;
  releaseTag?: string;
  dagshipVersion: string;
  /** The deployed files by path (relative to the prefix); their bytes are in `renders`. */
  files: Record<string, RecordedFile>;
  /** The images the files pin, by the project that builds them. */
  images: Record<string, RecordedImage>;
  origin?: DeployOrigin;
}

/** A manifest's history: newest deploy first, and the bytes of every render they name. */
export interface DeployHistory {
  deploys: DeployRecord[];
  /** base64 of the gzip of each render, by the render's base64 MD5. */
  renders: Record<string, string>;
}

/** The bytes of a render as the history keeps them. */
export function packRender(bytes: Uint8Array): string {
  return gzipSync(bytes, { level: 9 }).toString("base64");
}

/** A kept render's bytes, or undefined when they are not there or not the bytes the MD5 names. */
export function unpackRender(history: DeployHistory, md5: string): Uint8Array | undefined {
  const packed = history.renders[md5];
  if (packed === undefined) return undefined;
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(gunzipSync(Buffer.from(packed, "base64")));
  } catch {
    return undefined;
  }
  return md5Base64(bytes) === md5 ? bytes : undefined;
}

/** The history in a fixed key order, so equal histories serialise to equal bytes. */
export function orderedHistory(history: DeployHistory): DeployHistory {
  const sorted = <T>(record: Record<string, T>): Record<string, T> =>
    Object.fromEntries(
      Object.keys(record)
        .sort()
        .map((key) => [key, record[key] as T]),
    );
  return {
    deploys: history.deploys.map((record) => ({
      commit: record.commit,
      commitTime: record.commitTime,
      deployedAt: record.deployedAt,
      ...(record.releaseTag === undefined ? {} : { releaseTag: record.releaseTag }),
      dagshipVersion: record.dagshipVersion,
      files: sorted(record.files),
      images: sorted(record.images),
      ...(record.origin === undefined ? {} : { origin: record.origin }),
    })),
    renders: sorted(history.renders),
  };
}

const MD5 = /^[A-Za-z0-9+/]{22}==$/;

/**
 * Read a manifest's `history` field. Anything unexpected fails through `fail` (the manifest's
 * own "unusable" error): a history read wrongly would roll back to, or promote, the wrong bytes.
 */
export function parseHistory(value: unknown, fail: (why: string) => never): DeployHistory {
  if (!isRecord(value) || !Array.isArray(value.deploys) || !isRecord(value.renders)) {
    return fail(`"history" must be an object with "deploys" (a list) and "renders"`);
  }
  if (value.deploys.length > HISTORY_LIMIT) fail(`"history" lists ${value.deploys.length} deploys, more than ${HISTORY_LIMIT}`);
  const renders: Record<string, string> = {};
  for (const [md5, packed] of Object.entries(value.renders)) {
    if (!MD5.test(md5) || typeof packed !== "string") fail(`history render ${JSON.stringify(md5)} is not an MD5 with base64 bytes`);
    renders[md5] = packed;
  }
  const deploys = value.deploys.map((entry, index) => parseRecord(entry, `history deploy ${index + 1}`, fail));
  return { deploys, renders };
}

function parseRecord(value: unknown, where: string, fail: (why: string) => never): DeployRecord {
  if (!isRecord(value)) return fail(`${where} is not an object`);
  const text = (key: string, optional = false): string | undefined => {
    const field = value[key];
    if (field === undefined && optional) return undefined;
    if (typeof field !== "string" || field === "") fail(`${where}: "${key}" must be a non-empty string`);
    return field;
  };
  const commit = text("commit") as string;
  if (!isCommitId(commit)) fail(`${where}: "commit" is not a full git commit id`);
  for (const key of ["commitTime", "deployedAt"]) {
    if (Number.isNaN(Date.parse(text(key) as string))) fail(`${where}: "${key}" is not a date`);
  }
  if (!isRecord(value.files) || !isRecord(value.images)) fail(`${where}: "files" and "images" must be objects`);
  const files: Record<string, RecordedFile> = {};
  for (const [path, file] of Object.entries(value.files)) {
    try {
      assertSafeKey(path);
    } catch {
      fail(`${where}: file path ${JSON.stringify(path)} is not a safe relative path`);
    }
    if (!isRecord(file) || typeof file.md5 !== "string" || !MD5.test(file.md5)) fail(`${where}: ${path} has no valid base64 "md5"`);
    const { md5, dagId } = file as { md5: string; dagId?: unknown };
    if (dagId !== undefined && typeof dagId !== "string") fail(`${where}: ${path} has a non-string "dagId"`);
    files[path] = { md5, ...(typeof dagId === "string" ? { dagId } : {}) };
  }
  const images: Record<string, RecordedImage> = {};
  for (const [project, image] of Object.entries(value.images)) {
    if (!isRecord(image) || typeof image.reference !== "string" || image.reference === "") fail(`${where}: image of ${project} has no "reference"`);
    const { reference, tag } = image as { reference: string; tag?: unknown };
    if (tag !== undefined && typeof tag !== "string") fail(`${where}: image of ${project} has a non-string "tag"`);
    images[project] = { reference, ...(typeof tag === "string" ? { tag } : {}) };
  }
  const origin = value.origin;
  if (origin !== undefined && !(isRecord(origin) && (origin.via === "promotion" || origin.via === "rollback") && typeof origin.from === "string")) {
    fail(`${where}: "origin" must be {via: promotion|rollback, from}`);
  }
  const releaseTag = text("releaseTag", true);
  return {
    commit,
    commitTime: text("commitTime") as string,
    deployedAt: text("deployedAt") as string,
    ...(releaseTag === undefined ? {} : { releaseTag }),
    dagshipVersion: text("dagshipVersion") as string,
    files,
    images,
    ...(origin === undefined ? {} : { origin: origin as DeployOrigin }),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
