import { LineCounter, parseDocument } from "yaml";
import type { Problem } from "../errors.js";
import { positionOf, type SourceDocument } from "./source.js";

/** Result of reading dag.yaml text: the plain value, the source map, and syntax problems. */
export interface LoadedSpec {
  source: SourceDocument;
  /** The document as plain JSON-like data; undefined when the YAML could not be read at all. */
  value: unknown;
  problems: Problem[];
}

/** Largest alias expansion accepted; stops "billion laughs" documents. */
const MAX_ALIAS_COUNT = 200;

/**
 * Parse dag.yaml text (YAML 1.2 core schema: `yes` stays a string, `2024-01-01` stays a string)
 * keeping positions for every node. Never throws on bad input: problems are returned.
 */
export function loadSpecText(file: string, text: string): LoadedSpec {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    version: "1.2",
    schema: "core",
    strict: true,
    merge: false,
  });
  const source: SourceDocument = { file, text, document, lineCounter };
  const problems: Problem[] = [];
  for (const error of document.errors) {
    problems.push({
      file,
      ...positionOf(source, error.pos[0]),
      message: `invalid YAML: ${firstLine(error.message)}`,
      severity: "error",
    });
  }
  if (problems.length > 0) return { source, value: undefined, problems };
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (thrown) {
    const reason = thrown instanceof Error ? thrown.message : String(thrown);
    problems.push({ file, line: 1, column: 1, message: `invalid YAML: ${firstLine(reason)}`, severity: "error" });
    return { source, value: undefined, problems };
  }
  if (value === null || value === undefined) {
    problems.push({
      file,
      line: 1,
      column: 1,
      message: "the file is empty: expected a mapping with at least `tasks:` (see schema/dag.schema.json)",
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
