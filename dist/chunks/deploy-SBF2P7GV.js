import { createRequire as __dagshipCreateRequire } from 'node:module'; import { fileURLToPath as __dagshipFileURLToPath } from 'node:url'; const require = __dagshipCreateRequire(import.meta.url); const __filename = __dagshipFileURLToPath(import.meta.url); const __dirname = __dagshipFileURLToPath(new URL('.', import.meta.url));
import {
  deployRepository,
  exitStatus,
  formatFailure,
  formatReport,
  outcomeLine,
  reportJson
} from "./chunk-ZXTDAC7R.js";
import "./chunk-VW7D4TRF.js";
import "./chunk-KBOZO5VR.js";
import "./chunk-R635TANM.js";
import "./chunk-MMB77GA4.js";
import "./chunk-OSBB6N4Q.js";
import "./chunk-YHJQZXDM.js";
import "./chunk-RQFTSH66.js";
import "./chunk-NGG5KI34.js";
import "./chunk-57BQE3MO.js";
import "./chunk-JRAKA3MA.js";
import "./chunk-WH2FTGQ7.js";
import "./chunk-MNCGJPTY.js";
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
//# sourceMappingURL=deploy-SBF2P7GV.js.map
