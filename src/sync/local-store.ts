import { randomBytes } from "node:crypto";
import { mkdir, open, readdir, readFile, rename, rm, stat, unlink } from "node:fs/promises";
import type { BigIntStats } from "node:fs";
import path from "node:path";
import { messageOf } from "../errors.js";
import {
  assertSafeKey,
  md5Base64,
  StoreError,
  type ObjectContent,
  type ObjectInfo,
  type ObjectStore,
  type StoreOperation,
  type WriteOptions,
} from "./store.js";

/** Temporary files of in-flight writes carry this marker; listings skip them. */
const TEMP_MARKER = ".dagship-tmp-";

/**
 * A local folder as an object store: what a local Airflow mounts as its DAG folder.
 *
 * Writes are atomic (temporary file in the same folder, then rename), so Airflow never parses a
 * half-written DAG. Generations are emulated as `<inode>.<mtime in ns>`: every write renames a
 * fresh file over the old one, and the fresh file is created while the old one still exists, so
 * its inode differs and the generation changes on every write, even when two writes land in the
 * same clock tick (file-system timestamps are coarse). Preconditions are checked and applied
 * under a per-key lock inside this process; two processes writing one folder at the same time
 * are not protected against each other (a local folder serves one machine).
 *
 * No custom metadata is kept (file systems have no portable place for it), so listings report
 * none; sync treats such files as "not tagged" and never deletes them unless its manifest lists
 * them.
 */
export class LocalFolderStore implements ObjectStore {
  readonly location: string;
  private readonly locks = new Map<string, Promise<void>>();

  /** @param root the folder; created on first write if missing. */
  constructor(root: string) {
    this.location = path.resolve(root);
  }

  async list(prefix: string): Promise<ObjectInfo[]> {
    // Walk only the folder the prefix names (or lies in), not the whole tree.
    const slash = prefix.lastIndexOf("/");
    const startDir = slash === -1 ? "" : prefix.slice(0, slash);
    const keys: string[] = [];
    await this.walk(startDir, keys);
    const out: ObjectInfo[] = [];
    for (const key of keys.filter((k) => k.startsWith(prefix)).sort()) {
      const found = await this.readConsistent(key, "list");
      if (found === undefined) continue; // deleted while listing
      out.push({
        key,
        generation: found.generation,
        md5: found.md5,
        size: found.content.byteLength,
        metadata: {},
      });
    }
    return out;
  }

  async read(key: string): Promise<ObjectContent | undefined> {
    assertSafeKey(key);
    return this.readConsistent(key, "read");
  }

  async write(key: string, content: Uint8Array, options: WriteOptions): Promise<{ generation: string }> {
    assertSafeKey(key);
    const file = this.pathOf(key);
    return this.withLock(key, async () => {
      try {
        await mkdir(path.dirname(file), { recursive: true });
      } catch (thrown) {
        throw this.fsError(thrown, "write", key);
      }
      await this.checkPrecondition(key, options.ifGenerationMatch, "write");
      const temp = path.join(path.dirname(file), `.${path.basename(file)}${TEMP_MARKER}${randomBytes(6).toString("hex")}`);
      try {
        const handle = await open(temp, "wx", 0o644);
        try {
          await handle.writeFile(content);
          // Durable before it becomes visible: a crash never leaves an empty DAG file behind.
          await handle.sync();
        } finally {
          await handle.close();
        }
        await rename(temp, file);
      } catch (thrown) {
        await rm(temp, { force: true });
        throw this.fsError(thrown, "write", key);
      }
      const after = await this.statOf(key, "write");
      if (after === undefined) throw new StoreError("failed", "write", key, "file vanished right after it was written");
      return { generation: generationOf(after) };
    });
  }

  async delete(key: string, options: { ifGenerationMatch?: string } = {}): Promise<void> {
    assertSafeKey(key);
    await this.withLock(key, async () => {
      if ((await this.statOf(key, "delete")) === undefined) return;
      await this.checkPrecondition(key, options.ifGenerationMatch, "delete");
      try {
        await unlink(this.pathOf(key));
      } catch (thrown) {
        if (isErrno(thrown, "ENOENT")) return;
        throw this.fsError(thrown, "delete", key);
      }
    });
  }

  private pathOf(key: string): string {
    return path.join(this.location, ...key.split("/"));
  }

  private async walk(relDir: string, out: string[]): Promise<void> {
    const dir = relDir === "" ? this.location : this.pathOf(relDir);
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (thrown) {
      if (isErrno(thrown, "ENOENT") || isErrno(thrown, "ENOTDIR")) return;
      throw this.fsError(thrown, "list", relDir);
    }
    for (const entry of entries) {
      const key = relDir === "" ? entry.name : `${relDir}/${entry.name}`;
      if (entry.isDirectory()) await this.walk(key, out);
      // Symlinks and other special files are not objects sync ever wrote.
      else if (entry.isFile() && !entry.name.includes(TEMP_MARKER)) out.push(key);
    }
  }

  private async statOf(key: string, operation: StoreOperation): Promise<BigIntStats | undefined> {
    try {
      return await stat(this.pathOf(key), { bigint: true });
    } catch (thrown) {
      if (isErrno(thrown, "ENOENT") || isErrno(thrown, "ENOTDIR")) return undefined;
      throw this.fsError(thrown, operation, key);
    }
  }

  /** Content and generation that belong together: re-read if the file changed meanwhile. */
  private async readConsistent(key: string, operation: StoreOperation): Promise<ObjectContent | undefined> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const before = await this.statOf(key, operation);
      if (before === undefined) return undefined;
      let content: Buffer;
      try {
        content = await readFile(this.pathOf(key));
      } catch (thrown) {
        if (isErrno(thrown, "ENOENT")) return undefined;
        throw this.fsError(thrown, operation, key);
      }
      const after = await this.statOf(key, operation);
      if (after !== undefined && generationOf(after) === generationOf(before)) {
        return { content, generation: generationOf(after), md5: md5Base64(content) };
      }
    }
    throw new StoreError("transient", operation, key, "the file kept changing while being read");
  }

  private async checkPrecondition(key: string, expected: string | undefined, operation: StoreOperation): Promise<void> {
    if (expected === undefined) return;
    const current = await this.statOf(key, operation);
    const actual = current === undefined ? "0" : generationOf(current);
    if (actual !== expected) {
      throw new StoreError(
        "precondition-failed",
        operation,
        key,
        `expected generation ${expected}, found ${actual === "0" ? "no file" : actual}`,
        412,
      );
    }
  }

  /** Serialises check-then-act on one key, so a precondition holds until the rename. */
  private async withLock<T>(key: string, body: () => Promise<T>): Promise<T> {
    const previous = this.locks.get(key) ?? Promise.resolve();
    let release = (): void => undefined;
    const current = new Promise<void>((resolve) => {
      release = resolve;
    });
    const chained = previous.then(() => current);
    this.locks.set(key, chained);
    await previous;
    try {
      return await body();
    } finally {
      release();
      if (this.locks.get(key) === chained) this.locks.delete(key);
    }
  }

  private fsError(thrown: unknown, operation: StoreOperation, key: string): StoreError {
    const code = errnoOf(thrown);
    const where = key === "" ? this.location : this.pathOf(key);
    const detail = `${code ?? "error"} on ${where}: ${messageOf(thrown)}`;
    if (code === "EACCES" || code === "EPERM" || code === "EROFS") {
      return new StoreError("forbidden", operation, key, detail);
    }
    if (code === "ENOTDIR" || code === "EEXIST") return new StoreError("failed", operation, key, detail);
    if (code === "EAGAIN" || code === "EBUSY" || code === "EMFILE" || code === "ENFILE") {
      return new StoreError("transient", operation, key, detail);
    }
    return new StoreError("failed", operation, key, detail);
  }
}

function generationOf(stats: BigIntStats): string {
  return `${stats.ino}.${stats.mtimeNs}`;
}

function errnoOf(thrown: unknown): string | undefined {
  if (typeof thrown === "object" && thrown !== null && "code" in thrown) {
    const code = (thrown as { code: unknown }).code;
    return typeof code === "string" ? code : undefined;
  }
  return undefined;
}

function isErrno(thrown: unknown, code: string): boolean {
  return errnoOf(thrown) === code;
}
