import { UserError } from "../errors.js";
import { googleAccessToken } from "../google/adc.js";
import type { Logger } from "../log.js";
import type { RegistryRef } from "./reference.js";
import type { RegistryCredentials } from "./registry.js";

/** Where registry credentials come from. */
export interface CredentialSource {
  /**
   * Credentials for a registry, or undefined to go anonymous (and rely on an existing
   * `docker login`). Every secret is registered with the logger's mask before it is returned.
   */
  credentialsFor(registry: RegistryRef): Promise<RegistryCredentials | undefined>;
}

/** The username Google registries expect with an OAuth access token as password. */
const OAUTH_USERNAME = "oauth2accesstoken";

/** Fetches an OAuth access token from Application Default Credentials. */
export type AccessTokenProvider = () => Promise<string>;

/**
 * An access token from Application Default Credentials, via google-auth-library (loaded on first
 * use). Registry login and create-repository both take their tokens from here.
 */
export const applicationDefaultToken: AccessTokenProvider = () => googleAccessToken("the registry");

/** Options of the default credential source. */
export interface DefaultCredentialOptions {
  readonly logger: Logger;
  /** Explicit credentials; take precedence for every registry (a plain registry's user, say). */
  readonly username?: string;
  readonly password?: string;
  /** Token source for Google registries. Default: Application Default Credentials. */
  readonly accessToken?: AccessTokenProvider;
}

/**
 * Explicit username/password when given; otherwise, for Google registries, `oauth2accesstoken`
 * and an access token from Application Default Credentials (fetched once and reused); otherwise
 * none.
 */
export class DefaultCredentialSource implements CredentialSource {
  private readonly logger: Logger;
  private readonly explicit: RegistryCredentials | undefined;
  private readonly accessToken: AccessTokenProvider;
  private token: Promise<string> | undefined;

  constructor(options: DefaultCredentialOptions) {
    this.logger = options.logger;
    this.accessToken = options.accessToken ?? applicationDefaultToken;
    if ((options.username === undefined) !== (options.password === undefined)) {
      throw new UserError("a registry username needs a password and a password needs a username: give both or neither");
    }
    if (options.username !== undefined && options.password !== undefined) {
      this.logger.mask(options.password);
      this.explicit = { username: options.username, password: options.password };
    }
  }

  async credentialsFor(registry: RegistryRef): Promise<RegistryCredentials | undefined> {
    if (this.explicit) return this.explicit;
    if (!registry.google) return undefined;
    this.token ??= this.accessToken().then((token) => {
      this.logger.mask(token);
      return token;
    });
    return { username: OAUTH_USERNAME, password: await this.token };
  }
}
