import http from "node:http";
import type { AddressInfo } from "node:net";
import { messageOf } from "../../src/errors.js";
import { latency, type RoundTripCounter } from "./round-trips.js";

/**
 * A precondition-enforcing HTTP proxy in front of the Cloud Storage emulator.
 *
 * The emulator ignores `ifGenerationMatch`, so on its own it can never answer 412 and the
 * code paths for concurrent deploys would go untested. This proxy forwards every request
 * unchanged, except that uploads and deletes of one object are serialised, and for each one it
 * first asks the emulator for the object's current generation (its own numbers, nothing
 * invented here) and answers 412 the way Cloud Storage does when `ifGenerationMatch` names
 * another generation (`0`: the object must not exist).
 *
 * The emulator stamps generations with `Date.now()`, so two writes of one object within the
 * same millisecond would get equal generations; real Cloud Storage never repeats one. The proxy
 * therefore holds a write until the clock has passed every generation it has seen for that
 * object, which keeps the emulator's generations unique per object, as they are in production.
 *
 * It can also answer chosen requests itself (`inject`), to play Cloud Storage's errors (403,
 * 404 for a missing bucket, 429, 503) that the emulator never produces; and play the network's
 * latency (`latencyMs`, before each request is handled) and count the sequential round trips of
 * the client's requests (`rounds`; the proxy's own questions to the emulator are not counted).
 */
export interface PreconditionProxy {
  /** Base URL to give the client as its API endpoint. */
  readonly url: string;
  /** Counts, for assertions that the paths under test really ran. */
  readonly stats: { forwarded: number; preconditionFailures: number; injected: number };
  close(): Promise<void>;
}

/** What the proxy saw of a request, for `inject` to decide on. */
export interface ProxiedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  bucket?: string;
  object?: string;
  /** upload, delete, or other */
  kind: "upload" | "delete" | "other";
}

/** A response the proxy sends instead of forwarding. */
export interface InjectedResponse {
  status: number;
  body: unknown;
}

/** Cloud Storage's JSON error body. */
export function gcsError(status: number, reason: string, message: string): InjectedResponse {
  return { status, body: { error: { code: status, message, errors: [{ message, domain: "global", reason }] } } };
}

const PRECONDITION_FAILED = gcsError(412, "conditionNotMet", "At least one of the pre-conditions you specified did not hold.");

/** Start the proxy on 127.0.0.1 (a free port) in front of `upstream`. */
export async function startPreconditionProxy(
  upstream: string,
  options: { inject?: (request: ProxiedRequest) => InjectedResponse | undefined; latencyMs?: number; rounds?: Pick<RoundTripCounter, "begin"> } = {},
): Promise<PreconditionProxy> {
  const target = new URL(upstream);
  const stats = { forwarded: 0, preconditionFailures: 0, injected: 0 };
  const locks = new Map<string, Promise<void>>();
  const highestGeneration = new Map<string, number>();

  const withLock = async <T>(key: string, body: () => Promise<T>): Promise<T> => {
    const previous = locks.get(key) ?? Promise.resolve();
    let release = (): void => undefined;
    const mine = new Promise<void>((resolve) => {
      release = resolve;
    });
    const chained = previous.then(() => mine);
    locks.set(key, chained);
    await previous;
    try {
      return await body();
    } finally {
      release();
      if (locks.get(key) === chained) locks.delete(key);
    }
  };

  const currentGeneration = (bucket: string, object: string): Promise<string> =>
    new Promise((resolve, reject) => {
      const request = http.request(
        {
          host: target.hostname,
          port: target.port,
          method: "GET",
          path: `/storage/v1/b/${encodeURIComponent(bucket)}/o/${encodeURIComponent(object)}`,
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("end", () => {
            if (response.statusCode === 404) {
              resolve("0");
              return;
            }
            if (response.statusCode !== 200) {
              reject(new Error(`emulator answered ${response.statusCode} for ${object}`));
              return;
            }
            const parsed = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { generation?: string };
            resolve(String(parsed.generation));
          });
        },
      );
      request.on("error", reject);
      request.end();
    });

  const forward = (req: http.IncomingMessage, res: http.ServerResponse, body: Buffer): Promise<void> =>
    new Promise((resolve) => {
      stats.forwarded++;
      const upstreamRequest = http.request(
        {
          host: target.hostname,
          port: target.port,
          method: req.method,
          path: req.url,
          headers: { ...req.headers, host: target.host },
        },
        (upstreamResponse) => {
          res.writeHead(upstreamResponse.statusCode ?? 502, upstreamResponse.headers);
          upstreamResponse.pipe(res);
          upstreamResponse.on("end", () => resolve());
          upstreamResponse.on("error", () => resolve());
        },
      );
      upstreamRequest.on("error", (error) => {
        if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain" });
        res.end(`proxy: upstream failed: ${error.message}`);
        resolve();
      });
      upstreamRequest.end(body);
    });

  const send = (res: http.ServerResponse, response: InjectedResponse): void => {
    res.writeHead(response.status, { "content-type": "application/json; charset=UTF-8" });
    res.end(JSON.stringify(response.body));
  };

  const server = http.createServer((req, res) => {
    const answered = options.rounds?.begin(callName(req.method ?? "GET", new URL(req.url ?? "/", "http://proxy")));
    if (answered !== undefined) res.on("close", answered);
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      void (async () => {
        const body = Buffer.concat(chunks);
        const url = new URL(req.url ?? "/", "http://proxy");
        const request = describe(req.method ?? "GET", url);
        await latency(options.latencyMs ?? 0);
        const injected = options.inject?.(request);
        if (injected !== undefined) {
          stats.injected++;
          send(res, injected);
          return;
        }
        if (request.kind === "other" || request.bucket === undefined || request.object === undefined) {
          await forward(req, res, body);
          return;
        }
        const objectKey = `${request.bucket}/${request.object}`;
        await withLock(objectKey, async () => {
          const current = await currentGeneration(request.bucket as string, request.object as string);
          if (current !== "0") highestGeneration.set(objectKey, Math.max(highestGeneration.get(objectKey) ?? 0, Number(current)));
          const expected = request.query.get("ifGenerationMatch");
          const mustBeAbsentOrMatch = expected !== null && expected !== current;
          // A conditional delete of an absent object is a 404 in Cloud Storage; let the emulator say it.
          if (mustBeAbsentOrMatch && !(request.kind === "delete" && current === "0")) {
            stats.preconditionFailures++;
            send(res, PRECONDITION_FAILED);
            return;
          }
          const highest = highestGeneration.get(objectKey) ?? 0;
          while (Date.now() <= highest) await new Promise((resolve) => setTimeout(resolve, 1));
          await forward(req, res, body);
        });
      })().catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
        res.end(`proxy error: ${messageOf(error)}`);
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stats,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** A request in the words of the store's calls (`list PREFIX`, `read KEY`, `write KEY`, `delete KEY`), for a round-trip count. */
function callName(method: string, url: URL): string {
  const request = describe(method, url);
  if (request.kind === "upload") return `write ${request.object ?? ""}`;
  if (request.kind === "delete") return `delete ${request.object ?? ""}`;
  if (method === "GET" && request.object !== undefined) return `read ${request.object}`;
  if (method === "GET" && /\/o$/.test(url.pathname)) return `list ${url.searchParams.get("prefix") ?? ""}`;
  return `${method} ${url.pathname}`;
}

/** Which bucket and object a JSON API request addresses, and whether it writes. */
function describe(method: string, url: URL): ProxiedRequest {
  const base = { method, path: url.pathname, query: url.searchParams };
  const upload = /^\/upload\/storage\/v1\/b\/([^/]+)\/o$/.exec(url.pathname);
  if (upload && method === "POST") {
    const name = url.searchParams.get("name");
    return { ...base, kind: "upload", bucket: decodeURIComponent(upload[1] ?? ""), ...(name === null ? {} : { object: name }) };
  }
  const object = /^(?:\/storage\/v1)?\/b\/([^/]+)\/o\/(.+)$/.exec(url.pathname);
  if (object) {
    return {
      ...base,
      kind: method === "DELETE" ? "delete" : "other",
      bucket: decodeURIComponent(object[1] ?? ""),
      object: decodeURIComponent(object[2] ?? ""),
    };
  }
  const bucket = /^(?:\/storage\/v1)?\/b\/([^/]+)/.exec(url.pathname);
  return { ...base, kind: "other", ...(bucket ? { bucket: decodeURIComponent(bucket[1] ?? "") } : {}) };
}
