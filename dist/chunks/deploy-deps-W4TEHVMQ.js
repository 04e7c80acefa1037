import { createRequire as __dagshipCreateRequire } from 'node:module'; import { fileURLToPath as __dagshipFileURLToPath } from 'node:url'; const require = __dagshipCreateRequire(import.meta.url); const __filename = __dagshipFileURLToPath(import.meta.url); const __dirname = __dagshipFileURLToPath(new URL('.', import.meta.url));
import {
  deployImageDeps,
  readRegistryLogin
} from "./chunk-5OUWHL3C.js";
import "./chunk-2KQ3QAVG.js";
import "./chunk-YKVECLPD.js";
import "./chunk-NOXQE74B.js";
import "./chunk-MYMDUUJD.js";
import "./chunk-JRAKA3MA.js";
import "./chunk-RQ2VJ6JK.js";
import "./chunk-PXHDC7BM.js";
import "./chunk-LHRLJ43V.js";
export {
  deployImageDeps,
  readRegistryLogin
};
//# sourceMappingURL=deploy-deps-W4TEHVMQ.js.map
