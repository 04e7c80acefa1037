import { UserError, messageOf } from "../errors.js";
import type { Logger } from "../log.js";
import { sleep } from "../util/async.js";
import { applicationDefaultToken } from "./auth.js";
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

class ApiError extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
  }
}

const GRPC_BY_HTTP: Record<number, number> = { 403: PERMISSION_DENIED, 404: NOT_FOUND, 409: ALREADY_EXISTS };

/**
 * `repositories.get` / `repositories.create` over REST, what the client library does underneath.
 * The library itself (with gRPC and protobuf) would have multiplied the size, and so the start-up
 * time, of the one bundle for an option most runs never use.
 */
export class RestArtifactRegistry implements ArtifactRegistryLike {
  constructor(
    private readonly getAccessToken: () => Promise<string>,
    private readonly baseUrl: string = ARTIFACT_REGISTRY_API,
    private readonly pollIntervalMs = 1_000,
    private readonly maxPolls = 120,
  ) {}

  async getRepository(request: { name: string }): Promise<unknown> {
    return this.call("GET", `${this.baseUrl}/${request.name}`);
  }

  async createRepository(request: { parent: string; repositoryId: string; repository: { format: "DOCKER"; description: string } }): Promise<[{ promise(): Promise<unknown> }]> {
    const url = `${this.baseUrl}/${request.parent}/repositories?repositoryId=${encodeURIComponent(request.repositoryId)}`;
    const operation = (await this.call("POST", url, request.repository)) as { name?: string; done?: boolean; error?: { message?: string; code?: number } };
    return [{ promise: () => this.wait(operation) }];
  }

  private async wait(initial: { name?: string; done?: boolean; error?: { message?: string; code?: number } }): Promise<unknown> {
    let operation = initial;
    for (let poll = 0; !operation.done; poll += 1) {
      if (poll >= this.maxPolls || operation.name === undefined) throw new Error(`repository creation did not finish (operation ${operation.name ?? "without a name"})`);
      await sleep(this.pollIntervalMs);
      operation = (await this.call("GET", `${this.baseUrl}/${operation.name}`)) as typeof operation;
    }
    if (operation.error) throw new ApiError(operation.error.message ?? "repository creation failed", operation.error.code ?? 2);
    return operation;
  }

  private async call(method: "GET" | "POST", url: string, body?: unknown): Promise<unknown> {
    const token = await this.getAccessToken();
    const response = await fetch(url, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (!response.ok) {
      let message = `${response.status} ${response.statusText}`;
      try {
        message = (JSON.parse(text) as { error?: { message?: string } }).error?.message ?? message;
      } catch {
        // Not JSON: keep the status line.
      }
      throw new ApiError(message, GRPC_BY_HTTP[response.status] ?? 2);
    }
    return text === "" ? {} : (JSON.parse(text) as unknown);
  }
}

async function loadArtifactRegistry(): Promise<ArtifactRegistryLike> {
  return new RestArtifactRegistry(applicationDefaultToken);
}

/** Creates missing Artifact Registry repositories (also gcr.io repositories) through the REST API. */
export class ArtifactRegistryCreator implements RepositoryCreator {
  private readonly logger: Logger;
  private readonly load: () => Promise<ArtifactRegistryLike>;
  private client: Promise<ArtifactRegistryLike> | undefined;
  private readonly done = new Map<string, Promise<RepositoryOutcome>>();

  constructor(logger: Logger, load: () => Promise<ArtifactRegistryLike> = loadArtifactRegistry) {
    this.logger = logger;
    this.load = load;
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
