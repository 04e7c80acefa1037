import { createRequire as __dagshipCreateRequire } from 'node:module'; import { fileURLToPath as __dagshipFileURLToPath } from 'node:url'; const require = __dagshipCreateRequire(import.meta.url); const __filename = __dagshipFileURLToPath(import.meta.url); const __dirname = __dagshipFileURLToPath(new URL('.', import.meta.url));
import {
  CliGit,
  GcsStore,
  LocalFolderStore,
  PROJECT_SYNCS_AT_ONCE,
  REASON_WORDS,
  REUSE_OBSERVED_MS,
  StoreError,
  SupersededError,
  checkDeploy,
  checkedOutCommit,
  describeRepository,
  findConflicts,
  formatSummary,
  githubIdentity,
  legacyRepositoryKey,
  objectTextReader,
  openTarget,
  orphanedProjects,
  parseImageVersion,
  projectPrefix,
  pruneAnnouncement,
  pruneProject,
  pruneRemovedProjects,
  readRepositoryIdentity,
  remoteIdentity,
  repositoryKey,
  rootCommitIdentity,
  syncProject
} from "./chunk-SU2R3ERK.js";
import "./chunk-KBOZO5VR.js";
import "./chunk-VZ5TGKER.js";
import "./chunk-VHEWEDXM.js";
import {
  DEFAULT_LOCAL_FOLDER,
  formatDestination,
  parseDestination
} from "./chunk-NLAMMUB7.js";
import "./chunk-BDMO263D.js";
import "./chunk-JVA4ALWN.js";
import "./chunk-K7TMSU63.js";
import "./chunk-ONV25YFF.js";
import "./chunk-L4ZEUERM.js";
import "./chunk-LHRLJ43V.js";
export {
  CliGit,
  DEFAULT_LOCAL_FOLDER,
  GcsStore,
  LocalFolderStore,
  PROJECT_SYNCS_AT_ONCE,
  REASON_WORDS,
  REUSE_OBSERVED_MS,
  StoreError,
  SupersededError,
  checkDeploy,
  checkedOutCommit,
  describeRepository,
  findConflicts,
  formatDestination,
  formatSummary,
  githubIdentity,
  legacyRepositoryKey,
  objectTextReader,
  openTarget,
  orphanedProjects,
  parseDestination,
  parseImageVersion,
  projectPrefix,
  pruneAnnouncement,
  pruneProject,
  pruneRemovedProjects,
  readRepositoryIdentity,
  remoteIdentity,
  repositoryKey,
  rootCommitIdentity,
  syncProject
};
//# sourceMappingURL=sync-X45W2UCC.js.map
