/**
 * Google credentials from the workflow's OIDC token (Workload Identity Federation), so a team
 * needs no separate auth step: GitHub ID token -> Security Token Service (a federated token) ->
 * IAM Credentials `generateAccessToken` for the service account (an OAuth access token).
 *
 * The access token serves the clients that take a token (registry login, Composer API). Cloud
 * Storage and Artifact Registry's client read Application Default Credentials only, so for them
 * the same federation is written as an `external_account` credentials file (the documented ADC
 * format google-github-actions/auth writes too) and GOOGLE_APPLICATION_CREDENTIALS points at it.
 */
import { chmod, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { messageOf, UserError } from "../errors.js";
import type { Logger } from "../log.js";
import type { RetryPolicy } from "../util/async.js";
import { bearerToken, GoogleApiError, GoogleHttp, NO_CREDENTIALS } from "./http.js";

/** The documented Google endpoints; tests substitute local stand-ins. */
export interface GoogleEndpoints {
  /** https://sts.googleapis.com/v1/token */
  sts: string;
  /** https://iamcredentials.googleapis.com/v1 */
  iamCredentials: string;
}

const GOOGLE_ENDPOINTS: GoogleEndpoints = {
  sts: "https://sts.googleapis.com/v1/token",
  iamCredentials: "https://iamcredentials.googleapis.com/v1",
};

const CLOUD_PLATFORM = "https://www.googleapis.com/auth/cloud-platform";
const JWT_TYPE = "urn:ietf:params:oauth:token-type:jwt";

/** The workload identity to become. */
export interface WorkloadIdentity {
  workloadIdentityProvider: string;
  serviceAccount: string;
}

/** The seams of the exchange. */
export interface ExchangeDeps {
  /** `core.getIDToken(audience)`. */
  getIdToken(audience: string): Promise<string>;
  fetch?: typeof fetch;
  endpoints?: GoogleEndpoints;
  /** Default: the shared retry policy (429, 5xx and network failures). */
  retry?: RetryPolicy;
  /** Retries are reported here, and the tokens are masked. */
  log?: Logger;
}

/** An OAuth access token for the service account. */
export interface GoogleAccessToken {
  accessToken: string;
  expireTime: string;
}

/** The audience GitHub's ID token is issued for: the provider's full resource URL. */
function idTokenAudience(identity: WorkloadIdentity): string {
  return `https://iam.googleapis.com/${identity.workloadIdentityProvider}`;
}

/** The audience STS expects: the provider's resource name without a scheme. */
function stsAudience(identity: WorkloadIdentity): string {
  return `//iam.googleapis.com/${identity.workloadIdentityProvider}`;
}

async function postJson(http: GoogleHttp, url: string, body: unknown, step: string, fix: string): Promise<Record<string, unknown>> {
  try {
    return await http.request<Record<string, unknown>>(step, "POST", url, body);
  } catch (thrown) {
    if (!(thrown instanceof GoogleApiError)) throw thrown;
    if (thrown.status === undefined) throw new UserError(`${step}: ${thrown.message}`);
    throw new UserError(`${step} failed (HTTP ${thrown.status}: ${thrown.message}). ${fix}`);
  }
}

/**
 * Exchange the workflow's OIDC token for an access token of the service account.
 * @throws UserError naming the input to check when Google refuses.
 */
export async function exchangeForAccessToken(identity: WorkloadIdentity, deps: ExchangeDeps): Promise<GoogleAccessToken> {
  const transport = { ...(deps.fetch ? { fetch: deps.fetch } : {}), ...(deps.retry ? { retry: deps.retry } : {}), ...(deps.log ? { log: deps.log } : {}) };
  const endpoints = deps.endpoints ?? GOOGLE_ENDPOINTS;
  let idToken: string;
  try {
    idToken = await deps.getIdToken(idTokenAudience(identity));
  } catch (thrown) {
    throw new UserError(
      `cannot get the workflow's OIDC token (${messageOf(thrown)}): give the job "permissions: id-token: write" ` + "(pull requests from forks never get one)",
    );
  }
  const federated = await postJson(
    new GoogleHttp({ ...transport, credentials: NO_CREDENTIALS }),
    endpoints.sts,
    {
      grantType: "urn:ietf:params:oauth:grant-type:token-exchange",
      audience: stsAudience(identity),
      scope: CLOUD_PLATFORM,
      requestedTokenType: "urn:ietf:params:oauth:token-type:access_token",
      subjectToken: idToken,
      subjectTokenType: JWT_TYPE,
    },
    "exchanging the GitHub OIDC token at Google's Security Token Service",
    'Check the input "workload-identity-provider" and the provider\'s attribute condition (it must accept this repository).',
  );
  const federatedToken = federated["access_token"];
  if (typeof federatedToken !== "string" || federatedToken === "") throw new UserError("Google's Security Token Service answered without an access_token");
  const account = await postJson(
    new GoogleHttp({ ...transport, credentials: bearerToken(() => Promise.resolve(federatedToken), "IAM Credentials") }),
    `${endpoints.iamCredentials}/projects/-/serviceAccounts/${encodeURIComponent(identity.serviceAccount)}:generateAccessToken`,
    { scope: [CLOUD_PLATFORM], lifetime: "3600s" },
    `getting an access token for ${identity.serviceAccount}`,
    'Check the input "service-account", and that the workload identity pool\'s principal has roles/iam.workloadIdentityUser on it.',
  );
  const accessToken = account["accessToken"];
  const expireTime = account["expireTime"];
  if (typeof accessToken !== "string" || accessToken === "") throw new UserError("IAM Credentials answered without an accessToken");
  return { accessToken, expireTime: typeof expireTime === "string" ? expireTime : "" };
}

/** Where the runner serves ID tokens: ACTIONS_ID_TOKEN_REQUEST_URL and _TOKEN. */
export interface IdTokenSource {
  requestUrl: string;
  requestToken: string;
}

/**
 * The ADC `external_account` configuration for the same identity. Its credential source is the
 * runner's ID-token endpoint, so the client libraries can fetch fresh ID tokens when theirs expire.
 */
export function externalAccountConfig(
  identity: WorkloadIdentity,
  source: IdTokenSource,
  endpoints: GoogleEndpoints = GOOGLE_ENDPOINTS,
): Record<string, unknown> {
  const url = new URL(source.requestUrl);
  url.searchParams.set("audience", idTokenAudience(identity));
  return {
    type: "external_account",
    audience: stsAudience(identity),
    subject_token_type: JWT_TYPE,
    token_url: endpoints.sts,
    service_account_impersonation_url: `${endpoints.iamCredentials}/projects/-/serviceAccounts/${identity.serviceAccount}:generateAccessToken`,
    credential_source: {
      url: url.toString(),
      headers: { Authorization: `Bearer ${source.requestToken}` },
      format: { type: "json", subject_token_field_name: "value" },
    },
  };
}

/**
 * Write the ADC file (owner-only: it holds the runner's ID-token request token) and point
 * GOOGLE_APPLICATION_CREDENTIALS at it. Returns a function that removes it again.
 */
export async function installApplicationDefaultCredentials(
  identity: WorkloadIdentity,
  source: IdTokenSource,
  folder: string,
  env: NodeJS.ProcessEnv,
): Promise<() => Promise<void>> {
  const file = path.join(folder, `dagship-adc-${process.pid}-${Date.now()}.json`);
  await writeFile(file, JSON.stringify(externalAccountConfig(identity, source)), { mode: 0o600 });
  await chmod(file, 0o600);
  const previous = env["GOOGLE_APPLICATION_CREDENTIALS"];
  env["GOOGLE_APPLICATION_CREDENTIALS"] = file;
  return async () => {
    if (previous === undefined) delete env["GOOGLE_APPLICATION_CREDENTIALS"];
    else env["GOOGLE_APPLICATION_CREDENTIALS"] = previous;
    await rm(file, { force: true });
  };
}
