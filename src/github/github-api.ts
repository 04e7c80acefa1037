/**
 * The three GitHub REST operations the preview needs (issues/list-comments, create-comment,
 * update-comment), on the runner's own client: `@actions/github`'s Octokit (with its proxy-aware
 * fetch) plus the retry and throttling plugins. The base URL is passed in (GITHUB_API_URL), so
 * GitHub Enterprise Server works and tests can point it at a local stand-in.
 *
 * Octokit is loaded on the first call: importing `@actions/github` reads the event file and
 * builds a proxy agent, which a run that posts no comment (and the CLI) should not pay for.
 */
import type { GitHub } from "@actions/github/lib/utils";
import { UserError } from "../errors.js";
import type { Logger } from "../log.js";
import { DEFAULT_RETRY, type RetryPolicy } from "../util/async.js";

/** An issue comment, as far as the preview reads it. */
export interface IssueComment {
  id: number;
  body?: string;
  html_url: string;
}

/** Where and how to reach the API. */
export interface GitHubApiOptions {
  token: string;
  /** GITHUB_API_URL, e.g. https://api.github.com or https://ghes.example.com/api/v3 */
  baseUrl: string;
  /** Default: @actions/github's fetch, which honours the runner's proxy settings. */
  fetch?: typeof fetch;
  /** Rate-limit waits and retries are reported here. Default: Octokit's console logger. */
  log?: Logger;
  /** Server errors and network failures: attempts and base delay (Octokit's curve is quadratic). */
  retry?: RetryPolicy;
  /** Limit of one HTTP attempt. Default 30 s. */
  timeoutMs?: number;
  /**
   * Least time between two writes of this client. Default: the throttling plugin's pacing (1 s
   * between writes, 3 s between writes that notify, as GitHub asks of content creation).
   */
  writeSpacingMs?: number;
}

/** A failed API call, with the HTTP status (500 when the server could not be reached). */
export class GitHubApiError extends UserError {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

type Octokit = InstanceType<typeof GitHub>;

/** A rate limit is waited out at most this often per request, and only when the wait is short. */
const RATE_LIMIT_RETRIES = 2;
const LONGEST_RATE_LIMIT_WAIT_S = 120;
// GitHub documents 2022-11-28 as the version to pin; the default media type is the documented one.
const HEADERS = { accept: "application/vnd.github+json", "x-github-api-version": "2022-11-28" };

let clients = 0;

function rateLimitHandler(kind: string) {
  return (retryAfter: number, request: { method: string; url: string }, octokit: { log: { warn(message: string): void } }, retryCount: number): boolean => {
    const what = `GitHub's ${kind} rate limit on ${request.method} ${request.url}`;
    if (retryCount >= RATE_LIMIT_RETRIES || retryAfter > LONGEST_RATE_LIMIT_WAIT_S) {
      octokit.log.warn(`${what}: not waiting ${retryAfter} s again (${retryCount} waits so far)`);
      return false;
    }
    octokit.log.warn(`${what}: waiting ${retryAfter} s as GitHub asks (wait ${retryCount + 1} of ${RATE_LIMIT_RETRIES})`);
    return true;
  };
}

function withTimeout(base: typeof fetch, timeoutMs: number): typeof fetch {
  return (input, init) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    return base(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout });
  };
}

async function createClient(options: GitHubApiOptions): Promise<Octokit> {
  const [{ getOctokit }, { defaults }, { retry }, { throttling }, { default: Bottleneck }] = await Promise.all([
    import("@actions/github"),
    import("@actions/github/lib/utils"),
    import("@octokit/plugin-retry"),
    import("@octokit/plugin-throttling"),
    import("bottleneck/light.js"),
  ]);
  const spacing = options.writeSpacingMs;
  const pacing =
    spacing === undefined
      ? {}
      : { write: new Bottleneck.Group({ maxConcurrent: 1, minTime: spacing }), notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: spacing }) };
  const policy = options.retry ?? DEFAULT_RETRY;
  const baseFetch = options.fetch ?? (defaults.request?.fetch as typeof fetch | undefined) ?? fetch;
  const log = options.log;
  const octokit = getOctokit(
    options.token,
    {
      baseUrl: options.baseUrl.replace(/\/+$/, ""),
      userAgent: "dagship",
      request: { fetch: withTimeout(baseFetch, options.timeoutMs ?? 30_000) },
      ...(log
        ? {
            log: {
              debug: (message: string) => log.debug(message),
              info: (message: string) => log.debug(message),
              warn: (message: string) => log.warn(message),
              error: (message: string) => log.warn(message),
            },
          }
        : {}),
      // Rate limits (403/429 that say so) are the throttling plugin's; the retry plugin takes
      // server errors and network failures (which Octokit reports as 500).
      retry: { retries: policy.attempts - 1, retryAfterBaseValue: policy.baseDelayMs, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
      throttle: {
        // Writes are paced per client (GitHub asks for a second between them), not across clients.
        id: `dagship-${++clients}`,
        onRateLimit: rateLimitHandler("primary"),
        onSecondaryRateLimit: rateLimitHandler("secondary"),
        ...pacing,
      },
    },
    retry,
    throttling,
  );
  octokit.hook.before("request", (request) => {
    Object.assign(request.headers, HEADERS);
  });
  return octokit;
}

/** The REST operations the PR preview uses. */
export class GitHubApi {
  private client: Promise<Octokit> | undefined;

  constructor(private readonly options: GitHubApiOptions) {}

  private async call<T>(what: string, operation: (octokit: Octokit) => Promise<T>): Promise<T> {
    this.client ??= createClient(this.options);
    const octokit = await this.client;
    try {
      return await operation(octokit);
    } catch (thrown) {
      const status = (thrown as { status?: unknown }).status;
      if (typeof status !== "number") throw thrown;
      const data = (thrown as { response?: { data?: unknown } }).response?.data;
      const message = (data as { message?: unknown } | undefined)?.message;
      const detail = typeof message === "string" ? message : thrown instanceof Error ? thrown.message : String(thrown);
      throw new GitHubApiError(status, `${what} failed: HTTP ${status} ${detail}`);
    }
  }

  /** Every comment of an issue or pull request, following pagination. */
  async listIssueComments(owner: string, repo: string, issue: number): Promise<IssueComment[]> {
    return this.findIssueComments(owner, repo, issue, () => true, false);
  }

  /** The comments matching `wanted`, page by page; with `firstOnly`, stops at the first page that has one. */
  async findIssueComments(owner: string, repo: string, issue: number, wanted: (comment: IssueComment) => boolean, firstOnly = true): Promise<IssueComment[]> {
    return this.call(`GET /repos/${owner}/${repo}/issues/${issue}/comments`, (octokit) =>
      octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: issue, per_page: 100 }, (response, done) => {
        const hits: IssueComment[] = response.data.filter((comment) => wanted(comment));
        if (firstOnly && hits.length > 0) done();
        return hits;
      }),
    );
  }

  async createIssueComment(owner: string, repo: string, issue: number, body: string): Promise<IssueComment> {
    return this.call(
      `POST /repos/${owner}/${repo}/issues/${issue}/comments`,
      async (octokit) => (await octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body })).data,
    );
  }

  async updateIssueComment(owner: string, repo: string, commentId: number, body: string): Promise<IssueComment> {
    return this.call(
      `PATCH /repos/${owner}/${repo}/issues/comments/${commentId}`,
      async (octokit) => (await octokit.rest.issues.updateComment({ owner, repo, comment_id: commentId, body })).data,
    );
  }
}

/** What the upsert did. */
export interface UpsertResult {
  action: "created" | "updated";
  id: number;
  url: string;
}

/**
 * One comment per pull request: the first comment carrying `marker` is edited in place, or a
 * new one is created. Several matches (a race of two runs) are left alone but the first.
 */
export async function upsertComment(
  api: GitHubApi,
  target: { owner: string; repo: string; issue: number },
  marker: string,
  body: string,
): Promise<UpsertResult> {
  const [existing] = await api.findIssueComments(target.owner, target.repo, target.issue, (comment) => comment.body?.includes(marker) === true);
  if (existing) {
    const updated = await api.updateIssueComment(target.owner, target.repo, existing.id, body);
    return { action: "updated", id: updated.id, url: updated.html_url };
  }
  const created = await api.createIssueComment(target.owner, target.repo, target.issue, body);
  return { action: "created", id: created.id, url: created.html_url };
}
