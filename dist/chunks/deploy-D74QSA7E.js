import { createRequire as __dagshipCreateRequire } from 'node:module'; import { fileURLToPath as __dagshipFileURLToPath } from 'node:url'; const require = __dagshipCreateRequire(import.meta.url); const __filename = __dagshipFileURLToPath(import.meta.url); const __dirname = __dagshipFileURLToPath(new URL('.', import.meta.url));
import {
  deployRepository,
  reportJson
} from "./chunk-7T4NQTZ2.js";
import "./chunk-5D3S6YO5.js";
import "./chunk-KBOZO5VR.js";
import "./chunk-Z6UZNM6D.js";
import "./chunk-4E3SYQYL.js";
import "./chunk-5T4JSEEP.js";
import "./chunk-MMOE2RQQ.js";
import "./chunk-ID3DNMR7.js";
import "./chunk-ONV25YFF.js";
import "./chunk-L4ZEUERM.js";
import "./chunk-LHRLJ43V.js";
export {
  deployRepository,
  reportJson
};
//# sourceMappingURL=deploy-D74QSA7E.js.map
