import { createRequire as __dagshipCreateRequire } from 'node:module'; import { fileURLToPath as __dagshipFileURLToPath } from 'node:url'; const require = __dagshipCreateRequire(import.meta.url); const __filename = __dagshipFileURLToPath(import.meta.url); const __dirname = __dagshipFileURLToPath(new URL('.', import.meta.url));
import {
  deployImageDeps,
  readRegistryLogin
} from "./chunk-IMQOWU6X.js";
import "./chunk-2TZ3DNCX.js";
import "./chunk-LZF7COQX.js";
import "./chunk-PFQJ4MSI.js";
import "./chunk-VH5T4HRE.js";
import "./chunk-VHEWEDXM.js";
import "./chunk-Z2XI63KQ.js";
import "./chunk-3KFNCMHA.js";
import "./chunk-K7TMSU63.js";
import "./chunk-LHRLJ43V.js";
export {
  deployImageDeps,
  readRegistryLogin
};
//# sourceMappingURL=deploy-deps-KKJNZLWW.js.map
