/**
 * The checks a repository's deploy makes before it builds, writes or deletes anything: the
 * projects do not collide with each other, every prefix it writes is its own (or adoptable), no
 * dag_id it deploys is defined elsewhere in the destination, and which folders it prunes or moves.
 * One listing of the DAG folder, and reads of only the manifests that matter.
 */
import { UserError } from "../errors.js";
import type { Logger } from "../log.js";
import { DEFAULT_RETRY, type RetryPolicy } from "../util/async.js";
import { CommitComparer, shortSha, type IGit } from "./history.js";
import { describeRepository, type RepositoryIdentity } from "./identity.js";
import { MANIFEST_NAME, UnusableManifestError, type Manifest } from "./manifest.js";
import { ownershipOf, ownershipRefusal } from "./ownership.js";
import { findConflicts } from "./plan.js";
import { projectPrefix } from "./prefix.js";
import { findOrphans, type Orphan } from "./prune.js";
import { readManifest } from "./snapshot.js";
import { storeCall, type StoreContext } from "./store-call.js";
import type { SyncTarget } from "./target.js";

/** A file a project is about to deploy: its path in the project's prefix and its dag_id. */
export interface PlannedFile {
  path: string;
  dagId?: string;
}

/** What a repository's deploy is about to write, known before any image is built. */
export interface DeployIntent {
  /** The repository part of every project's prefix (see `repositoryKey`). */
  repo: string;
  /** The repository part earlier dagship versions used (see `legacyRepositoryKey`); its projects move to `repo`. */
  legacyRepo?: string;
  identity: RepositoryIdentity;
  /** The commit being deployed. */
  commit: { sha: string; time: Date };
  releaseTag?: string;
  /** The projects this deploy writes, with their files. */
  projects: readonly { project: string; files: readonly PlannedFile[] }[];
  /** Every project of the repository, deployed now or not: folders of the others are orphans. */
  existing: ReadonlySet<string>;
  /** Whether orphans are pruned by this deploy (otherwise they are only warned about). */
  prune: boolean;
}

/** What the checks found, for the deploy to act on. */
export interface DeployChecks {
  /** Removed projects' folders this repository owns: pruned when `prune`, else warned about. */
  orphans: Orphan[];
  /** Projects whose folder under `legacyRepo` is emptied once they are deployed under `repo`. */
  moves: ReadonlySet<string>;
  warnings: string[];
}

/** Collaborators of the checks. */
export interface CheckDeps {
  git: IGit;
  log: Logger;
  retry?: RetryPolicy;
}

/**
 * Check a repository's deploy against the destination before anything is built or written.
 * @throws UserError listing every refusal: projects colliding with each other, a prefix of
 *   another repository, a dag_id another file in the destination defines.
 */
export async function checkDeploy(target: SyncTarget, intent: DeployIntent, deps: CheckDeps): Promise<DeployChecks> {
  const { dagsFolder, store } = target;
  const prefixOf = (repo: string, project: string): string => projectPrefix(dagsFolder, repo, project);
  const ours = intent.projects.map(({ project, files }) => ({ project, prefix: prefixOf(intent.repo, project), files }));
  const conflicts = findConflicts(ours.flatMap(({ project, prefix, files }) => files.map((file) => ({ project, prefix, key: prefix + file.path, ...(file.dagId === undefined ? {} : { dagId: file.dagId }) }))));
  if (conflicts.length > 0) refuse(`${conflicts.length === 1 ? "a conflict" : "conflicts"} between projects`, conflicts);

  const context: StoreContext = { store, log: deps.log, retry: deps.retry ?? DEFAULT_RETRY };
  const folder = dagsFolder === "" ? "" : `${dagsFolder}/`;
  const keys = (await storeCall(context, "list", folder, () => store.list(folder))).map((object) => object.key);
  const manifests = new ManifestCache(context, new Set(keys.filter((key) => key === MANIFEST_NAME || key.endsWith(`/${MANIFEST_NAME}`))));
  const comparer = new CommitComparer(deps.git, intent.commit);
  const refusals: string[] = [];
  const warnings: string[] = [];

  for (const { prefix } of ours) {
    // An unusable manifest of one of ours fails that project's sync, with the fix; not everyone's.
    const manifest = await manifests.usable(prefix, []);
    if (manifest === undefined) continue;
    const refusal = ownershipRefusal(await ownershipOf(manifest, intent.identity, comparer), manifest, { location: `${store.location}/${prefix}`, repo: intent.repo, identity: intent.identity });
    if (refusal !== undefined) refusals.push(refusal);
  }

  const moves = new Set<string>();
  const legacyRepo = intent.legacyRepo !== undefined && intent.legacyRepo !== intent.repo ? intent.legacyRepo : undefined;
  for (const { project } of legacyRepo === undefined ? [] : ours) {
    const prefix = prefixOf(legacyRepo as string, project);
    const manifest = await manifests.usable(prefix, warnings);
    if (manifest === undefined || Object.keys(manifest.files).length === 0) continue;
    const location = `${store.location}/${prefix}`;
    const ownership = await ownershipOf(manifest, intent.identity, comparer);
    if (ownership.kind === "foreign" || ownership.kind === "unprovable") {
      // Not this repository's (or not provably): left alone; the dag_id check below sees its DAGs.
      warnings.push(`${location} holds a project ${project} this repository cannot vouch for; it is left in place`);
      continue;
    }
    const { relation } = await comparer.compare({ sha: manifest.commit, time: new Date(manifest.commitTime) });
    if (relation === "behind" && intent.releaseTag === undefined) {
      refusals.push(
        `${location}, where earlier dagship versions deployed ${project}, holds the newer commit ${shortSha(manifest.commit)}; ` +
          `moving ${project} to ${prefixOf(intent.repo, project)} from the older ${shortSha(intent.commit.sha)} would roll it back. Deploy a newer commit.`,
      );
      continue;
    }
    moves.add(project);
  }

  const search = { repos: [intent.repo, ...(legacyRepo === undefined ? [] : [legacyRepo])], existing: intent.existing, identity: intent.identity };
  const found = await findOrphans(target, keys, search, comparer, context);
  warnings.push(...found.warnings);
  if (!intent.prune) {
    for (const orphan of found.orphans) {
      warnings.push(`${store.location}/${orphan.prefix} holds the DAGs of ${orphan.project}, which is no longer in the repository: deploy with --prune (the action: prune: true) to remove them`);
    }
  }

  // Folders whose DAGs this deploy replaces or removes do not count as "defined elsewhere".
  const replaced = [...ours.map((entry) => entry.prefix), ...[...moves].map((project) => prefixOf(legacyRepo as string, project)), ...(intent.prune ? found.orphans.map((orphan) => orphan.prefix) : [])];
  const names = new Map(ours.flatMap(({ project, prefix, files }) => files.filter((file) => file.dagId !== undefined).map((file) => [baseName(file.path), { project, key: prefix + file.path, dagId: file.dagId as string }] as const)));
  const elsewhere: DeployedElsewhere[] = [];
  for (const key of keys) {
    const mine = names.get(baseName(key));
    if (mine === undefined || replaced.some((prefix) => key.startsWith(prefix))) continue;
    const governing = manifests.governing(key);
    // Another folder's broken manifest is its deploy's problem; it only hides what that folder defines.
    const manifest = governing === undefined ? undefined : await manifests.usable(governing, warnings);
    const entry = governing === undefined ? undefined : manifest?.files[key.slice(governing.length)];
    if (manifest === undefined || entry === undefined) {
      warnings.push(`${store.location}/${key} has the name of ${mine.project}'s DAG file but was not deployed by dagship; if it defines dag_id "${mine.dagId}" too, Airflow keeps only one of them`);
      continue;
    }
    if ((entry.dagId ?? baseName(key).replace(/\.py$/, "")) !== mine.dagId) continue;
    const orphan = found.orphans.find((candidate) => candidate.prefix === governing);
    const owner = manifest.repository === undefined || manifest.repository === intent.identity.id ? "this repository" : describeRepository(manifest.repository);
    elsewhere.push({ dagId: mine.dagId, ours: `${store.location}/${mine.key}`, project: mine.project, theirs: `${store.location}/${key}`, theirProject: manifest.project, owner, orphan: orphan !== undefined });
  }
  refusals.push(...duplicateDagIdProblems(elsewhere));
  if (refusals.length > 0) refuse(undefined, refusals);
  return { orphans: found.orphans, moves, warnings };
}

/** A dag_id this deploy writes that a file elsewhere in the destination defines already. */
export interface DeployedElsewhere {
  dagId: string;
  /** Location of this deploy's file. */
  ours: string;
  project: string;
  /** Location of the other file. */
  theirs: string;
  theirProject: string;
  /** "this repository", or the other repository's identity. */
  owner: string;
  /** The other file's project is a removed project of this repository (pruned with --prune). */
  orphan: boolean;
}

/** One message per duplicate, naming both files and the fix. Pure. */
export function duplicateDagIdProblems(found: readonly DeployedElsewhere[]): string[] {
  return found.map((dup) => {
    const fix = dup.orphan
      ? `If ${dup.theirProject} was renamed or removed, deploy with --prune (the action: prune: true) to remove its DAGs in the same deploy.`
      : dup.owner === "this repository"
        ? `If the dag_id of ${dup.theirProject} changed, deploy ${dup.theirProject} as well; otherwise give one of the two DAGs another dag_id.`
        : "Give one of the two DAGs another dag_id.";
    return (
      `dag_id "${dup.dagId}" would be defined twice: by ${dup.ours} (project ${dup.project}) and by ${dup.theirs} ` +
      `(project ${dup.theirProject} of ${dup.owner}); Airflow keeps only one of them. ${fix}`
    );
  });
}

function refuse(what: string | undefined, problems: readonly string[]): never {
  throw new UserError(`nothing was deployed${what === undefined ? "" : `: ${what}`}:\n  ${problems.join("\n  ")}`);
}

function baseName(key: string): string {
  return key.slice(key.lastIndexOf("/") + 1);
}

/** Manifests of the listing, each read at most once. */
class ManifestCache {
  private readonly read = new Map<string, Promise<Manifest | undefined>>();

  constructor(
    private readonly context: StoreContext,
    private readonly keys: ReadonlySet<string>,
  ) {}

  /** The manifest governing `prefix`, if the listing has one. */
  get(prefix: string): Promise<Manifest | undefined> {
    if (!this.keys.has(prefix + MANIFEST_NAME)) return Promise.resolve(undefined);
    let found = this.read.get(prefix);
    if (found === undefined) {
      found = readManifest(this.context, prefix).then((result) => result?.manifest);
      this.read.set(prefix, found);
    }
    return found;
  }

  /** Like {@link get}, but an unusable manifest is a warning (added to `warnings`) and reads as none. */
  async usable(prefix: string, warnings: string[]): Promise<Manifest | undefined> {
    try {
      return await this.get(prefix);
    } catch (thrown) {
      if (!(thrown instanceof UnusableManifestError)) throw thrown;
      if (!warnings.includes(thrown.message)) warnings.push(thrown.message);
      return undefined;
    }
  }

  /** The prefix of the innermost manifest whose folder holds `key`. */
  governing(key: string): string | undefined {
    for (let slash = key.lastIndexOf("/"); slash > 0; slash = key.lastIndexOf("/", slash - 1)) {
      const prefix = key.slice(0, slash + 1);
      if (this.keys.has(prefix + MANIFEST_NAME)) return prefix;
    }
    return undefined;
  }
}
