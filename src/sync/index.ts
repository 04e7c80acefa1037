/**
 * Sync: deploy projects' rendered DAG files to a DAG folder (a bucket prefix, a Composer
 * environment's bucket, or a local folder) incrementally and safely. This module is only the
 * face: each part lives in a module of its own (see `deploy-project.ts` for how one deploy runs).
 */
export type { Destination } from "./destination.js";
export { DEFAULT_LOCAL_FOLDER, formatDestination, parseDestination } from "./destination.js";
export type { ComposerEnvironment, ComposerVersions } from "../google/composer.js";
export { parseImageVersion } from "../google/composer.js";
export type { IGit } from "./history.js";
export { checkedOutCommit, CliGit } from "./history.js";
export type { PlannedAction, PlanReason, RenderedFile, DeployedDag } from "./plan.js";
export { findConflicts } from "./plan.js";
export type { FileOutcome, ReasonWords } from "./reasons.js";
export { REASON_WORDS } from "./reasons.js";
export type { ObjectStore } from "./store.js";
export { StoreError } from "./store.js";
export { GcsStore } from "./gcs-store.js";
export { LocalFolderStore } from "./local-store.js";
export type { RetryPolicy } from "../util/async.js";
export type { OpenTargetOptions, SyncTarget } from "./target.js";
export { openTarget } from "./target.js";
export type { SyncDeps, SyncRequest, SyncResult } from "./request.js";
export { legacyRepositoryKey, projectPrefix, repositoryKey } from "./prefix.js";
export type { RepositoryIdentity } from "./identity.js";
export { describeRepository, githubIdentity, readRepositoryIdentity, remoteIdentity, rootCommitIdentity } from "./identity.js";
export type { CheckDeps, DeployChecks, DeployIntent, PlannedFile } from "./preflight.js";
export { checkDeploy } from "./preflight.js";
export { PROJECT_SYNCS_AT_ONCE, REUSE_OBSERVED_MS, syncProject } from "./deploy-project.js";
export { SupersededError } from "./superseded.js";
export { formatSummary } from "./summary.js";
export { objectTextReader } from "./store-call.js";
export type { Orphan, PruneDeps, PruneRequest, PruneRun } from "./prune.js";
export { orphanedProjects, pruneAnnouncement, pruneProject, pruneRemovedProjects } from "./prune.js";
