/**
 * Checks HTTP exchanges against GitHub's published OpenAPI description (`@octokit/openapi`,
 * api.github.com): the operation exists for the path and method, path and query parameters are
 * declared and well-typed, required body fields are there and the body matches its schema, and
 * a response matches the schema documented for its status.
 */
import { createRequire } from "node:module";
import { Ajv, type ValidateFunction } from "ajv";

interface Parameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  schema?: Record<string, unknown>;
}
interface Operation {
  operationId: string;
  parameters?: (Parameter | { $ref: string })[];
  requestBody?: { required?: boolean; content: Record<string, { schema: Record<string, unknown> }> };
  responses: Record<string, { content?: Record<string, { schema: Record<string, unknown> }> } | { $ref: string }>;
}
interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: {
    parameters: Record<string, Parameter>;
    responses: Record<string, { content?: Record<string, { schema: Record<string, unknown> }> }>;
    schemas: Record<string, unknown>;
  };
}

/** An operation matched to a request. */
export interface MatchedOperation {
  template: string;
  method: string;
  operation: Operation;
  pathParams: Record<string, string>;
}

const DOC_ID = "https://api.github.com/openapi.json";

function rebase(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rebase);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [
        key,
        key === "$ref" && typeof inner === "string" && inner.startsWith("#/") ? `${DOC_ID}${inner}` : rebase(inner),
      ]),
    );
  }
  return value;
}

function collectFormats(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) for (const inner of value) collectFormats(inner, into);
  else if (value !== null && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) {
      if (key === "format" && typeof inner === "string") into.add(inner);
      else collectFormats(inner, into);
    }
  }
}

/** Validates requests and responses against the api.github.com OpenAPI description. */
export class OpenApiChecker {
  readonly document: OpenApiDocument;
  private readonly ajv: Ajv;
  private readonly compiled = new Map<string, ValidateFunction>();
  private readonly templates: { regex: RegExp; names: string[]; template: string }[];

  constructor() {
    const require = createRequire(import.meta.url);
    this.document = require("@octokit/openapi/generated/api.github.com.json") as OpenApiDocument;
    this.ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
    const formats = new Set<string>();
    collectFormats(this.document.components.schemas, formats);
    for (const format of formats) {
      if (format === "date-time") this.ajv.addFormat(format, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/);
      else if (format === "uri") this.ajv.addFormat(format, { validate: (text: string) => URL.canParse(text) });
      else this.ajv.addFormat(format, true);
    }
    this.ajv.addSchema({ $id: DOC_ID, components: rebase(this.document.components) as object });
    this.templates = Object.keys(this.document.paths).map((template) => {
      const names: string[] = [];
      const source = template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{([^}]+)\}/g, (_, name: string) => {
        names.push(name);
        return "([^/]+)";
      });
      return { regex: new RegExp(`^${source}$`), names, template };
    });
  }

  /** The documented operation for a method and path, or a violation. */
  match(method: string, pathname: string): MatchedOperation | string {
    const lower = method.toLowerCase();
    // Literal segments beat parameters (e.g. /issues/comments/{id} vs /issues/{number}/...).
    const candidates = this.templates
      .map((entry) => ({ entry, hit: entry.regex.exec(pathname) }))
      .filter((candidate) => candidate.hit !== null)
      .sort((a, b) => a.entry.names.length - b.entry.names.length);
    if (candidates.length === 0) return `no documented path matches ${pathname}`;
    for (const { entry, hit } of candidates) {
      const operation = this.document.paths[entry.template]?.[lower];
      if (!operation) continue;
      const pathParams = Object.fromEntries(entry.names.map((name, index) => [name, decodeURIComponent(hit?.[index + 1] ?? "")]));
      return { template: entry.template, method: lower, operation, pathParams };
    }
    return `${method} is not documented for ${candidates[0]?.entry.template}`;
  }

  private parameters(operation: Operation): Parameter[] {
    return (operation.parameters ?? []).map((parameter) => {
      if ("$ref" in parameter) {
        const name = parameter.$ref.replace("#/components/parameters/", "");
        const resolved = this.document.components.parameters[name];
        if (!resolved) throw new Error(`unresolvable parameter ${parameter.$ref}`);
        return resolved;
      }
      return parameter;
    });
  }

  private validator(key: string, schema: Record<string, unknown>): ValidateFunction {
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile(rebase(schema) as object);
      this.compiled.set(key, validate);
    }
    return validate;
  }

  private checkValue(where: string, key: string, schema: Record<string, unknown> | undefined, raw: string): string[] {
    if (!schema) return [];
    let value: unknown = raw;
    if (schema["type"] === "integer" || schema["type"] === "number") {
      if (!/^-?\d+(\.\d+)?$/.test(raw)) return [`${where}: ${JSON.stringify(raw)} is not a ${schema["type"] as string}`];
      value = Number(raw);
    } else if (schema["type"] === "boolean") {
      if (raw !== "true" && raw !== "false") return [`${where}: ${JSON.stringify(raw)} is not a boolean`];
      value = raw === "true";
    }
    const validate = this.validator(key, schema);
    return validate(value) ? [] : [`${where}: ${this.ajv.errorsText(validate.errors)}`];
  }

  /** Violations of a request; [] when it conforms. */
  checkRequest(matched: MatchedOperation, query: URLSearchParams, body: unknown, contentType: string | undefined): string[] {
    const problems: string[] = [];
    const id = matched.operation.operationId;
    const parameters = this.parameters(matched.operation);
    for (const parameter of parameters.filter((p) => p.in === "path")) {
      const value = matched.pathParams[parameter.name];
      if (value === undefined || value === "") problems.push(`${id}: path parameter ${parameter.name} is missing`);
      else problems.push(...this.checkValue(`${id}: path parameter ${parameter.name}`, `${id}#path.${parameter.name}`, parameter.schema, value));
    }
    const declared = new Map(parameters.filter((p) => p.in === "query").map((p) => [p.name, p]));
    for (const [name, value] of query) {
      const parameter = declared.get(name);
      if (!parameter) problems.push(`${id}: query parameter ${name} is not documented`);
      else problems.push(...this.checkValue(`${id}: query parameter ${name}`, `${id}#query.${name}`, parameter.schema, value));
    }
    for (const parameter of declared.values()) {
      if (parameter.required && !query.has(parameter.name)) problems.push(`${id}: required query parameter ${parameter.name} is missing`);
    }
    const requestBody = matched.operation.requestBody;
    if (requestBody) {
      if (body === undefined) {
        if (requestBody.required) problems.push(`${id}: the request body is required`);
      } else {
        const json = requestBody.content["application/json"];
        if (!json) problems.push(`${id}: no JSON body is documented`);
        else {
          if (!contentType?.startsWith("application/json")) problems.push(`${id}: body sent as ${contentType ?? "no content type"}, not application/json`);
          const validate = this.validator(`${id}#body`, json.schema);
          if (!validate(body)) problems.push(`${id}: request body: ${this.ajv.errorsText(validate.errors)}`);
        }
      }
    } else if (body !== undefined) {
      problems.push(`${id}: takes no request body`);
    }
    return problems;
  }

  /** Violations of a response; [] when it conforms to the schema documented for its status. */
  checkResponse(matched: MatchedOperation, status: number, body: unknown): string[] {
    const id = matched.operation.operationId;
    let response = matched.operation.responses[String(status)];
    if (response && "$ref" in response) response = this.document.components.responses[response.$ref.replace("#/components/responses/", "")];
    if (!response) return [`${id}: status ${status} is not documented`];
    const json = response.content?.["application/json"];
    if (!json) return body === undefined || body === "" ? [] : [`${id}: status ${status} documents no JSON body`];
    const validate = this.validator(`${id}#response.${status}`, json.schema);
    return validate(body) ? [] : [`${id}: response ${status}: ${this.ajv.errorsText(validate.errors)}`];
  }
}
