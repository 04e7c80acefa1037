/**
 * What counts as a secret, and the one mask every output of a run goes through (the CLI's
 * stdout and stderr; the action's log, outputs, job summary, annotations, PR comment and failure
 * message). Masking happens where text leaves dagship, so no caller can forget it.
 *
 * A secret is:
 * - the value of an environment variable whose name ends in PASSWORD, PASSWD, TOKEN, SECRET,
 *   PRIVATE_KEY, API_KEY or ACCESS_KEY (after `_` or `-`, any case: DAGSHIP_REGISTRY_PASSWORD,
 *   GITHUB_TOKEN, INPUT_REGISTRY-PASSWORD, ACTIONS_ID_TOKEN_REQUEST_TOKEN), or DOCKER_AUTH_CONFIG;
 * - every secret field (private keys, client secrets, refresh and access tokens) of the Google
 *   credentials file that GOOGLE_APPLICATION_CREDENTIALS (or the gcloud and auth-action
 *   variables naming such a file) points at;
 * - anything dagship obtains while it runs and registers through `Logger.mask` (access tokens,
 *   registry passwords given as inputs).
 * Each is also masked in the escaped forms JSON and URLs give it, and each line of a multi-line
 * secret on its own. Values shorter than {@link MIN_SECRET_LENGTH} characters are not masked:
 * replacing every "1" or "yes" in the output would hide the output, not the secret.
 */
import { readFileSync, statSync } from "node:fs";

/** Shorter values are never masked (see the module comment). */
export const MIN_SECRET_LENGTH = 4;

const SECRET_NAME = /(?:^|[_-])(?:PASSWORD|PASSWD|TOKEN|SECRET|PRIVATE_KEY|API_KEY|ACCESS_KEY)$/i;
const SECRET_NAMES = new Set(["DOCKER_AUTH_CONFIG"]);

/** Variables that name a Google credentials file (not secrets themselves: paths). */
export const CREDENTIAL_FILE_VARIABLES: readonly string[] = [
  "GOOGLE_APPLICATION_CREDENTIALS",
  "CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE",
  "GOOGLE_GHA_CREDS_PATH",
];

const SECRET_FIELD = /private_key|secret|token|password/i;
/** A credentials file is a small JSON document; anything larger is not one. */
const MAX_CREDENTIALS_BYTES = 1 << 20;

/** Whether an environment variable of this name holds a secret. */
export function isSecretVariable(name: string): boolean {
  return SECRET_NAMES.has(name.toUpperCase()) || SECRET_NAME.test(name);
}

/** The secret values of a parsed credentials document: every string under a secret-looking key. */
export function credentialSecrets(document: unknown): string[] {
  const found: string[] = [];
  const visit = (value: unknown, secretKey: boolean): void => {
    if (typeof value === "string") {
      if (secretKey) found.push(value);
    } else if (Array.isArray(value)) {
      for (const item of value) visit(item, secretKey);
    } else if (typeof value === "object" && value !== null) {
      for (const [key, item] of Object.entries(value)) visit(item, secretKey || SECRET_FIELD.test(key));
    }
  };
  visit(document, false);
  return found;
}

function credentialFileSecrets(file: string): string[] {
  try {
    const info = statSync(file);
    if (!info.isFile() || info.size > MAX_CREDENTIALS_BYTES) return [];
    return credentialSecrets(JSON.parse(readFileSync(file, "utf8")));
  } catch {
    // Not there, unreadable or not JSON: nothing of it can be echoed by dagship as credentials.
    return [];
  }
}

/** Every secret the environment holds (see the module comment for the rules). */
export function environmentSecrets(env: Readonly<Record<string, string | undefined>>): string[] {
  const secrets: string[] = [];
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined || value === "") continue;
    if (isSecretVariable(name)) secrets.push(value);
    if (CREDENTIAL_FILE_VARIABLES.includes(name)) secrets.push(...credentialFileSecrets(value));
  }
  return secrets;
}

/** The forms one secret can take in output: itself, each of its lines, JSON- and URL-escaped. */
function forms(secret: string): string[] {
  const out = new Set<string>([secret, JSON.stringify(secret).slice(1, -1)]);
  try {
    out.add(encodeURIComponent(secret));
  } catch {
    // A lone surrogate cannot be URL-encoded, so it cannot appear URL-encoded either.
  }
  for (const line of secret.split(/\r?\n/)) out.add(line.trim());
  return [...out].filter((form) => form.length >= MIN_SECRET_LENGTH);
}

/** The secrets no output of one run may show, shared by every sink of that run. */
export class SecretMask {
  private readonly secrets = new Set<string>();
  /** Longest first, so a secret containing another is replaced whole. */
  private ordered: string[] | undefined = [];

  /** A mask of the environment's secrets (see the module comment). */
  static fromEnvironment(env: Readonly<Record<string, string | undefined>>): SecretMask {
    const mask = new SecretMask();
    for (const secret of environmentSecrets(env)) mask.add(secret);
    return mask;
  }

  /** Registers a secret: no later output through this mask shows it. */
  add(secret: string): void {
    for (const form of forms(secret)) {
      if (!this.secrets.has(form)) {
        this.secrets.add(form);
        this.ordered = undefined;
      }
    }
  }

  /** How many forms are masked (a test can see the environment's secrets were picked up). */
  get size(): number {
    return this.secrets.size;
  }

  /** `text` with every registered secret replaced by `***`. */
  redact(text: string): string {
    if (this.secrets.size === 0) return text;
    this.ordered ??= [...this.secrets].sort((a, b) => b.length - a.length);
    let out = text;
    for (const secret of this.ordered) if (out.includes(secret)) out = out.split(secret).join("***");
    return out;
  }
}
