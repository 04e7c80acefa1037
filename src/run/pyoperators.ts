/** Python's binary operators on template values; a combination Python refuses is an error. */
import { PyDate, PyDateTime, PyTimedelta } from "./pydate.js";
import { TemplateEvalError, textOf } from "./pymethods.js";
import { numberOf, PyFloat, pyEquals, typeName, type PyValue } from "./pyvalue.js";
import { MICROS_PER_DAY } from "./zone.js";

function arithmetic(operator: string, left: PyValue, right: PyValue): PyValue | undefined {
  const a = numberOf(left);
  const b = numberOf(right);
  if (a === undefined || b === undefined) return undefined;
  const float = left instanceof PyFloat || right instanceof PyFloat;
  const wrap = (value: number) => (float ? new PyFloat(value) : value);
  switch (operator) {
    case "+":
      return wrap(a + b);
    case "-":
      return wrap(a - b);
    case "*":
      return wrap(a * b);
    case "/":
      if (b === 0) throw new TemplateEvalError("division by zero");
      return new PyFloat(a / b);
    case "//":
      if (b === 0) throw new TemplateEvalError("integer division or modulo by zero");
      return wrap(Math.floor(a / b));
    case "%":
      if (b === 0) throw new TemplateEvalError("integer division or modulo by zero");
      return wrap(a - Math.floor(a / b) * b);
    default:
      return undefined;
  }
}

function compare(operator: string, left: PyValue, right: PyValue): boolean | undefined {
  const order = (a: number | string, b: number | string): number => (a < b ? -1 : a > b ? 1 : 0);
  let result: number | undefined;
  const a = numberOf(left);
  const b = numberOf(right);
  if (a !== undefined && b !== undefined) result = order(a, b);
  else if (typeof left === "string" && typeof right === "string") result = order(left, right);
  else if (left instanceof PyDateTime && right instanceof PyDateTime && left.aware === right.aware) result = order(left.instant, right.instant);
  else if (left instanceof PyDate && right instanceof PyDate) result = order(left.wall, right.wall);
  else if (left instanceof PyTimedelta && right instanceof PyTimedelta) result = order(left.micros, right.micros);
  if (result === undefined) return undefined;
  return operator === "<" ? result < 0 : operator === ">" ? result > 0 : operator === "<=" ? result <= 0 : result >= 0;
}

function contains(container: PyValue, item: PyValue): boolean {
  if (typeof container === "string" && typeof item === "string") return container.includes(item);
  if (Array.isArray(container)) return container.some((element) => pyEquals(element, item));
  if (container instanceof Map && typeof item === "string") return container.has(item);
  throw new TemplateEvalError(`'in <${typeName(container)}>' requires a str, list or dict`);
}

function dateArithmetic(operator: string, left: PyValue, right: PyValue): PyValue | undefined {
  if (operator === "+") {
    if (left instanceof PyTimedelta && (right instanceof PyDateTime || right instanceof PyDate)) return dateArithmetic("+", right, left);
    if (left instanceof PyDateTime && right instanceof PyTimedelta) return left.plus(right);
    if (left instanceof PyDate && right instanceof PyTimedelta) return left.plus(right);
    if (left instanceof PyTimedelta && right instanceof PyTimedelta) return new PyTimedelta(left.micros + right.micros);
  }
  if (operator === "-") {
    if (left instanceof PyDateTime && right instanceof PyTimedelta) return left.minus(right);
    if (left instanceof PyDate && right instanceof PyTimedelta) return left.plus(new PyTimedelta(-right.days * MICROS_PER_DAY));
    if (left instanceof PyTimedelta && right instanceof PyTimedelta) return new PyTimedelta(left.micros - right.micros);
    if (left instanceof PyDate && right instanceof PyDate) return new PyTimedelta(left.wall - right.wall);
    if (left instanceof PyDateTime && right instanceof PyDateTime) {
      throw new TemplateEvalError("subtracting two datetimes gives a pendulum Interval, which local runs do not reproduce");
    }
  }
  if (operator === "*" && left instanceof PyTimedelta && typeof right === "number") return new PyTimedelta(left.micros * right);
  if (operator === "*" && typeof left === "number" && right instanceof PyTimedelta) return new PyTimedelta(left * right.micros);
  return undefined;
}

/** `left operator right` as Python evaluates it. */
export function binaryOperation(operator: string, left: PyValue, right: PyValue): PyValue {
  switch (operator) {
    case "==":
      return pyEquals(left, right);
    case "!=":
      return !pyEquals(left, right);
    case "in":
      return contains(right, left);
    case "not in":
      return !contains(right, left);
    case "~":
      return textOf(left) + textOf(right);
    case "<":
    case ">":
    case "<=":
    case ">=": {
      const result = compare(operator, left, right);
      if (result === undefined) throw new TemplateEvalError(`'${operator}' not supported between instances of '${typeName(left)}' and '${typeName(right)}'`);
      return result;
    }
  }
  const result = arithmetic(operator, left, right) ?? dateArithmetic(operator, left, right);
  if (result !== undefined) return result;
  if (operator === "+" && typeof left === "string" && typeof right === "string") return left + right;
  if (operator === "+" && Array.isArray(left) && Array.isArray(right)) return [...left, ...right];
  if (operator === "*" && typeof left === "string" && typeof right === "number") return left.repeat(Math.max(0, right));
  throw new TemplateEvalError(`unsupported operand type(s) for ${operator}: '${typeName(left)}' and '${typeName(right)}'`);
}
