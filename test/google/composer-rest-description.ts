/**
 * Checks HTTP exchanges with the Composer API against its published description: the service's
 * own protocol buffers as Google ships them in @google-cloud/orchestration-airflow
 * (google.cloud.orchestration.airflow.service.v1, with the `google.api.http` rules that map each
 * RPC to REST), read through the proto3 JSON mapping — lowerCamelCase names, 64-bit integers as
 * strings or numbers, enums by name, repeated fields as arrays, maps as objects, unknown fields
 * refused. Errors are google.rpc.Status in Google's `{"error": {...}}` envelope.
 */
import { createRequire } from "node:module";

interface Field {
  type: string;
  rule?: "repeated";
  keyType?: string;
  options?: Record<string, unknown>;
}
interface ProtoNode {
  nested?: Record<string, ProtoNode>;
  fields?: Record<string, Field>;
  values?: Record<string, number>;
  methods?: Record<string, { requestType: string; responseType: string; options?: Record<string, string> }>;
}

/** An RPC matched to an HTTP request. */
export interface MatchedRpc {
  rpc: string;
  requestType: string;
  responseType: string;
  /** Path variables bound from the URL, by field name. */
  pathParams: Record<string, string>;
  /** The `body` of the HTTP rule: "*" (every field not bound by the path) or absent. */
  body?: string;
}

const PACKAGE = ["google", "cloud", "orchestration", "airflow", "service", "v1"];
const WELL_KNOWN_STRINGS = new Set(["google.protobuf.Timestamp", "google.protobuf.Duration", "google.protobuf.FieldMask"]);
const INTEGER_32 = new Set(["int32", "uint32", "sint32", "fixed32", "sfixed32"]);
const INTEGER_64 = new Set(["int64", "uint64", "sint64", "fixed64", "sfixed64"]);

/** google.rpc.Code by name, with the HTTP status each maps to (google/rpc/code.proto). */
export const RPC_CODES: Readonly<Record<string, { code: number; http: number }>> = {
  INVALID_ARGUMENT: { code: 3, http: 400 },
  FAILED_PRECONDITION: { code: 9, http: 400 },
  OUT_OF_RANGE: { code: 11, http: 400 },
  UNAUTHENTICATED: { code: 16, http: 401 },
  PERMISSION_DENIED: { code: 7, http: 403 },
  NOT_FOUND: { code: 5, http: 404 },
  ABORTED: { code: 10, http: 409 },
  ALREADY_EXISTS: { code: 6, http: 409 },
  RESOURCE_EXHAUSTED: { code: 8, http: 429 },
  CANCELLED: { code: 1, http: 499 },
  INTERNAL: { code: 13, http: 500 },
  UNKNOWN: { code: 2, http: 500 },
  DATA_LOSS: { code: 15, http: 500 },
  UNIMPLEMENTED: { code: 12, http: 501 },
  UNAVAILABLE: { code: 14, http: 503 },
  DEADLINE_EXCEEDED: { code: 4, http: 504 },
};

function templateRegex(template: string): { regex: RegExp; names: string[] } {
  const names: string[] = [];
  let source = "";
  for (const part of template.split(/(\{[^}]+\})/)) {
    const variable = /^\{([^=}]+)(?:=([^}]+))?\}$/.exec(part);
    if (!variable) {
      source += part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      continue;
    }
    names.push(variable[1] as string);
    const pattern = (variable[2] ?? "*")
      .split("/")
      .map((segment) => (segment === "*" ? "[^/:]+" : segment === "**" ? ".+" : segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
    // A segment never holds the custom verb (`:executeAirflowCommand`) that follows the path.
    source += `(${pattern.join("/")})`;
  }
  return { regex: new RegExp(`^${source}$`), names };
}

/** The Composer v1 REST surface as its protocol buffers describe it. */
export class ComposerRestDescription {
  private readonly root: ProtoNode;

  constructor() {
    const require = createRequire(import.meta.url);
    this.root = require("@google-cloud/orchestration-airflow/build/protos/protos.json") as ProtoNode;
  }

  private node(path: readonly string[]): ProtoNode | undefined {
    let current: ProtoNode | undefined = this.root;
    for (const name of path) current = current?.nested?.[name];
    return current;
  }

  /** A type name as written in a field, resolved from the scope it was written in. */
  private resolve(type: string, scope: readonly string[]): { path: string[]; node: ProtoNode } | undefined {
    const parts = type.replace(/^\./, "").split(".");
    for (let depth = scope.length; depth >= 0; depth--) {
      const path = [...scope.slice(0, depth), ...parts];
      const node = this.node(path);
      if (node) return { path, node };
    }
    return undefined;
  }

  /** The RPC of the Environments service an HTTP method and path call, if any. */
  match(method: string, path: string): MatchedRpc | undefined {
    const service = this.node([...PACKAGE, "Environments"]);
    for (const [rpc, definition] of Object.entries(service?.methods ?? {})) {
      const options = definition.options ?? {};
      const template = options[`(google.api.http).${method.toLowerCase()}`];
      if (template === undefined) continue;
      const { regex, names } = templateRegex(template);
      const found = regex.exec(path);
      if (!found) continue;
      const pathParams = Object.fromEntries(names.map((name, index) => [name, found[index + 1] as string]));
      const body = options["(google.api.http).body"];
      return { rpc, requestType: definition.requestType, responseType: definition.responseType, pathParams, ...(body === undefined ? {} : { body }) };
    }
    return undefined;
  }

  /** Problems of a request body for an RPC (the fields the path binds must not be repeated in it). */
  checkRequest(matched: MatchedRpc, body: unknown): string[] {
    if (matched.body === undefined) return body === undefined ? [] : [`${matched.rpc} takes no body`];
    const problems = this.checkMessage(matched.requestType, PACKAGE, body, "request", new Set(Object.keys(matched.pathParams)));
    return problems;
  }

  /** Problems of a successful response body for an RPC. */
  checkResponse(matched: MatchedRpc, body: unknown): string[] {
    return this.checkMessage(matched.responseType, PACKAGE, body, "response", new Set());
  }

  /** Problems of an error answer: the envelope, google.rpc.Status, and the status's HTTP code. */
  checkError(httpStatus: number, body: unknown): string[] {
    const error = (body as { error?: unknown } | null)?.error;
    if (error === null || typeof error !== "object") return ['an error answer must be {"error": {...}}'];
    const { status, ...rest } = error as { status?: unknown } & Record<string, unknown>;
    const problems = this.checkMessage("google.rpc.Status", [], rest, "error", new Set());
    const known = typeof status === "string" ? RPC_CODES[status] : undefined;
    if (known === undefined) problems.push(`error.status ${JSON.stringify(status)} is not a google.rpc.Code name`);
    else {
      if (known.http !== httpStatus) problems.push(`${String(status)} maps to HTTP ${known.http}, not ${httpStatus}`);
      if ((rest as { code?: unknown }).code !== httpStatus) problems.push(`error.code must repeat the HTTP status ${httpStatus}`);
    }
    return problems;
  }

  private checkMessage(type: string, scope: readonly string[], value: unknown, at: string, bound: ReadonlySet<string>): string[] {
    if (WELL_KNOWN_STRINGS.has(type)) return typeof value === "string" ? [] : [`${at}: ${type} is a string in JSON`];
    if (type === "google.protobuf.Any" || type === "google.protobuf.Struct" || type === "google.protobuf.Value") return [];
    const resolved = this.resolve(type, scope);
    if (!resolved) return [`${at}: unknown type ${type}`];
    if (value === null || typeof value !== "object" || Array.isArray(value)) return [`${at}: ${type} must be a JSON object`];
    const fields = resolved.node.fields ?? {};
    const problems: string[] = [];
    for (const [name, inner] of Object.entries(value as Record<string, unknown>)) {
      const field = fields[name];
      if (field === undefined) problems.push(`${at}.${name}: ${type} has no field "${name}"`);
      else if (bound.has(name)) problems.push(`${at}.${name}: bound by the URL path, not sent in the body`);
      else problems.push(...this.checkField(field, resolved.path, inner, `${at}.${name}`));
    }
    for (const [name, field] of Object.entries(fields)) {
      if (field.options?.["(google.api.field_behavior)"] === "REQUIRED" && !bound.has(name) && !(name in value) && at === "request")
        problems.push(`${at}.${name}: required`);
    }
    return problems;
  }

  private checkField(field: Field, scope: readonly string[], value: unknown, at: string): string[] {
    if (field.keyType !== undefined) {
      if (value === null || typeof value !== "object" || Array.isArray(value)) return [`${at}: a map is a JSON object`];
      return Object.entries(value).flatMap(([key, inner]) => this.checkSingle(field.type, scope, inner, `${at}[${key}]`));
    }
    if (field.rule === "repeated")
      return Array.isArray(value)
        ? value.flatMap((inner, index) => this.checkSingle(field.type, scope, inner, `${at}[${index}]`))
        : [`${at}: a repeated field is a JSON array`];
    return this.checkSingle(field.type, scope, value, at);
  }

  private checkSingle(type: string, scope: readonly string[], value: unknown, at: string): string[] {
    if (type === "string") return typeof value === "string" ? [] : [`${at}: expected a string`];
    if (type === "bool") return typeof value === "boolean" ? [] : [`${at}: expected a boolean`];
    if (type === "bytes") return typeof value === "string" && /^[A-Za-z0-9+/_-]*=*$/.test(value) ? [] : [`${at}: expected base64 bytes`];
    if (INTEGER_32.has(type)) return Number.isInteger(value) || (typeof value === "string" && /^-?\d+$/.test(value)) ? [] : [`${at}: expected a ${type}`];
    if (INTEGER_64.has(type))
      return Number.isInteger(value) || (typeof value === "string" && /^-?\d+$/.test(value)) ? [] : [`${at}: expected a ${type} (string or number)`];
    if (type === "double" || type === "float") return typeof value === "number" ? [] : [`${at}: expected a number`];
    const resolved = this.resolve(type, scope);
    if (resolved?.node.values)
      return typeof value === "string" && value in resolved.node.values ? [] : [`${at}: ${JSON.stringify(value)} is not a value of ${type}`];
    return this.checkMessage(type, scope, value, at, new Set());
  }
}
