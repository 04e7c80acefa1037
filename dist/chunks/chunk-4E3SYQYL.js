import { createRequire as __dagshipCreateRequire } from 'node:module'; import { fileURLToPath as __dagshipFileURLToPath } from 'node:url'; const require = __dagshipCreateRequire(import.meta.url); const __filename = __dagshipFileURLToPath(import.meta.url); const __dirname = __dagshipFileURLToPath(new URL('.', import.meta.url));
import {
  UserError,
  messageOf
} from "./chunk-ID3DNMR7.js";

// src/google/adc.ts
var CLOUD_PLATFORM = "https://www.googleapis.com/auth/cloud-platform";
var adc;
function client() {
  adc ??= import("./src-WWSFBLWQ.js").then((library) => new (library.GoogleAuth ?? library.default.GoogleAuth)({ scopes: [CLOUD_PLATFORM] }));
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

// src/util/async.ts
var DEFAULT_RETRY = { attempts: 5, baseDelayMs: 500, maxDelayMs: 8e3 };
function backoffDelay(policy, attempt, random = Math.random) {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(ceiling * (0.5 + random() / 2));
}
async function withRetry(what, operation, isTransient, policy, log) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation();
    } catch (thrown) {
      if (attempt >= policy.attempts || !isTransient(thrown)) throw thrown;
      const delay = backoffDelay(policy, attempt);
      log.warn(`${what}: ${messageOf(thrown)}; retrying in ${delay} ms (attempt ${attempt + 1} of ${policy.attempts})`);
      await sleep(delay);
    }
  }
}
function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
async function runBounded(items, limit, work) {
  let next = 0;
  let failure;
  const worker = async () => {
    while (failure === void 0 && next < items.length) {
      const item = items[next++];
      try {
        await work(item);
      } catch (thrown) {
        failure ??= { error: thrown };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  if (failure !== void 0) throw failure.error;
}

export {
  googleAccessToken,
  googleRequestHeaders,
  googleAuthClient,
  DEFAULT_RETRY,
  withRetry,
  sleep,
  runBounded
};
//# sourceMappingURL=chunk-4E3SYQYL.js.map
