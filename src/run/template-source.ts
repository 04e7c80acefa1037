/**
 * Splits a templated string into text and tags with their offsets, as Jinja2 (with Airflow's
 * settings: default delimiters, no trim_blocks/lstrip_blocks, keep_trailing_newline off) reads it:
 * newlines normalised to `\n`, one trailing newline dropped, `{{-`/`-}}` whitespace control. The
 * tags are found by validation's lexer; each tag's expression is then parsed by @huggingface/jinja.
 */
import { lexTemplate } from "../dagfile/jinja-lexer.js";
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

/** A statement's body between its delimiters and whitespace-control dashes. */
function tagBody(text: string, start: number, end: number): { body: string; stripBefore: boolean; stripAfter: boolean } {
  const stripBefore = text[start + 2] === "-";
  const stripAfter = text[end - 3] === "-" && end - 3 > start + 2;
  return { body: text.slice(start + 2 + (stripBefore ? 1 : 0), end - 2 - (stripAfter ? 1 : 0)), stripBefore, stripAfter };
}

/**
 * Text and tags of a normalised template, whitespace control applied to the text around tags.
 * Where the tags are is what validation's lexer (dagfile/jinja-lexer.ts) finds, so a local run
 * and `validate` split a template alike. A `{% raw %}` block is reported as its opening
 * statement, which local runs do not support.
 */
export function segments(text: string): Segment[] {
  const lexed = lexTemplate(text);
  if ("message" in lexed) throw new TemplateSyntaxError(lexed.message, lexed.offset);
  const spans: { start: number; end: number; kind: "output" | "statement" | "inert" }[] = [
    ...lexed.tags.map((tag) => ({ start: tag.start, end: tag.end, kind: tag.kind === "expression" ? ("output" as const) : ("statement" as const) })),
    ...lexed.inert.map(([start, end]) => ({ start, end, kind: "inert" as const })),
  ].sort((a, b) => a.start - b.start);
  const result: Segment[] = [];
  let textStart = 0;
  let stripNext = false;
  const pushText = (end: number, stripEnd: boolean): void => {
    let piece = text.slice(textStart, end);
    if (stripNext) piece = piece.replace(/^\s+/, "");
    if (stripEnd) piece = piece.replace(/\s+$/, "");
    if (piece !== "") result.push({ kind: "text", text: piece, offset: textStart });
  };
  for (const span of spans) {
    const comment = span.kind === "inert" && text.startsWith("{#", span.start);
    // A raw block's own opening tag: the statement local runs refuse.
    const end = span.kind === "inert" && !comment ? text.indexOf("%}", span.start) + 2 : span.end;
    const { body, stripBefore, stripAfter } = tagBody(text, span.start, end);
    pushText(span.start, stripBefore);
    if (comment) result.push({ kind: "comment", offset: span.start });
    else result.push({ kind: span.kind === "output" ? "output" : "statement", body, offset: span.start, source: text.slice(span.start, end) });
    stripNext = stripAfter;
    textStart = span.end;
  }
  // Jinja2 drops a lone "{#" ending the text as a comment, and validation accepts it; local runs
  // have always refused it, and still do.
  const lone = /\{#[-+]?$/.exec(text.slice(textStart));
  if (lone) throw new TemplateSyntaxError('unclosed comment: expected "#}"', textStart + lone.index);
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
