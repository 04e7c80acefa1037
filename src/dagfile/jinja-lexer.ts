/**
 * The tag and token structure of a Jinja template, as Jinja2's own lexer sees it (default
 * delimiters, the `do` extension Airflow enables), with the character offset of everything.
 * @huggingface/jinja parses expressions but keeps no positions and does not know every Jinja2
 * construct; this lexer supplies the positions and the structural checks, so an error always
 * points at the tag (or the character) that is wrong.
 */

/** A located template error: `offset` is the 0-based character offset in the template text. */
export interface TemplateError {
  offset: number;
  message: string;
}

export interface TemplateToken {
  kind: "name" | "string" | "number" | "operator";
  value: string;
  offset: number;
}

/** One `{{ ... }}` or `{% ... %}` tag: where it starts and ends, and its tokens. */
export interface TemplateTag {
  kind: "expression" | "statement";
  start: number;
  end: number;
  tokens: TemplateToken[];
  /** Statement tags: the tag name (`if`, `endfor`, ...). */
  name?: string;
}

/** The template split into tags, with comments and raw blocks already set aside. */
export interface LexedTemplate {
  tags: TemplateTag[];
  /** Spans of `{# #}` comments and `{% raw %}` blocks: text Jinja never parses. */
  inert: [number, number][];
}

const OPERATORS = ["//", "**", "==", "!=", ">=", "<=", "+", "-", "/", "*", "%", "~", "[", "]", "(", ")", "{", "}", ">", "<", "=", ".", ":", "|", ",", ";"];
const CLOSING: Record<string, string> = { ")": "(", "]": "[", "}": "{" };
const NAME = /[\p{L}_][\p{L}\p{N}_]*/uy;
const NUMBER = /(?:0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|\d[\d_]*(?:\.\d[\d_]*)?(?:[eE][+-]?\d[\d_]*)?)/y;
const RAW_START = /\{%[-+]?\s*raw\s*[-+]?%\}/y;
const RAW_END = /\{%[-+]?\s*endraw\s*[-+]?%\}/g;
const OPENERS = /\{\{|\{%|\{#/g;

function stickyMatch(pattern: RegExp, text: string, at: number): string | undefined {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0];
}

function stringEnd(text: string, at: number): number | undefined {
  const quote = text[at];
  for (let index = at + 1; index < text.length; index += 1) {
    if (text[index] === "\\") index += 1;
    else if (text[index] === quote) return index + 1;
  }
  return undefined;
}

/** Lex one tag body from `at` (just after the opener) to its closer. */
function lexTag(text: string, opener: number, at: number, kind: TemplateTag["kind"]): TemplateTag | TemplateError {
  const closers = kind === "expression" ? ["-}}", "}}"] : ["-%}", "+%}", "%}"];
  const tokens: TemplateToken[] = [];
  const brackets: TemplateToken[] = [];
  let index = at;
  while (index < text.length) {
    const char = text[index] as string;
    if (/\s/.test(char)) {
      index += 1;
      continue;
    }
    const closer = brackets.length === 0 ? closers.find((candidate) => text.startsWith(candidate, index)) : undefined;
    if (closer) return { kind, start: opener, end: index + closer.length, tokens };
    if (char === "'" || char === '"') {
      const end = stringEnd(text, index);
      if (end === undefined) return { offset: index, message: `the string opened here with ${char} is never closed` };
      tokens.push({ kind: "string", value: text.slice(index, end), offset: index });
      index = end;
      continue;
    }
    const number = stickyMatch(NUMBER, text, index);
    if (number) {
      tokens.push({ kind: "number", value: number, offset: index });
      index += number.length;
      continue;
    }
    const name = stickyMatch(NAME, text, index);
    if (name) {
      tokens.push({ kind: "name", value: name, offset: index });
      index += name.length;
      continue;
    }
    const operator = OPERATORS.find((candidate) => text.startsWith(candidate, index));
    if (!operator) return { offset: index, message: `unexpected character ${JSON.stringify(char)}` };
    const token: TemplateToken = { kind: "operator", value: operator, offset: index };
    if (operator === "(" || operator === "[" || operator === "{") brackets.push(token);
    const expected = CLOSING[operator];
    if (expected !== undefined) {
      const open = brackets.pop();
      if (open?.value !== expected) {
        const hint = open ? `: the ${JSON.stringify(open.value)} at character ${open.offset + 1} is still open` : "";
        return { offset: index, message: `unexpected ${JSON.stringify(operator)}${hint}` };
      }
    }
    tokens.push(token);
    index += operator.length;
  }
  const open = brackets.pop();
  if (open) return { offset: open.offset, message: `${JSON.stringify(open.value)} is never closed` };
  const closer = kind === "expression" ? "}}" : "%}";
  return { offset: opener, message: `the tag opened here with ${text.slice(opener, opener + 2)} is never closed with ${closer}` };
}

/**
 * Split a template into its tags, as Jinja2's lexer does. Returns the first lexical error
 * (an unclosed tag, string or bracket, an unexpected character), located.
 */
export function lexTemplate(text: string): LexedTemplate | TemplateError {
  const tags: TemplateTag[] = [];
  const inert: [number, number][] = [];
  let index = 0;
  while (index < text.length) {
    OPENERS.lastIndex = index;
    const found = OPENERS.exec(text);
    if (!found) break;
    const opener = found.index;
    if (found[0] === "{#") {
      const end = text.indexOf("#}", opener + 2);
      // Jinja2 accepts a lone "{#" (or "{#-") at the very end of the text; anything more must be closed.
      if (end < 0) {
        if (["", "-", "+"].includes(text.slice(opener + 2))) break;
        return { offset: opener, message: "the comment opened here with {# is never closed with #}" };
      }
      inert.push([opener, end + 2]);
      index = end + 2;
      continue;
    }
    const raw = found[0] === "{%" ? stickyMatch(RAW_START, text, opener) : undefined;
    if (raw) {
      RAW_END.lastIndex = opener + raw.length;
      const end = RAW_END.exec(text);
      // As with comments, Jinja2 lets an unclosed raw tag end the text, but not enclose more.
      if (!end && opener + raw.length < text.length) return { offset: opener, message: "the {% raw %} block opened here is never closed with {% endraw %}" };
      const stop = end ? end.index + end[0].length : text.length;
      inert.push([opener, stop]);
      index = stop;
      continue;
    }
    const kind = found[0] === "{{" ? "expression" : "statement";
    let bodyStart = opener + 2;
    if (text[bodyStart] === "-" || (kind === "statement" && text[bodyStart] === "+")) bodyStart += 1;
    const tag = lexTag(text, opener, bodyStart, kind);
    if ("message" in tag) return tag;
    if (kind === "statement") {
      const first = tag.tokens[0];
      if (first?.kind !== "name") return { offset: first?.offset ?? opener, message: "a {% %} tag must start with a tag name such as if, for or set" };
      tag.name = first.value;
    }
    tags.push(tag);
    index = tag.end;
  }
  return { tags, inert };
}
