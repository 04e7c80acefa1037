/**
 * Splits a templated string into text and tags with their offsets, as Jinja2 (with Airflow's
 * settings: default delimiters, no trim_blocks/lstrip_blocks, keep_trailing_newline off) reads it:
 * newlines normalised to `\n`, one trailing newline dropped, `{{-`/`-}}` whitespace control. Each
 * tag's expression is then lexed and parsed by @huggingface/jinja.
 */
import { parse, tokenize } from "../util/jinja-engine.js";

/** One piece of a template, with the offset of its first character in the normalised text. */
export type Segment =
  | { kind: "text"; text: string; offset: number }
  | { kind: "output" | "statement"; body: string; offset: number; source: string }
  | { kind: "comment"; offset: number };

/** A template the renderer cannot read, with the offset it concerns. */
export class TemplateSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** Jinja2's newline handling: every newline becomes `\n`, a single trailing one is dropped. */
export function normaliseNewlines(text: string): string {
  const normalised = text.replace(/\r\n|\r/g, "\n");
  return normalised.endsWith("\n") ? normalised.slice(0, -1) : normalised;
}

/** Offset just past the closing delimiter of a tag opened at `start`, skipping string literals. */
function tagEnd(text: string, start: number, close: string): number {
  let index = start + 2;
  while (index < text.length) {
    const char = text[index];
    if (char === "'" || char === '"') {
      index += 1;
      while (index < text.length && text[index] !== char) index += text[index] === "\\" ? 2 : 1;
      index += 1;
      continue;
    }
    if (text.startsWith(close, index)) return index + close.length;
    index += 1;
  }
  throw new TemplateSyntaxError(`unclosed tag: expected "${close}"`, start);
}

/** Text and tags of a normalised template, whitespace control applied to the text around tags. */
export function segments(text: string): Segment[] {
  const result: Segment[] = [];
  let textStart = 0;
  let stripNext = false;
  const pushText = (end: number, stripEnd: boolean): void => {
    let piece = text.slice(textStart, end);
    if (stripNext) piece = piece.replace(/^\s+/, "");
    if (stripEnd) piece = piece.replace(/\s+$/, "");
    if (piece !== "") result.push({ kind: "text", text: piece, offset: textStart });
  };
  for (let index = text.indexOf("{"); index >= 0 && index < text.length; index = text.indexOf("{", index)) {
    const opener = text[index + 1];
    if (opener !== "{" && opener !== "%" && opener !== "#") {
      index += 1;
      continue;
    }
    const close = opener === "{" ? "}}" : opener === "%" ? "%}" : "#}";
    const end = opener === "#" ? text.indexOf("#}", index + 2) + 2 : tagEnd(text, index, close);
    if (end < 2) throw new TemplateSyntaxError('unclosed comment: expected "#}"', index);
    const stripBefore = text[index + 2] === "-";
    const stripAfter = text[end - 3] === "-" && end - 3 > index + 2;
    pushText(index, stripBefore);
    const body = text.slice(index + 2 + (stripBefore ? 1 : 0), end - 2 - (stripAfter ? 1 : 0));
    if (opener === "#") result.push({ kind: "comment", offset: index });
    else result.push({ kind: opener === "{" ? "output" : "statement", body, offset: index, source: text.slice(index, end) });
    stripNext = stripAfter;
    textStart = end;
    index = end;
  }
  pushText(text.length, false);
  return result;
}

/** An expression tree node of @huggingface/jinja, read structurally. */
export interface JinjaNode {
  type: string;
  [key: string]: unknown;
}

const COMPARISON = new Set(["==", "!=", "<", ">", "<=", ">=", "in"]);
const LOWER_THAN_ADDITIVE = new Set(["and", "or", "not", "if", "else", "is"]);

/**
 * Jinja2 and @huggingface/jinja group two constructs differently: chained comparisons
 * (`a < b < c` is `a < b and b < c` in Jinja2) and `~` next to `+`/`-` (`~` binds tighter in
 * Jinja2). Both are refused, so neither can render a different value.
 */
function checkGrouping(tokens: readonly { type: string; value: string }[], offset: number): void {
  const stack: { comparisons: number; concat: boolean; additive: boolean }[] = [{ comparisons: 0, concat: false, additive: false }];
  for (const token of tokens) {
    const level = stack[stack.length - 1] as { comparisons: number; concat: boolean; additive: boolean };
    if (["OpenParen", "OpenSquareBracket", "OpenCurlyBracket"].includes(token.type)) stack.push({ comparisons: 0, concat: false, additive: false });
    else if (["CloseParen", "CloseSquareBracket", "CloseCurlyBracket"].includes(token.type)) stack.pop();
    else if (token.type === "Comma" || (token.type === "Identifier" && LOWER_THAN_ADDITIVE.has(token.value))) {
      level.comparisons = 0;
      level.concat = level.additive = false;
    } else if (token.type === "ComparisonBinaryOperator" || (token.type === "Identifier" && COMPARISON.has(token.value))) {
      level.comparisons += 1;
      level.concat = level.additive = false;
      if (level.comparisons > 1) throw new TemplateSyntaxError("chained comparisons (a < b < c) are not supported: write a < b and b < c", offset);
    } else if (token.type === "AdditiveBinaryOperator") {
      if (token.value === "~") level.concat = true;
      else level.additive = true;
      if (level.concat && level.additive) throw new TemplateSyntaxError("`~` next to `+` or `-` groups differently in Jinja2: add parentheses", offset);
    }
  }
}

/** Lex and parse one tag's expression with @huggingface/jinja. */
export function parseExpression(body: string, offset: number): JinjaNode {
  let program: { body: unknown[] };
  try {
    const tokens = tokenize(`{{${body}}}`);
    checkGrouping(tokens.slice(1, -1), offset);
    program = parse(tokens);
  } catch (thrown) {
    if (thrown instanceof TemplateSyntaxError) throw thrown;
    throw new TemplateSyntaxError(`cannot parse the expression: ${thrown instanceof Error ? thrown.message : String(thrown)}`, offset);
  }
  const [expression, ...rest] = program.body;
  if (expression === undefined || rest.length > 0) throw new TemplateSyntaxError("expected one expression", offset);
  return expression as JinjaNode;
}
