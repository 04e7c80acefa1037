/**
 * A local stand-in for the GitHub REST API's issue-comment operations, for tests. It keeps
 * comments in memory and checks every request it receives and every response it sends against
 * GitHub's OpenAPI description (see openapi-checker.ts); anything undocumented is recorded in
 * `violations` and answered the way GitHub answers (404, 422), so a test fails on it.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { OpenApiChecker, type MatchedOperation } from "./openapi-checker.js";

/** One stored comment, in the shape GitHub returns. */
export interface StoredComment {
  id: number;
  issue: number;
  owner: string;
  repo: string;
  body: string;
  created_at: string;
  updated_at: string;
  login: string;
}

/** A request as received. */
export interface RecordedRequest {
  method: string;
  path: string;
  operationId?: string;
  body?: unknown;
}

let sharedChecker: OpenApiChecker | undefined;

/** The GitHub API stand-in. */
export class GitHubApiStandIn {
  readonly comments: StoredComment[] = [];
  readonly requests: RecordedRequest[] = [];
  readonly violations: string[] = [];
  /** Comments per page when listing (GitHub's default is 30). */
  pageSize = 30;
  /** Answer writes with 403, as GitHub does for a fork's read-only token. */
  readOnly = false;
  /** Per operationId, how many of its next requests get a secondary-rate-limit refusal. */
  private readonly rateLimited = new Map<string, number>();
  /** How many of the next requests get a 502 from GitHub's front end (not an API answer). */
  badGateways = 0;
  private server: Server | undefined;
  private nextId = 1_000;
  private readonly checker: OpenApiChecker;

  constructor(
    readonly token: string,
    readonly login = "github-actions[bot]",
  ) {
    sharedChecker ??= new OpenApiChecker();
    this.checker = sharedChecker;
  }

  get url(): string {
    const address = this.server?.address() as AddressInfo | undefined;
    if (!address) throw new Error("the stand-in is not started");
    return `http://127.0.0.1:${address.port}`;
  }

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      void this.handle(request, response).catch((thrown: unknown) => {
        this.violations.push(`stand-in crashed: ${String(thrown)}`);
        response.writeHead(500).end();
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Add a comment as if someone else had written it. */
  seed(owner: string, repo: string, issue: number, body: string, login = "octocat"): StoredComment {
    const now = new Date().toISOString().replace(/\.\d+Z$/, "Z");
    const comment = { id: this.nextId++, issue, owner, repo, body, created_at: now, updated_at: now, login };
    this.comments.push(comment);
    return comment;
  }

  /**
   * Refuse the next `times` requests of `operationId` the way GitHub refuses when a secondary
   * rate limit is hit (403, a message saying so, and `retry-after` in seconds); later ones succeed.
   */
  secondaryRateLimit(operationId: string, times = 1): void {
    this.rateLimited.set(operationId, (this.rateLimited.get(operationId) ?? 0) + times);
  }

  private json(comment: StoredComment): Record<string, unknown> {
    const api = this.url;
    const user = {
      login: comment.login,
      id: 41898282,
      node_id: "MDM6Qm90NDE4OTgyODI=",
      avatar_url: "https://avatars.githubusercontent.com/in/15368?v=4",
      gravatar_id: "",
      url: `${api}/users/${encodeURIComponent(comment.login)}`,
      html_url: `https://github.com/apps/${encodeURIComponent(comment.login)}`,
      followers_url: `${api}/users/x/followers`,
      following_url: `${api}/users/x/following{/other_user}`,
      gists_url: `${api}/users/x/gists{/gist_id}`,
      starred_url: `${api}/users/x/starred{/owner}{/repo}`,
      subscriptions_url: `${api}/users/x/subscriptions`,
      organizations_url: `${api}/users/x/orgs`,
      repos_url: `${api}/users/x/repos`,
      events_url: `${api}/users/x/events{/privacy}`,
      received_events_url: `${api}/users/x/received_events`,
      type: comment.login.endsWith("[bot]") ? "Bot" : "User",
      site_admin: false,
    };
    return {
      id: comment.id,
      node_id: `IC_${comment.id}`,
      url: `${api}/repos/${comment.owner}/${comment.repo}/issues/comments/${comment.id}`,
      html_url: `https://github.com/${comment.owner}/${comment.repo}/pull/${comment.issue}#issuecomment-${comment.id}`,
      body: comment.body,
      user,
      created_at: comment.created_at,
      updated_at: comment.updated_at,
      issue_url: `${api}/repos/${comment.owner}/${comment.repo}/issues/${comment.issue}`,
      author_association: "NONE",
    };
  }

  private send(matched: MatchedOperation | undefined, response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    if (matched) this.violations.push(...this.checker.checkResponse(matched, status, body).map((problem) => `stand-in response: ${problem}`));
    response.writeHead(status, { "Content-Type": "application/json; charset=utf-8", ...headers }).end(JSON.stringify(body));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", this.url);
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    let body: unknown;
    if (raw !== "") {
      try {
        body = JSON.parse(raw);
      } catch {
        this.violations.push(`${request.method} ${url.pathname}: body is not JSON`);
        this.send(undefined, response, 400, { message: "Problems parsing JSON", documentation_url: "https://docs.github.com/rest" });
        return;
      }
    }
    const recorded: RecordedRequest = { method: request.method ?? "", path: url.pathname, ...(body === undefined ? {} : { body }) };
    this.requests.push(recorded);

    const matched = this.checker.match(request.method ?? "", url.pathname);
    if (typeof matched === "string") {
      this.violations.push(`${request.method} ${url.pathname}: ${matched}`);
      this.send(undefined, response, 404, { message: "Not Found", documentation_url: "https://docs.github.com/rest" });
      return;
    }
    recorded.operationId = matched.operation.operationId;
    const problems = this.checker.checkRequest(matched, url.searchParams, body, request.headers["content-type"]);
    // GitHub documents both schemes for tokens: "Authorization: Bearer T" and "Authorization: token T".
    const [scheme = "", credential] = (request.headers.authorization ?? "").split(" ");
    if (!["bearer", "token"].includes(scheme.toLowerCase()) || credential !== this.token)
      problems.push(`${matched.operation.operationId}: Authorization is not "Bearer <the token>" or "token <the token>"`);
    if (!(request.headers.accept ?? "").includes("application/vnd.github+json"))
      problems.push(`${matched.operation.operationId}: Accept is not application/vnd.github+json`);
    if (problems.length > 0) {
      this.violations.push(...problems);
      this.send(undefined, response, 422, { message: "Validation Failed", errors: problems, documentation_url: "https://docs.github.com/rest" });
      return;
    }

    if (this.badGateways > 0) {
      this.badGateways -= 1;
      this.send(undefined, response, 502, { message: "Server Error" });
      return;
    }
    const refusals = this.rateLimited.get(matched.operation.operationId) ?? 0;
    if (refusals > 0) {
      this.rateLimited.set(matched.operation.operationId, refusals - 1);
      // Checked like any response: 403 (basic-error) is documented for create-comment, not for every operation.
      this.send(
        matched,
        response,
        403,
        {
          message: "You have exceeded a secondary rate limit and have been temporarily blocked from content creation. Please retry your request again later.",
          documentation_url: "https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits",
          status: "403",
        },
        { "Retry-After": "1", "X-RateLimit-Remaining": "4000" },
      );
      return;
    }
    const { owner = "", repo = "" } = matched.pathParams;
    switch (matched.operation.operationId) {
      case "issues/list-comments": {
        const issue = Number(matched.pathParams["issue_number"]);
        const all = this.comments.filter((comment) => comment.owner === owner && comment.repo === repo && comment.issue === issue);
        const perPage = Math.min(100, Number(url.searchParams.get("per_page") ?? this.pageSize));
        const size = Math.min(perPage, this.pageSize);
        const page = Number(url.searchParams.get("page") ?? "1");
        const slice = all.slice((page - 1) * size, page * size);
        const headers: Record<string, string> = {};
        if (page * size < all.length) {
          const next = new URL(url);
          next.searchParams.set("page", String(page + 1));
          headers["Link"] = `<${next.toString()}>; rel="next"`;
        }
        this.send(
          matched,
          response,
          200,
          slice.map((comment) => this.json(comment)),
          headers,
        );
        return;
      }
      case "issues/create-comment": {
        if (this.readOnly) {
          this.send(matched, response, 403, {
            message: "Resource not accessible by integration",
            documentation_url: "https://docs.github.com/rest/issues/comments#create-an-issue-comment",
            status: "403",
          });
          return;
        }
        const issue = Number(matched.pathParams["issue_number"]);
        const text = (body as { body: string }).body;
        if (text.length > 65_536) {
          this.send(matched, response, 422, {
            message: "Validation Failed",
            errors: [{ resource: "IssueComment", code: "custom", field: "body", message: "body is too long (maximum is 65536 characters)" }],
            documentation_url: "https://docs.github.com/rest",
          });
          return;
        }
        const comment = this.seed(owner, repo, issue, text, this.login);
        this.send(matched, response, 201, this.json(comment), { Location: `${this.url}/repos/${owner}/${repo}/issues/comments/${comment.id}` });
        return;
      }
      case "issues/update-comment": {
        const comment = this.comments.find(
          (candidate) => candidate.id === Number(matched.pathParams["comment_id"]) && candidate.owner === owner && candidate.repo === repo,
        );
        if (!comment) {
          this.send(undefined, response, 404, { message: "Not Found", documentation_url: "https://docs.github.com/rest" });
          return;
        }
        if (this.readOnly || comment.login !== this.login) {
          this.send(undefined, response, 403, { message: "Resource not accessible by integration", documentation_url: "https://docs.github.com/rest" });
          return;
        }
        const text = (body as { body: string }).body;
        if (text.length > 65_536) {
          this.send(matched, response, 422, {
            message: "Validation Failed",
            errors: [{ resource: "IssueComment", code: "custom", field: "body", message: "body is too long (maximum is 65536 characters)" }],
            documentation_url: "https://docs.github.com/rest",
          });
          return;
        }
        comment.body = text;
        comment.updated_at = new Date(Date.now() + 1000).toISOString().replace(/\.\d+Z$/, "Z");
        this.send(matched, response, 200, this.json(comment));
        return;
      }
      default:
        this.violations.push(`${matched.operation.operationId}: not an operation dagship should call`);
        this.send(undefined, response, 404, { message: "Not Found", documentation_url: "https://docs.github.com/rest" });
    }
  }
}
