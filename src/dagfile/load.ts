import jsYaml from "js-yaml";
import type { Problem } from "../errors.js";
import { positionOf, SourceDocument } from "./source.js";

/** Result of reading dag.yaml text: the plain value, the source map, and syntax problems. */
export interface LoadedSpec {
  source: SourceDocument;
  /** The document as plain JSON-like data; undefined when the YAML could not be read at all. */
  value: unknown;
  problems: Problem[];
}

/** Largest alias expansion accepted; stops "billion laughs" documents. */
const MAX_ALIAS_COUNT = 200;
/** Anchors make aliases possible; such documents take the guarded path. */
const MAY_HAVE_ANCHORS = /&[^\s&]/;

/**
 * Parse dag.yaml text (or another dagship YAML file: `expected` says what an empty one lacks) with the YAML 1.2 core schema (`yes` stays a string, `2024-01-01` stays a
 * string, duplicate keys are errors). Never throws on bad input: problems are returned, located.
 *
 * The common case, a well-formed file without anchors, takes a fast parser that keeps no
 * positions; the source map is built only if a later phase has a problem to point at.
 */
export function loadSpecText(file: string, text: string, expected = DAG_FILE_EXPECTED): LoadedSpec {
  const source = new SourceDocument(file, text);
  if (!MAY_HAVE_ANCHORS.test(text)) {
    try {
      const value: unknown = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, json: false });
      return withValue(source, value, [], expected);
    } catch {
      // Fall through: the position-keeping parser explains the problem with a location.
    }
  }
  const { document } = source;
  const problems: Problem[] = document.errors.map((error) => ({
    file,
    ...positionOf(source, error.pos[0]),
    message: `invalid YAML: ${firstLine(error.message)}`,
    severity: "error",
  }));
  if (problems.length > 0) return { source, value: undefined, problems };
  try {
    return withValue(source, document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), problems, expected);
  } catch (thrown) {
    const reason = thrown instanceof Error ? thrown.message : String(thrown);
    problems.push({ file, line: 1, column: 1, message: `invalid YAML: ${firstLine(reason)}`, severity: "error" });
    return { source, value: undefined, problems };
  }
}

/** What an empty dag.yaml should have held, for its message. */
const DAG_FILE_EXPECTED = "a mapping with at least `tasks:` (see schema/dag.schema.json)";

function withValue(source: SourceDocument, value: unknown, problems: Problem[], expected: string): LoadedSpec {
  if (value === null || value === undefined) {
    problems.push({
      file: source.file,
      line: 1,
      column: 1,
      message: `the file is empty: expected ${expected}`,
      severity: "error",
    });
    return { source, value: undefined, problems };
  }
  return { source, value, problems };
}

function firstLine(message: string): string {
  const line = message.split("\n")[0] ?? message;
  return line.replace(/ at line \d+, column \d+:?$/, "");
}
