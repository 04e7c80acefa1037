/**
 * The checks a repository's deploy makes before it builds, writes or deletes anything: the
 * projects do not collide with each other, every prefix it writes is its own (or adoptable), no
 * dag_id it deploys is defined elsewhere in the destination, and which folders it prunes or moves.
 * One listing of the DAG folder, and reads of only the manifests that matter: those of the
 * prefixes the deploy writes go out with the listing, and are what each project's sync starts
 * from (see {@link DeployChecks.snapshots}).
 */
import { UserError } from "../errors.js";
import type { Logger } from "../log.js";
import { DEFAULT_RETRY, type RetryPolicy } from "../util/async.js";
import { FolderView } from "./folder-view.js";
import { CommitComparer, shortSha, type IGit } from "./history.js";
import { describeRepository, type RepositoryIdentity } from "./identity.js";
import type { Manifest } from "./manifest.js";
import { ownershipOf, ownershipRefusal } from "./ownership.js";
import { findConflicts } from "./plan.js";
import { projectPrefix } from "./prefix.js";
import { findOrphans, type Orphan } from "./prune.js";
import type { ObservedSnapshot } from "./snapshot.js";
import type { StoreContext } from "./store-call.js";
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
  /**
   * By prefix, what the checks saw in the folders of the deployed projects (and of the projects
   * they move): where each one's sync starts instead of reading the prefix again. Left out
   * where the manifest changed while the folder was listed, or is unusable.
   */
  snapshots: ReadonlyMap<string, ObservedSnapshot>;
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
  const ours = intent.projects.map(({ project, files }) => ({ project, prefix: projectPrefix(dagsFolder, intent.repo, project), files }));
  const conflicts = findConflicts(
    ours.flatMap(({ project, prefix, files }) =>
      files.map((file) => ({ project, prefix, key: prefix + file.path, ...(file.dagId === undefined ? {} : { dagId: file.dagId }) })),
    ),
  );
  if (conflicts.length > 0) refuse(`${conflicts.length === 1 ? "a conflict" : "conflicts"} between projects`, conflicts);

  const context: StoreContext = { store, log: deps.log, retry: deps.retry ?? DEFAULT_RETRY };
  const folder = dagsFolder === "" ? "" : `${dagsFolder}/`;
  const legacyRepo = intent.legacyRepo !== undefined && intent.legacyRepo !== intent.repo ? intent.legacyRepo : undefined;
  const legacyPrefixes = legacyRepo === undefined ? [] : intent.projects.map(({ project }) => projectPrefix(dagsFolder, legacyRepo, project));
  const manifests = await FolderView.read(context, folder, [...ours.map((entry) => entry.prefix), ...legacyPrefixes]);
  const keys = manifests.objects.map((object) => object.key);
  const check: Check = { target, intent, manifests, comparer: new CommitComparer(deps.git, intent.commit), refusals: [], warnings: [] };

  for (const { prefix } of ours) {
    // An unusable manifest of one of ours fails that project's sync, with the fix; not everyone's.
    const manifest = await manifests.usable(prefix, []);
    if (manifest === undefined) continue;
    const refusal = ownershipRefusal(await ownershipOf(manifest, intent.identity, check.comparer), manifest, {
      location: `${store.location}/${prefix}`,
      repo: intent.repo,
      identity: intent.identity,
    });
    if (refusal !== undefined) check.refusals.push(refusal);
  }
  const moves = legacyRepo === undefined ? new Map<string, string>() : await movesFrom(legacyRepo, check);

  const search = { repos: [intent.repo, ...(legacyRepo === undefined ? [] : [legacyRepo])], existing: intent.existing, identity: intent.identity };
  const found = await findOrphans(target, keys, search, check.comparer, context);
  check.warnings.push(...found.warnings);
  if (!intent.prune) {
    for (const orphan of found.orphans) {
      check.warnings.push(
        `${store.location}/${orphan.prefix} holds the DAGs of ${orphan.project}, which is no longer in the repository: deploy with --prune (the action: prune: true) to remove them`,
      );
    }
  }

  // Folders whose DAGs this deploy replaces or removes do not count as "defined elsewhere".
  const replaced = [...ours.map((entry) => entry.prefix), ...moves.values(), ...(intent.prune ? found.orphans.map((orphan) => orphan.prefix) : [])];
  const mine = ours.flatMap(({ project, prefix, files }) =>
    files.flatMap((file) => (file.dagId === undefined ? [] : [{ project, key: prefix + file.path, dagId: file.dagId }])),
  );
  const elsewhere = await definedElsewhere(mine, keys, replaced, found.orphans, check);
  check.refusals.push(...duplicateDagIdProblems(elsewhere));
  if (check.refusals.length > 0) refuse(undefined, check.refusals);
  const snapshots = new Map<string, ObservedSnapshot>();
  for (const prefix of [...ours.map((entry) => entry.prefix), ...moves.values()]) {
    const snapshot = await manifests.snapshot(prefix);
    if (snapshot !== undefined) snapshots.set(prefix, snapshot);
  }
  return { orphans: found.orphans, moves: new Set(moves.keys()), warnings: check.warnings, snapshots };
}

/** What the parts of {@link checkDeploy} share: what they read, and what they found. */
interface Check {
  target: SyncTarget;
  intent: DeployIntent;
  manifests: FolderView;
  comparer: CommitComparer;
  refusals: string[];
  warnings: string[];
}

/**
 * The deployed projects whose folder under the repository part earlier dagship versions used
 * holds their DAGs and is this repository's (or adoptable): project -> that folder's prefix.
 */
async function movesFrom(legacyRepo: string, check: Check): Promise<Map<string, string>> {
  const { target, intent } = check;
  const moves = new Map<string, string>();
  for (const { project } of intent.projects) {
    const prefix = projectPrefix(target.dagsFolder, legacyRepo, project);
    const manifest = await check.manifests.usable(prefix, check.warnings);
    if (manifest === undefined || Object.keys(manifest.files).length === 0) continue;
    const location = `${target.store.location}/${prefix}`;
    const ownership = await ownershipOf(manifest, intent.identity, check.comparer);
    if (ownership.kind === "foreign" || ownership.kind === "unprovable") {
      // Not this repository's (or not provably): left alone; the dag_id check sees its DAGs.
      check.warnings.push(`${location} holds a project ${project} this repository cannot vouch for; it is left in place`);
      continue;
    }
    const { relation } = await check.comparer.compare({ sha: manifest.commit, time: new Date(manifest.commitTime) });
    if (relation === "behind" && intent.releaseTag === undefined) {
      check.refusals.push(
        `${location}, where earlier dagship versions deployed ${project}, holds the newer commit ${shortSha(manifest.commit)}; moving ` +
          `${project} to ${projectPrefix(target.dagsFolder, intent.repo, project)} from the older ${shortSha(intent.commit.sha)} would roll it back. Deploy a newer commit.`,
      );
      continue;
    }
    moves.set(project, prefix);
  }
  return moves;
}

/**
 * The dagship-deployed files outside the `replaced` folders that define one of this deploy's
 * dag_ids. Only files named like one of ours are looked at (dagship names every file
 * `<dag_id>.py`), so only their folders' manifests are read. A same-named file nobody deployed
 * is a warning: it may define another dag_id.
 */
async function definedElsewhere(
  mine: readonly { project: string; key: string; dagId: string }[],
  keys: readonly string[],
  replaced: readonly string[],
  orphans: readonly Orphan[],
  check: Check,
): Promise<DeployedElsewhere[]> {
  const { store } = check.target;
  const byName = new Map(mine.map((file) => [baseName(file.key), file]));
  const found: DeployedElsewhere[] = [];
  for (const key of keys) {
    const ours = byName.get(baseName(key));
    if (ours === undefined || replaced.some((prefix) => key.startsWith(prefix))) continue;
    const governing = check.manifests.governing(key);
    // Another folder's broken manifest is its deploy's problem; it only hides what that folder defines.
    const manifest = governing === undefined ? undefined : await check.manifests.usable(governing, check.warnings);
    const entry = governing === undefined ? undefined : manifest?.files[key.slice(governing.length)];
    if (manifest === undefined || entry === undefined) {
      check.warnings.push(
        `${store.location}/${key} has the name of ${ours.project}'s DAG file but was not deployed by dagship; if it defines ` +
          `dag_id "${ours.dagId}" too, Airflow keeps only one of them`,
      );
      continue;
    }
    if ((entry.dagId ?? baseName(key).replace(/\.py$/, "")) !== ours.dagId) continue;
    found.push({
      dagId: ours.dagId,
      ours: `${store.location}/${ours.key}`,
      project: ours.project,
      theirs: `${store.location}/${key}`,
      theirProject: manifest.project,
      owner: ownerWords(manifest, check.intent.identity),
      orphan: orphans.some((orphan) => orphan.prefix === governing),
    });
  }
  return found;
}

/** Whose a manifest is, in the words of a duplicate's message. Pure. */
function ownerWords(manifest: Manifest, identity: RepositoryIdentity): string {
  if (manifest.repository === identity.id) return THIS_REPOSITORY;
  if (manifest.repository === undefined) return `a deploy by dagship ${manifest.dagshipVersion}, which recorded no repository`;
  return describeRepository(manifest.repository);
}

const THIS_REPOSITORY = "this repository";

/** A dag_id this deploy writes that a file elsewhere in the destination defines already. */
export interface DeployedElsewhere {
  dagId: string;
  /** Location of this deploy's file. */
  ours: string;
  project: string;
  /** Location of the other file. */
  theirs: string;
  theirProject: string;
  /** "this repository", or whose the other file is, in words. */
  owner: string;
  /** The other file's project is a removed project of this repository (pruned with --prune). */
  orphan: boolean;
}

/** One message per duplicate, naming both files and the fix. Pure. */
export function duplicateDagIdProblems(found: readonly DeployedElsewhere[]): string[] {
  return found.map((dup) => {
    const fix = dup.orphan
      ? `If ${dup.theirProject} was renamed or removed, deploy with --prune (the action: prune: true) to remove its DAGs in the same deploy.`
      : dup.owner === THIS_REPOSITORY
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
