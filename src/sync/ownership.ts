/**
 * Whose a prefix is: the repository its manifest records, compared with the deploying one. A
 * manifest written before identities were recorded (format 1) names no repository; it is adopted
 * when this clone can vouch for its commit, and otherwise not touched in a full clone, where a
 * missing commit means another repository's deploy as likely as rewritten history.
 */
import { UserError } from "../errors.js";
import { shortSha, type CommitComparer } from "./history.js";
import { describeRepository, type RepositoryIdentity } from "./identity.js";
import type { Manifest } from "./manifest.js";

/** How a manifest's prefix relates to the deploying repository. */
export type Ownership =
  /** It records this repository. */
  | { kind: "ours" }
  /**
   * It records no repository (format 1), and its commit is in this clone's history (`git`), or
   * this is a shallow clone that cannot tell (`time`, as dagship 0.1 would have ordered it).
   */
  | { kind: "adoptable"; basis: "git" | "time" }
  /** It records another repository. */
  | { kind: "foreign"; owner: string }
  /** It records no repository, and this full clone lacks its commit. */
  | { kind: "unprovable" };

/** Whose the manifest's prefix is; asks git only for a manifest that records no repository. */
export async function ownershipOf(manifest: Manifest, identity: RepositoryIdentity, comparer: CommitComparer): Promise<Ownership> {
  if (manifest.repository !== undefined) return manifest.repository === identity.id ? { kind: "ours" } : { kind: "foreign", owner: manifest.repository };
  const { basis } = await comparer.compare({ sha: manifest.commit, time: new Date(manifest.commitTime) });
  if (basis === "git") return { kind: "adoptable", basis: "git" };
  if (basis === "absent") return { kind: "unprovable" };
  return { kind: "adoptable", basis: "time" };
}

/** Where a refused prefix is and what the deploy calls its repository, for messages. */
export interface OwnershipContext {
  /** Store location and prefix, e.g. `gs://bucket/dags/etl/sales/`. */
  location: string;
  /** The repository part of the prefix (`--repo-name`, or the action's `owner__name`). */
  repo: string;
  identity: RepositoryIdentity;
}

const OWN_FOLDER =
  "give this repository a folder of its own in the destination: dagship deploy --repo-name NAME (in the action, a " + "dags-destination path of its own)";

/**
 * The refusal for a prefix this repository may not write, or undefined when it may (its own, or
 * adoptable). Pure.
 */
export function ownershipRefusal(ownership: Ownership, manifest: Manifest, context: OwnershipContext): string | undefined {
  const ours = describeRepository(context.identity.id);
  if (ownership.kind === "foreign") {
    return (
      `${context.location} belongs to another repository: its manifest records ${describeRepository(ownership.owner)}, ` +
      `and this is ${ours}. Both deploy there because both use the repository name "${context.repo}"; ${OWN_FOLDER}.`
    );
  }
  if (ownership.kind === "unprovable") {
    return (
      `${context.location} was deployed by dagship ${manifest.dagshipVersion}, which recorded no repository, from commit ` +
      `${shortSha(manifest.commit)}, and that commit is not in this clone's history: it may be another repository's ` +
      `deploy under the same repository name "${context.repo}", so ${ours} does not replace it. If it is another ` +
      `repository's, ${OWN_FOLDER}. If it is this repository's, fetch that commit (git fetch origin ${manifest.commit}) ` +
      "and deploy again."
    );
  }
  return undefined;
}

/**
 * Refuse to touch a prefix another repository owns (or may own).
 * @throws UserError naming both repositories and how to give this one a folder of its own.
 */
export async function assertMayDeploy(manifest: Manifest | undefined, context: OwnershipContext, comparer: CommitComparer): Promise<Ownership | undefined> {
  if (manifest === undefined) return undefined;
  const ownership = await ownershipOf(manifest, context.identity, comparer);
  const refusal = ownershipRefusal(ownership, manifest, context);
  if (refusal !== undefined) throw new UserError(`${refusal} Nothing was written or deleted.`);
  return ownership;
}
