import { createRequire as __dagshipCreateRequire } from 'node:module'; import { fileURLToPath as __dagshipFileURLToPath } from 'node:url'; const require = __dagshipCreateRequire(import.meta.url); const __filename = __dagshipFileURLToPath(import.meta.url); const __dirname = __dagshipFileURLToPath(new URL('.', import.meta.url));
import {
  DefaultCredentialSource,
  createImageDeps
} from "./chunk-HBAEMCTU.js";

// src/deploy-deps.ts
function readRegistryLogin(env) {
  const username = env["DAGSHIP_REGISTRY_USERNAME"];
  const password = env["DAGSHIP_REGISTRY_PASSWORD"];
  return { ...username ? { username } : {}, ...password ? { password } : {} };
}
function deployImageDeps(access) {
  const { log, login } = access;
  if (login.password !== void 0) log.mask(login.password);
  const deps = createImageDeps({ logger: log, ...login });
  const token = access.googleAccessToken;
  if (token === void 0 || login.username !== void 0) return deps;
  return { ...deps, credentials: new DefaultCredentialSource({ logger: log, accessToken: () => Promise.resolve(token) }) };
}

export {
  readRegistryLogin,
  deployImageDeps
};
//# sourceMappingURL=chunk-EPNLD5CX.js.map
