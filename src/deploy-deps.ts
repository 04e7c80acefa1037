/**
 * The image collaborators of a deploy (Docker, the registry API, registry credentials), made the
 * same way for the CLI and the action from what each entry point read once at its start.
 */
import { DefaultCredentialSource } from "./image/auth.js";
import { createImageDeps, type ImageDeps } from "./image/index.js";
import type { Logger } from "./log.js";

/** Registry credentials for a plain registry (Google registries use Google credentials instead). */
export interface RegistryLogin {
  readonly username?: string;
  readonly password?: string;
}

/**
 * DAGSHIP_REGISTRY_USERNAME and DAGSHIP_REGISTRY_PASSWORD. An empty variable counts as unset (a
 * workflow's `${{ secrets.X }}` of a missing secret is empty).
 */
export function readRegistryLogin(env: Readonly<NodeJS.ProcessEnv>): RegistryLogin {
  const username = env["DAGSHIP_REGISTRY_USERNAME"];
  const password = env["DAGSHIP_REGISTRY_PASSWORD"];
  return { ...(username ? { username } : {}), ...(password ? { password } : {}) };
}

/** What the image collaborators authenticate with. */
export interface ImageAccess {
  readonly log: Logger;
  readonly login: RegistryLogin;
  /**
   * A Google access token the run obtained itself (the action's workload identity); Google
   * registries use it unless a login is given. Without one they use Application Default Credentials.
   */
  readonly googleAccessToken?: string;
}

/**
 * The real image collaborators for one deploy, shared by all its projects (docker logs in and
 * Google issues a token once).
 * @throws UserError when only one of username and password is given.
 */
export function deployImageDeps(access: ImageAccess): ImageDeps {
  const { log, login } = access;
  if (login.password !== undefined) log.mask(login.password);
  const deps = createImageDeps({ logger: log, ...login });
  const token = access.googleAccessToken;
  if (token === undefined || login.username !== undefined) return deps;
  return { ...deps, credentials: new DefaultCredentialSource({ logger: log, accessToken: () => Promise.resolve(token) }) };
}
