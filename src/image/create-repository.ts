import { UserError, messageOf } from "../errors.js";
import type { Logger } from "../log.js";
import { googleAuthClient } from "../google/adc.js";
import { DEFAULT_RETRY, withRetry, type RetryPolicy } from "../util/async.js";
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

/** The two Artifact Registry operations dagship uses, as the client library offers them. */
export interface ArtifactRegistryLike {
  getRepository(request: { name: string }): Promise<unknown>;
  createRepository(request: {
    parent: string;
    repositoryId: string;
    repository: { format: "DOCKER"; description: string };
  }): Promise<[{ promise(): Promise<unknown> }, ...unknown[]]>;
}

// gRPC status codes (google.rpc.Code) the client library reports on errors, whatever the transport.
const DEADLINE_EXCEEDED = 4;
const NOT_FOUND = 5;
const ALREADY_EXISTS = 6;
const PERMISSION_DENIED = 7;
const RESOURCE_EXHAUSTED = 8;
const INTERNAL = 13;
const UNAVAILABLE = 14;
const TRANSIENT = new Set([DEADLINE_EXCEEDED, RESOURCE_EXHAUSTED, INTERNAL, UNAVAILABLE]);

function grpcCode(thrown: unknown): number | undefined {
  const code = (thrown as { code?: unknown } | null)?.code;
  return typeof code === "number" ? code : undefined;
}

/** The library's options: where Artifact Registry is and which credentials to use. */
export type ArtifactRegistryClientOptions = NonNullable<
  ConstructorParameters<typeof import("@google-cloud/artifact-registry/build/src/v1/artifact_registry_client.js").ArtifactRegistryClient>[0]
>;

/**
 * `@google-cloud/artifact-registry`, loaded on first use (a chunk of its own in dist/, so runs
 * without create-repository never load it). It speaks REST (`fallback`) rather than gRPC: one
 * HTTP/1.1 transport, the one the tests check against the documented REST shapes. Credentials
 * are Application Default Credentials unless `options` name others.
 */
export async function artifactRegistryClient(options: ArtifactRegistryClientOptions = {}): Promise<ArtifactRegistryLike> {
  // Credentials first: the library's constructor starts an authentication of its own that, when it
  // fails, rejects where nobody can catch it (and Node ends the process). A client of dagship's own
  // google-auth-library (another major version than the library's) answers to the same calls.
  const authClient = options.authClient ?? ((await googleAuthClient("Artifact Registry")) as NonNullable<ArtifactRegistryClientOptions["authClient"]>);
  // The v1 client alone: the package's index also loads v1beta2 and 1.3 MB of generated protos.
  const library = await import("@google-cloud/artifact-registry/build/src/v1/artifact_registry_client.js");
  // A CommonJS module: bundled with code splitting, import() gives module.exports as `default` only.
  const client = new ((library as Partial<typeof library>).ArtifactRegistryClient ?? library.default.ArtifactRegistryClient)({
    fallback: true,
    ...options,
    authClient,
  });
  return {
    getRepository: (request) => client.getRepository(request),
    createRepository: (request) => client.createRepository(request),
  };
}

/**
 * Creates missing Artifact Registry repositories (also gcr.io repositories) through the client
 * library. Unavailable, overloaded or timed-out calls are retried on the shared retry policy
 * (the library itself retries neither call).
 */
export class ArtifactRegistryCreator implements RepositoryCreator {
  private readonly logger: Logger;
  private readonly load: () => Promise<ArtifactRegistryLike>;
  private readonly retry: RetryPolicy;
  private client: Promise<ArtifactRegistryLike> | undefined;
  private readonly done = new Map<string, Promise<RepositoryOutcome>>();

  constructor(logger: Logger, load: () => Promise<ArtifactRegistryLike> = artifactRegistryClient, retry: RetryPolicy = DEFAULT_RETRY) {
    this.logger = logger;
    this.load = load;
    this.retry = retry;
  }

  private call<T>(what: string, operation: () => Promise<T>): Promise<T> {
    return withRetry(what, operation, (thrown) => TRANSIENT.has(grpcCode(thrown) ?? -1), this.retry, this.logger);
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
      await this.call(`reading ${name}`, () => client.getRepository({ name }));
      return "exists";
    } catch (thrown) {
      if (grpcCode(thrown) === PERMISSION_DENIED) throw denied("artifactregistry.repositories.get", name, thrown);
      if (grpcCode(thrown) !== NOT_FOUND) throw new UserError(`could not look up ${name} (${messageOf(thrown)})`);
    }
    this.logger.info(`creating Artifact Registry repository ${name}`);
    try {
      // A retried creation that had gone through answers ALREADY_EXISTS, handled below.
      const [operation] = await this.call(`creating ${name}`, () =>
        client.createRepository({ parent, repositoryId, repository: { format: "DOCKER", description: "Images of ETL projects, deployed by dagship" } }),
      );
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
