import { createRequire as __dagshipCreateRequire } from 'node:module'; import { fileURLToPath as __dagshipFileURLToPath } from 'node:url'; const require = __dagshipCreateRequire(import.meta.url); const __filename = __dagshipFileURLToPath(import.meta.url); const __dirname = __dagshipFileURLToPath(new URL('.', import.meta.url));
import {
  Context,
  GitHub,
  getOctokitOptions
} from "./chunk-IHWFMQS2.js";
import "./chunk-PO3TSRY3.js";
import "./chunk-VZOCFYNP.js";
import "./chunk-LHRLJ43V.js";

// node_modules/@actions/github/lib/github.js
var context = new Context();
function getOctokit(token, options, ...additionalPlugins) {
  const GitHubWithPlugins = GitHub.plugin(...additionalPlugins);
  return new GitHubWithPlugins(getOctokitOptions(token, options));
}
export {
  context,
  getOctokit
};
//# sourceMappingURL=github-36MB5GWW.js.map
