import { createRequire as __dagshipCreateRequire } from 'node:module'; import { fileURLToPath as __dagshipFileURLToPath } from 'node:url'; const require = __dagshipCreateRequire(import.meta.url); const __filename = __dagshipFileURLToPath(import.meta.url); const __dirname = __dagshipFileURLToPath(new URL('.', import.meta.url));
import {
  deployImageDeps,
  readRegistryLogin
} from "./chunk-6S23LDSI.js";
import "./chunk-R635TANM.js";
import "./chunk-MMB77GA4.js";
import "./chunk-OSBB6N4Q.js";
import "./chunk-YHJQZXDM.js";
import "./chunk-JRAKA3MA.js";
import "./chunk-WH2FTGQ7.js";
import "./chunk-MNCGJPTY.js";
import "./chunk-LHRLJ43V.js";
export {
  deployImageDeps,
  readRegistryLogin
};
//# sourceMappingURL=deploy-deps-SJZZRCRO.js.map
