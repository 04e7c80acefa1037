import { createRequire as __dagshipCreateRequire } from 'node:module'; import { fileURLToPath as __dagshipFileURLToPath } from 'node:url'; const require = __dagshipCreateRequire(import.meta.url); const __filename = __dagshipFileURLToPath(import.meta.url); const __dirname = __dagshipFileURLToPath(new URL('.', import.meta.url));
import {
  deployRepository,
  exitStatus,
  formatFailure,
  formatReport,
  outcomeLine,
  reportJson
} from "./chunk-AB2ADD52.js";
import "./chunk-2TZ3DNCX.js";
import "./chunk-LZF7COQX.js";
import "./chunk-PFQJ4MSI.js";
import "./chunk-4W2MZQNZ.js";
import "./chunk-KBOZO5VR.js";
import "./chunk-VH5T4HRE.js";
import "./chunk-VHEWEDXM.js";
import "./chunk-SA7Y6UL4.js";
import "./chunk-FPYMOGMO.js";
import "./chunk-273H6TOH.js";
import "./chunk-LVRLD3R5.js";
import "./chunk-Z2XI63KQ.js";
import "./chunk-3KFNCMHA.js";
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
//# sourceMappingURL=deploy-74OQR4BD.js.map
