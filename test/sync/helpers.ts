import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect } from "vitest";
import { MemoryLogger } from "../../src/log.js";
import { GcsStore } from "../../src/sync/gcs-store.js";
import { syncProject, type RepositoryIdentity, type SyncDeps, type SyncRequest, type SyncResult, type SyncTarget } from "../../src/sync/index.js";
import { LocalFolderStore } from "../../src/sync/local-store.js";
import type { RenderedFile } from "../../src/sync/plan.js";
import type { RetryPolicy } from "../../src/util/async.js";
import type { ObjectStore, WriteOptions } from "../../src/sync/store.js";
import { testEnv } from "../helpers/test-env.js";
import type { GitFixture } from "./git-fixture.js";

export { CountingStore, KilledAfterWrites } from "./stores.js";

/** The repository the scenarios deploy from, as a GitHub workflow names it. */
export const IDENTITY: RepositoryIdentity = { id: "github.com/acme/etl", source: "github" };

/** Retries that keep tests fast but still back off. */
export const FAST_RETRY: RetryPolicy = { attempts: 4, baseDelayMs: 5, maxDelayMs: 40 };

/** The storage emulator's address, from `.test-env/env.sh` (started by the test command). */
export function emulatorHost(): string {
  return testEnv().storageEmulatorHost;
}

let bucketCounter = 0;
/** A bucket name no other test uses (the emulator creates buckets on first use). */
export function freshBucket(label: string): string {
  bucketCounter++;
  return `dagship-${label}-${process.pid}-${Date.now().toString(36)}-${bucketCounter}`.toLowerCase().slice(0, 63).replace(/-+$/, "");
}

/** The two real stores every scenario runs against. */
export interface Backend {
  name: string;
  /** A fresh, empty destination. */
  open(): SyncTarget;
}

export const BACKENDS: Backend[] = [
  {
    name: "local folder",
    open: () => {
      const folder = mkdtempSync(path.join(tmpdir(), "dagship-dags-"));
      return { store: new LocalFolderStore(folder), dagsFolder: "", display: folder };
    },
  },
  {
    name: "Cloud Storage emulator",
    open: () => {
      const bucket = freshBucket("scn");
      return { store: new GcsStore(bucket, { apiEndpoint: emulatorHost() }), dagsFolder: "dags", display: `gs://${bucket}/dags` };
    },
  },
];

/** Join a DAG-folder-relative path onto the target's DAG folder. */
export function keyIn(target: SyncTarget, relative: string): string {
  return target.dagsFolder === "" ? relative : `${target.dagsFolder}/${relative}`;
}

/** Rendered files from `{path: text}`; the dag_id is the file name without `.py`. */
export function files(spec: Record<string, string>): RenderedFile[] {
  return Object.entries(spec).map(([p, content]) => ({ path: p, content, dagId: p.replace(/\.py$/, "").replaceAll("/", "_") }));
}

/** A Python DAG file body, distinct per label. */
export function dag(label: string): string {
  return `# generated - do not edit\nfrom airflow import DAG\n\nwith DAG(dag_id=${JSON.stringify(label)}) as dag:\n    pass\n`;
}

/** Build a deploy request for commit `sha` of the fixture. */
export function request(fixture: GitFixture, sha: string, rendered: RenderedFile[], extra: Partial<SyncRequest> = {}): SyncRequest {
  return {
    repo: "etl",
    identity: IDENTITY,
    project: "sales",
    files: rendered,
    commit: { sha, time: fixture.timeOf(sha) },
    dagshipVersion: "0.1.0-test",
    ...extra,
  };
}

/** Deploy with a fresh MemoryLogger; returns the result and the log lines. */
export async function deploy(
  target: SyncTarget,
  fixture: GitFixture,
  req: SyncRequest,
  deps: Partial<SyncDeps> = {},
): Promise<{ result: SyncResult; log: MemoryLogger }> {
  const log = new MemoryLogger();
  const result = await syncProject(req, target, { git: fixture.git, log, retry: FAST_RETRY, conflictDelayMs: 20, ...deps });
  return { result, log };
}

/** Every object of the store as `key -> text`. */
export async function contents(store: ObjectStore, prefix = ""): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const object of await store.list(prefix)) {
    const read = await store.read(object.key);
    if (read !== undefined) out[object.key] = new TextDecoder().decode(read.content);
  }
  return out;
}

/**
 * Objects a project does not own: everything outside its prefix, plus named hand-placed files
 * inside it; with their generations, so a rewrite with equal bytes is caught too.
 */
export async function foreignSnapshot(store: ObjectStore, projectPrefix: string, handPlaced: readonly string[]): Promise<string[]> {
  const all = await store.list("");
  return all
    .filter((o) => !o.key.startsWith(projectPrefix) || handPlaced.includes(o.key))
    .map((o) => `${o.key} generation=${o.generation} md5=${o.md5}`)
    .sort();
}

/**
 * Seeds objects the project "sales" must never touch: a DAG uploaded by hand into the DAG
 * folder, one uploaded by hand into sales' own prefix, another project's deploy, a non-DAG file.
 * Returns a checker that asserts all of them are exactly as they were.
 */
export async function seedForeign(target: SyncTarget, fixture: GitFixture, sha: string): Promise<() => Promise<void>> {
  const hand = { contentType: "text/x-python", metadata: {} } satisfies WriteOptions;
  const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
  await target.store.write(keyIn(target, "manual_dag.py"), encode(dag("manual")), hand);
  const handInPrefix = keyIn(target, "etl/sales/hand_placed.py");
  await target.store.write(handInPrefix, encode(dag("hand_placed")), hand);
  await target.store.write(target.dagsFolder === "" ? "notes.csv" : "data/input.csv", encode("a,b\n1,2\n"), {
    contentType: "text/csv",
    metadata: {},
  });
  await deploy(target, fixture, request(fixture, sha, files({ "billing_daily.py": dag("billing_daily") }), { project: "billing" }));
  const prefix = keyIn(target, "etl/sales/");
  const before = await foreignSnapshot(target.store, prefix, [handInPrefix]);
  expect(before.length).toBeGreaterThanOrEqual(5); // 3 hand-made objects + billing's DAG and manifest
  return async () => {
    expect(await foreignSnapshot(target.store, prefix, [handInPrefix])).toEqual(before);
  };
}

/** `path -> action/reason` of a result, for compact assertions. */
export function actionsOf(result: SyncResult): Record<string, string> {
  return Object.fromEntries(result.actions.map((a) => [a.path, `${a.action}/${a.reason}`]));
}

/** `key -> generation` of every object under a prefix. */
export async function generations(store: ObjectStore, prefix: string): Promise<Record<string, string>> {
  return Object.fromEntries((await store.list(prefix)).map((o) => [o.key, o.generation]));
}
