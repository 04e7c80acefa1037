import { messageOf, UserError } from "../errors.js";

const CLOUD_PLATFORM = "https://www.googleapis.com/auth/cloud-platform";

interface AdcClient {
  getAccessToken(): Promise<string | null | undefined>;
  getRequestHeaders(url?: string): Promise<Headers>;
  getClient(): Promise<object>;
}

let adc: Promise<AdcClient> | undefined;

/** One client per process, so tokens are cached and refreshed by google-auth-library; loaded on first use only. */
function client(): Promise<AdcClient> {
  // A CommonJS package: bundled with code splitting, import() gives module.exports as `default` only.
  adc ??= import("google-auth-library").then(
    (library) => new ((library as Partial<typeof library>).GoogleAuth ?? library.default.GoogleAuth)({ scopes: [CLOUD_PLATFORM] }),
  );
  return adc;
}

async function withCredentials<T>(purpose: string, get: (auth: AdcClient) => Promise<T>): Promise<T> {
  try {
    return await get(await client());
  } catch (thrown) {
    throw new UserError(
      `could not get Google credentials for ${purpose} (${messageOf(thrown)}). In a workflow, run ` +
        "google-github-actions/auth before dagship; locally, run `gcloud auth application-default login`.",
    );
  }
}

/**
 * An OAuth access token from Application Default Credentials (what google-github-actions/auth
 * or `gcloud auth application-default login` set up).
 * @param purpose what the token is for, named in the error, e.g. "the registry".
 */
export async function googleAccessToken(purpose: string): Promise<string> {
  const token = await withCredentials(purpose, (auth) => auth.getAccessToken());
  if (token === null || token === undefined || token === "") {
    throw new UserError("Application Default Credentials returned no access token: check the credentials set up by google-github-actions/auth");
  }
  return token;
}

/**
 * The headers Application Default Credentials put on a request to `url`: the bearer token, and
 * `x-goog-user-project` when the credentials name a quota project (user credentials need one
 * for some APIs, Composer's among them).
 */
export async function googleRequestHeaders(purpose: string, url: string): Promise<Record<string, string>> {
  const headers = await withCredentials(purpose, (auth) => auth.getRequestHeaders(url));
  const plain = Object.fromEntries(headers.entries());
  if (!plain["authorization"]) {
    throw new UserError("Application Default Credentials returned no access token: check the credentials set up by google-github-actions/auth");
  }
  return plain;
}

/**
 * The credentials client itself, for a Google client library that takes one (`authClient`), so
 * the whole process authenticates through one google-auth-library instance.
 */
export function googleAuthClient(purpose: string): Promise<object> {
  return withCredentials(purpose, (auth) => auth.getClient());
}
