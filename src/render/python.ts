/**
 * Python source literals. Every string from dag.yaml passes through `pyString`, so no quote,
 * backslash, newline, NUL, Unicode line separator or invalid surrogate can change the program.
 */

/** Python's reserved words (3.7+): never usable as a variable or package name. */
export const PYTHON_KEYWORDS: ReadonlySet<string> = new Set(
  "False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield".split(
    " ",
  ),
);

/** Printable characters kept as they are: letters, marks, digits, punctuation, symbols, space. */
const PRINTABLE = /[\p{L}\p{M}\p{N}\p{P}\p{S} ]/u;
const PLAIN_ASCII = /^[\x20-\x26\x28-\x5b\x5d-\x7e]*$/;

function hex(code: number, width: number): string {
  return code.toString(16).padStart(width, "0");
}

function escapeCodePoint(char: string, quote: "'" | '"'): string {
  if (char === quote) return `\\${quote}`;
  switch (char) {
    case "\\":
      return "\\\\";
    case "'":
    case '"':
      return char;
    case "\n":
      return "\\n";
    case "\r":
      return "\\r";
    case "\t":
      return "\\t";
  }
  const code = char.codePointAt(0) ?? 0;
  if (code >= 0x20 && code < 0x7f) return char;
  // Lone surrogates cannot be written as UTF-8; other controls, separators and
  // format characters would be invisible or, for some tools, end the line.
  if (code < 0xd800 || code > 0xdfff) {
    if (code > 0x7f && PRINTABLE.test(char)) return char;
  }
  if (code <= 0xff) return `\\x${hex(code, 2)}`;
  if (code <= 0xffff) return `\\u${hex(code, 4)}`;
  return `\\U${hex(code, 8)}`;
}

/** A Python string literal that evaluates to exactly `value`, quoted as Python's repr() would. */
export function pyString(value: string): string {
  if (PLAIN_ASCII.test(value)) return `'${value}'`;
  const quote = value.includes("'") && !value.includes('"') ? '"' : "'";
  let out = quote;
  for (const char of value) out += escapeCodePoint(char, quote);
  return out + quote;
}

/** Text safe inside a `#` comment: one line, printable ASCII only. */
export function commentText(value: string): string {
  let out = "";
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    out += code >= 0x20 && code < 0x7f ? char : code <= 0xffff ? `\\u${hex(code, 4)}` : `\\U${hex(code, 8)}`;
  }
  return out;
}

/** A Python expression that is emitted verbatim (a call, a name). Built only by this module's callers from trusted parts. */
export class PyCode {
  constructor(readonly code: string) {}
}

/** A call expression, formatted at whatever depth it ends up in. */
export class PyCall {
  constructor(
    readonly callee: string,
    readonly keywords: readonly [string, PyValue][],
    readonly positional: readonly PyValue[] = [],
  ) {}
}

/**
 * A long text written as adjacent string literals, one source line per line of text, inside
 * parentheses: Python joins them into one string, and a reviewer reads the text as it is.
 */
export class PyLines {
  constructor(readonly text: string) {}

  format(indent: string): string {
    const lines = this.text.split("\n").map((line, index, all) => (index < all.length - 1 ? `${line}\n` : line));
    if (lines[lines.length - 1] === "") lines.pop();
    if (lines.length <= 1) return pyString(this.text);
    return `(\n${lines.map((line) => `${indent}    ${pyString(line)}`).join("\n")}\n${indent})`;
  }
}

export type PyValue =
  | string
  | PyLines
  | number
  | boolean
  | null
  | PyCode
  | PyCall
  | readonly PyValue[]
  | { readonly [key: string]: PyValue }
  | Map<string, PyValue>;

/**
 * Whether `parts` joined by ", " plus `extra` characters of brackets fit in `limit` on one line;
 * measured, not built, so a large nested value is never joined only to be thrown away.
 */
function fitsOnOneLine(parts: readonly string[], extra: number, limit: number): boolean {
  let length = extra + Math.max(0, 2 * (parts.length - 1));
  for (const part of parts) {
    length += part.length;
    if (length > limit) return false;
  }
  return parts.every((part) => !part.includes("\n"));
}

/** Render a value as a Python literal; maps keep their insertion order. */
export function pyLiteral(value: PyValue, indent = ""): string {
  if (value instanceof PyCode) return value.code;
  if (value instanceof PyCall) return pyCall(value.callee, value.keywords, indent, value.positional);
  if (value instanceof PyLines) return value.format(indent);
  if (value === null) return "None";
  if (typeof value === "string") return pyString(value);
  if (typeof value === "boolean") return value ? "True" : "False";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`cannot render ${value} as a Python literal`);
    return String(value);
  }
  const inner = `${indent}    `;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    const items = value.map((item: PyValue) => pyLiteral(item, inner));
    if (fitsOnOneLine(items, 2, 80)) return `[${items.join(", ")}]`;
    return `[\n${items.map((item) => `${inner}${item},`).join("\n")}\n${indent}]`;
  }
  const entries = value instanceof Map ? [...value.entries()] : Object.entries(value as Record<string, PyValue>);
  if (entries.length === 0) return "{}";
  const items = entries.map(([key, item]) => `${pyString(key)}: ${pyLiteral(item, inner)}`);
  if (fitsOnOneLine(items, 2, 80)) return `{${items.join(", ")}}`;
  return `{\n${items.map((item) => `${inner}${item},`).join("\n")}\n${indent}}`;
}

/** `name(key=value, ...)` with one keyword per line. */
export function pyCall(callee: string, keywords: readonly [string, PyValue][], indent = "", positional: readonly PyValue[] = []): string {
  const inner = `${indent}    `;
  const parts = [...positional.map((value) => pyLiteral(value, inner)), ...keywords.map(([key, value]) => `${key}=${pyLiteral(value, inner)}`)];
  if (parts.length === 0) return `${callee}()`;
  if (fitsOnOneLine(parts, callee.length + 2, 88)) return `${callee}(${parts.join(", ")})`;
  return `${callee}(\n${parts.map((part) => `${inner}${part},`).join("\n")}\n${indent})`;
}
