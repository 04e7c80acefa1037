import { parseArgs, type ParseArgsConfig } from "node:util";
import { messageOf, UserError } from "./errors.js";

/**
 * parseArgs with positionals and strict options, where a wrong option is the user's mistake:
 * a UserError (exit 1) that ends with `usageHint`.
 */
export function parseCommandArgs<T extends NonNullable<ParseArgsConfig["options"]>>(args: readonly string[], options: T, usageHint: string) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (thrown) {
    throw new UserError(`${messageOf(thrown)}\n${usageHint}`);
  }
}

/** `KEY=VALUE` pairs of --build-arg, as docker takes them; a bare KEY is refused (it would read the environment). */
export function parseBuildArgs(pairs: readonly string[]): Record<string, string> {
  const args: Record<string, string> = {};
  for (const pair of pairs) {
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(pair);
    if (!match?.[1]) throw new UserError(`--build-arg "${pair}" is not KEY=VALUE (e.g. --build-arg BASE_IMAGE=python:3.12-slim)`);
    args[match[1]] = match[2] ?? "";
  }
  return args;
}

/** `--jobs N`: a positive integer, written as digits only (so `2.5`, `0x4` and `1e3` are refused). */
export function parseJobs(text: string): number {
  const jobs = /^[1-9][0-9]*$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
  if (!Number.isSafeInteger(jobs)) throw new UserError(`--jobs must be a positive integer (image builds at once, e.g. --jobs 4), not "${text}"`);
  return jobs;
}
