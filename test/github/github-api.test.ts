import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { GitHubApi, GitHubApiError, upsertComment } from "../../src/github/github-api.js";
import { MemoryLogger } from "../../src/log.js";
import { GitHubApiStandIn } from "./github-api-stand-in.js";
import { OpenApiChecker } from "./openapi-checker.js";

const TOKEN = "ghs_test_token";
const target = { owner: "acme", repo: "etl", issue: 7 };
const MARKER = "<!-- dagship-preview . gs://b/dags -->";

describe("the OpenAPI checker of the GitHub API stand-in", () => {
  const checker = new OpenApiChecker();

  it("matches documented operations and rejects undocumented paths and methods", () => {
    const list = checker.match("GET", "/repos/acme/etl/issues/7/comments");
    expect(typeof list === "string" ? list : list.operation.operationId).toBe("issues/list-comments");
    const update = checker.match("PATCH", "/repos/acme/etl/issues/comments/12");
    expect(typeof update === "string" ? update : update.operation.operationId).toBe("issues/update-comment");
    expect(checker.match("GET", "/repos/acme/etl/nonsense/7")).toMatch(/no documented path/);
    expect(checker.match("PUT", "/repos/acme/etl/issues/7/comments")).toMatch(/PUT is not documented/);
  });

  it("finds missing required body fields, wrong parameter types and undeclared query parameters", () => {
    const create = checker.match("POST", "/repos/acme/etl/issues/7/comments");
    if (typeof create === "string") throw new Error(create);
    expect(checker.checkRequest(create, new URLSearchParams(), { text: "hi" }, "application/json").join("\n")).toMatch(/must have required property 'body'/);
    expect(checker.checkRequest(create, new URLSearchParams(), undefined, undefined).join("\n")).toMatch(/request body is required/);
    expect(checker.checkRequest(create, new URLSearchParams(), { body: "hi" }, "application/json")).toEqual([]);
    const wrongNumber = checker.match("GET", "/repos/acme/etl/issues/seven/comments");
    if (typeof wrongNumber === "string") throw new Error(wrongNumber);
    expect(checker.checkRequest(wrongNumber, new URLSearchParams({ per_page: "100" }), undefined, undefined).join("\n")).toMatch(
      /issue_number: "seven" is not a integer/,
    );
    const list = checker.match("GET", "/repos/acme/etl/issues/7/comments");
    if (typeof list === "string") throw new Error(list);
    expect(checker.checkRequest(list, new URLSearchParams({ perpage: "100" }), undefined, undefined).join("\n")).toMatch(/perpage is not documented/);
  });

  it("checks responses against the documented schema (a comment without its required fields fails)", () => {
    const create = checker.match("POST", "/repos/acme/etl/issues/7/comments");
    if (typeof create === "string") throw new Error(create);
    expect(checker.checkResponse(create, 201, { id: 1, body: "x" }).join("\n")).toMatch(/required property/);
    expect(checker.checkResponse(create, 418, {})).toEqual(["issues/create-comment: status 418 is not documented"]);
  });
});

describe("comment upsert through the REST API, against the GitHub API stand-in", () => {
  let standIn: GitHubApiStandIn;
  let api: GitHubApi;

  beforeEach(async () => {
    standIn = new GitHubApiStandIn(TOKEN);
    await standIn.start();
    api = new GitHubApi({ token: TOKEN, baseUrl: standIn.url });
  });
  afterEach(async () => {
    expect(standIn.violations).toEqual([]);
    await standIn.stop();
  });

  it("creates the comment once, then edits that same comment in place", async () => {
    standIn.seed("acme", "etl", 7, "LGTM");
    const first = await upsertComment(api, target, MARKER, `${MARKER}\nfirst`);
    expect(first.action).toBe("created");
    // The next run is a new process with a new client.
    const second = await upsertComment(new GitHubApi({ token: TOKEN, baseUrl: standIn.url }), target, MARKER, `${MARKER}\nsecond`);
    expect(second).toMatchObject({ action: "updated", id: first.id });
    const ours = standIn.comments.filter((comment) => comment.body.includes(MARKER));
    expect(ours.map((comment) => comment.body)).toEqual([`${MARKER}\nsecond`]);
    expect(standIn.requests.map((request) => request.operationId)).toEqual([
      "issues/list-comments",
      "issues/create-comment",
      "issues/list-comments",
      "issues/update-comment",
    ]);
  });

  it("follows pagination to find its comment on a later page", async () => {
    standIn.pageSize = 2;
    for (let i = 0; i < 5; i++) standIn.seed("acme", "etl", 7, `comment ${i}`);
    const ours = standIn.seed("acme", "etl", 7, `${MARKER}\nold`, standIn.login);
    const result = await upsertComment(api, target, MARKER, `${MARKER}\nnew`);
    expect(result).toMatchObject({ action: "updated", id: ours.id });
    expect(standIn.requests.filter((request) => request.operationId === "issues/list-comments")).toHaveLength(3);
    // The effect: the one comment of ours now holds the new body, and no second one was created.
    expect(standIn.comments.filter((comment) => comment.body.includes(MARKER)).map((comment) => [comment.id, comment.body])).toEqual([
      [ours.id, `${MARKER}\nnew`],
    ]);
  });

  it("reads past 100 comments (per_page is at most 100) to find its comment on the third page", async () => {
    standIn.pageSize = 100;
    for (let i = 0; i < 230; i++) standIn.seed("acme", "etl", 7, `comment ${i}`);
    const ours = standIn.seed("acme", "etl", 7, `${MARKER}\nold`, standIn.login);
    for (let i = 0; i < 40; i++) standIn.seed("acme", "etl", 7, `later ${i}`);
    const result = await upsertComment(api, target, MARKER, `${MARKER}\nnew`);
    expect(result).toMatchObject({ action: "updated", id: ours.id });
    // Three pages of 100 were read (the comment is the 231st), then the search stopped.
    expect(standIn.requests.filter((request) => request.operationId === "issues/list-comments")).toHaveLength(3);
    expect(standIn.comments.filter((comment) => comment.body.includes(MARKER)).map((comment) => [comment.id, comment.body])).toEqual([
      [ours.id, `${MARKER}\nnew`],
    ]);
    expect(standIn.comments).toHaveLength(271);
  });

  it("lists every comment across pages", async () => {
    standIn.pageSize = 100;
    for (let i = 0; i < 205; i++) standIn.seed("acme", "etl", 7, `comment ${i}`);
    const all = await api.listIssueComments("acme", "etl", 7);
    expect(all.map((comment) => comment.body)).toEqual(standIn.comments.map((comment) => comment.body));
    expect(standIn.requests.filter((request) => request.operationId === "issues/list-comments")).toHaveLength(3);
  });

  it("stand-in: waits out a secondary rate limit (403 with retry-after) and still posts the comment", async () => {
    standIn.secondaryRateLimit("issues/create-comment");
    const log = new MemoryLogger();
    const limited = new GitHubApi({ token: TOKEN, baseUrl: standIn.url, log, writeSpacingMs: 0 });
    const result = await upsertComment(limited, target, MARKER, `${MARKER}\nafter the limit`);
    expect(result.action).toBe("created");
    // The effect: exactly one comment of ours, with the body, though the first create was refused.
    expect(standIn.comments.map((comment) => comment.body)).toEqual([`${MARKER}\nafter the limit`]);
    expect(standIn.requests.map((request) => request.operationId)).toEqual(["issues/list-comments", "issues/create-comment", "issues/create-comment"]);
    expect(log.lines.join("\n")).toMatch(/secondary rate limit on POST .*waiting 1 s/);
  });

  it("stand-in: a 502 from GitHub's front end is retried on the shared retry policy", async () => {
    standIn.badGateways = 1;
    const retrying = new GitHubApi({ token: TOKEN, baseUrl: standIn.url, retry: { attempts: 3, baseDelayMs: 1, maxDelayMs: 2 } });
    const result = await upsertComment(retrying, target, MARKER, `${MARKER}\nafter a 502`);
    expect(result.action).toBe("created");
    expect(standIn.comments.map((comment) => comment.body)).toEqual([`${MARKER}\nafter a 502`]);
    expect(standIn.requests.map((request) => request.operationId)).toEqual(["issues/list-comments", "issues/list-comments", "issues/create-comment"]);
  });

  it("stand-in: gives up on a rate limit after a bounded number of waits, with the status", async () => {
    const log = new MemoryLogger();
    const limited = new GitHubApi({ token: TOKEN, baseUrl: standIn.url, log, writeSpacingMs: 0 });
    standIn.secondaryRateLimit("issues/create-comment", 5);
    const error = await upsertComment(limited, target, MARKER, `${MARKER}\nx`).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(GitHubApiError);
    expect((error as GitHubApiError).status).toBe(403);
    expect((error as GitHubApiError).message).toMatch(
      /^POST \/repos\/acme\/etl\/issues\/7\/comments failed: HTTP 403 You have exceeded a secondary rate limit/,
    );
    // The first attempt and two waits: three creates, no comment.
    expect(standIn.requests.filter((request) => request.operationId === "issues/create-comment")).toHaveLength(3);
    expect(standIn.comments).toEqual([]);
  });

  it("leaves a comment with another marker (another working directory or destination) alone", async () => {
    const other = standIn.seed("acme", "etl", 7, "<!-- dagship-preview other gs://b/dags -->\nx", standIn.login);
    const result = await upsertComment(api, target, MARKER, `${MARKER}\nnew`);
    expect(result.action).toBe("created");
    expect(standIn.comments.find((comment) => comment.id === other.id)?.body).toContain("other");
    // `other` is the stored object itself: compare with the text it was seeded with.
    expect(standIn.comments.find((comment) => comment.id === other.id)?.body).toBe("<!-- dagship-preview other gs://b/dags -->\nx");
    expect(standIn.comments.filter((comment) => comment.body.includes(MARKER)).map((comment) => comment.body)).toEqual([`${MARKER}\nnew`]);
  });

  it("reports GitHub's refusal with its status (a fork's read-only token gets 403)", async () => {
    standIn.readOnly = true;
    const error = await upsertComment(api, target, MARKER, `${MARKER}\nx`).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(GitHubApiError);
    expect((error as GitHubApiError).status).toBe(403);
    expect((error as GitHubApiError).message).toContain("Resource not accessible by integration");
    expect(standIn.comments).toEqual([]);
  });
});
