/**
 * The one Google REST client, against a local stand-in that answers the way Google's JSON APIs
 * document it: the resource as JSON, or `{error: {code, message, status, details}}` with the
 * HTTP status of the code (and `{error, error_description}` from OAuth 2.0 endpoints).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { UserError } from "../../src/errors.js";
import { bearerToken, GoogleApiError, GoogleHttp, NO_CREDENTIALS, parseGoogleError } from "../../src/google/http.js";
import { MemoryLogger } from "../../src/log.js";

const FAST = { attempts: 3, baseDelayMs: 1, maxDelayMs: 2 };
const TOKEN = "ya29.secret-access-token";

describe("parseGoogleError", () => {
  const cases: [string, string, ReturnType<typeof parseGoogleError>][] = [
    [
      "a JSON API error with details",
      JSON.stringify({
        error: {
          code: 403,
          message: "Permission denied",
          status: "PERMISSION_DENIED",
          details: [{ "@type": "type.googleapis.com/google.rpc.ErrorInfo", reason: "IAM_PERMISSION_DENIED" }],
        },
      }),
      {
        message: "Permission denied",
        reason: "PERMISSION_DENIED",
        details: [{ "@type": "type.googleapis.com/google.rpc.ErrorInfo", reason: "IAM_PERMISSION_DENIED" }],
      },
    ],
    ["a JSON API error without status", JSON.stringify({ error: { code: 500, message: "Internal error" } }), { message: "Internal error" }],
    [
      "an OAuth 2.0 error",
      JSON.stringify({ error: "invalid_grant", error_description: "The audience does not match." }),
      { message: "The audience does not match.", reason: "invalid_grant" },
    ],
    ["an OAuth 2.0 error without description", JSON.stringify({ error: "invalid_request" }), { message: "invalid_request", reason: "invalid_request" }],
    ["an HTML error page", "<html><body>502 Bad Gateway</body></html>", undefined],
    ["JSON that is no error", JSON.stringify({ name: "projects/p" }), undefined],
    ["an error whose message is not text", JSON.stringify({ error: { code: 400, message: 12 } }), undefined],
    ["null", "null", undefined],
  ];
  it.each(cases)("%s", (_, text, expected) => {
    expect(parseGoogleError(text)).toEqual(expected);
  });
});

type Handler = (request: IncomingMessage, response: ServerResponse, body: string) => void;

describe("the Google REST client against a local stand-in of a Google JSON API", () => {
  let server: Server | undefined;
  const seen: { method: string; path: string; authorization?: string; body: string }[] = [];

  afterEach(async () => {
    seen.length = 0;
    server?.closeAllConnections();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server = undefined;
  });

  /** Serves `answers` in turn (the last one repeats); returns the base URL. */
  async function standIn(...answers: Handler[]): Promise<string> {
    let next = 0;
    server = createServer((request, response) => {
      let body = "";
      request.on("data", (chunk: Buffer) => (body += chunk.toString()));
      request.on("end", () => {
        seen.push({
          method: request.method ?? "",
          path: request.url ?? "",
          ...(request.headers.authorization ? { authorization: request.headers.authorization } : {}),
          body,
        });
        const answer = answers[Math.min(next++, answers.length - 1)];
        answer?.(request, response, body);
      });
    });
    await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  const json =
    (status: number, body: unknown): Handler =>
    (_, response) => {
      response.writeHead(status, { "content-type": "application/json; charset=UTF-8" }).end(JSON.stringify(body));
    };
  const googleError = (code: number, status: string, message: string) => json(code, { error: { code, message, status } });
  const client = (log = new MemoryLogger()) => new GoogleHttp({ credentials: bearerToken(async () => TOKEN, "the test API"), retry: FAST, log });

  it("sends JSON with the bearer token and returns the JSON answer", async () => {
    const base = await standIn(json(200, { name: "projects/p/things/t", size: 3 }));
    const log = new MemoryLogger();
    const answer = await client(log).request<{ name: string; size: number }>("creating t", "POST", `${base}/v1/projects/p/things`, { size: 3 });
    expect(answer).toEqual({ name: "projects/p/things/t", size: 3 });
    expect(seen).toEqual([{ method: "POST", path: "/v1/projects/p/things", authorization: `Bearer ${TOKEN}`, body: '{"size":3}' }]);
    // The token is masked for everything logged later.
    log.info(`token ${TOKEN}`);
    expect(log.lines.join("\n")).not.toContain(TOKEN);
  });

  it("retries 503 and 429 with the policy's attempts, then returns the answer", async () => {
    const base = await standIn(
      googleError(503, "UNAVAILABLE", "The service is currently unavailable."),
      googleError(429, "RESOURCE_EXHAUSTED", "Quota exceeded."),
      json(200, { ok: true }),
    );
    const log = new MemoryLogger();
    expect(await client(log).request("reading t", "GET", `${base}/v1/t`)).toEqual({ ok: true });
    expect(seen).toHaveLength(3);
    expect(log.lines.filter((line) => line.includes("retrying"))).toEqual([
      expect.stringMatching(/^warning: reading t: The service is currently unavailable\.; retrying in \d+ ms \(attempt 2 of 3\)$/),
      expect.stringMatching(/^warning: reading t: Quota exceeded\.; retrying in \d+ ms \(attempt 3 of 3\)$/),
    ]);
  });

  it("does not retry a refusal, and keeps Google's status, reason and details", async () => {
    const details = [{ "@type": "type.googleapis.com/google.rpc.ErrorInfo", reason: "IAM_PERMISSION_DENIED", domain: "iam.googleapis.com" }];
    const base = await standIn(json(403, { error: { code: 403, message: "Permission 'x.get' denied", status: "PERMISSION_DENIED", details } }));
    const error = await client()
      .request("reading t", "GET", `${base}/v1/t`)
      .catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(GoogleApiError);
    expect(error).toMatchObject({ status: 403, message: "Permission 'x.get' denied", reason: "PERMISSION_DENIED", details });
    expect(seen).toHaveLength(1);
  });

  it("a non-JSON error page keeps the status and the start of the text", async () => {
    const base = await standIn((_, response) => response.writeHead(502, { "content-type": "text/html" }).end("<html>Bad Gateway</html>"));
    const error = await client()
      .request("reading t", "GET", `${base}/v1/t`)
      .catch((thrown: unknown) => thrown);
    expect(error).toMatchObject({ status: 502, message: "HTTP 502 Bad Gateway <html>Bad Gateway</html>" });
    expect(seen).toHaveLength(3);
  });

  it("an unreachable host is retried, then reported without a status", async () => {
    const base = await standIn(json(200, {}));
    await new Promise<void>((resolve) => server?.close(() => resolve()));
    server = undefined;
    const error = await client()
      .request("reading t", "GET", `${base}/v1/t`)
      .catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(GoogleApiError);
    expect((error as GoogleApiError).status).toBeUndefined();
    expect((error as GoogleApiError).message).toMatch(/^cannot reach 127\.0\.0\.1:\d+ \(fetch failed: .*ECONNREFUSED/);
  });

  it("an answer that does not come within the time limit is a failure worth retrying", async () => {
    const base = await standIn(() => undefined, json(200, { late: false }));
    const http = new GoogleHttp({ credentials: NO_CREDENTIALS, retry: FAST, timeoutMs: 100 });
    expect(await http.request("reading t", "GET", `${base}/v1/t`)).toEqual({ late: false });
    expect(seen).toHaveLength(2);
    expect(seen[0]?.authorization).toBeUndefined();
  });

  it("credentials that fail or are empty are a setup error naming what they were for", async () => {
    const base = await standIn(json(200, {}));
    const failing = new GoogleHttp({ credentials: bearerToken(() => Promise.reject(new Error("metadata server unreachable")), "the test API") });
    await expect(failing.request("reading t", "GET", `${base}/v1/t`)).rejects.toThrow(
      new UserError("no Google Cloud credentials for the test API (metadata server unreachable)"),
    );
    const empty = new GoogleHttp({ credentials: bearerToken(async () => "", "the test API") });
    await expect(empty.request("reading t", "GET", `${base}/v1/t`)).rejects.toThrow(/no Google Cloud credentials for the test API: the access token is empty/);
    expect(seen).toEqual([]);
  });
});
