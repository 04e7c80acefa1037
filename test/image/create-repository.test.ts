import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { OAuth2Client } from "google-auth-library";
import { ArtifactRegistryCreator, artifactRegistryClient, type ArtifactRegistryClientOptions } from "../../src/image/create-repository.js";
import { parseRegistryRef } from "../../src/image/reference.js";
import { MemoryLogger } from "../../src/log.js";

/**
 * A local stand-in for Artifact Registry's REST API. It accepts only the documented shapes:
 * GET v1/{name=projects/* /locations/* /repositories/*}, POST v1/{parent=projects/* /locations/*}/repositories
 * with a required repositoryId query parameter and a Repository body, GET v1/{name=projects/* /locations/* /operations/*},
 * and the documented system parameter `$alt=json;enum-encoding=int` (enums as numbers: DOCKER is 1).
 */
function standIn(behaviour: { existing: Set<string>; createStatus?: number; getStatus?: number; unavailableOnce?: boolean }) {
  const problems: string[] = [];
  const operations = new Map<string, number>();
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      const url = new URL(request.url ?? "/", "http://stand-in");
      const reply = (status: number, payload: unknown) => {
        response.writeHead(status, { "content-type": "application/json; charset=UTF-8" });
        response.end(JSON.stringify(payload));
      };
      const googleError = (code: number, status: string, message: string) => reply(code, { error: { code, message, status } });
      if (request.headers.authorization !== `Bearer ${TOKEN}`) problems.push(`no bearer token on ${request.method} ${url.pathname}`);
      const alt = url.searchParams.get("$alt");
      if (alt !== null && alt !== "json" && alt !== "json;enum-encoding=int") problems.push(`undocumented $alt=${alt}`);
      const numericEnums = alt === "json;enum-encoding=int";
      for (const key of url.searchParams.keys()) if (key !== "$alt" && key !== "repositoryId") problems.push(`undocumented query parameter ${key}`);
      const repository = /^\/v1\/(projects\/[^/]+\/locations\/[^/]+\/repositories\/[^/]+)$/.exec(url.pathname);
      const collection = /^\/v1\/(projects\/[^/]+\/locations\/[^/]+)\/repositories$/.exec(url.pathname);
      const operation = /^\/v1\/(projects\/[^/]+\/locations\/[^/]+\/operations\/[^/]+)$/.exec(url.pathname);
      if (behaviour.unavailableOnce) {
        behaviour.unavailableOnce = false;
        googleError(503, "UNAVAILABLE", "The service is currently unavailable.");
        return;
      }
      if (request.method === "GET" && repository?.[1]) {
        if (behaviour.getStatus) {
          googleError(
            behaviour.getStatus,
            "PERMISSION_DENIED",
            `Permission 'artifactregistry.repositories.get' denied on resource '${repository[1]}' (or it may not exist).`,
          );
          return;
        }
        if (behaviour.existing.has(repository[1])) {
          reply(200, { name: repository[1], format: numericEnums ? 1 : "DOCKER" });
          return;
        }
        googleError(404, "NOT_FOUND", "Requested entity was not found.");
        return;
      }
      if (request.method === "POST" && collection?.[1]) {
        const id = url.searchParams.get("repositoryId");
        const parsed = JSON.parse(body || "{}") as { format?: unknown; name?: string };
        if (!id) problems.push("create without the required repositoryId query parameter");
        if (parsed.format !== "DOCKER" && !(numericEnums && parsed.format === 1)) problems.push(`create with format ${String(parsed.format)}`);
        if (!(request.headers["content-type"] ?? "").startsWith("application/json")) problems.push("create body is not JSON");
        if (behaviour.createStatus) {
          googleError(behaviour.createStatus, behaviour.createStatus === 409 ? "ALREADY_EXISTS" : "PERMISSION_DENIED", "the repository already exists");
          return;
        }
        const name = `${collection[1]}/operations/op-${operations.size + 1}`;
        operations.set(name, 0);
        behaviour.existing.add(`${collection[1]}/repositories/${id}`);
        reply(200, { name, metadata: { "@type": "type.googleapis.com/google.devtools.artifactregistry.v1.OperationMetadata" } });
        return;
      }
      if (request.method === "GET" && operation?.[1] && operations.has(operation[1])) {
        const polls = (operations.get(operation[1]) ?? 0) + 1;
        operations.set(operation[1], polls);
        if (polls < 2) {
          reply(200, { name: operation[1], metadata: { "@type": "type.googleapis.com/google.devtools.artifactregistry.v1.OperationMetadata" } });
          return;
        }
        const created = `${operation[1].replace(/\/operations\/.*$/, "")}/repositories/etl`;
        reply(200, {
          name: operation[1],
          done: true,
          response: { "@type": "type.googleapis.com/google.devtools.artifactregistry.v1.Repository", name: created, format: numericEnums ? 1 : "DOCKER" },
        });
        return;
      }
      problems.push(`undocumented request ${request.method} ${url.pathname}`);
      googleError(404, "NOT_FOUND", "no such method");
    });
  });
  return { server, problems };
}

const TOKEN = "ya29.test-token";
const FAST_RETRY = { attempts: 3, baseDelayMs: 1, maxDelayMs: 2 };
const servers: ReturnType<typeof createServer>[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

/** The real client library, pointed at the stand-in over plain HTTP with a fixed token. */
async function creator(behaviour: Parameters<typeof standIn>[0]) {
  const { server, problems } = standIn(behaviour);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  const authClient = new OAuth2Client();
  authClient.setCredentials({ access_token: TOKEN, expiry_date: Date.now() + 3_600_000 });
  const logger = new MemoryLogger();
  const load = () =>
    artifactRegistryClient({
      apiEndpoint: "127.0.0.1",
      port,
      protocol: "http",
      authClient: authClient as unknown as NonNullable<ArtifactRegistryClientOptions["authClient"]>,
    });
  return { creator: new ArtifactRegistryCreator(logger, load, FAST_RETRY), problems, logger };
}

const registry = parseRegistryRef("europe-west1-docker.pkg.dev/acme-data/etl");

describe("create-repository through the Artifact Registry client library (local stand-in of the documented REST API)", () => {
  it("creates a missing repository, waits for the operation, and finds it the second time", async () => {
    const existing = new Set<string>();
    const { creator: first, problems, logger } = await creator({ existing });
    expect(await first.ensureRepository(registry)).toBe("created");
    expect(existing.has("projects/acme-data/locations/europe-west1/repositories/etl")).toBe(true);
    expect(logger.lines.join("\n")).not.toContain("ya29.test-token");
    const { creator: second } = await creator({ existing });
    expect(await second.ensureRepository(registry)).toBe("exists");
    expect(problems).toEqual([]);
  });

  it("ALREADY_EXISTS from a concurrent creation counts as success", async () => {
    const { creator: subject, problems } = await creator({ existing: new Set(), createStatus: 409 });
    expect(await subject.ensureRepository(registry)).toBe("exists");
    expect(problems).toEqual([]);
  });

  it("an UNAVAILABLE answer is retried on the shared policy, then the repository is created", async () => {
    const existing = new Set<string>();
    const { creator: subject, problems, logger } = await creator({ existing, unavailableOnce: true });
    expect(await subject.ensureRepository(registry)).toBe("created");
    expect(existing.has("projects/acme-data/locations/europe-west1/repositories/etl")).toBe(true);
    expect(logger.lines.join("\n")).toMatch(/reading projects\/acme-data\/locations\/europe-west1\/repositories\/etl: .*retrying in \d+ ms \(attempt 2 of 3\)/);
    expect(problems).toEqual([]);
  });

  it("a 403 names the missing permission", async () => {
    const { creator: subject } = await creator({ existing: new Set(), getStatus: 403 });
    await expect(subject.ensureRepository(registry)).rejects.toThrow(
      /lacks artifactregistry\.repositories\.get on projects\/acme-data\/locations\/europe-west1\/repositories\/etl/,
    );
  });

  it("a plain registry needs no repository", async () => {
    const { creator: subject } = await creator({ existing: new Set() });
    expect(await subject.ensureRepository(parseRegistryRef("127.0.0.1:5555/etl"))).toBe("not-applicable");
  });
});
