import { createRequire as __dagshipCreateRequire } from 'node:module'; import { fileURLToPath as __dagshipFileURLToPath } from 'node:url'; const require = __dagshipCreateRequire(import.meta.url); const __filename = __dagshipFileURLToPath(import.meta.url); const __dirname = __dagshipFileURLToPath(new URL('.', import.meta.url));
import {
  UserError
} from "./chunk-K7TMSU63.js";

// src/sync/destination.ts
import path from "node:path";
import { fileURLToPath } from "node:url";
var DEFAULT_LOCAL_FOLDER = ".dagship/dags";
var COMPOSER_DAGS_FOLDER = "dags";
var EXAMPLES = [
  "  gs://BUCKET                 the bucket's dags/ folder (Composer's layout)",
  "  gs://BUCKET/PATH            DAGs under PATH, e.g. gs://us-central1-prod-1a2b3c4d-bucket/dags",
  "  projects/P/locations/L/environments/E",
  "                              a Composer environment; its bucket is looked up",
  "  ./airflow/dags  or  file:///srv/airflow/dags",
  `                              a local folder (default: ${DEFAULT_LOCAL_FOLDER})`
].join("\n");
var BUCKET = /^[a-z0-9][a-z0-9._-]{1,220}[a-z0-9]$/;
var COMPOSER = /^projects\/([^/]+)\/locations\/([^/]+)\/environments\/([^/]+)$/;
var PROJECT = /^([a-z][a-z0-9.-]*:)?[a-z][a-z0-9-]{4,28}[a-z0-9]$/;
var LOCATION = /^[a-z]+(-[a-z]+)*[0-9]*$/;
var ENVIRONMENT = /^[a-z]([a-z0-9-]{0,62}[a-z0-9])?$/;
function parseDestination(text, cwd = process.cwd()) {
  const input = text.trim();
  const fail = (why) => {
    throw new UserError(`invalid destination "${text}": ${why}
Accepted forms:
${EXAMPLES}`);
  };
  if (input === "") return fail("it is empty");
  if (/^gs:/i.test(input)) {
    const match = /^gs:\/\/([^/]*)(?:\/(.*))?$/i.exec(input);
    if (!match) return fail("a bucket URI starts with gs:// (two slashes)");
    const bucket = match[1] ?? "";
    if (!BUCKET.test(bucket)) {
      return fail(`"${bucket}" is not a valid bucket name (3-63 lowercase letters, digits, '-', '_' or '.', starting and ending with a letter or digit)`);
    }
    const rest = (match[2] ?? "").replace(/\/+$/, "");
    if (rest === "") return { kind: "gcs", bucket, dagsFolder: COMPOSER_DAGS_FOLDER };
    if (rest.split("/").some((segment) => segment === "" || segment === "." || segment === "..")) {
      return fail(`the path "${rest}" has an empty, "." or ".." segment`);
    }
    return { kind: "gcs", bucket, dagsFolder: rest };
  }
  if (/^file:/i.test(input)) {
    let folder;
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
        'a Composer environment is projects/PROJECT/locations/REGION/environments/NAME (for a local folder named "projects", write ./projects/...)'
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
function formatDestination(destination) {
  switch (destination.kind) {
    case "gcs":
      return `gs://${destination.bucket}/${destination.dagsFolder}`;
    case "composer":
      return destination.name;
    case "local":
      return destination.folder;
  }
}
function parseGcsPrefix(prefix, environment) {
  const match = /^gs:\/\/([^/]+)(?:\/(.*))?$/.exec(prefix.trim());
  const bucket = match?.[1] ?? "";
  if (!match || !BUCKET.test(bucket)) {
    throw new UserError(
      `Composer environment ${environment} reports a DAG folder "${prefix}" that is not a gs:// URI; pass the bucket directly with a gs://BUCKET/dags destination`
    );
  }
  return { kind: "gcs", bucket, dagsFolder: (match[2] ?? "").replace(/\/+$/, "") };
}

// src/version.ts
var VERSION = "0.1.0";

export {
  DEFAULT_LOCAL_FOLDER,
  parseDestination,
  formatDestination,
  parseGcsPrefix,
  VERSION
};
//# sourceMappingURL=chunk-NLAMMUB7.js.map
