import { createRequire as __dagshipCreateRequire } from 'node:module'; import { fileURLToPath as __dagshipFileURLToPath } from 'node:url'; const require = __dagshipCreateRequire(import.meta.url); const __filename = __dagshipFileURLToPath(import.meta.url); const __dirname = __dagshipFileURLToPath(new URL('.', import.meta.url));
import {
  UserError
} from "./chunk-K7TMSU63.js";

// src/image/reference.ts
var EXAMPLES = [
  "us-central1-docker.pkg.dev/my-project/etl (Artifact Registry)",
  "gcr.io/my-project (an Artifact Registry gcr.io repository; also us.gcr.io, eu.gcr.io, asia.gcr.io)",
  "registry.example.com:5000/team/etl or 127.0.0.1:5000/etl (any registry speaking the Docker Registry HTTP API v2)"
];
var GCR_LOCATIONS = {
  "gcr.io": "us",
  "us.gcr.io": "us",
  "eu.gcr.io": "europe",
  "asia.gcr.io": "asia"
};
var COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
var HOST_LABEL = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])$/;
var AR_HOST = /^([a-z0-9-]+)-docker\.pkg\.dev$/;
function malformed(raw, why) {
  return new UserError(
    `registry reference ${JSON.stringify(raw)} is not valid: ${why}. Expected a registry host followed by a repository path, without a tag or digest, e.g.
  ` + EXAMPLES.join("\n  ")
  );
}
function validHost(host) {
  let name = host;
  let port;
  const ipv6 = /^\[([0-9a-fA-F:.]+)\](?::(\d+))?$/.exec(host);
  if (ipv6) return ipv6[2] === void 0 || validPort(ipv6[2]);
  const colon = host.lastIndexOf(":");
  if (colon >= 0) {
    name = host.slice(0, colon);
    port = host.slice(colon + 1);
    if (!validPort(port)) return false;
  }
  return name.split(".").every((label) => HOST_LABEL.test(label));
}
function validPort(port) {
  if (!/^\d{1,5}$/.test(port)) return false;
  const n = Number(port);
  return n > 0 && n < 65536;
}
function isLoopbackHost(host) {
  const name = host.startsWith("[") ? host.slice(1, host.indexOf("]")) : host.replace(/:\d+$/, "");
  return name === "localhost" || name === "::1" || /^127\.\d+\.\d+\.\d+$/.test(name);
}
function parseRegistryRef(input) {
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
    if (project === void 0 || repository === void 0) {
      throw malformed(raw, "an Artifact Registry reference needs both PROJECT and REPO after the host");
    }
    return {
      raw,
      kind: "artifact-registry",
      host: lowerHost,
      apiHost: lowerHost,
      path,
      google: true,
      artifactRepository: { project, location: ar[1] ?? "", repository }
    };
  }
  if (lowerHost.endsWith(".pkg.dev")) {
    throw malformed(raw, `${host} is not a Docker-format Artifact Registry host (REGION-docker.pkg.dev)`);
  }
  const gcrLocation = GCR_LOCATIONS[lowerHost];
  if (gcrLocation !== void 0) {
    const [project] = components;
    if (project === void 0) throw malformed(raw, `a ${lowerHost} reference needs the PROJECT after the host`);
    return {
      raw,
      kind: "gcr",
      host: lowerHost,
      apiHost: lowerHost,
      path,
      google: true,
      artifactRepository: { project, location: gcrLocation, repository: lowerHost }
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
    google: false
  };
}
function imageNameForProject(project) {
  const name = project.toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, "").replace(/[._-]{2,}/g, (run) => /^(?:__|-+)$/.test(run) ? run : "-");
  if (name === "" || !COMPONENT.test(name)) {
    throw new UserError(
      `project name ${JSON.stringify(project)} cannot be turned into an image name: rename the project folder to use lowercase letters, digits, '-', '_' or '.'`
    );
  }
  return name;
}
function imageRepository(registry, project) {
  const image = imageNameForProject(project);
  const name = registry.path === "" ? image : `${registry.path}/${image}`;
  return { registry, name, fullName: `${registry.host}/${name}` };
}
var TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
function isValidTag(tag) {
  return TAG.test(tag);
}
function tagFromGitRef(ref) {
  const stripped = ref.replace(/^refs\/tags\//, "");
  let tag = stripped.replace(/[^A-Za-z0-9_.-]/g, "-").replace(/^[.-]+/, "");
  tag = tag.slice(0, 128);
  if (!isValidTag(tag)) {
    throw new UserError(`git ref ${JSON.stringify(ref)} cannot be used as an image tag: use letters, digits, '_', '.' or '-'`);
  }
  return tag;
}

export {
  isLoopbackHost,
  parseRegistryRef,
  imageRepository,
  tagFromGitRef
};
//# sourceMappingURL=chunk-LZF7COQX.js.map
