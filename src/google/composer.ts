import { UserError } from "../errors.js";
import type { Logger } from "../log.js";
import { parseGcsPrefix } from "../sync/destination.js";
import type { RetryPolicy } from "../util/async.js";
import { applicationDefaultCredentials, bearerToken, GoogleApiError, GoogleHttp } from "./http.js";

// Google's error body is read in one place; Cloud Storage's errors are read with it too.
export { googleErrorMessage } from "./http.js";

/** The Composer REST API; tests pass a local stand-in's address instead. */
export const COMPOSER_API = "https://composer.googleapis.com/v1";

/** Composer and Airflow major versions, which choose the render profile when set to `auto`. */
export interface ComposerVersions {
  composer: 2 | 3;
  airflow: 2 | 3;
}

/** What sync needs from a Composer environment. */
export interface ComposerEnvironment {
  /** `projects/P/locations/L/environments/E` */
  name: string;
  /** e.g. RUNNING, UPDATING; absent if the API did not say. */
  state?: string;
  /** From `config.dagGcsPrefix` (`gs://BUCKET/dags`). */
  bucket: string;
  dagsFolder: string;
  /** `config.softwareConfig.imageVersion`, e.g. `composer-3-airflow-2.10.5-build.7`. */
  imageVersion: string;
  versions: ComposerVersions;
  /** `config.airflowUri`: the Airflow web UI, when the environment has one. */
  airflowUri?: string;
}

/** How to reach the Composer API. Everything is injectable so tests need no Google account. */
export interface ComposerClientOptions {
  /** Default: {@link COMPOSER_API}. */
  baseUrl?: string;
  /** Default: an OAuth token from Application Default Credentials. */
  getAccessToken?: () => Promise<string>;
  retry?: RetryPolicy;
  timeoutMs?: number;
}

// The documented pattern is composer-(N[.N.N[-preview.N]]|latest)-airflow-(N[.N[.N]]); Composer 3
// resolves to versions with a build suffix, e.g. composer-3-airflow-2.10.5-build.7.
const IMAGE_VERSION = /^composer-(\d+|latest)(?:\.\d+\.\d+)?(?:-preview\.\d+)?-airflow-(\d+)(?:\.\d+){0,2}(?:-build\.(?:\d+|latest))?$/;

/**
 * Composer and Airflow major versions from an image version string.
 * @throws UserError for versions dagship cannot target (Composer 1, Airflow 1, unknown shapes).
 */
export function parseImageVersion(imageVersion: string): ComposerVersions {
  const match = IMAGE_VERSION.exec(imageVersion.trim());
  if (!match) {
    throw new UserError(
      `unrecognised Composer image version "${imageVersion}" (expected e.g. composer-2.9.7-airflow-2.9.3 ` +
        "or composer-3-airflow-2.10.5-build.7): set the Composer and Airflow versions explicitly instead of auto",
    );
  }
  const composerText = match[1] ?? "";
  const airflow = Number(match[2]);
  if (composerText === "latest") {
    throw new UserError(`Composer image version "${imageVersion}" is an alias, not a resolved version: set the Composer version explicitly`);
  }
  const composer = Number(composerText);
  if (composer !== 2 && composer !== 3) {
    throw new UserError(
      `Composer ${composer} (image ${imageVersion}) is not supported: dagship targets Composer 2 and 3` +
        (composer === 1 ? " (Composer 1 has no composer-user-workloads namespace; upgrade the environment)" : ""),
    );
  }
  if (airflow !== 2 && airflow !== 3) {
    throw new UserError(`Airflow ${airflow} (image ${imageVersion}) is not supported: dagship renders for Airflow 2 and 3`);
  }
  if (composer === 2 && airflow === 3) {
    throw new UserError(`image version "${imageVersion}" pairs Composer 2 with Airflow 3, which Composer 2 does not offer`);
  }
  return { composer, airflow };
}

/** The Composer API's address and a client for it, from the options every Composer call takes. */
export function composerClient(options: ComposerClientOptions, log: Logger): { baseUrl: string; http: GoogleHttp } {
  const http = new GoogleHttp({
    credentials: options.getAccessToken ? bearerToken(options.getAccessToken, "the Composer API") : applicationDefaultCredentials("the Composer API"),
    ...(options.retry ? { retry: options.retry } : {}),
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
    log,
  });
  return { baseUrl: (options.baseUrl ?? COMPOSER_API).replace(/\/+$/, ""), http };
}

/** The parts of the documented Environment resource that sync reads. */
interface EnvironmentResource {
  name?: unknown;
  state?: unknown;
  config?: {
    dagGcsPrefix?: unknown;
    airflowUri?: unknown;
    softwareConfig?: { imageVersion?: unknown };
  };
}

/**
 * Look up a Composer environment (REST `projects.locations.environments.get`) and extract its DAG
 * bucket, versions and Airflow UI address.
 * @throws UserError: not found, permission denied (naming composer.environments.get), no
 *   credentials, environment without a DAG folder yet, unsupported versions.
 */
export async function getComposerEnvironment(name: string, log: Logger, options: ComposerClientOptions = {}): Promise<ComposerEnvironment> {
  const { baseUrl, http } = composerClient(options, log);
  const body = await http.request(`reading Composer environment ${name}`, "GET", `${baseUrl}/${name}`).catch((thrown: unknown) => {
    throw explain(thrown, name);
  });

  const resource = body as EnvironmentResource;
  const state = typeof resource.state === "string" ? resource.state : undefined;
  const prefix = resource.config?.dagGcsPrefix;
  if (typeof prefix !== "string" || prefix === "") {
    throw new UserError(
      `Composer environment ${name} reports no DAG folder (config.dagGcsPrefix)` +
        (state ? `; it is ${state}` : "") +
        ": wait until it is RUNNING, or deploy to its bucket with gs://BUCKET/dags",
    );
  }
  const imageVersion = resource.config?.softwareConfig?.imageVersion;
  if (typeof imageVersion !== "string") {
    throw new UserError(`Composer environment ${name} reports no image version (config.softwareConfig.imageVersion)`);
  }
  const target = parseGcsPrefix(prefix, name);
  const airflowUri = resource.config?.airflowUri;
  return {
    name,
    ...(state === undefined ? {} : { state }),
    bucket: target.bucket,
    dagsFolder: target.dagsFolder,
    imageVersion,
    versions: parseImageVersion(imageVersion),
    ...(typeof airflowUri === "string" && airflowUri !== "" ? { airflowUri } : {}),
  };
}

function explain(thrown: unknown, name: string): Error {
  if (!(thrown instanceof GoogleApiError)) return thrown instanceof Error ? thrown : new Error(String(thrown));
  const project = /^projects\/([^/]+)\/locations\/([^/]+)/.exec(name);
  const listHint = project ? `gcloud composer environments list --project ${project[1]} --locations ${project[2]}` : "gcloud composer environments list";
  switch (thrown.status) {
    case 404:
      return new UserError(`Composer environment ${name} not found (${thrown.message}): check the project, region and name (${listHint})`);
    case 403:
      return new UserError(
        `permission composer.environments.get denied on ${name} (${thrown.message}): grant the deploying identity ` +
          "roles/composer.user, or any role with composer.environments.get, in that project",
      );
    case 401:
      return new UserError(
        `the Composer API rejected the credentials (${thrown.message}): refresh them ` +
          "(google-github-actions/auth in CI, `gcloud auth application-default login` locally)",
      );
    case undefined:
      return new UserError(`could not reach the Composer API to read ${name}: ${thrown.message}`);
    default:
      return new UserError(`reading Composer environment ${name} failed with HTTP ${thrown.status}: ${thrown.message}`);
  }
}
