import { createRequire as __dagshipCreateRequire } from 'node:module'; import { fileURLToPath as __dagshipFileURLToPath } from 'node:url'; const require = __dagshipCreateRequire(import.meta.url); const __filename = __dagshipFileURLToPath(import.meta.url); const __dirname = __dagshipFileURLToPath(new URL('.', import.meta.url));
import {
  deployRepository,
  exitStatus,
  formatFailure,
  formatReport,
  outcomeLine,
  reportJson
} from "./chunk-SVXXV4NM.js";
import "./chunk-HBAEMCTU.js";
import "./chunk-LZF7COQX.js";
import "./chunk-4TMTO46N.js";
import "./chunk-SU2R3ERK.js";
import "./chunk-KBOZO5VR.js";
import "./chunk-VZ5TGKER.js";
import "./chunk-VHEWEDXM.js";
import "./chunk-IEWZFXIO.js";
import "./chunk-VRMTMOE7.js";
import "./chunk-4R5KA2VE.js";
import "./chunk-NLAMMUB7.js";
import "./chunk-BDMO263D.js";
import "./chunk-JVA4ALWN.js";
import "./chunk-K7TMSU63.js";
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
//# sourceMappingURL=deploy-6E2NB6MV.js.map
