/** Filters of the supported subset: Airflow's date filters (airflow/templates.py) and a few of Jinja2's. */
import { PyDate, PyDateTime } from "./pydate.js";
import { formatValue, TemplateEvalError, textOf } from "./pymethods.js";
import { typeName, type PyValue } from "./pyvalue.js";

type Filter = (value: PyValue, args: PyValue[]) => PyValue;

function dated(name: string, body: (value: PyDateTime | PyDate) => string): Filter {
  return (value) => {
    // Airflow's filters (airflow/templates.py) return None for None, and call the method otherwise.
    if (value === null) return null;
    if (value instanceof PyDateTime || value instanceof PyDate) return body(value);
    throw new TemplateEvalError(`filter ${name} needs a date, got ${typeName(value)} (Airflow calls its strftime/isoformat)`);
  };
}

/** Filter name -> its function of the operand and the filter's arguments. */
export const FILTERS: ReadonlyMap<string, Filter> = new Map<string, Filter>([
  ["ds", dated("ds", (value) => formatValue(value, "%Y-%m-%d"))],
  ["ds_nodash", dated("ds_nodash", (value) => formatValue(value, "%Y%m%d"))],
  ["ts", dated("ts", (value) => value.isoformat())],
  ["ts_nodash", dated("ts_nodash", (value) => formatValue(value, "%Y%m%dT%H%M%S"))],
  ["ts_nodash_with_tz", dated("ts_nodash_with_tz", (value) => value.isoformat().replace(/[-:]/g, ""))],
  ["upper", (value) => textOf(value).toUpperCase()],
  ["lower", (value) => textOf(value).toLowerCase()],
  ["string", (value) => textOf(value)],
  ["trim", (value) => textOf(value).replace(/^\s+|\s+$/g, "")],
  [
    "replace",
    (value, [old, replacement]) => {
      if (typeof old !== "string" || typeof replacement !== "string") throw new TemplateEvalError("replace(old, new) takes two strings here");
      return textOf(value).split(old).join(replacement);
    },
  ],
  [
    "join",
    (value, [separator = ""]) => {
      if (!Array.isArray(value)) throw new TemplateEvalError(`join needs a list, got ${typeName(value)}`);
      return value.map(textOf).join(textOf(separator));
    },
  ],
]);
