/**
 * Workload identity federation against a local stand-in of Google's Security Token Service and
 * IAM Credentials API. Only the request and response shapes documented for those APIs can be
 * checked here (no real Google project is reachable): the field names and values of
 * `POST https://sts.googleapis.com/v1/token` and of
 * `POST https://iamcredentials.googleapis.com/v1/projects/-/serviceAccounts/{email}:generateAccessToken`.
 */
import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  exchangeForAccessToken,
  externalAccountConfig,
  installApplicationDefaultCredentials,
  type WorkloadIdentity,
} from "../../src/google/workload-identity.js";

const IDENTITY: WorkloadIdentity = {
  workloadIdentityProvider: "projects/123456789/locations/global/workloadIdentityPools/github/providers/acme-etl",
  serviceAccount: "dagship@acme-data.iam.gserviceaccount.com",
};
const ID_TOKEN = "eyJhbGciOiJSUzI1NiJ9.github-oidc.sig";
const FEDERATED = "federated-token-from-sts";
const ACCESS = "ya29.access-token-for-the-service-account";
const REQUEST_TOKEN = "runner-request-token";

/** Google's two token endpoints, checking requests against their documented shapes. */
class GoogleTokenStandIn {
  readonly violations: string[] = [];
  readonly calls: string[] = [];
  refuseSts = false;
  private server: Server | undefined;

  get url(): string {
    return `http://127.0.0.1:${(this.server?.address() as AddressInfo).port}`;
  }

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        const url = new URL(request.url ?? "/", this.url);
        const reply = (status: number, body: unknown): void => {
          response.writeHead(status, { "Content-Type": "application/json" }).end(JSON.stringify(body));
        };
        const expect = (condition: boolean, what: string): void => {
          if (!condition) this.violations.push(`${url.pathname}: ${what}`);
        };
        this.calls.push(`${request.method} ${url.pathname}`);
        if (url.pathname === "/idtoken") {
          // The runner's ID-token endpoint (ACTIONS_ID_TOKEN_REQUEST_URL), as google-auth-library calls it.
          expect(request.headers.authorization === `Bearer ${REQUEST_TOKEN}`, "no runner request token");
          expect(
            url.searchParams.get("audience") === `https://iam.googleapis.com/${IDENTITY.workloadIdentityProvider}`,
            `audience ${url.searchParams.get("audience")}`,
          );
          reply(200, { value: ID_TOKEN });
          return;
        }
        if (url.pathname === "/v1/token") {
          expect(request.method === "POST", "not POST");
          // STS accepts JSON or form encoding (RFC 8693 names in the form, camelCase in JSON).
          const json = (request.headers["content-type"] ?? "").startsWith("application/json");
          const body = json ? (JSON.parse(raw) as Record<string, string>) : Object.fromEntries(new URLSearchParams(raw));
          const field = (camel: string, snake: string): string | undefined => body[camel] ?? body[snake];
          expect(field("grantType", "grant_type") === "urn:ietf:params:oauth:grant-type:token-exchange", "grantType");
          expect(field("audience", "audience") === `//iam.googleapis.com/${IDENTITY.workloadIdentityProvider}`, `audience ${field("audience", "audience")}`);
          expect(field("scope", "scope") === "https://www.googleapis.com/auth/cloud-platform", `scope ${field("scope", "scope")}`);
          expect(field("requestedTokenType", "requested_token_type") === "urn:ietf:params:oauth:token-type:access_token", "requestedTokenType");
          expect(field("subjectTokenType", "subject_token_type") === "urn:ietf:params:oauth:token-type:jwt", "subjectTokenType");
          expect(field("subjectToken", "subject_token") === ID_TOKEN, "subjectToken is not the GitHub ID token");
          if (this.refuseSts) {
            reply(400, { error: "invalid_grant", error_description: "The audience in ID Token does not match the expected audience." });
            return;
          }
          reply(200, { access_token: FEDERATED, issued_token_type: "urn:ietf:params:oauth:token-type:access_token", token_type: "Bearer", expires_in: 3599 });
          return;
        }
        const generate = /^\/v1\/projects\/-\/serviceAccounts\/([^/]+):generateAccessToken$/.exec(decodeURIComponent(url.pathname));
        if (generate) {
          expect(request.method === "POST", "not POST");
          expect(generate[1] === IDENTITY.serviceAccount, `service account ${generate[1]}`);
          expect(request.headers.authorization === `Bearer ${FEDERATED}`, "not authorized with the federated token");
          const body = JSON.parse(raw) as { scope?: unknown; lifetime?: unknown; delegates?: unknown };
          expect(
            Array.isArray(body.scope) && (body.scope as unknown[]).includes("https://www.googleapis.com/auth/cloud-platform"),
            "scope is not a list with cloud-platform",
          );
          expect(body.lifetime === undefined || /^\d+(\.\d+)?s$/.test(body.lifetime as string), `lifetime ${body.lifetime as string} is not a Duration`);
          reply(200, { accessToken: ACCESS, expireTime: "2030-01-01T00:00:00Z" });
          return;
        }
        this.violations.push(`unexpected ${request.method} ${url.pathname}`);
        reply(404, { error: { code: 404, message: "not found", status: "NOT_FOUND" } });
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}

describe("OIDC -> Google access token, checked against the documented STS and IAM Credentials request shapes (local stand-in)", () => {
  const google = new GoogleTokenStandIn();
  beforeAll(() => google.start());
  afterAll(() => google.stop());
  const endpoints = () => ({ sts: `${google.url}/v1/token`, iamCredentials: `${google.url}/v1` });

  it("exchanges the GitHub ID token at STS, then for the service account's access token", async () => {
    const audiences: string[] = [];
    const token = await exchangeForAccessToken(IDENTITY, {
      getIdToken: async (audience) => {
        audiences.push(audience);
        return ID_TOKEN;
      },
      endpoints: endpoints(),
    });
    expect(token).toEqual({ accessToken: ACCESS, expireTime: "2030-01-01T00:00:00Z" });
    expect(audiences).toEqual([`https://iam.googleapis.com/${IDENTITY.workloadIdentityProvider}`]);
    expect(google.calls.slice(-2)).toEqual([
      "POST /v1/token",
      `POST /v1/projects/-/serviceAccounts/${encodeURIComponent(IDENTITY.serviceAccount)}:generateAccessToken`,
    ]);
    expect(google.violations).toEqual([]);
  });

  it("names the input to check when STS refuses, and the permission when there is no ID token", async () => {
    google.refuseSts = true;
    try {
      await expect(exchangeForAccessToken(IDENTITY, { getIdToken: async () => ID_TOKEN, endpoints: endpoints() })).rejects.toThrow(
        /Security Token Service failed \(HTTP 400: The audience in ID Token does not match the expected audience\.\)\. Check the input "workload-identity-provider"/,
      );
    } finally {
      google.refuseSts = false;
    }
    await expect(
      exchangeForAccessToken(IDENTITY, {
        getIdToken: async () => {
          throw new Error("Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable");
        },
        endpoints: endpoints(),
      }),
    ).rejects.toThrow(/permissions: id-token: write/);
  });

  it("writes an external_account ADC file that google-auth-library turns into the same access token", async () => {
    const folder = mkdtempSync(join(tmpdir(), "dagship-adc-"));
    const env: NodeJS.ProcessEnv = {};
    const remove = await installApplicationDefaultCredentials(
      IDENTITY,
      { requestUrl: `${google.url}/idtoken?api-version=2.0`, requestToken: REQUEST_TOKEN },
      folder,
      env,
    );
    const file = env["GOOGLE_APPLICATION_CREDENTIALS"] as string;
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const config = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
    expect(config).toEqual(externalAccountConfig(IDENTITY, { requestUrl: `${google.url}/idtoken?api-version=2.0`, requestToken: REQUEST_TOKEN }));
    expect(config).toMatchObject({
      type: "external_account",
      audience: `//iam.googleapis.com/${IDENTITY.workloadIdentityProvider}`,
      subject_token_type: "urn:ietf:params:oauth:token-type:jwt",
      token_url: "https://sts.googleapis.com/v1/token",
      service_account_impersonation_url: `https://iamcredentials.googleapis.com/v1/projects/-/serviceAccounts/${IDENTITY.serviceAccount}:generateAccessToken`,
      credential_source: { headers: { Authorization: `Bearer ${REQUEST_TOKEN}` }, format: { type: "json", subject_token_field_name: "value" } },
    });

    // The client library reads the same format; pointed at the stand-in, it must get the token.
    const { GoogleAuth } = await import("google-auth-library");
    const local = externalAccountConfig(IDENTITY, { requestUrl: `${google.url}/idtoken?api-version=2.0`, requestToken: REQUEST_TOKEN }, endpoints());
    const auth = new GoogleAuth({ credentials: local, scopes: ["https://www.googleapis.com/auth/cloud-platform"] });
    expect(await auth.getAccessToken()).toBe(ACCESS);
    expect(google.violations).toEqual([]);

    await remove();
    expect(env["GOOGLE_APPLICATION_CREDENTIALS"]).toBeUndefined();
    expect(() => statSync(file)).toThrow();
  });
});
