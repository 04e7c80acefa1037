import path from "node:path";
import { fileURLToPath } from "node:url";
import { UserError } from "../errors.js";

/** Where DAG files go. */
export type Destination =
  /** A Cloud Storage bucket; `dagsFolder` is the object-name prefix Airflow reads (no slashes at the ends). */
  | { kind: "gcs"; bucket: string; dagsFolder: string }
  /** A Cloud Composer environment, resolved to its bucket through the Composer API. */
  | { kind: "composer"; name: string; project: string; location: string; environment: string }
  /** A local folder, used as the DAG folder itself (what a local Airflow mounts). */
  | { kind: "local"; folder: string };

/** The destination when none is given: a folder in the repository a local Airflow can mount. */
export const DEFAULT_LOCAL_FOLDER = ".dagship/dags";

/** Composer buckets keep DAGs under `dags/`; `gs://BUCKET` alone means that folder. */
export const COMPOSER_DAGS_FOLDER = "dags";

const EXAMPLES = [
  "  gs://BUCKET                 the bucket's dags/ folder (Composer's layout)",
  "  gs://BUCKET/PATH            DAGs under PATH, e.g. gs://us-central1-prod-1a2b3c4d-bucket/dags",
  "  projects/P/locations/L/environments/E",
  "                              a Composer environment; its bucket is looked up",
  "  ./airflow/dags  or  file:///srv/airflow/dags",
  `                              a local folder (default: ${DEFAULT_LOCAL_FOLDER})`,
].join("\n");

// Cloud Storage bucket naming rules: lowercase letters, digits, '-', '_', '.'; starts and ends
// with a letter or digit; 3-63 characters (up to 222 with dots).
const BUCKET = /^[a-z0-9][a-z0-9._-]{1,220}[a-z0-9]$/;
const COMPOSER = /^projects\/([^/]+)\/locations\/([^/]+)\/environments\/([^/]+)$/;
const PROJECT = /^([a-z][a-z0-9.-]*:)?[a-z][a-z0-9-]{4,28}[a-z0-9]$/;
const LOCATION = /^[a-z]+(-[a-z]+)*[0-9]*$/;
const ENVIRONMENT = /^[a-z]([a-z0-9-]{0,62}[a-z0-9])?$/;

/**
 * Parse a destination as the user wrote it: `gs://BUCKET[/PATH]`,
 * `projects/P/locations/L/environments/E`, or a local folder (a path, or a `file://` URL).
 * Relative folders resolve against `cwd`.
 * @throws UserError naming what is wrong, with examples of every accepted form.
 */
export function parseDestination(text: string, cwd: string = process.cwd()): Destination {
  const input = text.trim();
  const fail = (why: string): never => {
    throw new UserError(`invalid destination "${text}": ${why}\nAccepted forms:\n${EXAMPLES}`);
  };
  if (input === "") return fail("it is empty");

  if (/^gs:/i.test(input)) {
    const match = /^gs:\/\/([^/]*)(?:\/(.*))?$/i.exec(input);
    if (!match) return fail("a bucket URI starts with gs:// (two slashes)");
    const bucket = match[1] ?? "";
    if (!BUCKET.test(bucket)) {
      return fail(`"${bucket}" is not a valid bucket name (3-63 lowercase letters, digits, '-', '_' or '.', ` + "starting and ending with a letter or digit)");
    }
    const rest = (match[2] ?? "").replace(/\/+$/, "");
    if (rest === "") return { kind: "gcs", bucket, dagsFolder: COMPOSER_DAGS_FOLDER };
    if (rest.split("/").some((segment) => segment === "" || segment === "." || segment === "..")) {
      return fail(`the path "${rest}" has an empty, "." or ".." segment`);
    }
    return { kind: "gcs", bucket, dagsFolder: rest };
  }

  if (/^file:/i.test(input)) {
    let folder: string;
    try {
      folder = fileURLToPath(input);
    } catch {
      return fail("a file:// URL needs an absolute path, e.g. file:///srv/airflow/dags; write a relative folder as a plain path");
    }
    return { kind: "local", folder };
  }

  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(input);
  if (scheme) return fail(`"${scheme[1]}://" is not supported`);

  if (input.startsWith("projects/")) {
    const match = COMPOSER.exec(input.replace(/\/+$/, ""));
    if (!match) {
      return fail(
        "a Composer environment is projects/PROJECT/locations/REGION/environments/NAME " + '(for a local folder named "projects", write ./projects/...)',
      );
    }
    const [, project = "", location = "", environment = ""] = match;
    if (!PROJECT.test(project)) return fail(`"${project}" is not a valid Google Cloud project ID`);
    if (!LOCATION.test(location)) return fail(`"${location}" is not a valid region, e.g. us-central1`);
    if (!ENVIRONMENT.test(environment)) {
      return fail(`"${environment}" is not a valid environment name (lowercase letters, digits and hyphens)`);
    }
    return { kind: "composer", name: `projects/${project}/locations/${location}/environments/${environment}`, project, location, environment };
  }

  return { kind: "local", folder: path.resolve(cwd, input) };
}

/** The destination as a user would write it back. */
export function formatDestination(destination: Destination): string {
  switch (destination.kind) {
    case "gcs":
      return `gs://${destination.bucket}/${destination.dagsFolder}`;
    case "composer":
      return destination.name;
    case "local":
      return destination.folder;
  }
}

/**
 * Parse the `dagGcsPrefix` of a Composer environment (`gs://BUCKET/dags`) into a bucket
 * destination. Unlike user input, an empty path here means the bucket's root.
 */
export function parseGcsPrefix(prefix: string, environment: string): Extract<Destination, { kind: "gcs" }> {
  const match = /^gs:\/\/([^/]+)(?:\/(.*))?$/.exec(prefix.trim());
  const bucket = match?.[1] ?? "";
  if (!match || !BUCKET.test(bucket)) {
    throw new UserError(
      `Composer environment ${environment} reports a DAG folder "${prefix}" that is not a gs:// URI; ` +
        "pass the bucket directly with a gs://BUCKET/dags destination",
    );
  }
  return { kind: "gcs", bucket, dagsFolder: (match[2] ?? "").replace(/\/+$/, "") };
}
