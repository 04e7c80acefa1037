import http from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A local stand-in for the Cloud Composer REST API v1, serving only
 * `GET /v1/projects/{p}/locations/{l}/environments/{e}` (environments.get). Responses follow the
 * documented `Environment` resource and Google's JSON error shape; it checks the request the
 * way the real API does (path, bearer token) and records it.
 */
export interface ComposerStandIn {
  /** Base URL to pass as the Composer API address (ends in /v1). */
  readonly baseUrl: string;
  readonly requests: { method: string; path: string; authorization?: string }[];
  close(): Promise<void>;
}

/** A documented-shape Environment resource for a Composer environment using `bucket`. */
export function environmentResource(name: string, bucket: string, imageVersion: string): Record<string, unknown> {
  const [, project, location, environment] = /^projects\/([^/]+)\/locations\/([^/]+)\/environments\/([^/]+)$/.exec(name) ?? [];
  return {
    name,
    config: {
      gkeCluster: `projects/${project}/locations/${location}/clusters/${location}-${environment}-1a2b3c4d-gke`,
      dagGcsPrefix: `gs://${bucket}/dags`,
      softwareConfig: {
        imageVersion,
        pythonVersion: "3",
        airflowConfigOverrides: { "core-dags_are_paused_at_creation": "True" },
        envVariables: {},
      },
      nodeConfig: { serviceAccount: `composer@${project}.iam.gserviceaccount.com`, network: `projects/${project}/global/networks/default` },
      privateEnvironmentConfig: {},
      webServerNetworkAccessControl: { allowedIpRanges: [{ value: "0.0.0.0/0", description: "Allows access from all IPv4 addresses" }] },
      airflowUri: `https://1a2b3c4d5e6f-dot-${location}.composer.googleusercontent.com`,
      environmentSize: "ENVIRONMENT_SIZE_SMALL",
    },
    uuid: "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0",
    state: "RUNNING",
    createTime: "2024-05-01T10:00:00.000000Z",
    updateTime: "2024-05-02T10:00:00.000000Z",
    labels: {},
    satisfiesPzs: false,
    storageConfig: { bucket },
  };
}

/**
 * Start the stand-in. `environments` maps full names to resources; names in `forbidden` answer
 * 403 as the API does for a caller without composer.environments.get.
 */
export async function startComposerStandIn(options: {
  token: string;
  environments: Record<string, Record<string, unknown>>;
  forbidden?: string[];
}): Promise<ComposerStandIn> {
  const requests: ComposerStandIn["requests"] = [];
  const error = (res: http.ServerResponse, code: number, status: string, message: string): void => {
    res.writeHead(code, { "content-type": "application/json; charset=UTF-8" });
    res.end(JSON.stringify({ error: { code, message, status } }));
  };
  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://stand-in").pathname;
    requests.push({ method: req.method ?? "", path, ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}) });
    if (req.headers.authorization !== `Bearer ${options.token}`) {
      error(res, 401, "UNAUTHENTICATED", "Request had invalid authentication credentials. Expected OAuth 2 access token.");
      return;
    }
    const match = /^\/v1\/(projects\/[^/]+\/locations\/[^/]+\/environments\/[^/]+)$/.exec(path);
    if (req.method !== "GET" || !match) {
      error(res, 404, "NOT_FOUND", `Method not found: ${req.method} ${path}`);
      return;
    }
    const name = match[1] as string;
    if (options.forbidden?.includes(name)) {
      error(
        res,
        403,
        "PERMISSION_DENIED",
        `Permission 'composer.environments.get' denied on resource '//composer.googleapis.com/${name}' (or it may not exist).`,
      );
      return;
    }
    const environment = options.environments[name];
    if (environment === undefined) {
      error(res, 404, "NOT_FOUND", `Environment ${name} not found.`);
      return;
    }
    res.writeHead(200, { "content-type": "application/json; charset=UTF-8" });
    res.end(JSON.stringify(environment));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
