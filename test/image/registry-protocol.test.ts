/**
 * The registry client against a small local server speaking the token flow that Artifact
 * Registry and Docker Hub use (401 + `WWW-Authenticate: Bearer` -> token service with Basic
 * credentials -> scoped bearer token), which the local distribution registry (htpasswd, Basic)
 * does not exercise. The Basic flow runs against the real registry in image.integration.test.ts.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { UserError } from "../../src/errors.js";
import { manifestDigest, parseChallenge, RegistryClient } from "../../src/image/registry.js";
import type { RegistryRef } from "../../src/image/reference.js";
import { RecordingLogger } from "./recording-logger.js";

const TOKEN = "ya29.fake-access-token-0123456789";
const READ_ONLY_TOKEN = "ya29.read-only-token";
const NO_ACCESS_TOKEN = "ya29.no-access-token";
const MEDIA = "application/vnd.docker.distribution.manifest.v2+json";

interface Issued {
  scope: string;
  actions: string[];
}

let server: Server;
let port = 0;
const issued = new Map<string, Issued>();
const manifests = new Map<string, { type: string; body: Buffer }>();
let existingRepos = new Set<string>();
const tokenRequests: string[] = [];

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "Content-Type": "application/json", ...headers });
  res.end(typeof body === "string" ? body : JSON.stringify(body));
}

function challenge(res: ServerResponse, scope: string): void {
  send(
    res,
    401,
    { errors: [{ code: "UNAUTHORIZED", message: "authentication required" }] },
    {
      "WWW-Authenticate": `Bearer realm="http://127.0.0.1:${port}/token",service="test-registry"${scope ? `,scope="${scope}"` : ""}`,
    },
  );
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? "/", `http://127.0.0.1:${port}`);
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks);

  if (url.pathname === "/token") {
    const auth = req.headers.authorization ?? "";
    const [user, password] = Buffer.from(auth.replace(/^Basic /, ""), "base64")
      .toString()
      .split(":");
    const scope = url.searchParams.get("scope") ?? "";
    tokenRequests.push(`${url.searchParams.get("service")}|${scope}`);
    if (user !== "oauth2accesstoken" || ![TOKEN, READ_ONLY_TOKEN, NO_ACCESS_TOKEN].includes(password ?? "")) {
      send(res, 401, { errors: [{ code: "UNAUTHORIZED" }] });
      return;
    }
    const requested = scope.split(":")[2]?.split(",") ?? [];
    const actions = password === NO_ACCESS_TOKEN ? [] : password === READ_ONLY_TOKEN ? requested.filter((a) => a === "pull") : requested;
    const token = `bearer-${issued.size}`;
    issued.set(token, { scope, actions });
    send(res, 200, { token, expires_in: 300 });
    return;
  }

  const match = /^\/v2\/(.+)\/(manifests|tags)\/(.+)$/.exec(url.pathname);
  const bearer = (req.headers.authorization ?? "").replace(/^Bearer /, "");
  const grant = issued.get(bearer);
  if (url.pathname === "/v2/") {
    if (!grant) challenge(res, "");
    else send(res, 200, {});
    return;
  }
  if (!match) {
    send(res, 404, { errors: [{ code: "NOT_FOUND" }] });
    return;
  }
  const [, name = "", kind, ref = ""] = match;
  const need = req.method === "PUT" ? "push" : "pull";
  const scope = `repository:${name}:${need === "push" ? "pull,push" : "pull"}`;
  if (!grant || !grant.scope.startsWith(`repository:${name}:`)) {
    challenge(res, scope);
    return;
  }
  if (!grant.actions.includes(need)) {
    send(res, 403, { errors: [{ code: "DENIED", message: `Permission denied for ${need}` }] });
    return;
  }
  if (!existingRepos.has(name.split("/").slice(0, 2).join("/"))) {
    send(res, 404, { errors: [{ code: "NAME_UNKNOWN", message: `Repository "${name}" not found` }] });
    return;
  }
  if (kind === "tags") {
    const all = [...manifests.keys()]
      .filter((k) => k.startsWith(`${name}:`))
      .map((k) => k.slice(name.length + 1))
      .sort();
    const last = url.searchParams.get("last");
    const rest = last === null ? all : all.filter((t) => t > last);
    const page = rest.slice(0, 2);
    const headers: Record<string, string> = {};
    if (rest.length > 2) headers.Link = `</v2/${name}/tags/list?n=2&last=${page[page.length - 1]}>; rel="next"`;
    send(res, 200, { name, tags: page }, headers);
    return;
  }
  if (req.method === "PUT") {
    manifests.set(`${name}:${ref}`, { type: req.headers["content-type"] ?? "", body });
    send(res, 201, "", { "Docker-Content-Digest": manifestDigest(body) });
    return;
  }
  const stored = manifests.get(`${name}:${ref}`);
  if (!stored) {
    send(res, 404, { errors: [{ code: "MANIFEST_UNKNOWN" }] });
    return;
  }
  res.writeHead(200, { "Content-Type": stored.type, "Docker-Content-Digest": manifestDigest(stored.body) });
  res.end(stored.body);
}

beforeAll(async () => {
  server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => send(res, 500, String(error)));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  issued.clear();
  manifests.clear();
  tokenRequests.length = 0;
  existingRepos = new Set(["proj/etl"]);
});

function googleRef(): RegistryRef {
  const host = `127.0.0.1:${port}`;
  return {
    raw: `${host}/proj/etl`,
    kind: "artifact-registry",
    host,
    apiHost: host,
    path: "proj/etl",
    google: true,
    artifactRepository: { project: "proj", location: "us", repository: "etl" },
  };
}

function client(password = TOKEN, logger = new RecordingLogger()): RegistryClient {
  return new RegistryClient({ registry: googleRef(), credentials: { username: "oauth2accesstoken", password }, logger });
}

const MANIFEST = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MEDIA, config: {}, layers: [] }));

describe("bearer token flow", () => {
  it("gets a scoped token with the access token, then retags without re-pulling", async () => {
    manifests.set("proj/etl/sf:ctx-1", { type: MEDIA, body: MANIFEST });
    const logger = new RecordingLogger();
    const registry = client(TOKEN, logger);
    const manifest = await registry.getManifest("proj/etl/sf", "ctx-1");
    expect(manifest?.digest).toBe(manifestDigest(MANIFEST));
    expect(manifest?.mediaType).toBe(MEDIA);
    if (!manifest) throw new Error("unreachable");
    await registry.putManifest("proj/etl/sf", "abc123", manifest);
    expect(manifests.get("proj/etl/sf:abc123")?.body.equals(MANIFEST)).toBe(true);
    expect(manifests.get("proj/etl/sf:abc123")?.type).toBe(MEDIA);
    expect(tokenRequests).toEqual(["test-registry|repository:proj/etl/sf:pull", "test-registry|repository:proj/etl/sf:pull,push"]);
    // The token and anything derived from it were masked and never written to any line.
    expect(logger.masked).toContain(TOKEN);
    expect(logger.leaks(TOKEN, Buffer.from(`oauth2accesstoken:${TOKEN}`).toString("base64"), "bearer-")).toEqual([]);
    expect(logger.lines.some((l) => l.startsWith("debug: registry GET"))).toBe(true);
  });

  it("reuses a token for the same scope", async () => {
    const registry = client();
    await registry.getManifest("proj/etl/sf", "a");
    await registry.getManifest("proj/etl/sf", "b");
    expect(tokenRequests).toHaveLength(1);
  });

  it("follows tag list pagination", async () => {
    for (const tag of ["a", "b", "c", "d", "e"]) manifests.set(`proj/etl/sf:${tag}`, { type: MEDIA, body: MANIFEST });
    expect(await client().listTags("proj/etl/sf")).toEqual(["a", "b", "c", "d", "e"]);
  });

  it("parses challenges with quoted commas", () => {
    expect(parseChallenge('Bearer realm="https://a/token",service="x",scope="repository:a/b:pull,push"')).toEqual({
      scheme: "bearer",
      params: { realm: "https://a/token", service: "x", scope: "repository:a/b:pull,push" },
    });
    expect(parseChallenge('Basic realm="dagship"')).toEqual({ scheme: "basic", params: { realm: "dagship" } });
  });
});

async function failure(run: () => Promise<unknown>): Promise<string> {
  const error = await run().then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(UserError);
  return (error as UserError).message;
}

describe("errors name cause and fix", () => {
  it("a refused token points at google-github-actions/auth", async () => {
    const message = await failure(() => client("ya29.expired").getManifest("proj/etl/sf", "x"));
    expect(message).toContain("did not accept the credentials");
    expect(message).toContain("google-github-actions/auth");
    expect(message).not.toContain("ya29.expired");
  });

  it("push without permission names uploadArtifacts on the repository", async () => {
    manifests.set("proj/etl/sf:ctx-1", { type: MEDIA, body: MANIFEST });
    const registry = client(READ_ONLY_TOKEN);
    const manifest = await registry.getManifest("proj/etl/sf", "ctx-1");
    if (!manifest) throw new Error("unreachable");
    const message = await failure(() => registry.putManifest("proj/etl/sf", "abc", manifest));
    expect(message).toContain("artifactregistry.repositories.uploadArtifacts on projects/proj/locations/us/repositories/etl");
    expect(manifests.has("proj/etl/sf:abc")).toBe(false);
  });

  it("reading without permission names downloadArtifacts, also for the Composer service account", async () => {
    const message = await failure(() => client(NO_ACCESS_TOKEN).getManifest("proj/etl/sf", "x"));
    expect(message).toContain("artifactregistry.repositories.downloadArtifacts on projects/proj/locations/us/repositories/etl");
    expect(message).toContain("Composer environment's service account");
  });

  it("a missing repository suggests create-repository: true", async () => {
    existingRepos = new Set();
    const message = await failure(() => client().putManifest("proj/etl/sf", "abc", { digest: manifestDigest(MANIFEST), mediaType: MEDIA, bytes: MANIFEST }));
    expect(message).toContain("does not exist");
    expect(message).toContain("create-repository: true");
  });

  it("a repository that does not exist yet reads as no image, not an error", async () => {
    existingRepos = new Set();
    expect(await client().getManifest("proj/etl/sf", "x")).toBeUndefined();
    expect(await client().listTags("proj/etl/sf")).toEqual([]);
  });

  it("a closed port is 'unreachable', with the address to check", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const deadPort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const ref = { ...googleRef(), host: `127.0.0.1:${deadPort}`, apiHost: `127.0.0.1:${deadPort}`, raw: `127.0.0.1:${deadPort}/proj/etl` };
    const registry = new RegistryClient({ registry: ref, logger: new RecordingLogger() });
    const message = await failure(() => registry.getManifest("proj/etl/sf", "x"));
    expect(message).toContain(`registry 127.0.0.1:${deadPort} is unreachable (connection refused`);
    expect(message).toContain("--registry");
  });
});
