import { createRequire as __dagshipCreateRequire } from 'node:module'; import { fileURLToPath as __dagshipFileURLToPath } from 'node:url'; const require = __dagshipCreateRequire(import.meta.url); const __filename = __dagshipFileURLToPath(import.meta.url); const __dirname = __dagshipFileURLToPath(new URL('.', import.meta.url));
import {
  deployRepository,
  exitStatus,
  formatFailure,
  formatReport,
  outcomeLine,
  reportJson
} from "./chunk-6WUQBDEO.js";
import "./chunk-4DRMCSAD.js";
import "./chunk-KBOZO5VR.js";
import "./chunk-2KQ3QAVG.js";
import "./chunk-YKVECLPD.js";
import "./chunk-NOXQE74B.js";
import "./chunk-MYMDUUJD.js";
import "./chunk-PAGVQFUY.js";
import "./chunk-FXWEERRC.js";
import "./chunk-OUUBIOM3.js";
import "./chunk-JRAKA3MA.js";
import "./chunk-RQ2VJ6JK.js";
import "./chunk-PXHDC7BM.js";
import "./chunk-ONV25YFF.js";
import "./chunk-L4ZEUERM.js";
import "./chunk-LHRLJ43V.js";
export {
  deployRepository,
  exitStatus,
  formatFailure,
  formatReport,
  outcomeLine,
  reportJson
};
//# sourceMappingURL=deploy-QXT5IDQ5.js.map
