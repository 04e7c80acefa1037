import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { parseTemplate } from "../../src/dagfile/jinja.js";

/** Templates Airflow users write, and mistakes they make: each is checked against Jinja2 itself. */
const CORPUS = [
  // valid
  "{{ ds }}",
  "--day={{ ds_nodash }}",
  "{{ macros.ds_add(ds, 7) }}",
  "{{ params.start or ds }}",
  "{{ params['x'] }}",
  "{{ ds | replace('-', '') }}",
  "{{ var.value.get('x', 'd') }}",
  "{{ var.json.cfg['a'] }}",
  "{% if params.full %}--full{% endif %}",
  "{% for r in ['us', 'eu'] %}{{ r }}{% if not loop.last %},{% endif %}{% endfor %}",
  "{{ 'a' ~ 'b' }}",
  "{{ 7 // 2 }}",
  "{{ 2 ** 3 }}",
  "{{ x if y else z }}",
  "{{ (data_interval_end - macros.timedelta(days=1)).strftime('%Y') }}",
  "{% raw %}{{ not jinja }}{% endraw %}",
  "{%- if x -%} a {%- endif -%}",
  "{# comment #}",
  "{{ ti.xcom_pull(task_ids='a') }}",
  "{% set d = ds %}{{ d }}",
  "{{ {'a': 1}['a'] }}",
  "{{ x is not none }}",
  "{{ 'a' in ['a'] }}",
  "{{ data_interval_start | ts }}",
  "{% with a = 1 %}{{ a }}{% endwith %}",
  '{{ "}}" }}',
  "{{ ds[:4] }}",
  "{{ -1 }}",
  "{{ x|default('a', true) }}",
  "echo '{}'",
  "a } b",
  "{ not jinja }",
  "}}",
  "%}",
  "{#",
  "{{ x }}}",
  "{{ 1_000 }}",
  "{{ x is divisibleby 3 }}",
  "{{ x is sameas none }}",
  "{{ True }}{{ None }}{{ 1.5e3 }}{{ 0x1F }}",
  "{%+ if x %}{% endif %}",
  "{% for x in y recursive %}{{ x }}{% endfor %}",
  "{% do x.append(1) %}",
  "{% macro m(a, b=1) %}{{ a }}{{ caller() }}{% endmacro %}",
  "{% call m(1) %}x{% endcall %}",
  "{% filter upper %}{{ ds }}{% endfilter %}",
  "{% set x %}{{ ds }}{% endset %}{{ x }}",
  "{% set ns = namespace(a=1) %}{% set ns.a = 2 %}{{ ns.a }}",
  "{% if a %}1{% elif b %}2{% else %}3{% endif %}",
  "{% for x in y %}{% else %}none{% endfor %}",
  "{{ x.0 }}",
  "{{ 'a' 'b' }}",
  "{{ f(a,) }}",
  "{{ a == b and c != d or e >= f }}",
  "{{\n  ds\n}}",
  "{% raw %}",
  "{% print ds %}",
  "{{ x is not in y }}",
  "line one\n{{ ds }}\nline three",
  "{{ '\\n' }}",
  // invalid
  "{{ x y }}",
  "{{ . }}",
  "{{ } }}",
  "{{ ) }}",
  "{{ x | 1 }}",
  "{%",
  "{{",
  "{# abc",
  "{{ ds }} {{",
  "{% endfor %}",
  "{{ 5 %}",
  "{{ 'unterminated }}",
  "{{ }}",
  "{% %}",
  "{{ ds | }}",
  "{% if x %}",
  "{% for x in y %}{% endif %}",
  "{{{ x }}",
  "{{ 1 }",
  "{{ [1, 2 }}",
  "{{ (1 }}",
  "{{ x[ }}",
  "{{ f(,) }}",
  "{{ not }}",
  "{{ x if }}",
  "{{ x * }}",
  "{% set %}",
  "{% for x %}{% endfor %}",
  "{% if x %}{% else %}{% else %}{% endif %}",
  "{% elif %}",
  "{% endset %}",
  "{% break %}",
  "{{ @ }}",
  "{{ a $ b }}",
  "{{ a ! b }}",
  "{% if x %}{% endif %}{% endif %}",
  "{{ x }}\n{{ y",
  "{% foo %}",
  "{% if x %}{% endfor %}{% endif %}",
];

/** Jinja2's verdict per template, in Airflow's environment (sandboxed, the `do` extension, StrictUndefined). */
function jinja2Verdicts(templates: readonly string[]): (string | null)[] {
  const script = `
import json, sys
import jinja2, jinja2.sandbox
env = jinja2.sandbox.SandboxedEnvironment(extensions=["jinja2.ext.do"], undefined=jinja2.StrictUndefined)
out = []
for text in json.load(sys.stdin):
    try:
        env.parse(text)
        out.append(None)
    except jinja2.TemplateSyntaxError as error:
        out.append(error.message)
print(json.dumps(out))
`;
  const result = spawnSync("python3", ["-c", script], { input: JSON.stringify(templates), encoding: "utf8" });
  if (result.status !== 0) throw new Error(`python3 with jinja2 is needed for this test: ${result.stderr}`);
  return JSON.parse(result.stdout) as (string | null)[];
}

describe("parseTemplate agrees with Jinja2 as Airflow configures it", () => {
  const verdicts = jinja2Verdicts(CORPUS);

  it.each(CORPUS.map((template, index) => ({ template, jinja2: verdicts[index] ?? null })))("$template", ({ template, jinja2 }) => {
    const parsed = parseTemplate(template);
    if (jinja2 === null) expect(parsed.ok ? null : parsed.error.message, "Jinja2 accepts it").toBeNull();
    else expect(parsed.ok, `Jinja2 refuses it: ${jinja2}`).toBe(false);
  });

  it("the corpus has both kinds in number", () => {
    expect(verdicts.filter((verdict) => verdict === null).length).toBeGreaterThan(50);
    expect(verdicts.filter((verdict) => verdict !== null).length).toBeGreaterThan(35);
  });
});

describe("parseTemplate on 5,000 generated templates, against Jinja2", () => {
  const PIECES = [
    "{{",
    "}}",
    "{%",
    "%}",
    "{#",
    "#}",
    " ",
    "x",
    "1",
    "2.5",
    "'",
    '"',
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    "|",
    ".",
    ",",
    ":",
    "if ",
    "endif",
    "for ",
    "in ",
    "endfor",
    "set ",
    "= ",
    "==",
    "-",
    "+",
    "*",
    "**",
    "//",
    "~",
    "not ",
    "and ",
    "or ",
    "else",
    "elif ",
    "is ",
    "defined",
    "ds",
    "params",
    "%",
    "macro ",
    "endmacro",
    "call ",
    "endcall",
    "filter ",
    "upper",
    "endfilter",
    "with ",
    "endwith",
    "do ",
    "raw",
    "endraw",
    "{%- ",
    "-%}",
    "{{-",
    "-}}",
    "loop.index",
    "a=1",
    "f(",
    "x|e",
    "none",
    "True",
    "\n",
  ];
  let state = 20_261_201;
  const random = (below: number) => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state % below;
  };
  const templates = Array.from({ length: 5_000 }, () => Array.from({ length: 1 + random(12) }, () => PIECES[random(PIECES.length)]).join(""));
  const verdicts = jinja2Verdicts(templates);

  it("never refuses a template Jinja2 accepts, and refuses almost all it refuses", () => {
    const refusedWrongly = templates.filter((template, index) => verdicts[index] === null && !parseTemplate(template).ok);
    expect(refusedWrongly).toEqual([]);
    const invalid = templates.filter((_, index) => verdicts[index] !== null);
    const caught = invalid.filter((template) => !parseTemplate(template).ok);
    expect(invalid.length).toBeGreaterThan(1_000);
    expect(caught.length / invalid.length).toBeGreaterThan(0.98);
  });
});

describe("parseTemplate locates what it finds", () => {
  it.each([
    ["{{ ds }", 6, 'unexpected "}"'],
    ["a {{ 'x }}", 5, "the string opened here with ' is never closed"],
    ["x {% if a %}y", 2, "{% if %} is never closed: add {% endif %}"],
    ["{% for a in b %}{{ a }}{% endif %}", 23, "{% endif %} closes nothing: the innermost open block is {% for %}, closed by {% endfor %}"],
    ["ok {{ ds }} {{ x | }}", 12, 'unexpected "}}": an expression is missing or incomplete'],
    ["{% for a in b %}{% endfro %}", 16, "unknown tag {% endfro %} (did you mean {% endfor %}?)"],
    ["{{ [1, 2 }}", 9, 'unexpected "}": the "[" at character 4 is still open'],
  ])("%j: error at character %i", (template, offset, message) => {
    const parsed = parseTemplate(template);
    expect(parsed).toEqual({ ok: false, error: { offset, message } });
  });

  it("returns the AST and the variables read, where they are first read, without bound names", () => {
    const text = "{% set day = ds %}{{ day }} {{ params.region }} {{ macros.ds_add(dss, 1) }} {% for r in range(2) %}{{ r }}{{ loop.index }}{% endfor %}";
    const parsed = parseTemplate(text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.program?.type).toBe("Program");
    expect(parsed.references.map(({ name, param, offset }) => [name, param, text.slice(offset, offset + (param ?? name).length)])).toEqual([
      ["ds", undefined, "ds"],
      ["params", undefined, "params"],
      ["params", "region", "region"],
      ["macros", undefined, "macros"],
      ["dss", undefined, "dss"],
    ]);
  });

  it("text without Jinja delimiters is not parsed at all", () => {
    expect(parseTemplate("plain {text} with % and }")).toEqual({ ok: true, program: undefined, references: [] });
  });

  it("constructs the engine lacks parse as valid, with no AST", () => {
    expect(parseTemplate("{% with a = 1 %}{{ a }}{% endwith %}")).toEqual({ ok: true, program: undefined, references: [] });
  });
});
