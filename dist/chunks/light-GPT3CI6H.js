import { createRequire as __dagshipCreateRequire } from 'node:module'; import { fileURLToPath as __dagshipFileURLToPath } from 'node:url'; const require = __dagshipCreateRequire(import.meta.url); const __filename = __dagshipFileURLToPath(import.meta.url); const __dirname = __dagshipFileURLToPath(new URL('.', import.meta.url));
import {
  require_light
} from "./chunk-HQKKEAYM.js";
import "./chunk-LHRLJ43V.js";
export default require_light();
//# sourceMappingURL=light-GPT3CI6H.js.map
