/**
 * Python semantics of the supported template subset. Every expected value below is what Jinja2
 * 3.1 printed for the same template, rendered with Airflow's settings
 * (SandboxedEnvironment(undefined=StrictUndefined, extensions=["jinja2.ext.do"]), default
 * delimiters, no trim_blocks): Python's str() of True/None/floats/lists/dicts, floor division and
 * modulo, slicing, Jinja2's newline handling. "ERROR" means Jinja2 raised, so a local run must too.
 */
import { describe, expect, test } from "vitest";
import { fromJson, PyFloat, type PyValue } from "../../src/run/pyvalue.js";
import { renderTemplate, TemplateError, type TemplateScope } from "../../src/run/template.js";

const params = fromJson({
  full_refresh: true,
  ratio: 0.5,
  tables: ["orders", "refunds"],
  region: "us",
  empty: null,
  n: 7,
  big: 1e16,
  small: 0.0001,
  tiny: 0.00001,
  quote: "it's",
  both: `a'b"c`,
  nl: "a\nb",
}) as Map<string, PyValue>;
// Python floats that are whole numbers (JSON and YAML would read them as ints).
params.set("big", new PyFloat(1e16));
params.set("nested", new Map<string, PyValue>([["k", [1, new PyFloat(2), "x"]]]));
const scope: TemplateScope = {
  values: new Map<string, PyValue>([
    ["params", params],
    ["ds", "2024-05-09"],
  ]),
  refused: new Map(),
};

const JINJA2: [string, string][] = [
  ["{{ params.full_refresh }}", "True"],
  ["{{ params.ratio }}", "0.5"],
  ["{{ params.tables }}", "['orders', 'refunds']"],
  ["{{ params.empty }}", "None"],
  ["{{ params.n }}", "7"],
  ["{{ params.big }}", "1e+16"],
  ["{{ params.small }}", "0.0001"],
  ["{{ params.tiny }}", "1e-05"],
  ["{{ [params.quote] }}", '["it\'s"]'],
  ["{{ [params.both] }}", "['a\\'b\"c']"],
  ["{{ [params.nl] }}", "['a\\nb']"],
  ["{{ params.nested }}", "{'k': [1, 2.0, 'x']}"],
  ["{{ params.n / 2 }}", "3.5"],
  ["{{ params.n // 2 }}", "3"],
  ["{{ -params.n // 2 }}", "-4"],
  ["{{ params.n % 3 }}", "1"],
  ["{{ -7 % 3 }}", "2"],
  ["{{ 1.0 }}", "1.0"],
  ["{{ 2.5 * 2 }}", "5.0"],
  ["{{ 'ab' * 3 }}", "ababab"],
  ["{{ ds ~ 1 }}", "2024-05-091"],
  ["{{ ds[:4] }}{{ ds[-2:] }}{{ ds[::-1] }}", "20240990-50-4202"],
  ["{{ params.tables[-1] }}", "refunds"],
  ["{{ params.region | upper }}", "US"],
  ["{{ ' x ' | trim }}", "x"],
  ["{{ params.tables | join('|') }}", "orders|refunds"],
  ["{{ ds | replace('-', '') }}", "20240509"],
  ["{% if params.n > 5 %}big{% elif params.n > 2 %}mid{% else %}small{% endif %}", "big"],
  ["{% if not params.empty %}none{% endif %}", "none"],
  ["a\n{{- ' b' }}\n", "a b"],
  ["line1\r\nline2\r\n", "line1\nline2"],
  ["x\n\n", "x\n"],
  ["{{ params.missing is defined }}|{{ params.region is defined }}", "False|True"],
  ["{{ 'yes' if params.tables else 'no' }}", "yes"],
  ["{{ params.region == 'us' and params.n }}", "7"],
  ["{{ params.empty or 'default' }}", "default"],
  ["{{ 'or' in 'orders' }}|{{ 'x' in params.tables }}|{{ 'region' in params }}", "True|False|True"],
  ["{{ params.get('nope', 'fallback') }}", "fallback"],
  ["{{ ds.split('-') }}", "['2024', '05', '09']"],
  ["{{ ds.replace('-', '/') }}", "2024/05/09"],
  ["{{ True }} {{ none }} {{ false }}", "True None False"],
  ["{{ params.n + params.ratio }}", "7.5"],
  ["{{ 10 / 4 }}", "2.5"],
  ["{{ 0.1 + 0.2 }}", "0.30000000000000004"],
  ["{{ 3 - 5 }}", "-2"],
  ["{{ params.missing }}", "ERROR UndefinedError"],
  ["{{ 'x' if false }}", ""],
];

describe("template subset against Jinja2's output", () => {
  test.each(JINJA2)("%j -> %j", (template, expected) => {
    const render = () => renderTemplate(template, scope, { task: "t", field: "args[0]" });
    if (expected.startsWith("ERROR")) expect(render).toThrow(TemplateError);
    else expect(render()).toBe(expected);
  });
});
