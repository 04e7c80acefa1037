/**
 * Secrets of a local run: read from an env file (docker's format), handed to each container
 * through a named pipe (never on the command line, never written to disk), and masked in every
 * line dagship prints or writes.
 */
import { UserError } from "../errors.js";
import type { RawSecret } from "../dagfile/types.js";

/**
 * Entries of an env file as `docker run --env-file` reads it: `NAME=value` taken verbatim (no
 * quotes removed), `#` comment lines and blank lines skipped, a bare `NAME` taken from `environment`.
 */
export function parseEnvFile(text: string, file: string, environment: NodeJS.ProcessEnv = process.env): Map<string, string> {
  const entries = new Map<string, string>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/^\s+/, "");
    if (line === "" || line.startsWith("#")) return;
    const equals = line.indexOf("=");
    const name = equals < 0 ? line.trimEnd() : line.slice(0, equals);
    if (name === "" || /\s/.test(name)) throw new UserError(`${file}:${index + 1}: "${name}" is not a variable name (expected NAME=value)`);
    if (equals >= 0) entries.set(name, line.slice(equals + 1));
    else if (environment[name] !== undefined) entries.set(name, environment[name]);
  });
  return entries;
}

/**
 * The values of a task's secrets. An entry named `SECRET/KEY` (the Kubernetes secret and key)
 * wins over one named after the variable, so two tasks may read one variable from different
 * secrets. Returns the values, and the secrets the file does not hold.
 */
export function secretValues(secrets: readonly RawSecret[], file: ReadonlyMap<string, string>): { values: [string, string][]; missing: RawSecret[] } {
  const values: [string, string][] = [];
  const missing: RawSecret[] = [];
  for (const secret of secrets) {
    const value = file.get(`${secret.secret}/${secret.key}`) ?? file.get(secret.env);
    if (value === undefined) missing.push(secret);
    else values.push([secret.env, value]);
  }
  return { values, missing };
}

/** Env-file text of a container's secrets, for `docker run --env-file` (through a named pipe, never on disk). */
export function envFileText(values: readonly (readonly [string, string])[]): string {
  for (const [name, value] of values) {
    if (/[\r\n]/.test(value)) throw new UserError(`secret ${name} holds a line break, which an env file cannot pass to docker`);
  }
  return values.map(([name, value]) => `${name}=${value}\n`).join("");
}

/** Replaces every known secret value in a line of output. */
export class Redactor {
  private readonly secrets: string[] = [];

  add(value: string): void {
    if (value.length > 0 && !this.secrets.includes(value)) {
      this.secrets.push(value);
      // Longest first, so a secret that contains another is masked whole.
      this.secrets.sort((a, b) => b.length - a.length);
    }
  }

  redact(line: string): string {
    let out = line;
    for (const secret of this.secrets) if (out.includes(secret)) out = out.split(secret).join("***");
    return out;
  }
}
