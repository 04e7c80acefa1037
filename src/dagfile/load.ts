import type { YAMLError } from "yaml";
import { excerpt, type Problem } from "../errors.js";
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
const TAG_FIX = "dag.yaml takes plain YAML 1.2 values; only the core tags !!str, !!int, !!float, !!bool, !!null, !!seq and !!map are read. Remove the tag.";

/**
 * Parse dag.yaml text, or another dagship YAML file (`expected` says what an empty one lacks),
 * with one parser and one meaning (YAML_OPTIONS in source.ts). Never throws on bad
 * input: problems are returned, located. A tag the core schema does not know (`!!binary`,
 * `!custom`) is an error rather than a silent string: dagship would not honour it.
 *
 * There is no faster positionless first pass. js-yaml is ~10x faster, but even with the core
 * schema rebuilt to the yaml package's rules and anchors, tags, directives and complex keys sent
 * to the full parser, it accepted or read differently 152 of ~1,900 documents of the YAML test
 * suite and their mutations: comments without a space before `#`, under-indented flow and quoted
 * continuation lines, tabs as indentation, CR line breaks. Its reading cannot be made the same.
 */
export function loadSpecText(file: string, text: string, expected = DAG_FILE_EXPECTED): LoadedSpec {
  const source = new SourceDocument(file, text);
  const { document } = source;
  const located = (error: YAMLError): Problem => ({
    file,
    ...positionOf(source, error.pos[0]),
    message: error.code === "TAG_RESOLVE_FAILED" ? `${firstLine(error.message)}: ${TAG_FIX}` : `invalid YAML: ${firstLine(error.message)}`,
    severity: "error",
  });
  const problems = [...document.errors.map(located), ...document.warnings.map(located)];
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
  // The parser's own words, but never more of the file than a short piece of its offending line.
  return excerpt(line.replace(/ at line \d+, column \d+:?$/, ""));
}
