import { createRequire as __dagshipCreateRequire } from 'node:module'; import { fileURLToPath as __dagshipFileURLToPath } from 'node:url'; const require = __dagshipCreateRequire(import.meta.url); const __filename = __dagshipFileURLToPath(import.meta.url); const __dirname = __dagshipFileURLToPath(new URL('.', import.meta.url));
import {
  createImageDeps,
  ensureProjectImage,
  imageRepository,
  parseRegistryRef,
  previewProjectImage,
  tagFromGitRef
} from "./chunk-R635TANM.js";
import {
  DEFAULT_CONTEXT_EXCLUDES
} from "./chunk-MMB77GA4.js";
import "./chunk-OSBB6N4Q.js";
import "./chunk-YHJQZXDM.js";
import "./chunk-JRAKA3MA.js";
import "./chunk-WH2FTGQ7.js";
import "./chunk-MNCGJPTY.js";
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
//# sourceMappingURL=image-B5LMZGGK.js.map
