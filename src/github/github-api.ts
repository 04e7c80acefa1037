/**
 * The three GitHub REST operations the preview needs, on plain fetch against GITHUB_API_URL
 * (so GitHub Enterprise Server works, and tests can point it at a local stand-in):
 * issues/list-comments, issues/create-comment, issues/update-comment.
 */
import { UserError } from "../errors.js";

/** An issue comment, as far as the preview reads it. */
export interface IssueComment {
  id: number;
  body?: string;
  html_url: string;
}

/** Where and how to reach the API. */
export interface GitHubApiOptions {
  token: string;
  /** GITHUB_API_URL, e.g. https://api.github.com */
  baseUrl: string;
  fetch?: typeof fetch;
}

/** A failed API call, with the HTTP status. */
export class GitHubApiError extends UserError {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The REST operations the PR preview uses. */
export class GitHubApi {
  private readonly fetch: typeof fetch;
  private readonly baseUrl: string;

  constructor(private readonly options: GitHubApiOptions) {
    this.fetch = options.fetch ?? fetch;
    this.baseUrl = options.baseUrl.replace(/\/+$/, "");
  }

  private async call<T>(method: "GET" | "POST" | "PATCH", url: string, body?: unknown): Promise<{ data: T; link: string | null }> {
    const response = await this.fetch(url, {
      method,
      headers: {
        Accept: "application/vnd.github+json",
        Authorization: `Bearer ${this.options.token}`,
        "X-GitHub-Api-Version": "2022-11-28",
        "User-Agent": "dagship",
        ...(body === undefined ? {} : { "Content-Type": "application/json" }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (!response.ok) {
      let detail = text.slice(0, 300);
      try {
        detail = (JSON.parse(text) as { message?: string }).message ?? detail;
      } catch {
        // Not JSON: keep the text.
      }
      throw new GitHubApiError(response.status, `${method} ${new URL(url).pathname} failed: HTTP ${response.status} ${detail}`);
    }
    return { data: JSON.parse(text) as T, link: response.headers.get("link") };
  }

  /** Every comment of an issue or pull request, following pagination. */
  async listIssueComments(owner: string, repo: string, issue: number): Promise<IssueComment[]> {
    const comments: IssueComment[] = [];
    let url: string | undefined = `${this.baseUrl}/repos/${owner}/${repo}/issues/${issue}/comments?per_page=100`;
    for (let page = 0; url !== undefined && page < 100; page++) {
      const { data, link }: { data: IssueComment[]; link: string | null } = await this.call<IssueComment[]>("GET", url);
      comments.push(...data);
      url = /<([^>]+)>;\s*rel="next"/.exec(link ?? "")?.[1];
    }
    return comments;
  }

  async createIssueComment(owner: string, repo: string, issue: number, body: string): Promise<IssueComment> {
    return (await this.call<IssueComment>("POST", `${this.baseUrl}/repos/${owner}/${repo}/issues/${issue}/comments`, { body })).data;
  }

  async updateIssueComment(owner: string, repo: string, commentId: number, body: string): Promise<IssueComment> {
    return (await this.call<IssueComment>("PATCH", `${this.baseUrl}/repos/${owner}/${repo}/issues/comments/${commentId}`, { body })).data;
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
export async function upsertComment(api: GitHubApi, target: { owner: string; repo: string; issue: number }, marker: string, body: string): Promise<UpsertResult> {
  const existing = (await api.listIssueComments(target.owner, target.repo, target.issue)).find((comment) => comment.body?.includes(marker));
  if (existing) {
    const updated = await api.updateIssueComment(target.owner, target.repo, existing.id, body);
    return { action: "updated", id: updated.id, url: updated.html_url };
  }
  const created = await api.createIssueComment(target.owner, target.repo, target.issue, body);
  return { action: "created", id: created.id, url: created.html_url };
}
