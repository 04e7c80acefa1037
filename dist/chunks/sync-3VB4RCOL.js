import { createRequire as __dagshipCreateRequire } from 'node:module'; import { fileURLToPath as __dagshipFileURLToPath } from 'node:url'; const require = __dagshipCreateRequire(import.meta.url); const __filename = __dagshipFileURLToPath(import.meta.url); const __dirname = __dagshipFileURLToPath(new URL('.', import.meta.url));
import {
  CliGit,
  GcsStore,
  LocalFolderStore,
  REASON_WORDS,
  StoreError,
  SupersededError,
  findConflicts,
  formatSummary,
  objectTextReader,
  openTarget,
  orphanedProjects,
  parseImageVersion,
  projectPrefix,
  pruneRemovedProjects,
  repositoryKey,
  syncProject,
  syncProjects
} from "./chunk-5D3S6YO5.js";
import "./chunk-KBOZO5VR.js";
import "./chunk-4E3SYQYL.js";
import {
  DEFAULT_LOCAL_FOLDER,
  formatDestination,
  parseDestination
} from "./chunk-MMOE2RQQ.js";
import "./chunk-ID3DNMR7.js";
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
  findConflicts,
  formatDestination,
  formatSummary,
  objectTextReader,
  openTarget,
  orphanedProjects,
  parseDestination,
  parseImageVersion,
  projectPrefix,
  pruneRemovedProjects,
  repositoryKey,
  syncProject,
  syncProjects
};
//# sourceMappingURL=sync-3VB4RCOL.js.map
