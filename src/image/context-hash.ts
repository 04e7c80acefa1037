import { createHash } from "node:crypto";

/** One entry of a build context, as it is hashed and sent to Docker. */
export interface ContextEntry {
  /** Slash-separated path relative to the context root, never `.`-prefixed. */
  readonly path: string;
  readonly type: "file" | "dir" | "symlink";
  /** Only the executable bit survives: it is all git keeps, so checkouts agree across machines. */
  readonly executable: boolean;
  /** sha256 (hex) of a file's bytes; undefined for directories and symlinks. */
  readonly sha256?: string;
  /** Byte size of a file. */
  readonly size?: number;
  /** Target of a symlink, verbatim. */
  readonly linkTarget?: string;
}

/** Everything that decides the image, apart from the files: the recipe and its parameters. */
export interface BuildRecipe {
  /** Dockerfile path inside the context. */
  readonly dockerfile: string;
  readonly buildArgs: Readonly<Record<string, string>>;
  /** Build stage (`--target`), if any. */
  readonly target?: string;
}

// Bump when the hashed form changes, so old content tags stop matching instead of lying.
const FORMAT = "dagship-context-v1";

/** Byte-wise ordering, the same on every machine and locale. */
export function compareContextPaths(a: string, b: string): number {
  const ba = Buffer.from(a);
  const bb = Buffer.from(b);
  return Buffer.compare(ba, bb);
}

/**
 * sha256 (hex) over the context entries and the recipe. Pure: the same entries and recipe give the
 * same hash wherever and whenever it runs; order of the input does not matter; every field is
 * length-safe (JSON-encoded), so no two different contexts serialise alike.
 */
export function hashContext(entries: readonly ContextEntry[], recipe: BuildRecipe): string {
  const hash = createHash("sha256");
  hash.update(`${FORMAT}\n`);
  hash.update(`dockerfile ${JSON.stringify(recipe.dockerfile)}\n`);
  hash.update(`target ${JSON.stringify(recipe.target ?? null)}\n`);
  const args = Object.keys(recipe.buildArgs).sort(compareContextPaths);
  for (const name of args) hash.update(`arg ${JSON.stringify(name)} ${JSON.stringify(recipe.buildArgs[name])}\n`);
  const sorted = [...entries].sort((a, b) => compareContextPaths(a.path, b.path));
  for (const entry of sorted) {
    const mode = entry.executable ? "755" : "644";
    if (entry.type === "file") hash.update(`file ${mode} ${entry.sha256 ?? "?"} ${JSON.stringify(entry.path)}\n`);
    else if (entry.type === "dir") hash.update(`dir ${JSON.stringify(entry.path)}\n`);
    else hash.update(`symlink ${JSON.stringify(entry.path)} ${JSON.stringify(entry.linkTarget ?? "")}\n`);
  }
  return hash.digest("hex");
}

/** Prefix of every content tag; also how other tags are told apart from content tags. */
const CONTENT_TAG_PREFIX = "ctx-";

/** The image tag naming a context hash: `ctx-` and the first 32 hex digits (128 bits). */
export function contentTagFor(contextHash: string): string {
  return `${CONTENT_TAG_PREFIX}${contextHash.slice(0, 32)}`;
}
