import { createRequire as __dagshipCreateRequire } from 'node:module'; import { fileURLToPath as __dagshipFileURLToPath } from 'node:url'; const require = __dagshipCreateRequire(import.meta.url); const __filename = __dagshipFileURLToPath(import.meta.url); const __dirname = __dagshipFileURLToPath(new URL('.', import.meta.url));
import {
  deployImageDeps,
  readRegistryLogin
} from "./chunk-T4KPRBCR.js";
import "./chunk-Z6UZNM6D.js";
import "./chunk-4E3SYQYL.js";
import "./chunk-ID3DNMR7.js";
import "./chunk-LHRLJ43V.js";
export {
  deployImageDeps,
  readRegistryLogin
};
//# sourceMappingURL=deploy-deps-ZVOD5UPL.js.map
