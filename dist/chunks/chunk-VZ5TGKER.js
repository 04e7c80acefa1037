import { createRequire as __dagshipCreateRequire } from 'node:module'; import { fileURLToPath as __dagshipFileURLToPath } from 'node:url'; const require = __dagshipCreateRequire(import.meta.url); const __filename = __dagshipFileURLToPath(import.meta.url); const __dirname = __dagshipFileURLToPath(new URL('.', import.meta.url));
import {
  UserError,
  messageOf
} from "./chunk-K7TMSU63.js";

// src/google/adc.ts
var CLOUD_PLATFORM = "https://www.googleapis.com/auth/cloud-platform";
var adc;
function client() {
  adc ??= import("./src-WWSFBLWQ.js").then(
    (library) => new (library.GoogleAuth ?? library.default.GoogleAuth)({ scopes: [CLOUD_PLATFORM] })
  );
  return adc;
}
async function withCredentials(purpose, get) {
  try {
    return await get(await client());
  } catch (thrown) {
    throw new UserError(
      `could not get Google credentials for ${purpose} (${messageOf(thrown)}). In a workflow, run google-github-actions/auth before dagship; locally, run \`gcloud auth application-default login\`.`
    );
  }
}
async function googleAccessToken(purpose) {
  const token = await withCredentials(purpose, (auth) => auth.getAccessToken());
  if (token === null || token === void 0 || token === "") {
    throw new UserError("Application Default Credentials returned no access token: check the credentials set up by google-github-actions/auth");
  }
  return token;
}
async function googleRequestHeaders(purpose, url) {
  const headers = await withCredentials(purpose, (auth) => auth.getRequestHeaders(url));
  const plain = Object.fromEntries(headers.entries());
  if (!plain["authorization"]) {
    throw new UserError("Application Default Credentials returned no access token: check the credentials set up by google-github-actions/auth");
  }
  return plain;
}
function googleAuthClient(purpose) {
  return withCredentials(purpose, (auth) => auth.getClient());
}

export {
  googleAccessToken,
  googleRequestHeaders,
  googleAuthClient
};
//# sourceMappingURL=chunk-VZ5TGKER.js.map
