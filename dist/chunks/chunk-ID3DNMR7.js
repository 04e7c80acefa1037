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

export {
  UserError,
  formatProblem,
  messageOf
};
//# sourceMappingURL=chunk-ID3DNMR7.js.map
