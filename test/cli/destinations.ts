/**
 * The two real destinations the command line deploys to in these tests (a local folder and a
 * bucket in the Cloud Storage emulator), real git repositories, and the command run in process.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { main } from "../../src/cli.js";
import { GcsStore } from "../../src/sync/gcs-store.js";
import { LocalFolderStore } from "../../src/sync/local-store.js";
import type { ObjectStore } from "../../src/sync/store.js";
import { FixtureRepo } from "../github/harness.js";
import { emulatorHost, freshBucket } from "../sync/helpers.js";

/** A fresh, empty destination: what `--dest` names, and the store to inspect it with. */
export interface CliDestination {
  dest: string;
  store: ObjectStore;
  /** The DAG folder's key prefix in the store: "" for a folder, "dags/" for a bucket. */
  dags: string;
}

export interface CliBackend {
  name: string;
  open(): CliDestination;
}

export const CLI_BACKENDS: CliBackend[] = [
  {
    name: "local folder",
    open: () => {
      const dest = mkdtempSync(path.join(tmpdir(), "dagship-cli-dest-"));
      return { dest, store: new LocalFolderStore(dest), dags: "" };
    },
  },
  {
    name: "Cloud Storage emulator",
    open: () => {
      const bucket = freshBucket("cli");
      return { dest: `gs://${bucket}/dags`, store: new GcsStore(bucket, { apiEndpoint: emulatorHost() }), dags: "dags/" };
    },
  },
];

/** `dagship ARGS` in `cwd`, in this process (the same `main` the bundle runs). */
export async function dagship(cwd: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { cwd, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

/** A real git repository in `<tmp>/<folder>`, with an optional `origin` remote. */
export class Repo extends FixtureRepo {
  constructor(folder = "etl", origin?: string) {
    super({ folder, ...(origin === undefined ? {} : { origin }) });
  }
}

/** A dag.yaml with a daily schedule and the given tasks' commands (and, optionally, a dag_id). */
export function spec(command: string, dagId?: string): string {
  return `${dagId === undefined ? "" : `dag_id: ${dagId}\n`}schedule: "@daily"\nstart_date: 2024-01-01\ntasks:\n  run:\n    command: [${command}]\n`;
}

/** Every object of a store: key -> md5 and generation, to prove a command changed nothing (or what). */
export async function state(store: ObjectStore): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const object of await store.list("")) out[object.key] = `${object.md5} ${object.generation}`;
  return out;
}

/** The keys whose bytes or generation differ between two states, and the ones added or removed. */
export function changedKeys(before: Record<string, string>, after: Record<string, string>): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((key) => before[key] !== after[key]).sort();
}

/** An object's text. */
export async function text(store: ObjectStore, key: string): Promise<string | undefined> {
  const read = await store.read(key);
  return read === undefined ? undefined : new TextDecoder().decode(read.content);
}
