import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { PROFILES, type Profile } from "../../src/profile.js";
import { pyString } from "../../src/render/python.js";
import { renderDag } from "../../src/render/render.js";
import { compileSpec } from "../../src/dagfile/index.js";
import { inspectDags, type PyJson } from "../helpers/python.js";

/** Pieces that have broken code generators: quotes, escapes, line breaks, separators, Jinja, format strings. */
const PIECES = [
  "'", '"', "'''", '"""', "\\", "\\\\", "\\'", '\\"', "\r", "\n", "\r\n", "\0", "\u2028", "\u2029", "\u0085", "\v", "\f", "\t",
  "{{ ds }}", "{{", "}}", "{% raw %}", "%s", "%(name)s", "%", "{0}", "{}", "😀", "\u{10FFFF}", "\u{1F4A9}", "\u{E0001}", "\x7f", "\x1b[31m",
  "\ufeff", "\u202e", "\u200b", "\u00a0", "é", "中文", "ﬁ", "𝔘", "#", "# comment", "\"\"\" + __import__('os').system('id') + \"\"\"",
  "'); import os; #", "\\N{EM DASH}", "\\x41", "\\u0041", "\\U0001F600", "\\\n", "$HOME", "`id`", "\u0000\u0001\u001f", " ", "  ",
];

/** A small deterministic generator, so a failure names a reproducible string. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  return (index: number): string => {
    if (index % 250 === 7) return (PIECES[index % PIECES.length] as string).repeat(Math.ceil(100_000 / (PIECES[index % PIECES.length] as string).length)).slice(0, 100_000);
    const count = 1 + Math.floor(next() * 8);
    let out = "";
    for (let i = 0; i < count; i += 1) {
      out += next() < 0.75 ? (PIECES[Math.floor(next() * PIECES.length)] as string) : String.fromCharCode(32 + Math.floor(next() * 95));
    }
    return out.includes("${matrix}") ? out.replace(/\$\{matrix\}/g, "$") : out;
  };
}

const STRINGS_PER_DOCUMENT = 13;
const DOCUMENTS = 400;

interface Case {
  file: string;
  strings: string[];
  profile: Profile;
}

/**
 * Airflow renders cmds, arguments and env values with Jinja, so validate refuses text that does
 * not parse as a template there; a raw block keeps any text inert and still reaches Python whole.
 */
const inert = (text: string) => `{% raw %}${text}{% endraw %}`;

function documentFor(strings: string[]): Record<string, unknown> {
  const [s0, s1, s2, s3, r4, r5, r6, r7, r8, s9, s10, s11, s12] = strings as [string, string, string, string, string, string, string, string, string, string, string, string, string];
  const [s4, s5, s6, s7, s8] = [r4, r5, r6, r7, r8].map(inert);
  return {
    dag_id: "injection",
    description: s0,
    tags: [`a${s1}`, `b${s2}`],
    owner: s3,
    tasks: {
      t: { command: [s4, s5], args: [s6, s7], env: { E1: s8 }, secrets: [{ env: "S", secret: `x${s9}`, key: `y${s10}` }], pool: `p${s11}` },
      u: { image: `registry.example/${s12}`, depends_on: ["t"] },
    },
  };
}

describe("injection: every string from dag.yaml reaches Python as an inert literal", () => {
  const dir = mkdtempSync(join(tmpdir(), "dagship-injection-"));
  const next = generator(20_241_124);
  const profiles = Object.values(PROFILES);
  const cases: Case[] = [];
  for (let documentIndex = 0; documentIndex < DOCUMENTS; documentIndex += 1) {
    const strings = Array.from({ length: STRINGS_PER_DOCUMENT }, (_, index) => next(documentIndex * STRINGS_PER_DOCUMENT + index));
    const profile = profiles[documentIndex % profiles.length] as Profile;
    const compiled = compileSpec("projects/p/dag.yaml", stringify(documentFor(strings)), "p", { profile });
    if (!compiled.ok) throw new Error(`document ${documentIndex} did not validate: ${JSON.stringify(compiled.problems.slice(0, 2))}`);
    const rendered = renderDag({ dag: compiled.dag, profile, images: { p: { reference: "registry.example/p@sha256:0" } } });
    const file = join(dir, `d${documentIndex}.py`);
    writeFileSync(file, rendered.content);
    cases.push({ file, strings, profile });
  }
  const inspected = inspectDags(cases.map((entry) => entry.file));

  it(`covers at least 5,000 strings, including 100 kB ones`, () => {
    const all = cases.flatMap((entry) => entry.strings);
    expect(all.length).toBeGreaterThanOrEqual(5_000);
    expect(all.some((text) => text.length >= 100_000)).toBe(true);
    for (const needle of ["'''", '"""', "\\", "\r", "\n", "\0", "\u2028", "\u2029", "{{", "%", "😀"]) {
      expect(all.filter((text) => text.includes(needle)).length, `strings containing ${JSON.stringify(needle)}`).toBeGreaterThan(50);
    }
  });

  it("no file contains a raw control, format or line-separator character (diffs stay one line per literal)", () => {
    for (const entry of cases) {
      const text = readFileSync(entry.file, "utf8");
      expect(text.replace(/\n/g, "")).not.toMatch(/[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u);
    }
  });

  it("every file compiles and each literal round-trips byte-exactly in its own field", () => {
    for (const [index, entry] of cases.entries()) {
      const report = inspected[index];
      if (!report?.ok) throw new Error(`${entry.file} does not compile: ${report?.error}`);
      expect(report.toplevel_other).toEqual([]);
      expect(report.undefined).toEqual([]);
      const [s0, s1, s2, s3, r4, r5, r6, r7, r8, s9, s10, s11, s12] = entry.strings;
      const [s4, s5, s6, s7, s8] = [r4, r5, r6, r7, r8].map((text) => inert(text ?? ""));
      expect(report.dag["description"]).toBe(s0);
      expect(report.dag["tags"]).toEqual([`a${s1}`, `b${s2}`]);
      const [t, u] = report.tasks;
      const kwargs = t?.kwargs ?? {};
      expect(kwargs["owner"]).toBe(s3);
      expect(kwargs["cmds"]).toEqual([s4, s5]);
      expect(kwargs["arguments"]).toEqual([s6, s7]);
      expect(kwargs["env_vars"]).toEqual({ E1: s8 });
      expect(kwargs["secrets"]).toEqual([{ __call__: "Secret", args: [], kwargs: { deploy_type: "env", deploy_target: "S", secret: `x${s9}`, key: `y${s10}` } } satisfies PyJson]);
      expect(kwargs["pool"]).toBe(`p${s11}`);
      expect(u?.kwargs["image"]).toBe(`registry.example/${s12}`);
      expect(report.edges).toEqual([["t", "u"]]);
    }
  });

  it("strings YAML cannot carry (lone surrogates, every control character) also round-trip", () => {
    const tricky = [
      "\ud800", "\udfff", "a\udc80b", "\ud83d", ...Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)), "\x7f", "\x80", "\x9f", "\u00ad",
    ];
    const file = join(dir, "tricky.py");
    writeFileSync(file, `values = [${tricky.map(pyString).join(", ")}]\n`);
    const [report] = inspectDags([file], { strings: true });
    expect(report?.ok).toBe(true);
    expect(report?.strings).toEqual(tricky);
  });
});

describe("imports follow the model, not the text", () => {
  it("user strings that look like code (k8s., Secret(, datetime.timedelta() add no import", () => {
    const profile = PROFILES["composer-3-airflow-2"] as Profile;
    const text = "tasks:\n  a:\n    command: ['k8s.V1Pod(', 'Secret(x)', 'datetime.timedelta(seconds=1)', 'pendulum.now()']\n";
    const compiled = compileSpec("p/dag.yaml", text, "p", { profile });
    if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems));
    const file = join(mkdtempSync(join(tmpdir(), "dagship-imports-")), "a.py");
    writeFileSync(file, renderDag({ dag: compiled.dag, profile, images: { p: { reference: "r/p@sha256:0" } } }).content);
    const [report] = inspectDags([file]);
    expect(report?.imports).toEqual([
      "from __future__ import annotations",
      "from airflow import DAG",
      "from airflow.providers.cncf.kubernetes.operators.pod import KubernetesPodOperator",
    ]);
    expect(report?.undefined).toEqual([]);
  });
});
