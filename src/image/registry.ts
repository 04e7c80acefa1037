/**
 * The Registry v2 HTTP client: token challenges, manifest reads and puts, blob mounts. ~390 lines
 * in one file on purpose: one class whose methods share the auth and error handling of every call.
 */
import { createHash } from "node:crypto";
import { UserError, messageOf } from "../errors.js";
import type { Logger } from "../log.js";
import { sleep } from "../util/async.js";
import { isLoopbackHost, type RegistryRef } from "./reference.js";

/** A username and password (or `oauth2accesstoken` and an access token) for a registry. */
export interface RegistryCredentials {
  readonly username: string;
  readonly password: string;
}

/** A manifest exactly as the registry serves it: re-putting these bytes keeps the digest. */
export interface Manifest {
  readonly digest: string;
  readonly mediaType: string;
  readonly bytes: Uint8Array;
}

/** The registry operations dagship needs; all through the Docker Registry HTTP API v2. */
export interface RegistryApi {
  /** The manifest a tag or digest names, or undefined when the image or tag does not exist. */
  getManifest(repository: string, reference: string): Promise<Manifest | undefined>;
  /** Stores a manifest under a tag (retag without moving layers); returns the stored digest. */
  putManifest(repository: string, tag: string, manifest: Manifest): Promise<string>;
  /** Every tag of a repository; empty when the repository does not exist yet. */
  listTags(repository: string): Promise<string[]>;
}

/** Manifest kinds a registry may hold for an image: multi-platform indexes first. */
const MANIFEST_ACCEPT = [
  "application/vnd.oci.image.index.v1+json",
  "application/vnd.docker.distribution.manifest.list.v2+json",
  "application/vnd.docker.distribution.manifest.v2+json",
  "application/vnd.oci.image.manifest.v1+json",
].join(", ");

/** Parses a `WWW-Authenticate` header: scheme and its quoted or bare parameters. */
export function parseChallenge(header: string): { scheme: string; params: Record<string, string> } {
  const space = header.indexOf(" ");
  const scheme = (space < 0 ? header : header.slice(0, space)).trim().toLowerCase();
  const params: Record<string, string> = {};
  const rest = space < 0 ? "" : header.slice(space + 1);
  const pattern = /([A-Za-z0-9_-]+)=(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g;
  for (const match of rest.matchAll(pattern)) {
    const key = match[1];
    if (key === undefined) continue;
    params[key.toLowerCase()] = match[2] !== undefined ? match[2].replace(/\\(.)/g, "$1") : (match[3] ?? "");
  }
  return { scheme, params };
}

/** sha256 digest (`sha256:hex`) of a manifest's bytes: what the registry names it by. */
export function manifestDigest(bytes: Uint8Array): string {
  return `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
}

type Access = "pull" | "push";

function basicAuthorization(credentials: RegistryCredentials): string {
  return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString("base64")}`;
}

/** Options of the registry client. */
export interface RegistryClientOptions {
  readonly registry: RegistryRef;
  readonly credentials?: RegistryCredentials;
  readonly logger: Logger;
  /** Talk plain HTTP. Default: only for registries on this machine (as Docker does). */
  readonly plainHttp?: boolean;
  /** Per-request timeout. Default 30 s. */
  readonly timeoutMs?: number;
  /** Injected for tests of error mapping; default global fetch. */
  readonly fetch?: typeof fetch;
}

interface RegistryErrorBody {
  errors?: { code?: string; message?: string }[];
}

function errorCodes(body: string): { codes: string[]; text: string } {
  try {
    const parsed = JSON.parse(body) as RegistryErrorBody;
    const errors = parsed.errors ?? [];
    return {
      codes: errors.map((e) => e.code ?? "").filter((c) => c !== ""),
      text: errors.map((e) => `${e.code ?? "?"}: ${e.message ?? ""}`).join("; "),
    };
  } catch {
    return { codes: [], text: body.slice(0, 300) };
  }
}

/** Minimal Docker Registry HTTP API v2 client over fetch: Basic and Bearer-token auth. */
export class RegistryClient implements RegistryApi {
  private readonly registry: RegistryRef;
  private readonly credentials: RegistryCredentials | undefined;
  private readonly logger: Logger;
  private readonly base: string;
  private readonly timeoutMs: number;
  private readonly fetchImpl: typeof fetch;
  /** Authorization header per scope (Bearer tokens are scoped); "" when none is needed. */
  private readonly authorizations = new Map<string, Promise<string>>();
  /** The registry's answer to an unauthenticated ping: its challenge, or null when it needs none. */
  private challenge: Promise<string | null> | undefined;
  /** Basic authorization, once the registry asked for it: valid for every scope. */
  private basic: string | undefined;

  constructor(options: RegistryClientOptions) {
    this.registry = options.registry;
    this.credentials = options.credentials;
    this.logger = options.logger;
    const plain = options.plainHttp ?? isLoopbackHost(options.registry.apiHost);
    this.base = `${plain ? "http" : "https"}://${options.registry.apiHost}`;
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.fetchImpl = options.fetch ?? fetch;
    if (this.credentials) this.logger.mask(this.credentials.password);
  }

  async getManifest(repository: string, reference: string): Promise<Manifest | undefined> {
    const response = await this.request("GET", `/v2/${repository}/manifests/${reference}`, repository, "pull", { Accept: MANIFEST_ACCEPT });
    if (response.status === 404) {
      await response.body?.cancel();
      return undefined;
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

  async putManifest(repository: string, tag: string, manifest: Manifest): Promise<string> {
    const response = await this.request(
      "PUT",
      `/v2/${repository}/manifests/${tag}`,
      repository,
      "push",
      { "Content-Type": manifest.mediaType },
      manifest.bytes,
    );
    if (response.status !== 201 && response.status !== 200) throw await this.failure(response, "push", repository);
    await response.body?.cancel();
    const stored = response.headers.get("docker-content-digest");
    if (stored !== null && stored !== manifest.digest) {
      throw new Error(`registry ${this.registry.host} stored ${repository}:${tag} as ${stored}, expected ${manifest.digest}`);
    }
    return manifest.digest;
  }

  async listTags(repository: string): Promise<string[]> {
    const tags: string[] = [];
    let next: string | undefined = `/v2/${repository}/tags/list?n=1000`;
    while (next !== undefined) {
      const response = await this.request("GET", next, repository, "pull", { Accept: "application/json" });
      if (response.status === 404) {
        await response.body?.cancel();
        return tags;
      }
      if (response.status !== 200) throw await this.failure(response, "pull", repository);
      const body = (await response.json()) as { tags?: string[] | null };
      tags.push(...(body.tags ?? []));
      const link = /<([^>]+)>;\s*rel="?next"?/.exec(response.headers.get("link") ?? "")?.[1];
      next = link === undefined ? undefined : link.startsWith("http") ? new URL(link).pathname + new URL(link).search : link;
    }
    return tags;
  }

  /**
   * One request with the authorization its scope needs. The registry's challenge is learned once
   * (an unauthenticated `GET /v2/`, as Docker does) and each scope is authorized once, shared by
   * concurrent requests, so parallel lookups do not each take a 401 round trip first.
   */
  private async request(
    method: string,
    pathAndQuery: string,
    repository: string,
    access: Access,
    headers: Record<string, string>,
    body?: Uint8Array,
  ): Promise<Response> {
    const scope = `repository:${repository}:${access === "push" ? "pull,push" : "pull"}`;
    const authorization = await this.authorizationFor(scope, access);
    let response = await this.send(method, pathAndQuery, headers, authorization, body);
    if (response.status !== 401) return response;
    // A token may have expired, or this path may want another scope than the ping suggested.
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

  private remember(scope: string, authorization: string): void {
    if (authorization.startsWith("Basic ")) this.basic = authorization;
    else this.authorizations.set(scope, Promise.resolve(authorization));
  }

  private authorizationFor(scope: string, access: Access): Promise<string> {
    if (this.basic !== undefined) return Promise.resolve(this.basic);
    let pending = this.authorizations.get(scope);
    if (pending === undefined) {
      pending = this.negotiate(scope, access);
      this.authorizations.set(scope, pending);
      pending.catch(() => this.authorizations.delete(scope));
    }
    return pending;
  }

  private async negotiate(scope: string, access: Access): Promise<string> {
    this.challenge ??= this.send("GET", "/v2/", {}, "").then(async (response) => {
      const header = response.status === 401 ? response.headers.get("www-authenticate") : null;
      await response.body?.cancel();
      return header;
    });
    let challenge: string | null;
    try {
      challenge = await this.challenge;
    } catch (thrown) {
      this.challenge = undefined;
      throw thrown;
    }
    if (challenge === null) return "";
    const authorization = await this.authorize(challenge, scope, access);
    if (authorization.startsWith("Basic ")) this.basic = authorization;
    return authorization;
  }

  private async authorize(challenge: string, scope: string, access: Access): Promise<string> {
    const { scheme, params } = parseChallenge(challenge);
    const creds = this.credentials;
    if (scheme === "basic") {
      if (!creds) throw this.credentialsRefused(access, "the registry requires a username and password and none were given");
      return basicAuthorization(creds);
    }
    if (scheme !== "bearer" || params.realm === undefined) {
      throw new UserError(`registry ${this.registry.host} asked for unsupported authentication (${scheme}); dagship speaks Basic and Bearer token auth`);
    }
    const url = new URL(params.realm);
    if (params.service !== undefined) url.searchParams.set("service", params.service);
    const wanted = params.scope ?? scope;
    if (wanted !== "") url.searchParams.set("scope", wanted);
    const tokenHeaders: Record<string, string> = { Accept: "application/json" };
    if (creds) tokenHeaders.Authorization = basicAuthorization(creds);
    let response: Response;
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
    const token = (await response.json()) as { token?: string; access_token?: string };
    const value = token.token ?? token.access_token;
    if (value === undefined || value === "") throw new UserError(`registry token service ${url.host} returned no token`);
    this.logger.mask(value);
    return `Bearer ${value}`;
  }

  private async send(
    method: string,
    pathAndQuery: string,
    headers: Record<string, string>,
    authorization: string | undefined,
    body?: Uint8Array,
  ): Promise<Response> {
    const all: Record<string, string> = { ...headers };
    if (authorization !== undefined && authorization !== "") all.Authorization = authorization;
    this.logger.debug(`registry ${method} ${this.registry.host}${pathAndQuery}`);
    for (let attempt = 1; ; attempt++) {
      let response: Response;
      try {
        response = await this.fetchImpl(`${this.base}${pathAndQuery}`, {
          method,
          headers: all,
          ...(body === undefined ? {} : { body }),
          redirect: "follow",
          signal: AbortSignal.timeout(this.timeoutMs),
        });
      } catch (thrown) {
        throw this.unreachable(thrown, this.registry.host);
      }
      // Registries answer 429/5xx under load; one retry after a pause rides out the common case.
      if ((response.status === 429 || response.status >= 500) && attempt < 2) {
        await response.body?.cancel();
        await sleep(500);
        continue;
      }
      return response;
    }
  }

  private unreachable(thrown: unknown, host: string): UserError {
    const cause = (thrown as { cause?: { code?: string; message?: string } }).cause;
    const detail = cause?.code ?? cause?.message ?? messageOf(thrown);
    const why =
      detail === "ECONNREFUSED"
        ? "connection refused: nothing listens there"
        : detail === "ENOTFOUND" || detail === "EAI_AGAIN"
          ? "the host name does not resolve"
          : (thrown as Error).name === "TimeoutError"
            ? `no answer within ${this.timeoutMs / 1000} s`
            : detail;
    return new UserError(
      `registry ${host} is unreachable (${why}). Check the registry address given to --registry (${this.registry.raw}), ` +
        "that the registry is running, and that this machine can reach it.",
    );
  }

  private credentialsRefused(access: Access, why: string): UserError {
    const user = this.credentials?.username;
    if (this.registry.google) {
      return new UserError(
        `registry ${this.registry.host} did not accept the credentials (${why}). dagship authenticates with an access token ` +
          "from Application Default Credentials: run google-github-actions/auth before dagship in the workflow (or " +
          "`gcloud auth application-default login` locally), and check the token has not expired.",
      );
    }
    return new UserError(
      `registry ${this.registry.host} did not accept the credentials${user === undefined ? "" : ` of user ${JSON.stringify(user)}`} (${why}) ` +
        `while trying to ${access}. Check the registry username and password (registry-username / registry-password, ` +
        "or DAGSHIP_REGISTRY_USERNAME / DAGSHIP_REGISTRY_PASSWORD).",
    );
  }

  private async failure(response: Response, access: Access, repository: string): Promise<UserError> {
    const { codes, text } = errorCodes(await response.text());
    const where = `${this.registry.host}/${repository}`;
    const detail = text === "" ? `HTTP ${response.status}` : `HTTP ${response.status}: ${text}`;
    if (response.status === 403 || codes.includes("DENIED")) {
      const ar = this.registry.artifactRepository;
      const repo = ar ? `projects/${ar.project}/locations/${ar.location}/repositories/${ar.repository}` : where;
      if (access === "push") {
        return new UserError(
          `registry ${where} denied pushing (${detail}). ` +
            (this.registry.google
              ? `The deploying identity needs artifactregistry.repositories.uploadArtifacts on ${repo} (roles/artifactregistry.writer); ` +
                "if the repository does not exist yet, create it or set create-repository: true."
              : "Give the registry user push permission on this repository."),
        );
      }
      return new UserError(
        `registry ${where} denied reading (${detail}). ` +
          (this.registry.google
            ? `The deploying identity needs artifactregistry.repositories.downloadArtifacts on ${repo} (roles/artifactregistry.reader); ` +
              "the Composer environment's service account needs the same permission to pull the image when tasks run. " +
              "Artifact Registry also answers this way when the repository does not exist: create it, or set create-repository: true."
            : "Give the registry user pull permission on this repository."),
      );
    }
    if (response.status === 404 && codes.includes("NAME_UNKNOWN")) {
      return new UserError(
        `repository ${where} does not exist (${detail}). Create it, or set create-repository: true (--create-repository) to have dagship create it.`,
      );
    }
    if (response.status === 400 && /immutable/i.test(text)) {
      return new UserError(
        `registry ${where} refused to move a tag because its tags are immutable (${detail}). Turn off immutable tags on the repository, or deploy a new commit.`,
      );
    }
    return new UserError(`registry ${where} answered ${detail}`);
  }
}

/** A manifest's media type from its own `mediaType` field (registries that omit Content-Type). */
function mediaTypeOf(bytes: Uint8Array): string {
  try {
    const parsed = JSON.parse(Buffer.from(bytes).toString("utf8")) as { mediaType?: unknown };
    if (typeof parsed.mediaType === "string") return parsed.mediaType;
  } catch {
    // fall through: not JSON
  }
  return "application/vnd.oci.image.manifest.v1+json";
}
