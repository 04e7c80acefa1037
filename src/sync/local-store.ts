// One class, the local folder as an object store, whose symlink containment and atomic writes
// belong together; a little over 300 lines.
import { randomBytes } from "node:crypto";
import { lstat, open, readdir, readFile, readlink, rename, rm, stat, unlink } from "node:fs/promises";
import type { BigIntStats } from "node:fs";
import path from "node:path";
import { messageOf } from "../errors.js";
import { ensureFolder, errnoOf, isErrno, locateInside, NotAFolderError, SymlinkRefusedError, type Boundary, type Located } from "../fs-safety.js";
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

/**
 * Temporary files of in-flight writes carry this marker; listings skip them. `~` is in no dag_id
 * (letters, digits, `_`, `.`, `-`), so no DAG file's name can hold the marker.
 */
export const TEMP_MARKER = ".dagship~tmp~";

/** A temporary file's name: this version's, or the `.dagship-tmp-` form earlier versions left behind. */
const TEMP_NAME = /^\..*(?:\.dagship~tmp~|\.dagship-tmp-)[0-9a-f]{12}$/;

/** Whether a file name is one of the store's temporary files (never an object). */
export function isTemporaryName(name: string): boolean {
  return TEMP_NAME.test(name);
}

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
 * Symlinks inside the folder (which may itself be a link) are followed only while they stay in it:
 * any operation through a link that leaves it, dangles or loops is refused, naming the link. A
 * write replaces whatever is at its key (a link becomes a file, as an object store replaces an
 * object); a delete removes the entry at its key, never what a link there points at.
 *
 * No custom metadata is kept (file systems have no portable place for it), so listings report
 * none; sync treats such files as "not tagged" and never deletes them unless its manifest lists
 * them.
 */
export class LocalFolderStore implements ObjectStore {
  readonly location: string;
  private readonly boundary: Boundary;
  private readonly locks = new Map<string, Promise<void>>();

  /** @param root the folder; created on first write if missing. */
  constructor(root: string) {
    this.location = path.resolve(root);
    this.boundary = { root: this.location, name: "the destination" };
  }

  async list(prefix: string): Promise<ObjectInfo[]> {
    if (!(await this.rootExists("list"))) return [];
    // Walk only the folder the prefix names (or lies in), not the whole tree.
    const slash = prefix.lastIndexOf("/");
    const startDir = slash === -1 ? "" : prefix.slice(0, slash);
    const start = await this.locate(startDir, "list");
    if (start.state === "missing" || start.kind !== "dir") return [];
    const files: { key: string; real: string }[] = [];
    await this.walk(startDir, start.real, prefix, new Set([start.real]), files);
    const out: ObjectInfo[] = [];
    for (const { key, real } of files.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))) {
      const found = await this.readConsistent(key, real, "list");
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
    if (!(await this.rootExists("read"))) return undefined;
    const found = await this.locateFile(key, "read");
    return found === undefined ? undefined : this.readConsistent(key, found, "read");
  }

  async write(key: string, content: Uint8Array, options: WriteOptions): Promise<{ generation: string }> {
    this.assertObjectKey(key, "write");
    return this.withLock(key, async () => {
      await this.rootExists("write");
      const folder = await this.folderFor(key, "write");
      const file = path.join(folder, path.posix.basename(key));
      if (options.ifGenerationMatch !== undefined)
        await this.checkPrecondition(key, options.ifGenerationMatch, "write", await this.entryAt(file, key, "write"));
      const temp = path.join(folder, `.${path.basename(file)}${TEMP_MARKER}${randomBytes(6).toString("hex")}`);
      try {
        // "wx" is O_CREAT|O_EXCL: it never opens a file (or a link) someone placed there.
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
      const after = await this.statAt(file, key, "write");
      if (after === undefined) throw new StoreError("failed", "write", key, "file vanished right after it was written");
      return { generation: generationOf(after) };
    });
  }

  async delete(key: string, options: { ifGenerationMatch?: string } = {}): Promise<void> {
    assertSafeKey(key);
    await this.withLock(key, async () => {
      const current = (await this.rootExists("delete")) ? await this.locateFile(key, "delete") : undefined;
      if (current === undefined) return;
      await this.checkPrecondition(key, options.ifGenerationMatch, "delete", current);
      const file = path.join(await this.folderFor(key, "delete"), path.posix.basename(key));
      try {
        // The entry at the key itself: a link there is removed, not what it points at.
        await unlink(file);
      } catch (thrown) {
        if (isErrno(thrown, "ENOENT")) return;
        throw this.fsError(thrown, "delete", key);
      }
    });
  }

  private pathOf(key: string): string {
    return key === "" ? this.location : path.join(this.location, ...key.split("/"));
  }

  /** A key this store may create: safe, and not the name of one of its own temporary files. */
  private assertObjectKey(key: string, operation: StoreOperation): void {
    assertSafeKey(key);
    if (isTemporaryName(path.posix.basename(key))) {
      throw new StoreError("failed", operation, key, `the name has the form of dagship's temporary files (${TEMP_MARKER}), which listings skip`);
    }
  }

  /**
   * Whether the folder exists (a link to a folder counts). A file there, or a link that dangles,
   * fails every operation: it can never hold DAGs, and planning against it would pretend it can.
   */
  private async rootExists(operation: StoreOperation): Promise<boolean> {
    try {
      if ((await stat(this.location)).isDirectory()) return true;
    } catch (thrown) {
      const code = errnoOf(thrown);
      const entry = code === "ENOENT" || code === "ELOOP" ? await lstat(this.location).catch(() => undefined) : undefined;
      if (entry?.isSymbolicLink()) {
        const problem = code === "ELOOP" ? "loop" : "dangling";
        throw new SymlinkRefusedError(this.location, this.location, await readlink(this.location), problem, this.boundary);
      }
      if (code === "ENOENT") return false;
      if (code === "ENOTDIR") throw this.notAFolder(operation, "a part of its path is a file");
      throw this.fsError(thrown, operation, "");
    }
    throw this.notAFolder(operation, "it is a file, not a folder");
  }

  private notAFolder(operation: StoreOperation, why: string): StoreError {
    return new StoreError("bucket-not-found", operation, "", `${why}: name a folder, or a path that does not exist yet, as the destination`);
  }

  /** Where a key (or folder key) really is, inside the folder; refused links throw. */
  private async locate(key: string, operation: StoreOperation): Promise<Located> {
    try {
      return await locateInside(this.boundary, this.pathOf(key));
    } catch (thrown) {
      if (thrown instanceof SymlinkRefusedError) throw thrown;
      throw this.fsError(thrown, operation, key);
    }
  }

  /** The real path of the file at `key`, or undefined when there is none. */
  private async locateFile(key: string, operation: StoreOperation): Promise<string | undefined> {
    const found = await this.locate(key, operation);
    if (found.state === "missing") return undefined;
    if (found.kind !== "file") throw new StoreError("failed", operation, key, `${this.pathOf(key)} is not a file`);
    return found.real;
  }

  /** The real folder a key's file is in, created inside the store's folder if missing. */
  private async folderFor(key: string, operation: StoreOperation): Promise<string> {
    try {
      return await ensureFolder(path.dirname(this.pathOf(key)), this.boundary);
    } catch (thrown) {
      if (thrown instanceof SymlinkRefusedError) throw thrown;
      if (thrown instanceof NotAFolderError) throw new StoreError("failed", operation, key, thrown.message);
      throw this.fsError(thrown, operation, key);
    }
  }

  private async walk(relDir: string, realDir: string, prefix: string, ancestors: Set<string>, out: { key: string; real: string }[]): Promise<void> {
    let entries;
    try {
      entries = await readdir(realDir, { withFileTypes: true });
    } catch (thrown) {
      if (isErrno(thrown, "ENOENT") || isErrno(thrown, "ENOTDIR")) return;
      throw this.fsError(thrown, "list", relDir);
    }
    for (const entry of entries) {
      const key = relDir === "" ? entry.name : `${relDir}/${entry.name}`;
      // Only what the prefix can match: a link elsewhere in the folder is none of this listing's business.
      if (!key.startsWith(prefix) && !prefix.startsWith(`${key}/`)) continue;
      if (isTemporaryName(entry.name)) continue;
      let real = path.join(realDir, entry.name);
      let kind: "file" | "dir" | "other" = entry.isDirectory() ? "dir" : entry.isFile() ? "file" : "other";
      if (entry.isSymbolicLink()) {
        const found = await this.locate(key, "list");
        if (found.state === "missing") continue; // removed while listing
        ({ real, kind } = found);
        if (kind === "dir" && ancestors.has(real)) {
          throw new StoreError("failed", "list", key, `${this.pathOf(key)} is a symlink to a folder that contains it (a loop): remove the link`);
        }
      }
      if (kind === "dir") {
        ancestors.add(real);
        await this.walk(key, real, prefix, ancestors, out);
        ancestors.delete(real);
      } else if (kind === "file") {
        out.push({ key, real });
      }
      // Sockets, pipes and devices are not objects sync ever wrote.
    }
  }

  private async statAt(file: string, key: string, operation: StoreOperation): Promise<BigIntStats | undefined> {
    try {
      return await stat(file, { bigint: true });
    } catch (thrown) {
      if (isErrno(thrown, "ENOENT") || isErrno(thrown, "ENOTDIR")) return undefined;
      throw this.fsError(thrown, operation, key);
    }
  }

  /** Content and generation that belong together: re-read if the file changed meanwhile. */
  private async readConsistent(key: string, file: string, operation: StoreOperation): Promise<ObjectContent | undefined> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const before = await this.statAt(file, key, operation);
      if (before === undefined) return undefined;
      let content: Buffer;
      try {
        content = await readFile(file);
      } catch (thrown) {
        if (isErrno(thrown, "ENOENT")) return undefined;
        throw this.fsError(thrown, operation, key);
      }
      const after = await this.statAt(file, key, operation);
      if (after !== undefined && generationOf(after) === generationOf(before)) {
        return { content, generation: generationOf(after), md5: md5Base64(content) };
      }
    }
    throw new StoreError("transient", operation, key, "the file kept changing while being read");
  }

  /**
   * The real path of what is at `file` (in a folder already resolved inside the store's): a link
   * there is followed only inside; undefined when nothing is there.
   */
  private async entryAt(file: string, key: string, operation: StoreOperation): Promise<string | undefined> {
    const entry = await lstat(file).catch((thrown: unknown) => {
      if (isErrno(thrown, "ENOENT")) return undefined;
      throw this.fsError(thrown, operation, key);
    });
    if (entry === undefined) return undefined;
    if (entry.isSymbolicLink()) return this.locateFile(key, operation);
    if (!entry.isFile()) throw new StoreError("failed", operation, key, `${this.pathOf(key)} is not a file`);
    return file;
  }

  /** `file`: the key's real path, or undefined when there is none. */
  private async checkPrecondition(key: string, expected: string | undefined, operation: StoreOperation, file: string | undefined): Promise<void> {
    if (expected === undefined) return;
    const current = file === undefined ? undefined : await this.statAt(file, key, operation);
    const actual = current === undefined ? "0" : generationOf(current);
    if (actual !== expected) {
      throw new StoreError("precondition-failed", operation, key, `expected generation ${expected}, found ${actual === "0" ? "no file" : actual}`, 412);
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
