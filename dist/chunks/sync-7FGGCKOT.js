import { createRequire as __dagshipCreateRequire } from 'node:module'; import { fileURLToPath as __dagshipFileURLToPath } from 'node:url'; const require = __dagshipCreateRequire(import.meta.url); const __filename = __dagshipFileURLToPath(import.meta.url); const __dirname = __dagshipFileURLToPath(new URL('.', import.meta.url));
import {
  CliGit,
  GcsStore,
  LocalFolderStore,
  REASON_WORDS,
  StoreError,
  SupersededError,
  checkDeploy,
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
  syncProject,
  syncProjects
} from "./chunk-VW7D4TRF.js";
import "./chunk-KBOZO5VR.js";
import "./chunk-OSBB6N4Q.js";
import "./chunk-YHJQZXDM.js";
import {
  DEFAULT_LOCAL_FOLDER,
  formatDestination,
  parseDestination
} from "./chunk-57BQE3MO.js";
import "./chunk-JRAKA3MA.js";
import "./chunk-WH2FTGQ7.js";
import "./chunk-MNCGJPTY.js";
import "./chunk-ONV25YFF.js";
import "./chunk-L4ZEUERM.js";
import "./chunk-LHRLJ43V.js";
export {
  CliGit,
  DEFAULT_LOCAL_FOLDER,
  GcsStore,
  LocalFolderStore,
  REASON_WORDS,
  StoreError,
  SupersededError,
  checkDeploy,
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
  syncProject,
  syncProjects
};
//# sourceMappingURL=sync-7FGGCKOT.js.map
