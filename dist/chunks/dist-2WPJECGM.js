import { createRequire as __dagshipCreateRequire } from 'node:module'; import { fileURLToPath as __dagshipFileURLToPath } from 'node:url'; const require = __dagshipCreateRequire(import.meta.url); const __filename = __dagshipFileURLToPath(import.meta.url); const __dirname = __dagshipFileURLToPath(new URL('.', import.meta.url));
import {
  require_dist
} from "./chunk-ONV25YFF.js";
import "./chunk-LHRLJ43V.js";
export default require_dist();
//# sourceMappingURL=dist-2WPJECGM.js.map
