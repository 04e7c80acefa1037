import { createRequire as __dagshipCreateRequire } from 'node:module'; import { fileURLToPath as __dagshipFileURLToPath } from 'node:url'; const require = __dagshipCreateRequire(import.meta.url); const __filename = __dagshipFileURLToPath(import.meta.url); const __dirname = __dagshipFileURLToPath(new URL('.', import.meta.url));
import {
  deployImageDeps,
  readRegistryLogin
} from "./chunk-EPNLD5CX.js";
import "./chunk-HBAEMCTU.js";
import "./chunk-LZF7COQX.js";
import "./chunk-4TMTO46N.js";
import "./chunk-VZ5TGKER.js";
import "./chunk-VHEWEDXM.js";
import "./chunk-BDMO263D.js";
import "./chunk-JVA4ALWN.js";
import "./chunk-K7TMSU63.js";
import "./chunk-LHRLJ43V.js";
export {
  deployImageDeps,
  readRegistryLogin
};
//# sourceMappingURL=deploy-deps-UDD5MVXY.js.map
