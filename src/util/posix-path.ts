import path from "node:path";

/** `to` relative to `from`, with forward slashes ("" when they are the same folder). */
export function posixRelative(from: string, to: string): string {
  return path.relative(from, to).split(path.sep).join("/");
}
