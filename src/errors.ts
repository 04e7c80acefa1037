/**
 * A problem the user can fix (bad input, missing permission, unreachable service).
 * The CLI exits 1 on these; anything else is a bug and exits 2.
 */
export class UserError extends Error {
  override readonly name = "UserError";
  /** Optional location-bearing problems, e.g. every error found in one dag.yaml. */
  readonly problems: readonly Problem[];

  constructor(message: string, problems: readonly Problem[] = []) {
    super(message);
    this.problems = problems;
  }
}

/** One located problem in a user's file. Lines and columns are 1-based. */
export interface Problem {
  file: string;
  line: number;
  column: number;
  message: string;
  severity: "error" | "warning";
}

/** `file:line:column: message`, the form editors, compilers and GitHub annotations use. */
export function formatProblem(problem: Problem): string {
  const prefix = problem.severity === "warning" ? "warning: " : "";
  return `${problem.file}:${problem.line}:${problem.column}: ${prefix}${problem.message}`;
}

/** Message of any thrown value, including non-Error throws (which must never be swallowed). */
export function messageOf(thrown: unknown): string {
  if (thrown instanceof Error) return thrown.message;
  if (typeof thrown === "string") return thrown;
  let rendered: string | undefined;
  try {
    rendered = JSON.stringify(thrown);
  } catch {
    rendered = undefined;
  }
  return `non-Error value thrown: ${rendered ?? String(thrown)}`;
}

/** Longest quotation of a file's or a tool's text that an error message carries. */
export const EXCERPT_LENGTH = 160;

/**
 * A quotation of someone else's text (a file's line, a tool's output) fit for an error message:
 * its first line only (a line ends at a newline, a carriage return or a NUL, the separator of
 * `/proc/<pid>/environ`), control characters escaped, and at most `max` characters, the rest
 * counted instead of shown. An error never echoes a file beyond its offending line.
 */
export function excerpt(text: string, max = EXCERPT_LENGTH): string {
  const end = text.search(/[\n\r\0]/);
  const line = end < 0 ? text : text.slice(0, end);
  // eslint-disable-next-line no-control-regex
  const visible = line.replace(/[\u0000-\u001f\u007f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
  const chars = Array.from(visible);
  const cut = chars.length > max ? `${chars.slice(0, max).join("")}... (${chars.length - max} more characters)` : visible;
  return end < 0 ? cut : `${cut} (first line only)`;
}

/** The last non-empty line of a tool's output (where git and most tools put their `fatal:`), shortened. */
export function lastLineExcerpt(text: string, max = EXCERPT_LENGTH): string {
  const lines = text.split(/[\n\r\0]/).filter((line) => line.trim() !== "");
  return excerpt(lines[lines.length - 1]?.trim() ?? "", max);
}

const ENVIRONMENT_ERRNO: Readonly<Record<string, string>> = {
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EROFS: "the file system is read-only",
  ENOSPC: "no space left on the device",
  EDQUOT: "the disk quota is exhausted",
  ENOTDIR: "a part of the path is a file, not a folder",
  EISDIR: "it is a folder, not a file",
  ENAMETOOLONG: "the name is too long",
  ELOOP: "too many symlinks (a symlink loop)",
  EMFILE: "too many open files",
  ENXIO: "it is a socket or a device, not a file",
};

/**
 * A file-system failure that the user's machine caused (permissions, a full or read-only disk, a
 * file where a folder belongs), as a UserError naming the path; undefined for anything else,
 * which stays an internal error.
 */
export function environmentError(thrown: unknown): UserError | undefined {
  if (!(thrown instanceof Error)) return undefined;
  const { code, path, syscall } = thrown as NodeJS.ErrnoException;
  // mkdir says ENOENT when its parent exists but cannot hold folders (/proc, a vanished parent).
  const why = code === "ENOENT" && syscall === "mkdir" ? "a folder cannot be created there" : code === undefined ? undefined : ENVIRONMENT_ERRNO[code];
  if (why === undefined || path === undefined) return undefined;
  return new UserError(`cannot ${syscall ?? "access"} ${path}: ${why} (${code}); check the path and its permissions`);
}
