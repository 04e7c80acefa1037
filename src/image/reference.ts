import { UserError } from "../errors.js";

/** Which kind of registry a reference names; decides authentication and repository creation. */
export type RegistryKind = "artifact-registry" | "gcr" | "plain";

/** An Artifact Registry repository, as its REST/gRPC API names it. */
export interface ArtifactRepository {
  project: string;
  location: string;
  repository: string;
}

/** A parsed `--registry` reference: where every project's image of this repo lives. */
export interface RegistryRef {
  /** The reference as written by the user (trimmed). */
  readonly raw: string;
  readonly kind: RegistryKind;
  /** Registry host as Docker names it, with port if any: `us-docker.pkg.dev`, `127.0.0.1:5000`. */
  readonly host: string;
  /** Host that serves the HTTP API v2 (differs only for Docker Hub). */
  readonly apiHost: string;
  /** Repository path below the host, without slashes at either end; may be empty for plain hosts. */
  readonly path: string;
  /** True for Google-hosted registries: credentials come from Application Default Credentials. */
  readonly google: boolean;
  /** The Artifact Registry repository behind the reference (also for gcr.io repositories). */
  readonly artifactRepository?: ArtifactRepository;
}

const EXAMPLES = [
  "us-central1-docker.pkg.dev/my-project/etl (Artifact Registry)",
  "gcr.io/my-project (an Artifact Registry gcr.io repository; also us.gcr.io, eu.gcr.io, asia.gcr.io)",
  "registry.example.com:5000/team/etl or 127.0.0.1:5000/etl (any registry speaking the Docker Registry HTTP API v2)",
];

/** gcr.io host -> location of the Artifact Registry "gcr.io repository" that now serves it. */
const GCR_LOCATIONS: Readonly<Record<string, string>> = {
  "gcr.io": "us",
  "us.gcr.io": "us",
  "eu.gcr.io": "europe",
  "asia.gcr.io": "asia",
};

// One path component, as the distribution reference grammar defines it.
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const HOST_LABEL = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])$/;
const AR_HOST = /^([a-z0-9-]+)-docker\.pkg\.dev$/;

function malformed(raw: string, why: string): UserError {
  return new UserError(
    `registry reference ${JSON.stringify(raw)} is not valid: ${why}. ` +
      `Expected a registry host followed by a repository path, without a tag or digest, e.g.\n  ` +
      EXAMPLES.join("\n  "),
  );
}

function validHost(host: string): boolean {
  let name = host;
  let port: string | undefined;
  const ipv6 = /^\[([0-9a-fA-F:.]+)\](?::(\d+))?$/.exec(host);
  if (ipv6) return ipv6[2] === undefined || validPort(ipv6[2]);
  const colon = host.lastIndexOf(":");
  if (colon >= 0) {
    name = host.slice(0, colon);
    port = host.slice(colon + 1);
    if (!validPort(port)) return false;
  }
  return name.split(".").every((label) => HOST_LABEL.test(label));
}

function validPort(port: string): boolean {
  if (!/^\d{1,5}$/.test(port)) return false;
  const n = Number(port);
  return n > 0 && n < 65536;
}

/** Whether a registry host is on this machine: those are spoken to over plain HTTP, as Docker does. */
export function isLoopbackHost(host: string): boolean {
  const name = host.startsWith("[") ? host.slice(1, host.indexOf("]")) : host.replace(/:\d+$/, "");
  return name === "localhost" || name === "::1" || /^127\.\d+\.\d+\.\d+$/.test(name);
}

/**
 * Parses a registry reference: `REGION-docker.pkg.dev/PROJECT/REPO`, `gcr.io/PROJECT` (and the
 * other `*.gcr.io` hosts), or any `host[:port][/path]`. Throws a UserError saying what is
 * expected when it is malformed.
 */
export function parseRegistryRef(input: string): RegistryRef {
  const raw = input.trim();
  if (raw === "") throw malformed(input, "it is empty");
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(raw)) throw malformed(raw, "leave out the URL scheme (no https://)");
  if (/\s/.test(raw)) throw malformed(raw, "it contains whitespace");
  if (raw.includes("@")) throw malformed(raw, "it contains a digest; give the repository only");
  const trimmed = raw.replace(/\/+$/, "");
  const slash = trimmed.indexOf("/");
  const host = slash < 0 ? trimmed : trimmed.slice(0, slash);
  const path = slash < 0 ? "" : trimmed.slice(slash + 1);

  const looksLikeHost = host.includes(".") || host.includes(":") || host === "localhost";
  if (!looksLikeHost) {
    throw malformed(raw, `the first part ${JSON.stringify(host)} is not a registry host (a host name with a dot or a port)`);
  }
  if (!validHost(host)) throw malformed(raw, `${JSON.stringify(host)} is not a valid host[:port]`);
  const components = path === "" ? [] : path.split("/");
  for (const component of components) {
    if (component.includes(":")) throw malformed(raw, "it contains a tag; give the repository only");
    if (!COMPONENT.test(component)) {
      const hint = component.toLowerCase() !== component ? " (repository paths must be lowercase)" : "";
      throw malformed(raw, `path component ${JSON.stringify(component)} is not allowed${hint}`);
    }
  }
  const lowerHost = host.toLowerCase();

  const ar = AR_HOST.exec(lowerHost);
  if (ar) {
    const [project, repository] = components;
    if (project === undefined || repository === undefined) {
      throw malformed(raw, "an Artifact Registry reference needs both PROJECT and REPO after the host");
    }
    return {
      raw,
      kind: "artifact-registry",
      host: lowerHost,
      apiHost: lowerHost,
      path,
      google: true,
      artifactRepository: { project, location: ar[1] ?? "", repository },
    };
  }
  if (lowerHost.endsWith(".pkg.dev")) {
    throw malformed(raw, `${host} is not a Docker-format Artifact Registry host (REGION-docker.pkg.dev)`);
  }
  const gcrLocation = GCR_LOCATIONS[lowerHost];
  if (gcrLocation !== undefined) {
    const [project] = components;
    if (project === undefined) throw malformed(raw, `a ${lowerHost} reference needs the PROJECT after the host`);
    return {
      raw,
      kind: "gcr",
      host: lowerHost,
      apiHost: lowerHost,
      path,
      google: true,
      artifactRepository: { project, location: gcrLocation, repository: lowerHost },
    };
  }
  if (lowerHost.endsWith(".gcr.io")) {
    throw malformed(raw, `${host} is not a Container Registry host; use gcr.io, us.gcr.io, eu.gcr.io or asia.gcr.io`);
  }
  return {
    raw,
    kind: "plain",
    host,
    apiHost: lowerHost === "docker.io" ? "registry-1.docker.io" : host,
    path,
    google: false,
  };
}

/**
 * The image repository name of a project in the registry's path: lowercased, every run of
 * characters Docker does not allow replaced by `-`. Throws when nothing usable remains.
 */
export function imageNameForProject(project: string): string {
  const name = project
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, "-")
    .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, "")
    .replace(/[._-]{2,}/g, (run) => (/^(?:__|-+)$/.test(run) ? run : "-"));
  if (name === "" || !COMPONENT.test(name)) {
    throw new UserError(
      `project name ${JSON.stringify(project)} cannot be turned into an image name: ` +
        "rename the project folder to use lowercase letters, digits, '-', '_' or '.'",
    );
  }
  return name;
}

/** A project's image in a registry. */
export interface ImageRepository {
  readonly registry: RegistryRef;
  /** Repository path as the registry API names it: `PROJECT/REPO/IMAGE`, `etl/my-project`. */
  readonly name: string;
  /** Full name as Docker names it: `us-docker.pkg.dev/p/r/image`. */
  readonly fullName: string;
}

/** `<registry>/<project image name>`. */
export function imageRepository(registry: RegistryRef, project: string): ImageRepository {
  const image = imageNameForProject(project);
  const name = registry.path === "" ? image : `${registry.path}/${image}`;
  return { registry, name, fullName: `${registry.host}/${name}` };
}

const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;

/** Whether a string is a valid image tag. */
function isValidTag(tag: string): boolean {
  return TAG.test(tag);
}

/**
 * Turns a git ref name (a release tag such as `v1.2.0` or `release/2024-05`) into a valid image
 * tag: characters a tag may not hold become `-`, and it is cut to 128 characters.
 */
export function tagFromGitRef(ref: string): string {
  const stripped = ref.replace(/^refs\/tags\//, "");
  let tag = stripped.replace(/[^A-Za-z0-9_.-]/g, "-").replace(/^[.-]+/, "");
  tag = tag.slice(0, 128);
  if (!isValidTag(tag)) {
    throw new UserError(`git ref ${JSON.stringify(ref)} cannot be used as an image tag: use letters, digits, '_', '.' or '-'`);
  }
  return tag;
}
