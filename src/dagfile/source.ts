import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type Pair } from "yaml";
import type { Problem } from "../errors.js";

/**
 * dag.yaml text with a source map. The position-tracking parse is several times slower than
 * the plain one, so it happens on first use: a valid file never pays for it.
 */
export class SourceDocument {
  private parsed: { document: Document.Parsed; lineCounter: LineCounter } | undefined;

  constructor(
    /** Path as shown to the user (relative to the repository where possible). */
    readonly file: string,
    readonly text: string,
  ) {}

  private ensureParsed(): { document: Document.Parsed; lineCounter: LineCounter } {
    if (!this.parsed) {
      const lineCounter = new LineCounter();
      const document = parseDocument(this.text, {
        lineCounter,
        prettyErrors: false,
        uniqueKeys: true,
        version: "1.2",
        schema: "core",
        strict: true,
        merge: false,
      });
      this.parsed = { document, lineCounter };
    }
    return this.parsed;
  }

  /** The YAML document with node ranges. */
  get document(): Document.Parsed {
    return this.ensureParsed().document;
  }

  get lineCounter(): LineCounter {
    return this.ensureParsed().lineCounter;
  }
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

function pairOf(map: unknown, key: string | number): Pair<unknown, unknown> | undefined {
  if (!isMap(map)) return undefined;
  return map.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === String(key));
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
      const pair = pairOf(current, segment);
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
