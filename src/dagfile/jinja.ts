/**
 * Template checks as Airflow's Jinja2 would raise them: tags, blocks, the engine's parse and the
 * names a template reads. A little over 300 lines: the AST walks and the checks read one another.
 */
import { parse, tokenize, type JinjaProgram } from "../util/jinja-engine.js";
import { lexTemplate, type TemplateError, type TemplateTag, type TemplateToken } from "./jinja-lexer.js";
import { closest } from "./suggest.js";

export type { TemplateError } from "./jinja-lexer.js";

/** The AST @huggingface/jinja builds (its `Program`), for checks and for local rendering. */
export type TemplateProgram = JinjaProgram;

/** A variable the template reads from its context, where it is first read. */
export interface TemplateReference {
  name: string;
  offset: number;
  /** `params.NAME` / `params["NAME"]`: the param read. */
  param?: string;
}

/**
 * A template that parses: its AST (undefined where the template uses a Jinja2 construct
 * @huggingface/jinja does not implement, such as `{% with %}` or `is divisibleby 3`: Airflow
 * still renders it) and the context variables it reads (empty when the AST is undefined).
 */
export type ParsedTemplate = { ok: true; program: TemplateProgram | undefined; references: TemplateReference[] } | { ok: false; error: TemplateError };

/** Tags Jinja2 knows with Airflow's environment (the default set plus `do`). */
const KNOWN_TAGS = new Set([
  "for",
  "endfor",
  "if",
  "elif",
  "else",
  "endif",
  "block",
  "endblock",
  "extends",
  "print",
  "macro",
  "endmacro",
  "include",
  "from",
  "import",
  "set",
  "endset",
  "with",
  "endwith",
  "autoescape",
  "endautoescape",
  "filter",
  "endfilter",
  "call",
  "endcall",
  "do",
]);
const BLOCKS = new Set(["for", "if", "block", "macro", "with", "autoescape", "filter", "call", "set"]);
/** Jinja2 statements @huggingface/jinja cannot parse; Airflow renders them fine. */
const ENGINE_LACKS = new Set(["block", "endblock", "extends", "print", "include", "from", "import", "with", "endwith", "autoescape", "endautoescape", "do"]);
const WORD_OPERATORS = new Set(["and", "or", "not", "in", "is", "if", "else", "recursive"]);
const CONSTANTS = new Set(["true", "false", "none", "True", "False", "None"]);
/** Names Jinja2 itself provides in every template. */
export const JINJA_GLOBALS: ReadonlySet<string> = new Set(["range", "dict", "lipsum", "cycler", "joiner", "namespace", "loop", "varargs", "kwargs", "caller"]);

const isBlockSet = (tag: TemplateTag) => tag.name === "set" && !tag.tokens.some((token) => token.kind === "operator" && token.value === "=");
const opensBlock = (tag: TemplateTag) => tag.name !== undefined && BLOCKS.has(tag.name) && (tag.name !== "set" || isBlockSet(tag));

/** `{% if %}` ... `{% endif %}` pairing, as Jinja2's parser requires it. */
function checkBlocks(tags: readonly TemplateTag[]): TemplateError | undefined {
  const open: { tag: TemplateTag; sawElse: boolean }[] = [];
  for (const tag of tags) {
    const name = tag.name;
    if (name === undefined) continue;
    if (name === "set" && tag.tokens.length === 1) return { offset: tag.start, message: "{% set %} needs a variable name, e.g. {% set day = ds %}" };
    if (!KNOWN_TAGS.has(name)) {
      const suggestion = closest(name, [...KNOWN_TAGS]);
      return { offset: tag.start, message: `unknown tag {% ${name} %}${suggestion ? ` (did you mean {% ${suggestion} %}?)` : ""}` };
    }
    const top = open[open.length - 1];
    if (name === "elif" || name === "else") {
      const allowed = name === "elif" ? ["if"] : ["if", "for"];
      if (!top || !allowed.includes(top.tag.name ?? "") || top.sawElse) {
        return { offset: tag.start, message: `{% ${name} %} is not inside an {% if %}${name === "else" ? " or {% for %}" : ""} block` };
      }
      if (name === "else") top.sawElse = true;
    } else if (name.startsWith("end")) {
      const block = name.slice(3);
      if (top?.tag.name !== block) {
        const inner = top ? `: the innermost open block is {% ${top.tag.name} %}, closed by {% end${top.tag.name} %}` : ": no block is open";
        return { offset: tag.start, message: `{% ${name} %} closes nothing${inner}` };
      }
      open.pop();
    } else if (opensBlock(tag)) {
      open.push({ tag, sawElse: false });
    }
  }
  const unclosed = open.pop();
  if (unclosed) return { offset: unclosed.tag.start, message: `{% ${unclosed.tag.name} %} is never closed: add {% end${unclosed.tag.name} %}` };
  return undefined;
}

function topLevelComma(tokens: readonly TemplateToken[]): boolean {
  let depth = 0;
  for (const token of tokens) {
    if (token.kind !== "operator") continue;
    if ("([{".includes(token.value)) depth += 1;
    else if (")]}".includes(token.value)) depth -= 1;
    else if (token.value === "," && depth === 0) return true;
  }
  return false;
}

/** Constructs of Jinja2 that @huggingface/jinja rejects although they are valid. */
function engineLacks(tag: TemplateTag): boolean {
  if (tag.name !== undefined && ENGINE_LACKS.has(tag.name)) return true;
  // A tuple without brackets (`{{ a, b }}`, `{{ a, }}`).
  if (tag.kind === "expression" && topLevelComma(tag.tokens)) return true;
  return tag.tokens.some((token, index) => {
    if (token.kind === "number") return /[_eExXoObB]/.test(token.value);
    if (token.kind !== "name") return false;
    if (token.value === "recursive") return true;
    // A dotted filter name (`x|ns.filter`).
    if (tag.tokens[index - 1]?.value === "|" && tag.tokens[index + 1]?.value === ".") return true;
    if (token.value !== "is") return false;
    // A test with an argument (`is divisibleby 3`, `is sameas(x)`, `is in y`).
    let next = index + 1;
    if (tag.tokens[next]?.value === "not") next += 1;
    const test = tag.tokens[next];
    const after = tag.tokens[next + 1];
    if (!test || test.kind !== "name" || WORD_OPERATORS.has(test.value)) return true;
    return after !== undefined && !["and", "or", "else", "if", ")", "]", "}", ",", ":", "|"].includes(after.value);
  });
}

/** The mini template that parses one tag on its own: an opener gets its closer. */
function isolate(text: string, tag: TemplateTag): string | undefined {
  const source = text.slice(tag.start, tag.end);
  if (tag.kind === "expression") return source;
  if (tag.name === "elif") return `{% if 1 %}${source}{% endif %}`;
  if (tag.name === "else" || tag.name?.startsWith("end")) return undefined;
  return opensBlock(tag) ? `${source}{% end${tag.name} %}` : source;
}

const TOKEN_TEXT: Record<string, string> = {
  CloseExpression: "}}",
  CloseStatement: "%}",
  CloseParen: ")",
  CloseSquareBracket: "]",
  CloseCurlyBracket: "}",
  Comma: ",",
  Dot: ".",
  Colon: ":",
  Pipe: "|",
  Equals: "=",
};

/** @huggingface/jinja's messages, in the words of this project. */
function engineMessage(thrown: unknown): string {
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  if (/Expected closing (expression|statement) token/.test(message)) return "unexpected text before the end of the tag";
  if (/Unexpected end of input|reading 'type'/.test(message)) return "the tag ends before its expression is complete";
  if (/Expected identifier for the filter/.test(message)) return "a filter name must follow |";
  const token = /Unexpected token: (\w+)/.exec(message)?.[1];
  if (token) return `unexpected ${JSON.stringify(TOKEN_TEXT[token] ?? token)}: an expression is missing or incomplete`;
  return message
    .replace(/^Parser Error: /, "")
    .replace(/\.$/, "")
    .replace(/`/g, "");
}

function tryParse(text: string): TemplateProgram | Error {
  try {
    return parse(tokenize(text));
  } catch (thrown) {
    return thrown instanceof Error ? thrown : new Error(String(thrown));
  }
}

/** `{%+` and `+%}` (whitespace control the engine does not know) as plain delimiters. */
const plainDelimiters = (source: string) => source.replace(/^\{%\+/, "{% ").replace(/\+%\}$/, " %}");

/**
 * The text the engine parses: only the tags, one space apart. Text between tags, comments and raw
 * blocks never bind or read a name, and the engine's lexer is quadratic in the text it skips (a
 * 100 kB raw block took seconds); every offset reported comes from the tags themselves.
 */
function forEngine(text: string, tags: readonly TemplateTag[]): string {
  return tags.map((tag) => (tag.kind === "statement" ? plainDelimiters(text.slice(tag.start, tag.end)) : text.slice(tag.start, tag.end))).join(" ");
}

type Node = { type: string } & Record<string, unknown>;
const isNode = (value: unknown): value is Node => typeof value === "object" && value !== null && typeof (value as { type?: unknown }).type === "string";

/** Names a template binds itself (set, for, macro and call arguments), anywhere in it. */
function boundNames(node: unknown, into: Set<string>): void {
  if (Array.isArray(node)) {
    for (const item of node) boundNames(item, into);
    return;
  }
  if (!isNode(node)) return;
  const bind = (target: unknown) => {
    if (isNode(target) && target.type === "Identifier") into.add(String(target["value"]));
    else if (isNode(target) && target.type === "TupleLiteral") for (const item of target["value"] as unknown[]) bind(item);
    else if (isNode(target) && target.type === "KeywordArgumentExpression") bind(target["key"]);
  };
  if (node.type === "Set") bind(node["assignee"]);
  if (node.type === "For") bind(node["loopvar"]);
  if (node.type === "Macro") {
    bind(node["name"]);
    for (const arg of node["args"] as unknown[]) bind(arg);
  }
  if (node.type === "CallStatement") for (const arg of (node["callerArgs"] as unknown[] | null) ?? []) bind(arg);
  for (const value of Object.values(node)) if (typeof value === "object") boundNames(value, into);
}

/** Free names the template reads, and which params it reads: `name` or `params.NAME`. */
function readNames(node: unknown, into: Set<string>): void {
  if (Array.isArray(node)) {
    for (const item of node) readNames(item, into);
    return;
  }
  if (node instanceof Map) {
    for (const [key, value] of node) {
      readNames(key, into);
      readNames(value, into);
    }
    return;
  }
  if (!isNode(node)) return;
  switch (node.type) {
    case "Identifier":
      into.add(String(node["value"]));
      return;
    case "MemberExpression": {
      const object = node["object"];
      const property = node["property"];
      if (isNode(object) && object.type === "Identifier" && object["value"] === "params" && isNode(property)) {
        const literal = property.type === "Identifier" && !node["computed"] ? property : property.type === "StringLiteral" ? property : undefined;
        if (literal) into.add(`params.${String(literal["value"])}`);
      }
      readNames(object, into);
      if (node["computed"]) readNames(property, into);
      return;
    }
    case "FilterExpression":
    case "FilterStatement": {
      readNames(node["operand"], into);
      readNames(node["body"], into);
      const filter = node["filter"];
      if (isNode(filter) && filter.type === "CallExpression") readNames(filter["args"], into);
      return;
    }
    case "TestExpression":
      readNames(node["operand"], into);
      return;
    case "KeywordArgumentExpression":
      readNames(node["value"], into);
      return;
    case "Macro":
      readNames(node["args"], into);
      readNames(node["body"], into);
      return;
    default:
      // `operator` holds the lexer token of and/or/not, which is no variable.
      for (const [key, value] of Object.entries(node)) if (key !== "operator" && typeof value === "object") readNames(value, into);
  }
}

/** Where a name is first read: an identifier token not after `.`, `|` or `is`, and not a keyword argument. */
function locate(name: string, tags: readonly TemplateTag[]): number {
  const [head, param] = name.startsWith("params.") ? ["params", name.slice(7)] : [name, undefined];
  for (const tag of tags) {
    const tokens: readonly TemplateToken[] = tag.tokens;
    for (const [index, token] of tokens.entries()) {
      if (token.kind !== "name" || token.value !== head) continue;
      const before = tokens[index - 1]?.value;
      if (before === "." || before === "|" || before === "is" || tokens[index + 1]?.value === "=") continue;
      if (param === undefined) return token.offset;
      const next = tokens[index + 2];
      if (next && (next.value === param || next.value.slice(1, -1) === param)) return next.offset;
    }
  }
  return tags[0]?.start ?? 0;
}

function references(program: TemplateProgram, tags: readonly TemplateTag[]): TemplateReference[] {
  const bound = new Set<string>();
  boundNames(program.body, bound);
  const read = new Set<string>();
  readNames(program.body, read);
  const out: TemplateReference[] = [];
  for (const name of read) {
    if (CONSTANTS.has(name) || JINJA_GLOBALS.has(name) || (bound.has(name) && !name.startsWith("params."))) continue;
    const reference: TemplateReference = { name: name.startsWith("params.") ? "params" : name, offset: locate(name, tags) };
    if (name.startsWith("params.")) reference.param = name.slice(7);
    out.push(reference);
  }
  return out.sort((a, b) => a.offset - b.offset);
}

/**
 * Parse a template as Airflow's Jinja2 environment would: every error Jinja2 would raise
 * for a malformed tag, string, bracket or block is returned with the character offset of the
 * tag or character at fault. Text without `{{`, `{%` or `{#` is returned as is, quickly.
 */
export function parseTemplate(text: string): ParsedTemplate {
  if (!/\{[{%#]/.test(text)) return { ok: true, program: undefined, references: [] };
  const lexed = lexTemplate(text);
  if ("message" in lexed) return { ok: false, error: lexed };
  const blockError = checkBlocks(lexed.tags);
  if (blockError) return { ok: false, error: blockError };

  const lacking = lexed.tags.some(engineLacks);
  const whole = lacking ? undefined : tryParse(forEngine(text, lexed.tags));
  if (whole !== undefined && !(whole instanceof Error)) return { ok: true, program: whole, references: references(whole, lexed.tags) };
  // Find the tag at fault by parsing each one alone; constructs the engine lacks are skipped.
  for (const tag of lexed.tags) {
    const alone = engineLacks(tag) ? undefined : isolate(text, tag);
    if (alone === undefined) continue;
    const result = tryParse(plainDelimiters(alone));
    if (result instanceof Error) return { ok: false, error: { offset: tag.start, message: engineMessage(result) } };
  }
  return { ok: true, program: undefined, references: [] };
}
