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
