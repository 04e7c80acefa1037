import { UserError, messageOf } from "../errors.js";
import type { Logger } from "../log.js";
import { applicationDefaultCredentials, GoogleApiError, GoogleHttp, type GoogleHttpOptions } from "../google/http.js";
import { sleep } from "../util/async.js";
import type { ArtifactRepository, RegistryRef } from "./reference.js";

/** What ensureRepository found or did. */
export type RepositoryOutcome = "exists" | "created" | "not-applicable";

/** Makes sure the registry's repository exists (input `create-repository: true`). */
export interface RepositoryCreator {
  ensureRepository(registry: RegistryRef): Promise<RepositoryOutcome>;
}

/** Names of an Artifact Registry repository in the API. */
function repositoryNames(repo: ArtifactRepository): { parent: string; name: string; repositoryId: string } {
  const parent = `projects/${repo.project}/locations/${repo.location}`;
  return { parent, name: `${parent}/repositories/${repo.repository}`, repositoryId: repo.repository };
}

/** The two Artifact Registry operations dagship uses, with the client library's error codes. */
export interface ArtifactRegistryLike {
  getRepository(request: { name: string }): Promise<unknown>;
  createRepository(request: {
    parent: string;
    repositoryId: string;
    repository: { format: "DOCKER"; description: string };
  }): Promise<[{ promise(): Promise<unknown> }, ...unknown[]]>;
}

// gRPC status codes the client reports on errors.
const NOT_FOUND = 5;
const ALREADY_EXISTS = 6;
const PERMISSION_DENIED = 7;

function grpcCode(thrown: unknown): number | undefined {
  const code = (thrown as { code?: unknown }).code;
  return typeof code === "number" ? code : undefined;
}

/** Artifact Registry's REST endpoint (https://cloud.google.com/artifact-registry/docs/reference/rest). */
const ARTIFACT_REGISTRY_API = "https://artifactregistry.googleapis.com/v1";

// gRPC codes of the HTTP statuses Google maps them from (google.rpc.Code), so that callers read
// one set of codes whatever the transport.
const GRPC_BY_HTTP: Record<number, number> = { 403: PERMISSION_DENIED, 404: NOT_FOUND, 409: ALREADY_EXISTS };

class ApiError extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
  }
}

/** Where Artifact Registry is and how patiently to wait for a creation. */
export interface RestArtifactRegistryOptions extends GoogleHttpOptions {
  /** Default: https://artifactregistry.googleapis.com/v1 */
  baseUrl?: string;
  /** Between two polls of the creation's operation. Default 1 s. */
  pollIntervalMs?: number;
  /** Polls before giving up. Default 120. */
  maxPolls?: number;
}

interface Operation {
  name?: string;
  done?: boolean;
  error?: { message?: string; code?: number };
}

/**
 * `repositories.get` / `repositories.create` and the operation it starts, over REST through the
 * one Google client.
 */
export class RestArtifactRegistry implements ArtifactRegistryLike {
  private readonly http: GoogleHttp;
  private readonly baseUrl: string;
  private readonly pollIntervalMs: number;
  private readonly maxPolls: number;

  constructor(options: RestArtifactRegistryOptions = {}) {
    this.http = new GoogleHttp(options);
    this.baseUrl = (options.baseUrl ?? ARTIFACT_REGISTRY_API).replace(/\/+$/, "");
    this.pollIntervalMs = options.pollIntervalMs ?? 1_000;
    this.maxPolls = options.maxPolls ?? 120;
  }

  async getRepository(request: { name: string }): Promise<unknown> {
    return this.call(`reading ${request.name}`, "GET", `${this.baseUrl}/${request.name}`);
  }

  async createRepository(request: { parent: string; repositoryId: string; repository: { format: "DOCKER"; description: string } }): Promise<[{ promise(): Promise<unknown> }]> {
    const url = `${this.baseUrl}/${request.parent}/repositories?repositoryId=${encodeURIComponent(request.repositoryId)}`;
    const operation = await this.call<Operation>(`creating ${request.parent}/repositories/${request.repositoryId}`, "POST", url, request.repository);
    return [{ promise: () => this.wait(operation) }];
  }

  private async wait(initial: Operation): Promise<unknown> {
    let operation = initial;
    for (let poll = 0; !operation.done; poll += 1) {
      if (poll >= this.maxPolls || operation.name === undefined) throw new Error(`repository creation did not finish (operation ${operation.name ?? "without a name"})`);
      await sleep(this.pollIntervalMs);
      operation = await this.call<Operation>(`waiting for ${operation.name}`, "GET", `${this.baseUrl}/${operation.name}`);
    }
    if (operation.error) throw new ApiError(operation.error.message ?? "repository creation failed", operation.error.code ?? 2);
    return operation;
  }

  private async call<T = unknown>(what: string, method: "GET" | "POST", url: string, body?: unknown): Promise<T> {
    try {
      return await this.http.request<T>(what, method, url, body);
    } catch (thrown) {
      if (thrown instanceof GoogleApiError) throw new ApiError(thrown.message, (thrown.status === undefined ? undefined : GRPC_BY_HTTP[thrown.status]) ?? 2);
      throw thrown;
    }
  }
}


/** Creates missing Artifact Registry repositories (also gcr.io repositories) through the REST API. */
export class ArtifactRegistryCreator implements RepositoryCreator {
  private readonly logger: Logger;
  private readonly load: () => Promise<ArtifactRegistryLike>;
  private client: Promise<ArtifactRegistryLike> | undefined;
  private readonly done = new Map<string, Promise<RepositoryOutcome>>();

  constructor(logger: Logger, load?: () => Promise<ArtifactRegistryLike>) {
    this.logger = logger;
    this.load = load ?? (() => Promise.resolve(new RestArtifactRegistry({ credentials: applicationDefaultCredentials("Artifact Registry"), log: logger })));
  }

  ensureRepository(registry: RegistryRef): Promise<RepositoryOutcome> {
    const repo = registry.artifactRepository;
    if (repo === undefined) {
      // A plain registry (the distribution registry, say) creates repositories on first push.
      return Promise.resolve("not-applicable");
    }
    const { name } = repositoryNames(repo);
    let outcome = this.done.get(name);
    if (outcome === undefined) {
      outcome = this.ensure(repo);
      this.done.set(name, outcome);
    }
    return outcome;
  }

  private async ensure(repo: ArtifactRepository): Promise<RepositoryOutcome> {
    const { parent, name, repositoryId } = repositoryNames(repo);
    this.client ??= this.load();
    const client = await this.client;
    try {
      await client.getRepository({ name });
      return "exists";
    } catch (thrown) {
      if (grpcCode(thrown) === PERMISSION_DENIED) throw denied("artifactregistry.repositories.get", name, thrown);
      if (grpcCode(thrown) !== NOT_FOUND) throw new UserError(`could not look up ${name} (${messageOf(thrown)})`);
    }
    this.logger.info(`creating Artifact Registry repository ${name}`);
    try {
      const [operation] = await client.createRepository({
        parent,
        repositoryId,
        repository: { format: "DOCKER", description: "Images of ETL projects, deployed by dagship" },
      });
      await operation.promise();
      return "created";
    } catch (thrown) {
      // Another deploy may have created it in the meantime: that is what we wanted.
      if (grpcCode(thrown) === ALREADY_EXISTS) return "exists";
      if (grpcCode(thrown) === PERMISSION_DENIED) throw denied("artifactregistry.repositories.create", parent, thrown);
      throw new UserError(`could not create ${name} (${messageOf(thrown)}); create it by hand, or check the project and location`);
    }
  }
}

function denied(permission: string, resource: string, thrown: unknown): UserError {
  return new UserError(
    `the deploying identity lacks ${permission} on ${resource} (${messageOf(thrown)}). Grant it ` +
      "(roles/artifactregistry.admin can create repositories), or create the repository by hand and turn create-repository off.",
  );
}
