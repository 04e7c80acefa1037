/**
 * Renders one templated field the way Airflow renders it for a task (Jinja2, StrictUndefined,
 * Airflow's filters), for the supported subset: text, `{{ expression }}`, comments and
 * `{% if %}/{% elif %}/{% else %}/{% endif %}`. The expression grammar is @huggingface/jinja's;
 * evaluation follows Python, and anything else is a TemplateError naming task, field and column.
 * About 350 lines: the evaluator, the block tree and its renderer share the located-error plumbing.
 */
import { UserError } from "../errors.js";
import { PyTimedelta } from "./pydate.js";
import { attributeOf, itemOf, sliceOf, TemplateEvalError, textOf } from "./pymethods.js";
import { FILTERS } from "./filters.js";
import { binaryOperation } from "./pyoperators.js";
import { numberOf, PyFloat, PyFunction, pyTruthy, typeName, UnprintableError, type PyValue } from "./pyvalue.js";
import { normaliseNewlines, parseExpression, segments, TemplateSyntaxError, type JinjaNode, type Segment } from "./template-source.js";

/** Where a template came from, for messages: task id and field (`args[1]`, `env.DAY`). */
export interface TemplateField {
  task: string;
  field: string;
}

/** A template that cannot be rendered exactly as Airflow would: names task, field and column. */
export class TemplateError extends UserError {
  constructor(
    readonly where: TemplateField,
    readonly column: number,
    readonly source: string,
    readonly reason: string,
  ) {
    super(`task "${where.task}", ${where.field}, column ${column}${source ? ` (${source})` : ""}: ${reason}`);
  }
}

/** The names a template may use, and what to say about names it may not. */
export interface TemplateScope {
  values: ReadonlyMap<string, PyValue>;
  /** Airflow context names that local runs do not provide, with the reason. */
  refused: ReadonlyMap<string, string>;
  /** Suggests a known name for an unknown one (did you mean). */
  suggest?: (name: string) => string | undefined;
}

const LITERALS = new Map<string, PyValue>([
  ["true", true],
  ["True", true],
  ["false", false],
  ["False", false],
  ["none", null],
  ["None", null],
]);

/** The marker of a name Jinja2 would resolve to Undefined (only `is defined` may look at it). */
const UNDEFINED = Symbol("undefined");
type Looked = PyValue | typeof UNDEFINED;

class Evaluator {
  constructor(private readonly scope: TemplateScope) {}

  evaluate(node: JinjaNode): PyValue {
    const value = this.look(node);
    if (value === UNDEFINED) this.undefinedName(node);
    return value;
  }

  /** Like evaluate, but a missing name or key is UNDEFINED instead of an error (for `is defined`). */
  private look(node: JinjaNode): Looked {
    switch (node.type) {
      case "StringLiteral":
        return node["value"] as string;
      case "IntegerLiteral":
        return node["value"] as number;
      case "FloatLiteral":
        return new PyFloat(node["value"] as number);
      case "ArrayLiteral":
        return (node["value"] as JinjaNode[]).map((item) => this.evaluate(item));
      case "Identifier":
        return this.name(node["value"] as string);
      case "MemberExpression":
        return this.member(node);
      case "CallExpression":
        return this.call(node);
      case "FilterExpression":
        return this.filter(node);
      case "BinaryExpression":
        return this.binary(node);
      case "UnaryExpression":
        return this.unary(node);
      case "Ternary":
        return pyTruthy(this.evaluate(node["condition"] as JinjaNode))
          ? this.evaluate(node["trueExpr"] as JinjaNode)
          : this.evaluate(node["falseExpr"] as JinjaNode);
      case "SelectExpression":
        // Jinja2 3.1 renders a false inline if without else as an empty string, even with StrictUndefined.
        return pyTruthy(this.evaluate(node["test"] as JinjaNode)) ? this.evaluate(node["lhs"] as JinjaNode) : "";
      case "TestExpression":
        return this.test(node);
      case "TupleLiteral":
        throw new TemplateEvalError("tuples are not supported in local runs (Python prints them with parentheses); use a list");
      case "ObjectLiteral":
        throw new TemplateEvalError("dict literals are not supported in local runs");
      default:
        throw new TemplateEvalError(`${node.type} is not supported in local runs`);
    }
  }

  private name(name: string): Looked {
    const literal = LITERALS.get(name);
    if (literal !== undefined) return literal;
    const value = this.scope.values.get(name);
    if (value !== undefined) return value;
    const refusal = this.scope.refused.get(name);
    if (refusal !== undefined) throw new TemplateEvalError(refusal);
    return UNDEFINED;
  }

  private undefinedName(node: JinjaNode): never {
    const name = node.type === "Identifier" ? (node["value"] as string) : undefined;
    const hint = name === undefined ? undefined : this.scope.suggest?.(name);
    throw new TemplateEvalError(
      name === undefined
        ? "undefined value"
        : `'${name}' is undefined: it is neither an Airflow context variable nor a declared param${hint ? ` (did you mean ${hint}?)` : ""}`,
    );
  }

  private member(node: JinjaNode): Looked {
    const object = this.evaluate(node["object"] as JinjaNode);
    const property = node["property"] as JinjaNode;
    if (!node["computed"]) return attributeOf(object, property["value"] as string);
    if (property.type === "SliceExpression") {
      const bound = (key: string): number | undefined => {
        const part = property[key] as JinjaNode | undefined;
        if (part === undefined) return undefined;
        const value = this.evaluate(part);
        if (typeof value !== "number") throw new TemplateEvalError(`slice indices must be integers, not ${typeName(value)}`);
        return value;
      };
      return sliceOf(object, bound("start"), bound("stop"), bound("step"));
    }
    return itemOf(object, this.evaluate(property));
  }

  private arguments(nodes: JinjaNode[]): { args: PyValue[]; kwargs: Map<string, PyValue> } {
    const args: PyValue[] = [];
    const kwargs = new Map<string, PyValue>();
    for (const argument of nodes) {
      if (argument.type === "KeywordArgumentExpression")
        kwargs.set((argument["key"] as JinjaNode)["value"] as string, this.evaluate(argument["value"] as JinjaNode));
      else if (argument.type === "SpreadExpression" || argument.type === "KeywordSpreadExpression")
        throw new TemplateEvalError("argument unpacking is not supported in local runs");
      else args.push(this.evaluate(argument));
    }
    return { args, kwargs };
  }

  private call(node: JinjaNode): PyValue {
    const callee = this.evaluate(node["callee"] as JinjaNode);
    if (!(callee instanceof PyFunction)) throw new TemplateEvalError(`'${typeName(callee)}' object is not callable`);
    const { args, kwargs } = this.arguments(node["args"] as JinjaNode[]);
    return callee.call(args, kwargs);
  }

  private filter(node: JinjaNode): PyValue {
    const operand = this.evaluate(node["operand"] as JinjaNode);
    const filterNode = node["filter"] as JinjaNode;
    const nameNode = filterNode.type === "CallExpression" ? (filterNode["callee"] as JinjaNode) : filterNode;
    const name = nameNode["value"] as string;
    const filter = FILTERS.get(name);
    if (!filter) throw new TemplateEvalError(`filter '${name}' is not supported in local runs (supported: ${[...FILTERS.keys()].join(", ")})`);
    const { args, kwargs } = filterNode.type === "CallExpression" ? this.arguments(filterNode["args"] as JinjaNode[]) : { args: [], kwargs: new Map() };
    if (kwargs.size > 0) throw new TemplateEvalError(`keyword arguments to filter '${name}' are not supported in local runs`);
    return filter(operand, args);
  }

  private test(node: JinjaNode): boolean {
    const name = (node["test"] as JinjaNode)["value"] as string;
    const operand = node["operand"] as JinjaNode;
    let looked: Looked;
    try {
      looked = this.look(operand);
    } catch (thrown) {
      // A missing attribute or key is Undefined to Jinja2's tests, not an error.
      if (!(thrown instanceof TemplateEvalError && operand.type === "MemberExpression" && thrown.message.includes("is undefined"))) throw thrown;
      looked = UNDEFINED;
    }
    let result: boolean;
    if (name === "defined") result = looked !== UNDEFINED;
    else if (name === "undefined") result = looked === UNDEFINED;
    else if (name === "none") result = looked === null;
    else throw new TemplateEvalError(`test 'is ${name}' is not supported in local runs (supported: defined, undefined, none)`);
    return node["negate"] ? !result : result;
  }

  private unary(node: JinjaNode): PyValue {
    const operator = (node["operator"] as { value: string }).value;
    const argument = this.evaluate(node["argument"] as JinjaNode);
    if (operator === "not") return !pyTruthy(argument);
    const number = numberOf(argument);
    if (argument instanceof PyTimedelta && operator === "-") return new PyTimedelta(-argument.micros);
    if (number === undefined) throw new TemplateEvalError(`bad operand type for unary ${operator}: '${typeName(argument)}'`);
    const result = operator === "-" ? -number : number;
    return argument instanceof PyFloat ? new PyFloat(result) : result;
  }

  private binary(node: JinjaNode): PyValue {
    const operator = (node["operator"] as { value: string }).value;
    const left = this.evaluate(node["left"] as JinjaNode);
    if (operator === "and") return pyTruthy(left) ? this.evaluate(node["right"] as JinjaNode) : left;
    if (operator === "or") return pyTruthy(left) ? left : this.evaluate(node["right"] as JinjaNode);
    return binaryOperation(operator, left, this.evaluate(node["right"] as JinjaNode));
  }
}

type Node = { kind: "text"; text: string } | { kind: "output"; expression: JinjaNode; offset: number } | { kind: "if"; branches: Branch[]; otherwise: Node[] };
interface Branch {
  condition: JinjaNode;
  offset: number;
  body: Node[];
}

/** Builds the text/output/if tree from the segments; any other statement is refused. */
function buildTree(pieces: Segment[]): Node[] {
  const root: Node[] = [];
  const open: { node: Node & { kind: "if" }; current: Node[]; sawElse: boolean; segment: Segment }[] = [];
  const target = (): Node[] => open[open.length - 1]?.current ?? root;
  for (const piece of pieces) {
    if (piece.kind === "text") target().push({ kind: "text", text: piece.text });
    else if (piece.kind === "output") target().push({ kind: "output", expression: parseExpression(piece.body, piece.offset), offset: piece.offset });
    else if (piece.kind === "statement") {
      const match = /^\s*(\w+)\b([\s\S]*)$/.exec(piece.body);
      const keyword = match?.[1] ?? "";
      const rest = match?.[2] ?? "";
      const top = open[open.length - 1];
      if (keyword === "if") {
        const branch: Branch = { condition: parseExpression(rest, piece.offset), offset: piece.offset, body: [] };
        const node: Node & { kind: "if" } = { kind: "if", branches: [branch], otherwise: [] };
        target().push(node);
        open.push({ node, current: branch.body, sawElse: false, segment: piece });
      } else if ((keyword === "elif" || keyword === "else" || keyword === "endif") && top) {
        if (top.sawElse && keyword !== "endif") throw new TemplateSyntaxError(`{% ${keyword} %} after {% else %}`, piece.offset);
        if (keyword === "elif") {
          const branch: Branch = { condition: parseExpression(rest, piece.offset), offset: piece.offset, body: [] };
          top.node.branches.push(branch);
          top.current = branch.body;
        } else if (keyword === "else") {
          top.sawElse = true;
          top.current = top.node.otherwise;
        } else open.pop();
      } else {
        throw new TemplateSyntaxError(
          keyword === "elif" || keyword === "else" || keyword === "endif"
            ? `{% ${keyword} %} without {% if %}`
            : `the statement {% ${keyword} %} is not supported in local runs (supported: if/elif/else/endif)`,
          piece.offset,
        );
      }
    }
  }
  const unclosed = open[open.length - 1];
  if (unclosed) throw new TemplateSyntaxError("{% if %} without {% endif %}", unclosed.segment.offset);
  return root;
}

function renderNodes(nodes: Node[], evaluator: Evaluator, out: string[]): void {
  for (const node of nodes) {
    if (node.kind === "text") out.push(node.text);
    else if (node.kind === "output") {
      try {
        out.push(textOf(evaluator.evaluate(node.expression)));
      } catch (thrown) {
        throw located(thrown, node.offset);
      }
    } else {
      let chosen = node.otherwise;
      for (const branch of node.branches) {
        let holds: boolean;
        try {
          holds = pyTruthy(evaluator.evaluate(branch.condition));
        } catch (thrown) {
          throw located(thrown, branch.offset);
        }
        if (holds) {
          chosen = branch.body;
          break;
        }
      }
      renderNodes(chosen, evaluator, out);
    }
  }
}

class LocatedError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

function located(thrown: unknown, offset: number): unknown {
  if (thrown instanceof LocatedError) return thrown;
  if (thrown instanceof TemplateEvalError) return new LocatedError(thrown.message, offset);
  if (thrown instanceof UnprintableError) return new LocatedError(`printing ${thrown.message} is not supported in local runs`, offset);
  return thrown;
}

function snippet(text: string, offset: number): string {
  let pieces: Segment[] = [];
  try {
    pieces = segments(text);
  } catch {
    // The template does not even split into tags: show its start.
  }
  const piece = pieces.find((segment) => segment.offset === offset);
  const source = piece && piece.kind !== "text" && piece.kind !== "comment" ? piece.source : text.slice(offset, offset + 40);
  return source.length > 60 ? `${source.slice(0, 57)}...` : source;
}

// Tasks of a DAG share most template texts ("--day {{ ds }}"): parse each text once.
const TREES = new Map<string, Node[]>();
const MAX_TREES = 10_000;

function treeOf(text: string): Node[] {
  let tree = TREES.get(text);
  if (tree === undefined) {
    tree = buildTree(segments(text));
    if (TREES.size >= MAX_TREES) TREES.clear();
    TREES.set(text, tree);
  }
  return tree;
}

/** Render `text` (one string of cmds, arguments or env) with `scope`, or throw a TemplateError. */
export function renderTemplate(text: string, scope: TemplateScope, where: TemplateField): string {
  const normalised = normaliseNewlines(text);
  if (!/\{[{%#]/.test(normalised)) return normalised;
  try {
    const out: string[] = [];
    renderNodes(treeOf(normalised), new Evaluator(scope), out);
    return out.join("");
  } catch (thrown) {
    if (thrown instanceof LocatedError || thrown instanceof TemplateSyntaxError) {
      throw new TemplateError(where, thrown.offset + 1, snippet(normalised, thrown.offset), thrown.message);
    }
    throw thrown;
  }
}
