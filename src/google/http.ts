/**
 * The one client of Google's REST APIs that dagship calls itself (Composer, Security Token
 * Service, IAM Credentials, Artifact Registry): JSON over fetch, a time limit per attempt, retries
 * of 429, 5xx and network failures on the shared retry policy, and Google's error bodies read in
 * one place. Credentials are request headers: by default those google-auth-library puts on a
 * request from Application Default Credentials; tests and the workload-identity exchange pass a
 * token of their own.
 */
import { messageOf, UserError } from "../errors.js";
import { StreamLogger, type Logger } from "../log.js";
import { DEFAULT_RETRY, withRetry, type RetryPolicy } from "../util/async.js";
import { googleRequestHeaders } from "./adc.js";

/** The headers that authenticate one request to `url`. */
export type GoogleCredentials = (url: string) => Promise<Record<string, string>>;

/** For endpoints that take no credentials (the Security Token Service). */
export const NO_CREDENTIALS: GoogleCredentials = () => Promise.resolve({});

/** Application Default Credentials; `purpose` is named when there are none. */
export function applicationDefaultCredentials(purpose: string): GoogleCredentials {
  return (url) => googleRequestHeaders(purpose, url);
}

/** A bearer token from `getAccessToken`; `purpose` is named when it fails or is empty. */
export function bearerToken(getAccessToken: () => Promise<string>, purpose: string): GoogleCredentials {
  return async () => {
    let token: string;
    try {
      token = await getAccessToken();
    } catch (thrown) {
      throw new UserError(`no Google Cloud credentials for ${purpose} (${messageOf(thrown)})`);
    }
    if (!token) throw new UserError(`no Google Cloud credentials for ${purpose}: the access token is empty`);
    return { authorization: `Bearer ${token}` };
  };
}

/** How to reach Google. Everything is injectable so tests need no Google account. */
export interface GoogleHttpOptions {
  /** Default: Application Default Credentials. */
  credentials?: GoogleCredentials;
  /** Default: the global fetch. */
  fetch?: typeof fetch;
  /** Default: {@link DEFAULT_RETRY}. */
  retry?: RetryPolicy;
  /** Limit of one attempt. Default 30 s. */
  timeoutMs?: number;
  /** Retries are reported here, and bearer tokens are masked. */
  log?: Logger;
}

/** What Google's error body says. */
export interface GoogleErrorBody {
  message: string;
  /** `error.status` (e.g. PERMISSION_DENIED), or the OAuth `error` code (e.g. invalid_grant). */
  reason?: string;
  /** `error.details`: ErrorInfo, BadRequest and the like, as Google sent them. */
  details?: readonly unknown[];
}

/** A failed call: the HTTP status (undefined when Google was not reached) and Google's words. */
export class GoogleApiError extends Error {
  constructor(
    readonly status: number | undefined,
    message: string,
    readonly reason?: string,
    readonly details?: readonly unknown[],
  ) {
    super(message);
  }
}

/**
 * Google's error body, in either of its documented shapes: `{error: {code, message, status,
 * details}}` (the JSON APIs, Cloud Storage's too) or `{error, error_description}` (OAuth 2.0
 * endpoints such as the Security Token Service). Undefined for anything else.
 */
export function parseGoogleError(text: string): GoogleErrorBody | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  const error = (parsed as { error?: unknown } | null)?.error;
  if (typeof error === "string") {
    const description = (parsed as { error_description?: unknown }).error_description;
    return { message: typeof description === "string" && description !== "" ? description : error, reason: error };
  }
  if (error === null || typeof error !== "object") return undefined;
  const { message, status, details } = error as { message?: unknown; status?: unknown; details?: unknown };
  if (typeof message !== "string") return undefined;
  return {
    message,
    ...(typeof status === "string" ? { reason: status } : {}),
    ...(Array.isArray(details) ? { details } : {}),
  };
}

/** `error.message` of a Google error body, if that is what the text is. */
export function googleErrorMessage(text: string): string | undefined {
  return parseGoogleError(text)?.message;
}

/** Worth another attempt: rate limited (429), a server error (5xx), or not reached at all. */
export function isTransientGoogleFailure(thrown: unknown): boolean {
  return thrown instanceof GoogleApiError && (thrown.status === undefined || thrown.status === 429 || thrown.status >= 500);
}

const QUIET = new StreamLogger(() => undefined);

/** JSON requests to Google's REST APIs. */
export class GoogleHttp {
  private readonly credentials: GoogleCredentials;
  private readonly fetch: typeof fetch;
  private readonly log: Logger;

  constructor(private readonly options: GoogleHttpOptions = {}) {
    this.credentials = options.credentials ?? applicationDefaultCredentials("the Google API");
    this.fetch = options.fetch ?? ((input, init) => fetch(input, init));
    this.log = options.log ?? QUIET;
  }

  /**
   * One call, retried while the failure is transient.
   * @param what names the call in retry warnings, e.g. "reading Composer environment E".
   * @throws GoogleApiError when Google refuses or cannot be reached; UserError without credentials.
   */
  request<T = unknown>(what: string, method: "GET" | "POST" | "PATCH" | "DELETE", url: string, body?: unknown): Promise<T> {
    return withRetry(what, () => this.attempt<T>(method, url, body), isTransientGoogleFailure, this.options.retry ?? DEFAULT_RETRY, this.log);
  }

  private async attempt<T>(method: string, url: string, body: unknown): Promise<T> {
    const credentials = await this.credentials(url);
    const token = /^Bearer (.+)$/i.exec(credentials["authorization"] ?? "")?.[1];
    if (token) this.log.mask(token);
    const timeoutMs = this.options.timeoutMs ?? 30_000;
    let response: Response;
    let text: string;
    try {
      response = await this.fetch(url, {
        method,
        headers: { ...credentials, accept: "application/json", ...(body === undefined ? {} : { "content-type": "application/json" }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      text = await response.text();
    } catch (thrown) {
      const timedOut = thrown instanceof Error && thrown.name === "TimeoutError";
      const cause = thrown instanceof Error && thrown.cause instanceof Error ? `: ${thrown.cause.message}` : "";
      throw new GoogleApiError(
        undefined,
        timedOut ? `no answer from ${new URL(url).host} within ${timeoutMs} ms` : `cannot reach ${new URL(url).host} (${messageOf(thrown)}${cause})`,
      );
    }
    if (!response.ok) {
      const parsed = parseGoogleError(text);
      throw new GoogleApiError(
        response.status,
        parsed?.message ?? `HTTP ${response.status} ${response.statusText} ${text.slice(0, 200)}`.trim(),
        parsed?.reason,
        parsed?.details,
      );
    }
    if (text === "") return {} as T;
    try {
      return JSON.parse(text) as T;
    } catch {
      throw new GoogleApiError(response.status, `the answer of ${new URL(url).host} is not JSON: ${text.slice(0, 200)}`);
    }
  }
}
