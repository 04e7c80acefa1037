import { UserError, messageOf } from "../errors.js";
import type { Logger } from "../log.js";
import type { ArtifactRepository, RegistryRef } from "./reference.js";

/** What ensureRepository found or did. */
export type RepositoryOutcome = "exists" | "created" | "not-applicable";

/** Makes sure the registry's repository exists (input `create-repository: true`). */
export interface RepositoryCreator {
  ensureRepository(registry: RegistryRef): Promise<RepositoryOutcome>;
}

/** Names of an Artifact Registry repository in the API. */
export function repositoryNames(repo: ArtifactRepository): { parent: string; name: string; repositoryId: string } {
  const parent = `projects/${repo.project}/locations/${repo.location}`;
  return { parent, name: `${parent}/repositories/${repo.repository}`, repositoryId: repo.repository };
}

/** The slice of `@google-cloud/artifact-registry`'s client that dagship uses. */
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

async function loadArtifactRegistry(): Promise<ArtifactRegistryLike> {
  // Loaded only when create-repository is on: the client and its gRPC stack are heavy.
  const { ArtifactRegistryClient } = await import("@google-cloud/artifact-registry");
  return new ArtifactRegistryClient() as unknown as ArtifactRegistryLike;
}

/** Creates missing Artifact Registry repositories (also gcr.io repositories) with the official client. */
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
