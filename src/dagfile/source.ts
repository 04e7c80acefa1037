import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, YAMLParseError, type Document, type Node, type Pair, type YAMLMap } from "yaml";
import type { Problem } from "../errors.js";

/**
 * How dag.yaml is read, the only way it is read: YAML 1.2 with the core schema (`yes` and
 * `1_000` stay strings, `0o17` is 15, `~` is null), no `<<` merge keys, duplicate keys are
 * errors, and only the core tags resolve (`!!binary`, `!!timestamp`, ... are left unresolved,
 * which the loader reports). Whatever else a document contains, a value means the same.
 */
export const YAML_OPTIONS = {
  version: "1.2",
  schema: "core",
  strict: true,
  // Duplicate keys are errors, found by duplicateKeyErrors: the parser's own check compares
  // each key with every earlier one, quadratic in the keys of a map.
  uniqueKeys: false,
  merge: false,
  resolveKnownTags: false,
  prettyErrors: false,
  // Collection keys are stringified by toJS; the default level would print a Node warning.
  logLevel: "error",
} as const;

/** dag.yaml text, parsed once, with its source map. */
export class SourceDocument {
  readonly document: Document.Parsed;
  readonly lineCounter = new LineCounter();
  /** Key -> pair of each map looked up so far; built on the first lookup, so a lookup is O(1). */
  private readonly pairIndex = new WeakMap<YAMLMap, Map<string, Pair>>();

  constructor(
    /** Path as shown to the user (relative to the repository where possible). */
    readonly file: string,
    readonly text: string,
  ) {
    this.document = parseDocument(text, { ...YAML_OPTIONS, lineCounter: this.lineCounter });
    this.document.errors.push(...duplicateKeyErrors(this.document));
  }

  /** The pair of `map` whose scalar key reads `key` (the first one, should a key repeat). */
  pairOf(map: YAMLMap, key: string | number): Pair | undefined {
    let index = this.pairIndex.get(map);
    if (!index) {
      index = new Map();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const name = String(pair.key.value);
        if (!index.has(name)) index.set(name, pair);
      }
      this.pairIndex.set(map, index);
    }
    return index.get(String(key));
  }
}

/**
 * "Map keys must be unique" at every repeated key, as the parser's `uniqueKeys: true` reports
 * it (two scalar keys are the same when their values are ===, so 1 and 1.0 are, 1 and "1" are
 * not, and NaN is never a repeat), in one pass over each map.
 */
function duplicateKeyErrors(document: Document.Parsed): YAMLParseError[] {
  const errors: YAMLParseError[] = [];
  visit(document, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        if (!isScalar(pair.key) || Number.isNaN(pair.key.value)) continue;
        if (seen.has(pair.key.value))
          errors.push(new YAMLParseError([pair.key.range?.[0] ?? 0, pair.key.range?.[1] ?? 0], "DUPLICATE_KEY", "Map keys must be unique"));
        else seen.add(pair.key.value);
      }
    },
  });
  return errors;
}

/** A path into the document: map keys and sequence indexes. */
export type ValuePath = readonly (string | number)[];

/** Where a problem points: the value itself, or the key that names it. */
export type Anchor = "value" | "key";

/** 1-based line and column of a character offset. */
export function positionOf(source: SourceDocument, offset: number): { line: number; column: number } {
  const { line, col } = source.lineCounter.linePos(offset);
  return { line, column: col };
}

/**
 * The YAML node at `path`, or the deepest existing ancestor when the path does not exist
 * (e.g. a missing key points at the map that should hold it).
 */
export function nodeAt(source: SourceDocument, path: ValuePath, anchor: Anchor = "value"): Node | null {
  let current: unknown = source.document.contents;
  for (let index = 0; index < path.length; index += 1) {
    const segment = path[index] as string | number;
    const isLast = index === path.length - 1;
    if (isMap(current)) {
      const pair = source.pairOf(current, segment);
      if (!pair) return current;
      if (isLast && anchor === "key") return isScalar(pair.key) ? pair.key : current;
      current = pair.value ?? pair.key;
    } else if (isSeq(current) && typeof segment === "number") {
      const item = current.items[segment];
      if (item === undefined) return current;
      current = item;
    } else {
      break;
    }
  }
  if (isPair(current)) return null;
  return (current as Node | null) ?? null;
}

/** Build a located problem for the value (or key) at `path`. `offsetInValue` shifts into a scalar. */
export function problemAt(
  source: SourceDocument,
  path: ValuePath,
  message: string,
  options: { anchor?: Anchor; offsetInValue?: number; severity?: Problem["severity"] } = {},
): Problem {
  const node = nodeAt(source, path, options.anchor ?? "value");
  let offset = node?.range?.[0] ?? 0;
  if (options.offsetInValue !== undefined && node && isScalar(node)) {
    const quoted = node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE";
    offset += options.offsetInValue + (quoted ? 1 : 0);
  }
  return { file: source.file, ...positionOf(source, offset), message, severity: options.severity ?? "error" };
}

/** Human form of a value path: tasks.load.resources.memory, secrets[0].env. */
export function describePath(path: ValuePath): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out === "" ? segment : `.${segment}`;
  }
  return out === "" ? "the document" : out;
}
