import { describe, expect, test } from "vitest";
import type { NormalisedDag, NormalisedParam } from "../../src/dagfile/model.js";
import { parseTimeOption } from "../../src/run/command.js";
import { runValues, taskScope } from "../../src/run/context.js";
import { coerceParam, resolveParams } from "../../src/run/params.js";
import { PyFloat } from "../../src/run/pyvalue.js";
import { parseEnvFile, Redactor, secretValues } from "../../src/run/secrets.js";
import { renderTemplate } from "../../src/run/template.js";
import { chooseRun } from "../../src/run/timetable.js";

describe("templates outside the supported subset are located errors, never a different value", () => {
  const dag = { dagId: "d", schedule: { kind: "none" }, timezone: "UTC", params: [] } as unknown as NormalisedDag;
  const scope = taskScope(runValues(chooseRun(dag, { kind: "at", at: Date.UTC(2024, 4, 9) * 1000 }), "d", new Map()), "d", "load");
  const cases: [string, number, string][] = [
    ["--day {{ dss }}", 7, "'dss' is undefined: it is neither an Airflow context variable nor a declared param (did you mean ds?)"],
    ["{{ execution_date }}", 1, "'execution_date' was deprecated in Airflow 2 and removed in Airflow 3: use logical_date"],
    ["x {{ var.value.bucket }}", 3, "'var' is not available in local runs"],
    ["{{ ti.xcom_pull('a') }}", 1, "'ti' is not available in local runs"],
    ["{{ ds | date_format }}", 1, "filter 'date_format' is not supported in local runs"],
    ["{% for t in [1] %}{{ t }}{% endfor %}", 1, "the statement {% for %} is not supported in local runs"],
    ["{% set x = 1 %}", 1, "the statement {% set %} is not supported"],
    ["{{ 1 < 2 < 3 }}", 1, "chained comparisons"],
    ["{{ 1 + 2 ~ 'a' }}", 1, "`~` next to `+` or `-` groups differently in Jinja2"],
    ["{{ (1, 2) }}", 1, "tuples are not supported"],
    ["{{ logical_date.strftime('%c %Q') }}", 1, "strftime directive %Q is not supported"],
    ["{{ logical_date.in_timezone('Europe/Berlin').strftime('%Z') }}", 1, "%Z (zone abbreviations other than UTC are not known exactly)"],
    ["{{ logical_date - data_interval_start }}", 1, "pendulum Interval"],
    ["{{ macros.uuid.uuid4() }}", 1, "macros.uuid is not supported in local runs"],
    ["{{ [logical_date] }}", 1, "printing a date inside a list or dict"],
    ["{{ macros.ds_add(logical_date, 1) }}", 1, "unconverted data remains"],
    ["{{ ds", 1, "the tag opened here with {{ is never closed with }}"],
    ["{% if ds %}x", 1, "{% if %} without {% endif %}"],
  ];
  test.each(cases)("%j", (template, column, reason) => {
    expect(() => renderTemplate(template, scope, { task: "load", field: "args[2]" })).toThrow(
      new RegExp(`^task "load", args\\[2\\], column ${column} .*${reason.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`),
    );
  });
});

describe("--param values are read as the declared type", () => {
  test.each([
    ["3", "integer", 3],
    ["2.5", "number", new PyFloat(2.5)],
    ["2", "number", 2],
    ["true", "boolean", true],
    ["FALSE", "boolean", false],
    ['["a","b"]', "array", ["a", "b"]],
    ["text with = sign", "string", "text with = sign"],
    ["null", "null", null],
  ] as const)("%s as %s", (text, type, value) => expect(coerceParam(text, type)).toEqual({ ok: true, value }));
  test.each([
    ["3.5", "integer"],
    ["yes", "boolean"],
    ["{", "object"],
    ["[1]", "object"],
  ] as const)("%s is not a %s", (text, type) => expect(coerceParam(text, type).ok).toBe(false));

  const declared: NormalisedParam[] = [
    { name: "full_refresh", type: "boolean", default: false, hasDefault: true },
    { name: "region", type: "string", default: "us", hasDefault: true, enum: ["us", "eu"] },
    { name: "limit", default: 10, hasDefault: true },
  ];
  test("defaults merged with --param, untyped params take the default's type", () => {
    expect(
      resolveParams(declared, [
        ["full_refresh", "true"],
        ["limit", "20"],
      ]),
    ).toEqual(
      new Map<string, unknown>([
        ["full_refresh", true],
        ["region", "us"],
        ["limit", 20],
      ]),
    );
  });
  test("every problem at once: unknown name (did you mean), wrong type, not in enum, no default", () => {
    expect(() =>
      resolveParams(
        [...declared, { name: "day", type: "string", hasDefault: false }],
        [
          ["regoin", "eu"],
          ["full_refresh", "maybe"],
          ["region", "asia"],
        ],
      ),
    ).toThrow(
      [
        "--param regoin: the DAG declares no such param (did you mean region?); declared: full_refresh, region, limit, day",
        "--param full_refresh=maybe: expected true or false (the param is declared type boolean)",
        '--param region=asia: not one of the allowed values "us", "eu"',
        "param day has no default: pass --param day=VALUE",
      ].join("\n"),
    );
  });
});

describe("--at and --logical-date", () => {
  test.each([
    ["2024-05-09T06:00:00Z", "UTC", "2024-05-09T06:00:00.000Z"],
    ["2024-05-09T08:00:00+02:00", "UTC", "2024-05-09T06:00:00.000Z"],
    ["2024-05-09 08:00", "Europe/Berlin", "2024-05-09T06:00:00.000Z"],
    ["2024-05-09", "America/New_York", "2024-05-09T04:00:00.000Z"],
  ])("%s in %s", (text, zone, iso) => expect(new Date(parseTimeOption(text, zone, "--at") / 1000).toISOString()).toBe(iso));
  test("a wall time that happens twice, or never, needs an offset", () => {
    expect(() => parseTimeOption("2024-10-27T02:30", "Europe/Berlin", "--at")).toThrow("happens twice in Europe/Berlin");
    expect(() => parseTimeOption("2024-03-31T02:30", "Europe/Berlin", "--at")).toThrow("does not exist in Europe/Berlin");
    expect(() => parseTimeOption("May 9", "UTC", "--at")).toThrow('--at "May 9" is not a date or time');
  });
});

describe("secrets file", () => {
  test("docker's env-file format: verbatim values, comments, bare names from the environment", () => {
    const entries = parseEnvFile("# comment\n\nTOKEN=a b 'c'\n  PADDED=x=y\nFROM_ENV\nUNSET\nweather-api/user-agent=ua\n", "s.env", { FROM_ENV: "e" });
    expect(Object.fromEntries(entries)).toEqual({ TOKEN: "a b 'c'", PADDED: "x=y", FROM_ENV: "e", "weather-api/user-agent": "ua" });
    expect(() => parseEnvFile("BAD NAME=1\n", "s.env")).toThrow("s.env:1:");
  });
  test("a SECRET/KEY entry wins over the variable name; missing ones are reported", () => {
    const file = new Map([
      ["TOKEN", "generic"],
      ["api/token", "specific"],
    ]);
    expect(
      secretValues(
        [
          { env: "TOKEN", secret: "api", key: "token" },
          { env: "OTHER", secret: "x", key: "y" },
        ],
        file,
      ),
    ).toEqual({ values: [["TOKEN", "specific"]], missing: [{ env: "OTHER", secret: "x", key: "y" }] });
  });
  test("every secret value is masked in output, a longer one first", () => {
    const redactor = new Redactor();
    redactor.add("abc");
    redactor.add("abcdef");
    expect(redactor.redact("x abcdef y abc")).toBe("x *** y ***");
  });
});
