import { messageOf, UserError } from "../errors.js";

const CLOUD_PLATFORM = "https://www.googleapis.com/auth/cloud-platform";

let adc: Promise<{ getAccessToken(): Promise<string | null | undefined> }> | undefined;

/**
 * An OAuth access token from Application Default Credentials (what google-github-actions/auth
 * or `gcloud auth application-default login` set up). One client per process, so tokens are
 * cached and refreshed by google-auth-library; loaded on first use only.
 * @param purpose what the token is for, named in the error, e.g. "the registry".
 */
export async function googleAccessToken(purpose: string): Promise<string> {
  adc ??= import("google-auth-library").then(({ GoogleAuth }) => new GoogleAuth({ scopes: [CLOUD_PLATFORM] }));
  let token: string | null | undefined;
  try {
    token = await (await adc).getAccessToken();
  } catch (thrown) {
    throw new UserError(
      `could not get Google credentials for ${purpose} (${messageOf(thrown)}). In a workflow, run ` +
        "google-github-actions/auth before dagship; locally, run `gcloud auth application-default login`.",
    );
  }
  if (token === null || token === undefined || token === "") {
    throw new UserError("Application Default Credentials returned no access token: check the credentials set up by google-github-actions/auth");
  }
  return token;
}
