/**
 * One YAML meaning: dag.yaml is read as YAML 1.2 with the core schema, by one parser, and a
 * value means the same whatever else the document holds (an `&` in a comment, an anchor
 * elsewhere, a merge key). The expected values below are the YAML 1.2 core schema's, written
 * out by hand; the random documents are generated from the value they must read back as.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { parseDocument } from "yaml";
import { formatProblem } from "../../src/errors.js";
import { loadSpecText } from "../../src/dagfile/load.js";

const F = "projects/p/dag.yaml";

function valueOf(text: string): unknown {
  const loaded = loadSpecText(F, text);
  if (loaded.problems.length > 0) throw new Error(loaded.problems.map(formatProblem).join("\n"));
  return loaded.value;
}

/** The `yaml` package's own reading with YAML 1.2 core options spelled out here, independently of the loader's constant. */
function yamlPackageValue(text: string): unknown {
  const document = parseDocument(text, {
    version: "1.2",
    schema: "core",
    strict: true,
    uniqueKeys: true,
    merge: false,
    resolveKnownTags: false,
    logLevel: "error",
  });
  expect(document.errors).toEqual([]);
  return document.toJS({ maxAliasCount: 200 });
}

/** Plain scalars whose meaning differs between YAML 1.1, js-yaml's core schema and YAML 1.2 core. */
const SCALARS: [written: string, meaning: unknown][] = [
  ["1_000", "1_000"],
  ["0o17", 15],
  ["017", 17],
  ["0x1F", 31],
  ["-0x1F", "-0x1F"],
  ["0b101", "0b101"],
  ["+1", 1],
  ["-12", -12],
  [".5", 0.5],
  ["1.", 1],
  ["1e3", 1000],
  ["1E-2", 0.01],
  ["+.inf", Number.POSITIVE_INFINITY],
  ["-.Inf", Number.NEGATIVE_INFINITY],
  [".NaN", Number.NaN],
  ["-.nan", "-.nan"],
  ["1:30", "1:30"],
  ["2024-01-01", "2024-01-01"],
  ["2024-01-01T06:00:00Z", "2024-01-01T06:00:00Z"],
  ["~", null],
  ["null", null],
  ["Null", null],
  ["NULL", null],
  ["nULL", "nULL"],
  ["", null],
  ["true", true],
  ["True", true],
  ["FALSE", false],
  ["tRUE", "tRUE"],
  ["yes", "yes"],
  ["no", "no"],
  ["on", "on"],
  ["off", "off"],
  ["y", "y"],
  ["n", "n"],
  ["<<", "<<"],
  ["=", "="],
  ['"1"', "1"],
  ["'yes'", "yes"],
  ['"a\\tb\\u00e9"', "a\tbé"],
  ["'it''s'", "it's"],
  ["!!str 1", "1"],
  ["!!str true", "true"],
  ['!!int "12"', 12],
  ["!!bool true", true],
  ["!!null ''", null],
  ["! 12", "12"],
];

describe("YAML 1.2 core scalars", () => {
  it.each(SCALARS)("%s reads as its YAML 1.2 core value", (written, meaning) => {
    const text = `value: ${written}\n`;
    expect(valueOf(text)).toEqual({ value: meaning });
    expect(valueOf(text)).toEqual(yamlPackageValue(text));
  });

  it.each(SCALARS)("%s means the same next to an & and a * in a comment, and next to an anchor and an alias", (written, meaning) => {
    const plain = `value: ${written}\n`;
    const busy = `# R&D pipeline, runs at */5 & more: !important\nvalue: ${written}  # & * ! % | >\nother: &shared [a, b]\nagain: *shared\n`;
    expect(valueOf(busy)).toEqual({ value: meaning, other: ["a", "b"], again: ["a", "b"] });
    expect((valueOf(busy) as { value: unknown }).value).toEqual((valueOf(plain) as { value: unknown }).value);
  });
});

describe("documents", () => {
  const DOCUMENTS: [name: string, text: string, meaning: unknown][] = [
    [
      "merge keys stay plain keys",
      "base: &b {retries: 2}\ntask:\n  <<: *b\n  pool: api\n",
      { base: { retries: 2 }, task: { "<<": { retries: 2 }, pool: "api" } },
    ],
    ["anchors and aliases", "a: &x [1, 2]\nb: *x\nc: {k: *x}\n", { a: [1, 2], b: [1, 2], c: { k: [1, 2] } }],
    ["a null key is the empty key", "~: a\n", { "": "a" }],
    ["a collection key is its flow text", "[a, b]: c\n", { "[ a, b ]": "c" }],
    ["numeric keys are their number's text", "1e3: a\n0x10: b\n", { "1000": "a", "16": "b" }],
    ["a __proto__ key is an ordinary key", "__proto__: {polluted: true}\n", JSON.parse('{"__proto__": {"polluted": true}}') as unknown],
    [
      "a %YAML 1.1 directive does not bring YAML 1.1 back",
      "%YAML 1.1\n---\na: yes\nb: 0777\nc: 1_000\n<<: {d: 1}\n",
      { a: "yes", b: 777, c: "1_000", "<<": { d: 1 } },
    ],
    ["comments with anchors and aliases in them", "# &a *a\ntasks: # &b\n  t: {command: ['&x', '*x']} # *b\n", { tasks: { t: { command: ["&x", "*x"] } } }],
    ["flow and block alike", "a: [1, '2', {b: ~}]\nc:\n  - 1\n  - '2'\n  - b:\n", { a: [1, "2", { b: null }], c: [1, "2", { b: null }] }],
  ];

  it.each(DOCUMENTS)("%s", (_name, text, meaning) => {
    expect(valueOf(text)).toEqual(meaning);
    expect(valueOf(text)).toEqual(yamlPackageValue(text));
  });

  it("a __proto__ key does not reach any prototype", () => {
    const value = valueOf("__proto__: {polluted: true}\n") as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });
});

describe("refusals, located", () => {
  const problems = (text: string) => loadSpecText(F, text).problems.map(formatProblem);

  it("a duplicate key, wherever the first one is", () => {
    expect(problems("a: 1\nb: &x 2\na: 3\n")).toEqual([`${F}:3:1: invalid YAML: Map keys must be unique`]);
  });

  const KEY_PAIRS: [first: string, second: string, repeated: boolean][] = [
    ["1", "1.0", true],
    ["0x10", "16", true],
    ["~", "null", true],
    ["'a'", '"a"', true],
    ["1", '"1"', false],
    [".nan", ".nan", false],
    ["true", "'true'", false],
    ["''", "~", false],
  ];

  it.each(KEY_PAIRS)("keys %s and %s: a repeat exactly when the parser's own unique-key check says so", (first, second, repeated) => {
    const text = `${first}: a\n${second}: b\n`;
    expect(problems(text)).toEqual(repeated ? [`${F}:2:1: invalid YAML: Map keys must be unique`] : []);
    const own = parseDocument(text, { version: "1.2", schema: "core", uniqueKeys: true });
    expect(own.errors.map((error) => error.code)).toEqual(repeated ? ["DUPLICATE_KEY"] : []);
  });

  it("repeated keys in flow mappings and nested maps, each reported", () => {
    expect(problems("a: {x: 1, y: 2, x: 3}\nb:\n  c: 1\n  c: 2\n")).toEqual([
      `${F}:1:17: invalid YAML: Map keys must be unique`,
      `${F}:4:3: invalid YAML: Map keys must be unique`,
    ]);
  });

  it("tags beyond the core schema, the YAML 1.1 ones included", () => {
    const fix = "dag.yaml takes plain YAML 1.2 values; only the core tags !!str, !!int, !!float, !!bool, !!null, !!seq and !!map are read. Remove the tag.";
    expect(problems("a: !!binary aGVsbG8=\n")).toEqual([`${F}:1:4: Unresolved tag: tag:yaml.org,2002:binary: ${fix}`]);
    expect(problems("a: !!timestamp 2024-01-01\n")).toEqual([`${F}:1:4: Unresolved tag: tag:yaml.org,2002:timestamp: ${fix}`]);
    expect(problems("a:\n  b: !custom x\n")).toEqual([`${F}:2:6: Unresolved tag: !custom: ${fix}`]);
  });

  it("an alias bomb stops at the alias limit", () => {
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let level = 1; level < 8; level += 1) {
      const previous = String.fromCharCode(96 + level);
      const name = String.fromCharCode(97 + level);
      levels.push(`${name}: &${name} [${Array.from({ length: 10 }, () => `*${previous}`).join(", ")}]`);
    }
    const result = loadSpecText(F, `${levels.join("\n")}\n`);
    expect(result.value).toBeUndefined();
    expect(result.problems.map(formatProblem)).toEqual([`${F}:1:1: invalid YAML: Excessive alias count indicates a resource exhaustion attack`]);
  });
});

describe("no side effects", () => {
  let emitted: unknown[] = [];
  beforeEach(() => {
    emitted = [];
    vi.spyOn(process, "emitWarning").mockImplementation((warning: unknown) => {
      emitted.push(warning);
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it("a collection key prints no Node warning", () => {
    valueOf("[a, b]: c\n{x: 1}: d\n");
    expect(emitted).toEqual([]);
  });
});

/** A small seeded generator (mulberry32), so a failure names a seed that reproduces it. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;
const WORDS = ["load", "orders", "us-east", "a b", "daily_sync", "x1", "gs://lake/orders/", "{{ ds }}", "--day", "é", "R&D", "*/5 * * * *"];
const SAFE_PLAIN = /^[a-z][a-z0-9_ -]*[a-z0-9]$|^[a-z]$/;
const SPECIAL_WORDS = new Set(["true", "false", "null", "y", "n", "yes", "no", "on", "off"]);

/** A scalar as data and one way of writing it; `inFlow` excludes what a flow collection cannot hold plain. */
function scalar(rng: Rng): [string, unknown] {
  const roll = rng();
  if (roll < 0.35) {
    const [written, meaning] = pick(
      rng,
      SCALARS.filter(([text]) => text !== "" && !text.startsWith("!")),
    );
    return [written, meaning];
  }
  if (roll < 0.45) {
    const number = Math.floor(rng() * 2_000_000) - 1_000_000;
    return [String(number), number];
  }
  if (roll < 0.5) {
    const number = Math.round(rng() * 1e6) / 1e3;
    const written = Number.isInteger(number) ? `${number}.0` : String(number);
    return [written, number];
  }
  const text = Array.from({ length: 1 + Math.floor(rng() * 3) }, () => pick(rng, WORDS)).join(pick(rng, [" ", "-", "", "'", '"', "\\", ": ", " #"]));
  const style = rng();
  if (style < 0.4 && SAFE_PLAIN.test(text) && !SPECIAL_WORDS.has(text.toLowerCase())) return [text, text];
  if (style < 0.7) return [`'${text.replace(/'/g, "''")}'`, text];
  return [JSON.stringify(text), text];
}

function flowValue(rng: Rng, depth: number): [string, unknown] {
  const roll = rng();
  if (depth >= 2 || roll < 0.6) return scalar(rng);
  if (roll < 0.8) {
    const items = Array.from({ length: Math.floor(rng() * 4) }, () => flowValue(rng, depth + 1));
    return [`[${items.map(([text]) => text).join(", ")}]`, items.map(([, value]) => value)];
  }
  const keys = [...new Set(Array.from({ length: Math.floor(rng() * 4) }, () => `k${Math.floor(rng() * 20)}`))];
  const entries = keys.map((key) => [key, flowValue(rng, depth + 1)] as const);
  return [`{${entries.map(([key, [text]]) => `${key}: ${text}`).join(", ")}}`, Object.fromEntries(entries.map(([key, [, value]]) => [key, value]))];
}

/** A block-style entry `key: value` at `indent`, as lines, and its value. */
function blockEntry(rng: Rng, key: string, indent: string, depth: number): [string[], unknown] {
  const roll = rng();
  if (depth >= 3 || roll < 0.5) {
    const [text, value] = flowValue(rng, depth);
    return [[`${indent}${key}: ${text}`], value];
  }
  if (roll < 0.75) {
    const items = Array.from({ length: 1 + Math.floor(rng() * 3) }, () => flowValue(rng, depth + 1));
    return [[`${indent}${key}:`, ...items.map(([text]) => `${indent}  - ${text}`)], items.map(([, value]) => value)];
  }
  const keys = [...new Set(Array.from({ length: 1 + Math.floor(rng() * 3) }, () => `k${Math.floor(rng() * 20)}`))];
  const lines = [`${indent}${key}:`];
  const value: Record<string, unknown> = {};
  for (const child of keys) {
    const [childLines, childValue] = blockEntry(rng, child, `${indent}  `, depth + 1);
    lines.push(...childLines);
    value[child] = childValue;
  }
  return [lines, value];
}

describe("generated documents", () => {
  const SEEDS = Array.from({ length: 300 }, (_, index) => index + 1);

  it.each(SEEDS)("seed %i: reads back as the value it was written from, whatever comments and anchors surround it", (seed) => {
    const rng = random(seed);
    const entries = Array.from({ length: 1 + Math.floor(rng() * 6) }, (_, index) => blockEntry(rng, `key${index}`, "", 0));
    const expected = Object.fromEntries(entries.map(([, value], index) => [`key${index}`, value]));
    const text = `${entries.flatMap(([lines]) => lines).join("\n")}\n`;
    expect(valueOf(text), text).toEqual(expected);
    expect(valueOf(text), text).toEqual(yamlPackageValue(text));

    const noise = ["# & * ! % @ ` | > { } [ ] , ? : -", "# &anchor *alias", "#&x"];
    const busy = [
      pick(rng, noise),
      ...entries.flatMap(([lines]) => [...lines.map((line) => (line.endsWith(":") ? line : `${line} ${pick(rng, noise)}`)), pick(rng, noise)]),
      "zz_anchor: &shared {a: 1}",
      "zz_alias: *shared",
      "",
    ].join("\n");
    expect(valueOf(busy), busy).toEqual({ ...expected, zz_anchor: { a: 1 }, zz_alias: { a: 1 } });
  });
});
