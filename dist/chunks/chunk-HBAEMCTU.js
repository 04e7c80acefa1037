import { createRequire as __dagshipCreateRequire } from 'node:module'; import { fileURLToPath as __dagshipFileURLToPath } from 'node:url'; const require = __dagshipCreateRequire(import.meta.url); const __filename = __dagshipFileURLToPath(import.meta.url); const __dirname = __dagshipFileURLToPath(new URL('.', import.meta.url));
import {
  imageRepository,
  isLoopbackHost,
  parseRegistryRef,
  tagFromGitRef
} from "./chunk-LZF7COQX.js";
import {
  DEFAULT_CONTEXT_EXCLUDES,
  contentTagFor,
  contextTar,
  hashContext,
  scanContext
} from "./chunk-4TMTO46N.js";
import {
  googleAccessToken,
  googleAuthClient
} from "./chunk-VZ5TGKER.js";
import {
  DEFAULT_RETRY,
  sleep,
  withRetry
} from "./chunk-VHEWEDXM.js";
import {
  routedLogger
} from "./chunk-BDMO263D.js";
import {
  UserError,
  excerpt,
  messageOf
} from "./chunk-K7TMSU63.js";

// src/image/auth.ts
var OAUTH_USERNAME = "oauth2accesstoken";
var applicationDefaultToken = () => googleAccessToken("the registry");
var DefaultCredentialSource = class {
  logger;
  explicit;
  accessToken;
  token;
  constructor(options) {
    this.logger = options.logger;
    this.accessToken = options.accessToken ?? applicationDefaultToken;
    if (options.username === void 0 !== (options.password === void 0)) {
      throw new UserError("a registry username needs a password and a password needs a username: give both or neither");
    }
    if (options.username !== void 0 && options.password !== void 0) {
      this.logger.mask(options.password);
      this.explicit = { username: options.username, password: options.password };
    }
  }
  async credentialsFor(registry) {
    if (this.explicit) return this.explicit;
    if (!registry.google) return void 0;
    this.token ??= this.accessToken().then((token) => {
      this.logger.mask(token);
      return token;
    });
    return { username: OAUTH_USERNAME, password: await this.token };
  }
};

// src/image/create-repository.ts
function repositoryNames(repo) {
  const parent = `projects/${repo.project}/locations/${repo.location}`;
  return { parent, name: `${parent}/repositories/${repo.repository}`, repositoryId: repo.repository };
}
var DEADLINE_EXCEEDED = 4;
var NOT_FOUND = 5;
var ALREADY_EXISTS = 6;
var PERMISSION_DENIED = 7;
var RESOURCE_EXHAUSTED = 8;
var INTERNAL = 13;
var UNAVAILABLE = 14;
var TRANSIENT = /* @__PURE__ */ new Set([DEADLINE_EXCEEDED, RESOURCE_EXHAUSTED, INTERNAL, UNAVAILABLE]);
function grpcCode(thrown) {
  const code = thrown?.code;
  return typeof code === "number" ? code : void 0;
}
async function artifactRegistryClient(options = {}) {
  const authClient = options.authClient ?? await googleAuthClient("Artifact Registry");
  const library = await import("./artifact_registry_client-XSIJLQYE.js");
  const client = new (library.ArtifactRegistryClient ?? library.default.ArtifactRegistryClient)({
    fallback: true,
    ...options,
    authClient
  });
  return {
    getRepository: (request) => client.getRepository(request),
    createRepository: (request) => client.createRepository(request)
  };
}
var ArtifactRegistryCreator = class {
  logger;
  load;
  retry;
  client;
  done = /* @__PURE__ */ new Map();
  constructor(logger, load = artifactRegistryClient, retry = DEFAULT_RETRY) {
    this.logger = logger;
    this.load = load;
    this.retry = retry;
  }
  call(what, operation) {
    return withRetry(what, operation, (thrown) => TRANSIENT.has(grpcCode(thrown) ?? -1), this.retry, this.logger);
  }
  ensureRepository(registry) {
    const repo = registry.artifactRepository;
    if (repo === void 0) {
      return Promise.resolve("not-applicable");
    }
    const { name } = repositoryNames(repo);
    let outcome = this.done.get(name);
    if (outcome === void 0) {
      outcome = this.ensure(repo);
      this.done.set(name, outcome);
    }
    return outcome;
  }
  async ensure(repo) {
    const { parent, name, repositoryId } = repositoryNames(repo);
    this.client ??= this.load();
    const client = await this.client;
    try {
      await this.call(`reading ${name}`, () => client.getRepository({ name }));
      return "exists";
    } catch (thrown) {
      if (grpcCode(thrown) === PERMISSION_DENIED) throw denied("artifactregistry.repositories.get", name, thrown);
      if (grpcCode(thrown) !== NOT_FOUND) throw new UserError(`could not look up ${name} (${messageOf(thrown)})`);
    }
    this.logger.info(`creating Artifact Registry repository ${name}`);
    try {
      const [operation] = await this.call(
        `creating ${name}`,
        () => client.createRepository({ parent, repositoryId, repository: { format: "DOCKER", description: "Images of ETL projects, deployed by dagship" } })
      );
      await operation.promise();
      return "created";
    } catch (thrown) {
      if (grpcCode(thrown) === ALREADY_EXISTS) return "exists";
      if (grpcCode(thrown) === PERMISSION_DENIED) throw denied("artifactregistry.repositories.create", parent, thrown);
      throw new UserError(`could not create ${name} (${messageOf(thrown)}); create it by hand, or check the project and location`);
    }
  }
};
function denied(permission, resource, thrown) {
  return new UserError(
    `the deploying identity lacks ${permission} on ${resource} (${messageOf(thrown)}). Grant it (roles/artifactregistry.admin can create repositories), or create the repository by hand and turn create-repository off.`
  );
}

// src/image/docker.ts
import { spawn } from "node:child_process";

// src/image/plan.ts
var CACHE_TAG = "buildcache";
function reuse(input, source, digest, wanted, reason) {
  const addTags = [];
  const movedTags = [];
  for (const tag of wanted) {
    const now = input.current.get(tag);
    if (now === digest) continue;
    addTags.push(tag);
    if (now !== void 0) movedTags.push(tag);
  }
  const tags = [.../* @__PURE__ */ new Set([source, ...wanted])];
  return { kind: "reuse", source, digest, addTags, movedTags, tags, reason };
}
function planImage(input) {
  const { contentTag, commitTag, releaseTag, current } = input;
  if (releaseTag !== void 0) {
    const commitDigest = current.get(commitTag);
    if (commitDigest !== void 0) {
      return reuse(input, commitTag, commitDigest, [commitTag, releaseTag], `release ${releaseTag} promotes the image of commit ${commitTag}`);
    }
  }
  const contentDigest = current.get(contentTag);
  if (contentDigest !== void 0) {
    const wanted = releaseTag === void 0 ? [commitTag] : [commitTag, releaseTag];
    return reuse(input, contentTag, contentDigest, wanted, `build context unchanged (${contentTag} exists)`);
  }
  if (input.noBuild) {
    return {
      kind: "refuse",
      reason: `no image with content tag ${contentTag} exists` + (releaseTag === void 0 ? "" : ` and commit ${commitTag} has no image`) + ", and building is turned off (--no-build)"
    };
  }
  const tags = releaseTag === void 0 ? [commitTag, contentTag] : [commitTag, contentTag, releaseTag];
  return { kind: "build", tags, reason: `no image of this build context yet (${contentTag})` };
}
function sortedEntries(record) {
  return Object.entries(record).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
}
function buildCommand(spec) {
  const args = spec.builder === "buildx" ? ["buildx", "build"] : ["build"];
  if (spec.builder !== "classic") args.push("--progress", "plain");
  args.push("--file", spec.dockerfile);
  for (const tag of spec.tags) args.push("--tag", `${spec.image}:${tag}`);
  for (const [name, value] of sortedEntries(spec.buildArgs)) args.push("--build-arg", `${name}=${value}`);
  if (spec.target !== void 0) args.push("--target", spec.target);
  for (const [name, value] of sortedEntries(spec.labels)) args.push("--label", `${name}=${value}`);
  const cacheRef = `${spec.image}:${CACHE_TAG}`;
  if (spec.builder === "buildx") {
    if (spec.registryCache) args.push("--cache-from", `type=registry,ref=${cacheRef}`);
    args.push("--cache-to", "type=inline", "--push");
  } else if (spec.builder === "buildkit") {
    if (spec.registryCache) args.push("--cache-from", cacheRef);
    args.push("--build-arg", "BUILDKIT_INLINE_CACHE=1");
  }
  args.push("-");
  const env = spec.builder === "classic" ? { DOCKER_BUILDKIT: "0" } : spec.builder === "buildkit" ? { DOCKER_BUILDKIT: "1" } : {};
  return { args, env };
}
function pushTags(builder, tags) {
  if (builder === "buildx") return [];
  return tags.slice(0, 1);
}
function pushCommand(image, tag) {
  return { args: ["push", `${image}:${tag}`], env: {} };
}
function loginCommand(host, username) {
  return { args: ["login", "--username", username, "--password-stdin", host], env: {} };
}

// src/image/docker.ts
var BuildFailedError = class extends UserError {
  constructor(step, logTail, exitCode) {
    super(
      `docker build failed${step === void 0 ? "" : ` at ${step}`} (exit code ${exitCode}). Fix the Dockerfile or the project's sources; the image was not pushed. Last lines of the build log:
  ` + quotedLines(logTail, ERROR_LINES)
    );
    this.step = step;
    this.logTail = logTail;
    this.exitCode = exitCode;
  }
  step;
  logTail;
  exitCode;
};
var TAIL_LINES = 25;
var ERROR_LINES = 10;
var LINE_EXCERPT = 240;
function quotedLines(tail, count) {
  return tail.slice(-count).map((line) => excerpt(line, LINE_EXCERPT)).join("\n  ");
}
var BuildLogTracker = class {
  classicStep;
  vertexTitles = /* @__PURE__ */ new Map();
  erroredVertex;
  feed(line) {
    const step = /^Step (\d+\/\d+) : (.*)$/.exec(line);
    if (step) {
      this.classicStep = `step ${step[1]}: ${step[2]}`;
      return;
    }
    const vertex = /^#(\d+) (\[.*)$/.exec(line);
    if (vertex?.[1] !== void 0 && vertex[2] !== void 0 && !this.vertexTitles.has(vertex[1])) {
      this.vertexTitles.set(vertex[1], vertex[2]);
      return;
    }
    const error = /^#(\d+) ERROR\b/.exec(line);
    if (error?.[1] !== void 0) this.erroredVertex = error[1];
  }
  /** The failing step, if the log named one. */
  failingStep() {
    if (this.erroredVertex !== void 0) {
      const title = this.vertexTitles.get(this.erroredVertex);
      if (title !== void 0) return title;
    }
    return this.classicStep;
  }
};
var LEGACY_NOTICE = [
  /^DEPRECATED: The legacy builder is deprecated/,
  /^\s+BuildKit is currently disabled/,
  /^\s+environment-variable\.$/,
  /^\s+Install the buildx component/
];
function withoutNotices(lines) {
  return lines.filter((line) => !LEGACY_NOTICE.some((notice) => notice.test(line)));
}
function pushedDigest(lines) {
  for (let i = lines.length - 1; i >= 0; i--) {
    const found = /digest: (sha256:[0-9a-f]{64})/.exec(lines[i] ?? "");
    if (found) return found[1];
  }
  return void 0;
}
function lastLines(tail) {
  return quotedLines(tail, 3);
}
function explainDaemonFailure(action, tail) {
  if (!/Cannot connect to the Docker daemon|docker daemon is not running|dial unix .*docker\.sock/i.test(tail.join("\n"))) return void 0;
  return new UserError(`${action}: the Docker daemon is not reachable. Start Docker, or point DOCKER_HOST at a running daemon.
  ${lastLines(tail)}`);
}
function explainDockerFailure(action, host, tail) {
  const daemon = explainDaemonFailure(action, tail);
  if (daemon) return daemon;
  const text = tail.join("\n");
  if (/connection refused|no such host|i\/o timeout|network is unreachable|server misbehaving/i.test(text)) {
    return new UserError(
      `${action}: registry ${host} is unreachable. Check the registry address (--registry), that the registry is running, and that this machine can reach it.
  ${lastLines(tail)}`
    );
  }
  if (/name unknown|NAME_UNKNOWN|repository .* not found/i.test(text)) {
    return new UserError(
      `${action}: the repository does not exist in ${host}. Create it, or set create-repository: true (--create-repository) to have dagship create it.
  ${lastLines(tail)}`
    );
  }
  if (/denied|forbidden|403/i.test(text)) {
    return new UserError(
      `${action}: ${host} denied the push. The deploying identity needs permission to push to this repository` + (host.endsWith("pkg.dev") || host.endsWith("gcr.io") ? " (artifactregistry.repositories.uploadArtifacts, e.g. roles/artifactregistry.writer, on the repository)" : "") + `.
  ${lastLines(tail)}`
    );
  }
  if (/unauthorized|authentication required|401/i.test(text)) {
    return new UserError(
      `${action}: ${host} refused the credentials. Check the registry username and password, or that the access token from Application Default Credentials is valid.
  ${lastLines(tail)}`
    );
  }
  return void 0;
}
var DockerCli = class {
  logger;
  binary;
  env;
  detected;
  logins = /* @__PURE__ */ new Map();
  constructor(options) {
    this.logger = options.logger;
    this.binary = options.binary ?? "docker";
    this.env = options.env ?? process.env;
  }
  builder() {
    this.detected ??= this.detectBuilder();
    return this.detected;
  }
  async detectBuilder() {
    const buildx = await this.exec({ args: ["buildx", "version"], env: {} }, { allowFailure: true });
    if (buildx.exitCode === 0) return "buildx";
    if (this.env.DOCKER_BUILDKIT === "1") {
      const version = await this.exec({ args: ["version", "--format", "{{.Client.Version}}"], env: {} }, { allowFailure: true });
      const major = Number(/^(\d+)\./.exec(version.stdout.trim())?.[1] ?? "NaN");
      if (version.exitCode === 0 && major < 23) return "buildkit";
    }
    return "classic";
  }
  login(host, username, password) {
    const key = `${host}
${username}
${password}`;
    let login = this.logins.get(key);
    if (login === void 0) {
      login = this.runLogin(host, username, password);
      this.logins.set(key, login);
      login.catch(() => this.logins.delete(key));
    }
    return login;
  }
  async runLogin(host, username, password) {
    this.logger.mask(password);
    const result = await this.exec(loginCommand(host, username), { stdin: password, allowFailure: true });
    if (result.exitCode !== 0) {
      throw explainDockerFailure(`docker login to ${host} failed`, host, result.tail) ?? new UserError(`docker login to ${host} failed (exit code ${result.exitCode}):
  ${quotedLines(result.tail, ERROR_LINES)}`);
    }
  }
  async build(command, context, onLine) {
    const tracker = new BuildLogTracker();
    const result = await this.exec(command, {
      stdin: context,
      allowFailure: true,
      onLine: (line) => {
        tracker.feed(line);
        onLine?.(line);
      }
    });
    if (result.exitCode === 0) return;
    const daemon = explainDaemonFailure("docker build failed", result.tail);
    if (daemon) throw daemon;
    throw new BuildFailedError(tracker.failingStep(), withoutNotices(result.tail), result.exitCode);
  }
  async push(image, tag, onLine) {
    const result = await this.exec(pushCommand(image, tag), { allowFailure: true, ...onLine ? { onLine } : {} });
    const host = image.split("/")[0] ?? image;
    if (result.exitCode !== 0) {
      throw explainDockerFailure(`docker push ${image}:${tag} failed`, host, result.tail) ?? new UserError(`docker push ${image}:${tag} failed (exit code ${result.exitCode}):
  ${quotedLines(result.tail, ERROR_LINES)}`);
    }
    return pushedDigest(result.tail);
  }
  exec(command, options = {}) {
    const step = `docker ${command.args[0] ?? ""}${command.args[0] === "buildx" ? ` ${command.args[1] ?? ""}` : ""}`;
    this.logger.debug(`running docker ${command.args.join(" ")}`);
    return new Promise((resolve, reject) => {
      const child = spawn(this.binary, [...command.args], {
        env: { ...this.env, ...command.env },
        stdio: [options.stdin === void 0 ? "ignore" : "pipe", "pipe", "pipe"],
        shell: false
      });
      const tail = [];
      let stdout = "";
      const partial = { stdout: "", stderr: "" };
      const emit = (line) => {
        const clean = line.replace(/\r$/, "");
        tail.push(clean);
        if (tail.length > TAIL_LINES) tail.shift();
        options.onLine?.(clean);
      };
      const collect = (stream) => (chunk) => {
        const text = chunk.toString("utf8");
        if (stream === "stdout" && stdout.length < 1e6) stdout += text;
        const lines = (partial[stream] + text).split("\n");
        partial[stream] = lines.pop() ?? "";
        for (const line of lines) emit(line);
      };
      child.stdout?.on("data", collect("stdout"));
      child.stderr?.on("data", collect("stderr"));
      child.on("error", (error) => {
        if (error.code === "ENOENT") {
          reject(new UserError(`the docker CLI (${this.binary}) was not found: install Docker, or put docker on PATH`));
        } else {
          reject(error);
        }
      });
      if (child.stdin) {
        child.stdin.on("error", () => void 0);
        if (typeof options.stdin === "string") {
          child.stdin.end(options.stdin);
        } else if (options.stdin) {
          const source = options.stdin;
          source.on("error", (error) => {
            child.kill("SIGTERM");
            reject(error);
          });
          source.pipe(child.stdin);
        }
      }
      child.on("close", (code, signal) => {
        for (const stream of ["stdout", "stderr"]) if (partial[stream] !== "") emit(partial[stream]);
        const exitCode = code ?? (signal ? 128 : 1);
        const result = { exitCode, tail, stdout };
        if (exitCode !== 0 && !options.allowFailure) {
          reject(new UserError(`${step} failed (exit code ${exitCode}):
  ${quotedLines(tail, ERROR_LINES)}`));
          return;
        }
        resolve(result);
      });
    });
  }
};

// src/image/registry.ts
import { createHash } from "node:crypto";
var MANIFEST_ACCEPT = [
  "application/vnd.oci.image.index.v1+json",
  "application/vnd.docker.distribution.manifest.list.v2+json",
  "application/vnd.docker.distribution.manifest.v2+json",
  "application/vnd.oci.image.manifest.v1+json"
].join(", ");
function parseChallenge(header) {
  const space = header.indexOf(" ");
  const scheme = (space < 0 ? header : header.slice(0, space)).trim().toLowerCase();
  const params = {};
  const rest = space < 0 ? "" : header.slice(space + 1);
  const pattern = /([A-Za-z0-9_-]+)=(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g;
  for (const match of rest.matchAll(pattern)) {
    const key = match[1];
    if (key === void 0) continue;
    params[key.toLowerCase()] = match[2] !== void 0 ? match[2].replace(/\\(.)/g, "$1") : match[3] ?? "";
  }
  return { scheme, params };
}
function manifestDigest(bytes) {
  return `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
}
function basicAuthorization(credentials) {
  return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString("base64")}`;
}
function errorCodes(body) {
  try {
    const parsed = JSON.parse(body);
    const errors = parsed.errors ?? [];
    return {
      codes: errors.map((e) => e.code ?? "").filter((c) => c !== ""),
      text: errors.map((e) => `${e.code ?? "?"}: ${e.message ?? ""}`).join("; ")
    };
  } catch {
    return { codes: [], text: body.slice(0, 300) };
  }
}
var RegistryClient = class {
  registry;
  credentials;
  logger;
  base;
  timeoutMs;
  fetchImpl;
  /** Authorization header per scope (Bearer tokens are scoped); "" when none is needed. */
  authorizations = /* @__PURE__ */ new Map();
  /** The registry's answer to an unauthenticated ping: its challenge, or null when it needs none. */
  challenge;
  /** Basic authorization, once the registry asked for it: valid for every scope. */
  basic;
  constructor(options) {
    this.registry = options.registry;
    this.credentials = options.credentials;
    this.logger = options.logger;
    const plain = options.plainHttp ?? isLoopbackHost(options.registry.apiHost);
    this.base = `${plain ? "http" : "https"}://${options.registry.apiHost}`;
    this.timeoutMs = options.timeoutMs ?? 3e4;
    this.fetchImpl = options.fetch ?? fetch;
    if (this.credentials) this.logger.mask(this.credentials.password);
  }
  async getManifest(repository, reference) {
    const response = await this.request("GET", `/v2/${repository}/manifests/${reference}`, repository, "pull", { Accept: MANIFEST_ACCEPT });
    if (response.status === 404) {
      await response.body?.cancel();
      return void 0;
    }
    if (response.status !== 200) throw await this.failure(response, "pull", repository);
    const bytes = new Uint8Array(await response.arrayBuffer());
    const digest = manifestDigest(bytes);
    const claimed = response.headers.get("docker-content-digest");
    if (claimed !== null && claimed !== digest && claimed.startsWith("sha256:")) {
      throw new Error(`registry ${this.registry.host} served ${repository}:${reference} with digest ${claimed}, but its bytes hash to ${digest}`);
    }
    const mediaType = (response.headers.get("content-type") ?? "").split(";")[0]?.trim() ?? "";
    return { digest, mediaType: mediaType || mediaTypeOf(bytes), bytes };
  }
  async putManifest(repository, tag, manifest) {
    const response = await this.request(
      "PUT",
      `/v2/${repository}/manifests/${tag}`,
      repository,
      "push",
      { "Content-Type": manifest.mediaType },
      manifest.bytes
    );
    if (response.status !== 201 && response.status !== 200) throw await this.failure(response, "push", repository);
    await response.body?.cancel();
    const stored = response.headers.get("docker-content-digest");
    if (stored !== null && stored !== manifest.digest) {
      throw new Error(`registry ${this.registry.host} stored ${repository}:${tag} as ${stored}, expected ${manifest.digest}`);
    }
    return manifest.digest;
  }
  async listTags(repository) {
    const tags = [];
    let next = `/v2/${repository}/tags/list?n=1000`;
    while (next !== void 0) {
      const response = await this.request("GET", next, repository, "pull", { Accept: "application/json" });
      if (response.status === 404) {
        await response.body?.cancel();
        return tags;
      }
      if (response.status !== 200) throw await this.failure(response, "pull", repository);
      const body = await response.json();
      tags.push(...body.tags ?? []);
      const link = /<([^>]+)>;\s*rel="?next"?/.exec(response.headers.get("link") ?? "")?.[1];
      next = link === void 0 ? void 0 : link.startsWith("http") ? new URL(link).pathname + new URL(link).search : link;
    }
    return tags;
  }
  /**
   * One request with the authorization its scope needs. The registry's challenge is learned once
   * (an unauthenticated `GET /v2/`, as Docker does) and each scope is authorized once, shared by
   * concurrent requests, so parallel lookups do not each take a 401 round trip first.
   */
  async request(method, pathAndQuery, repository, access, headers, body) {
    const scope = `repository:${repository}:${access === "push" ? "pull,push" : "pull"}`;
    const authorization = await this.authorizationFor(scope, access);
    let response = await this.send(method, pathAndQuery, headers, authorization, body);
    if (response.status !== 401) return response;
    const challenge = response.headers.get("www-authenticate");
    await response.body?.cancel();
    if (challenge === null) throw this.credentialsRefused(access, "the registry answered 401 without a challenge");
    const renewed = await this.authorize(challenge, scope, access);
    if (renewed === authorization) throw this.credentialsRefused(access, "the registry refused the credentials");
    this.remember(scope, renewed);
    response = await this.send(method, pathAndQuery, headers, renewed, body);
    if (response.status === 401) {
      await response.body?.cancel();
      throw this.credentialsRefused(access, "the registry refused the credentials");
    }
    return response;
  }
  remember(scope, authorization) {
    if (authorization.startsWith("Basic ")) this.basic = authorization;
    else this.authorizations.set(scope, Promise.resolve(authorization));
  }
  authorizationFor(scope, access) {
    if (this.basic !== void 0) return Promise.resolve(this.basic);
    let pending = this.authorizations.get(scope);
    if (pending === void 0) {
      pending = this.negotiate(scope, access);
      this.authorizations.set(scope, pending);
      pending.catch(() => this.authorizations.delete(scope));
    }
    return pending;
  }
  async negotiate(scope, access) {
    this.challenge ??= this.send("GET", "/v2/", {}, "").then(async (response) => {
      const header = response.status === 401 ? response.headers.get("www-authenticate") : null;
      await response.body?.cancel();
      return header;
    });
    let challenge;
    try {
      challenge = await this.challenge;
    } catch (thrown) {
      this.challenge = void 0;
      throw thrown;
    }
    if (challenge === null) return "";
    const authorization = await this.authorize(challenge, scope, access);
    if (authorization.startsWith("Basic ")) this.basic = authorization;
    return authorization;
  }
  async authorize(challenge, scope, access) {
    const { scheme, params } = parseChallenge(challenge);
    const creds = this.credentials;
    if (scheme === "basic") {
      if (!creds) throw this.credentialsRefused(access, "the registry requires a username and password and none were given");
      return basicAuthorization(creds);
    }
    if (scheme !== "bearer" || params.realm === void 0) {
      throw new UserError(`registry ${this.registry.host} asked for unsupported authentication (${scheme}); dagship speaks Basic and Bearer token auth`);
    }
    const url = new URL(params.realm);
    if (params.service !== void 0) url.searchParams.set("service", params.service);
    const wanted = params.scope ?? scope;
    if (wanted !== "") url.searchParams.set("scope", wanted);
    const tokenHeaders = { Accept: "application/json" };
    if (creds) tokenHeaders.Authorization = basicAuthorization(creds);
    let response;
    try {
      response = await this.fetchImpl(url, { headers: tokenHeaders, signal: AbortSignal.timeout(this.timeoutMs) });
    } catch (thrown) {
      throw this.unreachable(thrown, url.host);
    }
    if (response.status === 401 || response.status === 403) {
      await response.body?.cancel();
      throw this.credentialsRefused(access, `its token service (${url.host}) refused the credentials`);
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new UserError(`registry token service ${url.host} answered ${response.status}; try again, or check the registry's status`);
    }
    const token = await response.json();
    const value = token.token ?? token.access_token;
    if (value === void 0 || value === "") throw new UserError(`registry token service ${url.host} returned no token`);
    this.logger.mask(value);
    return `Bearer ${value}`;
  }
  async send(method, pathAndQuery, headers, authorization, body) {
    const all = { ...headers };
    if (authorization !== void 0 && authorization !== "") all.Authorization = authorization;
    this.logger.debug(`registry ${method} ${this.registry.host}${pathAndQuery}`);
    for (let attempt = 1; ; attempt++) {
      let response;
      try {
        response = await this.fetchImpl(`${this.base}${pathAndQuery}`, {
          method,
          headers: all,
          ...body === void 0 ? {} : { body },
          redirect: "follow",
          signal: AbortSignal.timeout(this.timeoutMs)
        });
      } catch (thrown) {
        throw this.unreachable(thrown, this.registry.host);
      }
      if ((response.status === 429 || response.status >= 500) && attempt < 2) {
        await response.body?.cancel();
        await sleep(500);
        continue;
      }
      return response;
    }
  }
  unreachable(thrown, host) {
    const cause = thrown.cause;
    const detail = cause?.code ?? cause?.message ?? messageOf(thrown);
    const why = detail === "ECONNREFUSED" ? "connection refused: nothing listens there" : detail === "ENOTFOUND" || detail === "EAI_AGAIN" ? "the host name does not resolve" : thrown.name === "TimeoutError" ? `no answer within ${this.timeoutMs / 1e3} s` : detail;
    return new UserError(
      `registry ${host} is unreachable (${why}). Check the registry address given to --registry (${this.registry.raw}), that the registry is running, and that this machine can reach it.`
    );
  }
  credentialsRefused(access, why) {
    const user = this.credentials?.username;
    if (this.registry.google) {
      return new UserError(
        `registry ${this.registry.host} did not accept the credentials (${why}). dagship authenticates with an access token from Application Default Credentials: run google-github-actions/auth before dagship in the workflow (or \`gcloud auth application-default login\` locally), and check the token has not expired.`
      );
    }
    return new UserError(
      `registry ${this.registry.host} did not accept the credentials${user === void 0 ? "" : ` of user ${JSON.stringify(user)}`} (${why}) while trying to ${access}. Check the registry username and password (registry-username / registry-password, or DAGSHIP_REGISTRY_USERNAME / DAGSHIP_REGISTRY_PASSWORD).`
    );
  }
  async failure(response, access, repository) {
    const { codes, text } = errorCodes(await response.text());
    const where = `${this.registry.host}/${repository}`;
    const detail = text === "" ? `HTTP ${response.status}` : `HTTP ${response.status}: ${text}`;
    if (response.status === 403 || codes.includes("DENIED")) {
      const ar = this.registry.artifactRepository;
      const repo = ar ? `projects/${ar.project}/locations/${ar.location}/repositories/${ar.repository}` : where;
      if (access === "push") {
        return new UserError(
          `registry ${where} denied pushing (${detail}). ` + (this.registry.google ? `The deploying identity needs artifactregistry.repositories.uploadArtifacts on ${repo} (roles/artifactregistry.writer); if the repository does not exist yet, create it or set create-repository: true.` : "Give the registry user push permission on this repository.")
        );
      }
      return new UserError(
        `registry ${where} denied reading (${detail}). ` + (this.registry.google ? `The deploying identity needs artifactregistry.repositories.downloadArtifacts on ${repo} (roles/artifactregistry.reader); the Composer environment's service account needs the same permission to pull the image when tasks run. Artifact Registry also answers this way when the repository does not exist: create it, or set create-repository: true.` : "Give the registry user pull permission on this repository.")
      );
    }
    if (response.status === 404 && codes.includes("NAME_UNKNOWN")) {
      return new UserError(
        `repository ${where} does not exist (${detail}). Create it, or set create-repository: true (--create-repository) to have dagship create it.`
      );
    }
    if (response.status === 400 && /immutable/i.test(text)) {
      return new UserError(
        `registry ${where} refused to move a tag because its tags are immutable (${detail}). Turn off immutable tags on the repository, or deploy a new commit.`
      );
    }
    return new UserError(`registry ${where} answered ${detail}`);
  }
};
function mediaTypeOf(bytes) {
  try {
    const parsed = JSON.parse(Buffer.from(bytes).toString("utf8"));
    if (typeof parsed.mediaType === "string") return parsed.mediaType;
  } catch {
  }
  return "application/vnd.oci.image.manifest.v1+json";
}

// src/image/index.ts
function createImageDeps(options) {
  const logger = routedLogger(options.logger);
  return {
    logger: options.logger,
    docker: new DockerCli({ logger, ...options.dockerBinary ? { binary: options.dockerBinary } : {}, ...options.env ? { env: options.env } : {} }),
    credentials: new DefaultCredentialSource({
      logger,
      ...options.username !== void 0 ? { username: options.username } : {},
      ...options.password !== void 0 ? { password: options.password } : {}
    }),
    registryClient: (registry, credentials) => new RegistryClient({ registry, logger, ...credentials ? { credentials } : {} }),
    repositories: new ArtifactRegistryCreator(logger)
  };
}
function commitTagOf(sha) {
  const tag = sha.trim();
  if (!/^[0-9a-f]{7,64}$/i.test(tag)) {
    throw new UserError(`commit ${JSON.stringify(sha)} is not a git commit sha: pass the full sha of the deployed commit (GITHUB_SHA)`);
  }
  return tag.toLowerCase();
}
async function prepareLocal(request, deps) {
  const registry = typeof request.registry === "string" ? parseRegistryRef(request.registry) : request.registry;
  const repo = imageRepository(registry, request.project);
  const commitTag = commitTagOf(request.commitSha);
  const releaseTag = request.releaseTag === void 0 || request.releaseTag === "" ? void 0 : tagFromGitRef(request.releaseTag);
  const scanned = await scanContext({
    contextDir: request.contextDir,
    ...request.dockerfile !== void 0 ? { dockerfile: request.dockerfile } : {},
    exclude: request.exclude ?? DEFAULT_CONTEXT_EXCLUDES
  });
  const contextHash = hashContext(scanned.entries, {
    dockerfile: scanned.dockerfile,
    buildArgs: request.buildArgs ?? {},
    ...request.target !== void 0 ? { target: request.target } : {}
  });
  const contentTag = contentTagFor(contextHash);
  deps.logger.debug(`${repo.fullName}: context of ${scanned.entries.length} entries (${scanned.excludedCount} excluded) hashes to ${contentTag}`);
  return { repo, scanned, contextHash, contentTag, commitTag, releaseTag };
}
async function prepare(request, deps, mayCreate, local) {
  const { repo, scanned, contextHash, contentTag, commitTag, releaseTag } = local ?? await prepareLocal(request, deps);
  const registry = repo.registry;
  const credentials = await deps.credentials.credentialsFor(registry);
  const client = deps.registryClient(registry, credentials);
  if (mayCreate && request.createRepository) {
    const outcome = await deps.repositories.ensureRepository(registry);
    if (outcome === "created") deps.logger.info(`created repository for ${registry.raw}`);
  }
  const wanted = [contentTag, commitTag, ...releaseTag === void 0 ? [] : [releaseTag]];
  const found = await Promise.all(wanted.map(async (tag) => [tag, await client.getManifest(repo.name, tag)]));
  const manifests = /* @__PURE__ */ new Map();
  for (const [tag, manifest] of found) if (manifest) manifests.set(tag, manifest);
  const current = new Map([...manifests].map(([tag, manifest]) => [tag, manifest.digest]));
  const plan = planImage({ contentTag, commitTag, ...releaseTag !== void 0 ? { releaseTag } : {}, current, noBuild: request.noBuild ?? false });
  return { repo, scanned, contextHash, contentTag, commitTag, releaseTag, credentials, client, manifests, plan };
}
async function previewProjectImage(request, deps) {
  const local = await prepareLocal(request, deps);
  let prepared;
  try {
    prepared = await prepare(request, deps, false, local);
  } catch (thrown) {
    if (!(thrown instanceof UserError)) throw thrown;
    deps.logger.warn(`${local.repo.fullName}: cannot tell whether the image would be rebuilt: ${thrown.message}`);
    return {
      image: local.repo.fullName,
      contentTag: local.contentTag,
      contextHash: local.contextHash,
      plan: { kind: "unknown", reason: thrown.message },
      reference: void 0
    };
  }
  const { plan, repo } = prepared;
  return {
    image: repo.fullName,
    contentTag: prepared.contentTag,
    contextHash: prepared.contextHash,
    plan,
    reference: plan.kind === "reuse" ? `${repo.fullName}@${plan.digest}` : void 0
  };
}
async function ensureProjectImage(request, deps) {
  const prepared = await prepare(request, deps, true);
  const { plan, repo, client, contentTag, contextHash } = prepared;
  const { logger } = deps;
  if (plan.kind === "refuse") {
    throw new UserError(`${repo.fullName}: ${plan.reason}. Deploy without --no-build to build it, or deploy the commit that built this context first.`);
  }
  if (plan.kind === "reuse") {
    const manifest = prepared.manifests.get(plan.source);
    if (manifest === void 0) throw new Error(`planned to reuse ${plan.source}, which was not looked up`);
    for (const tag of plan.movedTags) logger.warn(`${repo.fullName}:${tag} moves to ${plan.digest}`);
    for (const tag of plan.addTags) await client.putManifest(repo.name, tag, manifest);
    const action = plan.addTags.length === 0 ? "unchanged" : "reused";
    logger.info(`${repo.fullName}: ${plan.reason}; ${action === "unchanged" ? "all tags already in place" : `tagged ${plan.addTags.join(", ")}`} (no build)`);
    return {
      image: repo.fullName,
      reference: `${repo.fullName}@${plan.digest}`,
      digest: plan.digest,
      tags: plan.tags,
      contentTag,
      contextHash,
      built: false,
      action,
      reason: plan.reason
    };
  }
  const digest = await buildAndPush(prepared, plan.tags, request, deps);
  logger.info(`${repo.fullName}: built and pushed ${digest} (${plan.reason})`);
  return {
    image: repo.fullName,
    reference: `${repo.fullName}@${digest}`,
    digest,
    tags: plan.tags,
    contentTag,
    contextHash,
    built: true,
    action: "built",
    reason: plan.reason
  };
}
async function buildAndPush(prepared, tags, request, deps) {
  const { repo, client, credentials, commitTag, contentTag } = prepared;
  const { docker, logger } = deps;
  const builder = await docker.builder();
  if (credentials) await docker.login(repo.registry.host, credentials.username, credentials.password);
  const buildTags = builder === "classic" ? tags : [...tags, CACHE_TAG];
  const registryCache = builder !== "classic" && await client.getManifest(repo.name, CACHE_TAG) !== void 0;
  const command = buildCommand({
    builder,
    image: repo.fullName,
    tags: buildTags,
    dockerfile: prepared.scanned.dockerfile,
    buildArgs: request.buildArgs ?? {},
    ...request.target !== void 0 ? { target: request.target } : {},
    labels: {
      "org.opencontainers.image.revision": commitTag,
      "org.opencontainers.image.title": request.project,
      "dagship.content-tag": contentTag
    },
    registryCache
  });
  await logger.group(
    `docker build ${repo.fullName} (${builder} builder)`,
    () => docker.build(command, contextTar(prepared.scanned), (line) => logger.info(line))
  );
  let reported;
  for (const tag of pushTags(builder, buildTags)) {
    reported = await logger.group(`docker push ${repo.fullName}:${tag}`, () => docker.push(repo.fullName, tag, (line) => logger.debug(line)));
  }
  const pushed = await client.getManifest(repo.name, commitTag);
  if (pushed === void 0) throw new Error(`${repo.fullName}:${commitTag} is not in the registry right after pushing it`);
  if (reported !== void 0 && reported !== pushed.digest) {
    throw new UserError(
      `${repo.fullName}:${commitTag} changed while it was pushed (docker pushed ${reported}, the registry now serves ${pushed.digest}): another deploy of the same commit ran at the same time; run this deploy again`
    );
  }
  for (const tag of buildTags) {
    if (tag === commitTag) continue;
    const now = await client.getManifest(repo.name, tag);
    if (now?.digest !== pushed.digest) await client.putManifest(repo.name, tag, pushed);
  }
  return pushed.digest;
}

export {
  DefaultCredentialSource,
  createImageDeps,
  previewProjectImage,
  ensureProjectImage
};
//# sourceMappingURL=chunk-HBAEMCTU.js.map
