import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { bearerToken } from "../../src/google/http.js";
import { ArtifactRegistryCreator, RestArtifactRegistry } from "../../src/image/create-repository.js";
import { parseRegistryRef } from "../../src/image/reference.js";
import { MemoryLogger } from "../../src/log.js";

/**
 * A local stand-in for Artifact Registry's REST API. It accepts only the documented shapes:
 * GET v1/{name=projects/* /locations/* /repositories/*}, POST v1/{parent=projects/* /locations/*}/repositories
 * with a required repositoryId query parameter and a Repository body, GET v1/{name=projects/* /locations/* /operations/*}.
 */
function standIn(behaviour: { existing: Set<string>; createStatus?: number; getStatus?: number }) {
  const problems: string[] = [];
  const operations = new Map<string, number>();
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      const url = new URL(request.url ?? "/", "http://stand-in");
      const reply = (status: number, payload: unknown) => {
        response.writeHead(status, { "content-type": "application/json" });
        response.end(JSON.stringify(payload));
      };
      if (!/^Bearer \S+$/.test(request.headers.authorization ?? "")) problems.push(`no bearer token on ${request.method} ${url.pathname}`);
      const repository = /^\/v1\/(projects\/[^/]+\/locations\/[^/]+\/repositories\/[^/]+)$/.exec(url.pathname);
      const collection = /^\/v1\/(projects\/[^/]+\/locations\/[^/]+)\/repositories$/.exec(url.pathname);
      const operation = /^\/v1\/(projects\/[^/]+\/locations\/[^/]+\/operations\/[^/]+)$/.exec(url.pathname);
      if (request.method === "GET" && repository?.[1]) {
        if (behaviour.getStatus) return reply(behaviour.getStatus, { error: { code: behaviour.getStatus, message: "Permission 'artifactregistry.repositories.get' denied", status: "PERMISSION_DENIED" } });
        if (behaviour.existing.has(repository[1])) return reply(200, { name: repository[1], format: "DOCKER" });
        return reply(404, { error: { code: 404, message: "Requested entity was not found.", status: "NOT_FOUND" } });
      }
      if (request.method === "POST" && collection?.[1]) {
        const id = url.searchParams.get("repositoryId");
        const parsed = JSON.parse(body || "{}") as { format?: string; name?: string };
        if (!id) problems.push("create without the required repositoryId query parameter");
        if (parsed.format !== "DOCKER") problems.push(`create with format ${String(parsed.format)}`);
        if (request.headers["content-type"] !== "application/json") problems.push("create body is not JSON");
        if (behaviour.createStatus) return reply(behaviour.createStatus, { error: { code: behaviour.createStatus, message: "refused", status: "ALREADY_EXISTS" } });
        const name = `${collection[1]}/operations/op-${operations.size + 1}`;
        operations.set(name, 0);
        behaviour.existing.add(`${collection[1]}/repositories/${id}`);
        return reply(200, { name, done: false, metadata: { "@type": "type.googleapis.com/google.devtools.artifactregistry.v1.OperationMetadata" } });
      }
      if (request.method === "GET" && operation?.[1] && operations.has(operation[1])) {
        const polls = (operations.get(operation[1]) ?? 0) + 1;
        operations.set(operation[1], polls);
        return reply(200, polls < 2 ? { name: operation[1], done: false } : { name: operation[1], done: true, response: { "@type": "type.googleapis.com/google.devtools.artifactregistry.v1.Repository" } });
      }
      problems.push(`undocumented request ${request.method} ${url.pathname}`);
      return reply(404, { error: { code: 404, message: "no such method" } });
    });
  });
  return { server, problems };
}

const servers: ReturnType<typeof createServer>[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

async function creator(behaviour: Parameters<typeof standIn>[0]) {
  const { server, problems } = standIn(behaviour);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  const logger = new MemoryLogger();
  const api = new RestArtifactRegistry({ credentials: bearerToken(async () => "ya29.test-token", "Artifact Registry"), baseUrl: base, pollIntervalMs: 5, maxPolls: 20, log: logger });
  return { creator: new ArtifactRegistryCreator(logger, async () => api), problems, logger };
}

const registry = parseRegistryRef("europe-west1-docker.pkg.dev/acme-data/etl");

describe("create-repository through Artifact Registry's REST API (local stand-in of the documented API)", () => {
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
    const { creator: subject } = await creator({ existing: new Set(), createStatus: 409 });
    expect(await subject.ensureRepository(registry)).toBe("exists");
  });

  it("a 403 names the missing permission", async () => {
    const { creator: subject } = await creator({ existing: new Set(), getStatus: 403 });
    await expect(subject.ensureRepository(registry)).rejects.toThrow(/lacks artifactregistry\.repositories\.get on projects\/acme-data\/locations\/europe-west1\/repositories\/etl/);
  });

  it("a plain registry needs no repository", async () => {
    const { creator: subject } = await creator({ existing: new Set() });
    expect(await subject.ensureRepository(parseRegistryRef("127.0.0.1:5555/etl"))).toBe("not-applicable");
  });
});
