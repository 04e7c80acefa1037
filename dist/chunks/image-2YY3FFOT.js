import { createRequire as __dagshipCreateRequire } from 'node:module'; import { fileURLToPath as __dagshipFileURLToPath } from 'node:url'; const require = __dagshipCreateRequire(import.meta.url); const __filename = __dagshipFileURLToPath(import.meta.url); const __dirname = __dagshipFileURLToPath(new URL('.', import.meta.url));
import {
  createImageDeps,
  ensureProjectImage,
  previewProjectImage
} from "./chunk-HBAEMCTU.js";
import {
  imageRepository,
  parseRegistryRef,
  tagFromGitRef
} from "./chunk-LZF7COQX.js";
import {
  DEFAULT_CONTEXT_EXCLUDES
} from "./chunk-4TMTO46N.js";
import "./chunk-VZ5TGKER.js";
import "./chunk-VHEWEDXM.js";
import "./chunk-BDMO263D.js";
import "./chunk-JVA4ALWN.js";
import "./chunk-K7TMSU63.js";
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
//# sourceMappingURL=image-2YY3FFOT.js.map
