import { createRequire as __dagshipCreateRequire } from 'node:module'; import { fileURLToPath as __dagshipFileURLToPath } from 'node:url'; const require = __dagshipCreateRequire(import.meta.url); const __filename = __dagshipFileURLToPath(import.meta.url); const __dirname = __dagshipFileURLToPath(new URL('.', import.meta.url));

// src/errors.ts
var UserError = class extends Error {
  name = "UserError";
  /** Optional location-bearing problems, e.g. every error found in one dag.yaml. */
  problems;
  constructor(message, problems = []) {
    super(message);
    this.problems = problems;
  }
};
function formatProblem(problem) {
  const prefix = problem.severity === "warning" ? "warning: " : "";
  return `${problem.file}:${problem.line}:${problem.column}: ${prefix}${problem.message}`;
}
function messageOf(thrown) {
  if (thrown instanceof Error) return thrown.message;
  if (typeof thrown === "string") return thrown;
  let rendered;
  try {
    rendered = JSON.stringify(thrown);
  } catch {
    rendered = void 0;
  }
  return `non-Error value thrown: ${rendered ?? String(thrown)}`;
}
var EXCERPT_LENGTH = 160;
function excerpt(text, max = EXCERPT_LENGTH) {
  const end = text.search(/[\n\r\0]/);
  const line = end < 0 ? text : text.slice(0, end);
  const visible = line.replace(/[\u0000-\u001f\u007f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
  const chars = Array.from(visible);
  const cut = chars.length > max ? `${chars.slice(0, max).join("")}... (${chars.length - max} more characters)` : visible;
  return end < 0 ? cut : `${cut} (first line only)`;
}
var ENVIRONMENT_ERRNO = {
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
  ENXIO: "it is a socket or a device, not a file"
};
function environmentError(thrown) {
  if (!(thrown instanceof Error)) return void 0;
  const { code, path, syscall } = thrown;
  const why = code === "ENOENT" && syscall === "mkdir" ? "a folder cannot be created there" : code === void 0 ? void 0 : ENVIRONMENT_ERRNO[code];
  if (why === void 0 || path === void 0) return void 0;
  return new UserError(`cannot ${syscall ?? "access"} ${path}: ${why} (${code}); check the path and its permissions`);
}

export {
  UserError,
  formatProblem,
  messageOf,
  excerpt,
  environmentError
};
//# sourceMappingURL=chunk-K7TMSU63.js.map
