import { createRequire as __dagshipCreateRequire } from 'node:module'; import { fileURLToPath as __dagshipFileURLToPath } from 'node:url'; const require = __dagshipCreateRequire(import.meta.url); const __filename = __dagshipFileURLToPath(import.meta.url); const __dirname = __dagshipFileURLToPath(new URL('.', import.meta.url));
import {
  DEFAULT_CONTEXT_EXCLUDES,
  createImageDeps,
  ensureProjectImage,
  imageRepository,
  parseRegistryRef,
  previewProjectImage,
  tagFromGitRef
} from "./chunk-Z6UZNM6D.js";
import "./chunk-4E3SYQYL.js";
import "./chunk-ID3DNMR7.js";
import "./chunk-LHRLJ43V.js";
export {
  DEFAULT_CONTEXT_EXCLUDES,
  createImageDeps,
  ensureProjectImage,
  imageRepository,
  parseRegistryRef,
  previewProjectImage,
  tagFromGitRef
};
//# sourceMappingURL=image-UAEA4C35.js.map
