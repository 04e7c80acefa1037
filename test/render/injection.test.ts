import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { PROFILES, type Profile } from "../../src/profile.js";
import { pyString } from "../../src/render/python.js";
import { renderDag } from "../../src/render/render.js";
import { normaliseAssetUri } from "../../src/dagfile/assets.js";
import { attachDoc, compileSpec } from "../../src/dagfile/index.js";
import { inspectDags, type PyJson } from "../helpers/python.js";

/** Pieces that have broken code generators: quotes, escapes, line breaks, separators, Jinja, format strings. */
const PIECES = [
  "'",
  '"',
  "'''",
  '"""',
  "\\",
  "\\\\",
  "\\'",
  '\\"',
  "\r",
  "\n",
  "\r\n",
  "\0",
  "\u2028",
  "\u2029",
  "\u0085",
  "\v",
  "\f",
  "\t",
  "{{ ds }}",
  "{{",
  "}}",
  "{% raw %}",
  "%s",
  "%(name)s",
  "%",
  "{0}",
  "{}",
  "😀",
  "\u{10FFFF}",
  "\u{1F4A9}",
  "\u{E0001}",
  "\x7f",
  "\x1b[31m",
  "\ufeff",
  "\u202e",
  "\u200b",
  "\u00a0",
  "é",
  "中文",
  "ﬁ",
  "𝔘",
  "#",
  "# comment",
  '""" + __import__(\'os\').system(\'id\') + """',
  "'); import os; #",
  "\\N{EM DASH}",
  "\\x41",
  "\\u0041",
  "\\U0001F600",
  "\\\n",
  "$HOME",
  "`id`",
  "\u0000\u0001\u001f",
  " ",
  "  ",
];

/** A small deterministic generator, so a failure names a reproducible string. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  return (index: number): string => {
    if (index % 250 === 7)
      return (PIECES[index % PIECES.length] as string).repeat(Math.ceil(100_000 / (PIECES[index % PIECES.length] as string).length)).slice(0, 100_000);
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
  const [s0, s1, s2, s3, r4, r5, r6, r7, r8, s9, s10, s11, s12] = strings as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
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
      expect(kwargs["secrets"]).toEqual([
        { __call__: "Secret", args: [], kwargs: { deploy_type: "env", deploy_target: "S", secret: `x${s9}`, key: `y${s10}` } } satisfies PyJson,
      ]);
      expect(kwargs["pool"]).toBe(`p${s11}`);
      expect(u?.kwargs["image"]).toBe(`registry.example/${s12}`);
      expect(report.edges).toEqual([["t", "u"]]);
    }
  });

  it("strings YAML cannot carry (lone surrogates, every control character) also round-trip", () => {
    const tricky = [
      "\ud800",
      "\udfff",
      "a\udc80b",
      "\ud83d",
      ...Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)),
      "\x7f",
      "\x80",
      "\x9f",
      "\u00ad",
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

/** A deterministic Kubernetes object name (DNS subdomain) of up to `length` characters, dots and dashes inside. */
function kubernetesName(next: () => number, length: number): string {
  const inner = "abcdefghijklmnopqrstuvwxyz0123456789-.";
  const size = 1 + Math.floor(next() * length);
  let out = "";
  for (let i = 0; i < size; i += 1) {
    const alphabet = i === 0 || i === size - 1 ? inner.slice(0, 36) : inner;
    const char = alphabet[Math.floor(next() * alphabet.length)] as string;
    out += char === "." && out.endsWith(".") ? "a" : char;
  }
  return out.replace(/[.-]\./g, "a.").replace(/\.-/g, ".a");
}

describe("injection: pod settings reach Python as inert literals", () => {
  const dir = mkdtempSync(join(tmpdir(), "dagship-injection-pod-"));
  const text = generator(20_250_301);
  let seed = 7;
  const random = () => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  const profiles = Object.values(PROFILES);
  // Annotation values and mount paths take any text (a path only starts with '/' and holds no NUL);
  // the names take every shape a Kubernetes name can have.
  const cases = Array.from({ length: 300 }, (_, index) => {
    const [value1, value2, path1, path2] = [0, 1, 2, 3].map((offset) => text(index * 4 + offset)) as [string, string, string, string];
    const spec = {
      dag_id: "pods",
      tasks: {
        t: {
          command: ["run"],
          // Composer 3 refuses a service account (validate says why): injected on the other profiles.
          ...(profiles[index % profiles.length]?.platform === "composer-3" ? {} : { service_account: kubernetesName(random, 253) }),
          // Annotation values are Jinja templates (provider 7.10+), checked by validate: kept inert here.
          annotations: { "example.com/first": inert(value1), second: inert(value2) },
          config_maps: [kubernetesName(random, 253)],
          tolerations: [
            {
              key: `${kubernetesName(random, 40)}/k_${index}`,
              operator: "Equal",
              value: `v.${index}-${kubernetesName(random, 40)}`.slice(0, 63).replace(/[.-]+$/, ""),
              effect: "NoSchedule",
            },
          ],
          volumes: [
            { secret: kubernetesName(random, 253), mount: `/a${path1.replace(/\0/g, "")}` },
            { config_map: kubernetesName(random, 253), mount: `/b${path2.replace(/\0/g, "")}`, name: `n${index}` },
          ],
        },
      },
    };
    const profile = profiles[index % profiles.length] as Profile;
    const compiled = compileSpec("projects/p/dag.yaml", stringify(spec), "p", { profile });
    if (!compiled.ok) throw new Error(`document ${index} did not validate: ${JSON.stringify(compiled.problems.slice(0, 2))}`);
    const file = join(dir, `pod${index}.py`);
    writeFileSync(file, renderDag({ dag: compiled.dag, profile, images: { p: { reference: "registry.example/p@sha256:0" } } }).content);
    return { file, task: spec.tasks.t };
  });
  const inspected = inspectDags(cases.map((entry) => entry.file));

  it("covers hostile annotation values and mount paths, and names of every length", () => {
    const texts = cases.flatMap(({ task }) => [...Object.values(task.annotations), ...task.volumes.map((volume) => volume.mount)]);
    for (const needle of ["'''", '"""', "\\", "\n", "\u2028", "{{", "%"])
      expect(texts.filter((value) => value.includes(needle)).length, JSON.stringify(needle)).toBeGreaterThan(20);
    expect(texts.some((value) => value.length >= 100_000)).toBe(true);
    expect(cases.some(({ task }) => (task.service_account?.length ?? 0) > 200)).toBe(true);
  });

  it("every value comes back byte-exactly in its own keyword", () => {
    const call = (callee: string, kwargs: Record<string, PyJson>): PyJson => ({ __call__: callee, args: [], kwargs });
    for (const [index, { file, task }] of cases.entries()) {
      const report = inspected[index];
      if (!report?.ok) throw new Error(`${file} does not compile: ${report?.error}`);
      expect(report.undefined).toEqual([]);
      const kwargs = report.tasks[0]?.kwargs ?? {};
      expect(kwargs["service_account_name"]).toBe(task.service_account);
      expect(kwargs["annotations"]).toEqual(task.annotations);
      expect(kwargs["env_from"]).toEqual([
        call("k8s.V1EnvFromSource", { config_map_ref: call("k8s.V1ConfigMapEnvSource", { name: task.config_maps[0] as string }) }),
      ]);
      expect(kwargs["tolerations"]).toEqual([call("k8s.V1Toleration", task.tolerations[0] as Record<string, PyJson>)]);
      const [secret, configMap] = task.volumes as [{ secret: string; mount: string }, { config_map: string; mount: string; name: string }];
      const volumes = kwargs["volumes"] as { kwargs: Record<string, PyJson> }[];
      expect(volumes[0]?.kwargs["secret"]).toEqual(call("k8s.V1SecretVolumeSource", { secret_name: secret.secret }));
      expect(volumes[1]).toEqual(
        call("k8s.V1Volume", { name: configMap.name, config_map: call("k8s.V1ConfigMapVolumeSource", { name: configMap.config_map }) }),
      );
      const mounts = kwargs["volume_mounts"] as { kwargs: Record<string, PyJson> }[];
      expect(mounts.map((mount) => mount.kwargs["mount_path"])).toEqual([secret.mount, configMap.mount]);
    }
  });

  it("fields that take only Kubernetes names refuse every hostile string at its own line", () => {
    const profile = PROFILES["kubernetes-airflow-2"] as Profile;
    const fields: [string, (piece: string) => string][] = [
      ["service_account", (piece) => `    service_account: ${JSON.stringify(piece)}`],
      ["config_maps", (piece) => `    config_maps: [${JSON.stringify(piece)}]`],
      ["volume name", (piece) => `    volumes: [{secret: s, mount: /s, name: ${JSON.stringify(piece)}}]`],
      ["secret volume", (piece) => `    volumes: [{secret: ${JSON.stringify(piece)}, mount: /s}]`],
      ["config map volume", (piece) => `    volumes: [{config_map: ${JSON.stringify(piece)}, mount: /s}]`],
      ["size limit", (piece) => `    volumes: [{empty_dir: {size_limit: ${JSON.stringify(`1${piece}`)}}, mount: /s}]`],
      ["toleration key", (piece) => `    tolerations: [{key: ${JSON.stringify(`k${piece}`)}, operator: Exists}]`],
      ["toleration value", (piece) => `    tolerations: [{key: k, value: ${JSON.stringify(`v${piece}`)}}]`],
      ["annotation key", (piece) => `    annotations: {${JSON.stringify(`k${piece}`)}: v}`],
    ];
    let refused = 0;
    for (const piece of PIECES) {
      for (const [field, line] of fields) {
        const compiled = compileSpec("p/dag.yaml", `tasks:\n  t:\n    command: [run]\n${line(piece)}\n`, "p", { profile });
        expect(compiled.ok, `${field} ${JSON.stringify(piece)}`).toBe(false);
        expect(
          compiled.problems.map((problem) => problem.line),
          `${field} ${JSON.stringify(piece)}`,
        ).toContain(4);
        refused += 1;
      }
    }
    expect(refused).toBe(PIECES.length * fields.length);
  });
});
const V11_STRINGS = 20;

/** Printable ASCII only, no trailing space: what Airflow accepts in an asset URI. */
const asciiOnly = (text: string) =>
  text
    .replace(/[^\x20-\x7e]/g, "")
    .slice(0, 1000)
    .replace(/ +$/, "");
/** What the email pattern accepts: no '@', no whitespace. */
const emailPart = (text: string) => text.replace(/[@\s]/gu, "");
const GROUP_CHARS = "abcXYZ019_-";

function v11DocumentFor(strings: string[]): Record<string, unknown> {
  const [s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11, s12, s13, s14, s15, s16, s17, s18] = strings as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const group = [s4, s5]
    .map(
      (text) =>
        Array.from(text)
          .map((char) => GROUP_CHARS[(char.codePointAt(0) ?? 0) % GROUP_CHARS.length])
          .join("")
          .slice(0, 20) || "g",
    )
    .join(".");
  return {
    dag_id: "injection_v11",
    schedule: { assets: [`gs://bucket/${asciiOnly(s17)}`] },
    start_date: "2024-01-01",
    doc: "README.md",
    params: {
      p: { type: "string", default: s0, description: s1, title: s2, enum: s0 === s3 ? [s0] : [s0, s3] },
      nested: { type: "object", default: { [s6]: [s7, { key: s8 }] } },
    },
    notify: {
      on_failure: [
        { slack: { connection: `c${s9}`, channel: inert(`#${s10}`), text: inert(`t${s11}`) } },
        // The notifier's texts are Jinja (its template_fields, checked by validate): kept inert here.
        { email: { to: [`x${emailPart(s12)}@example.com`], subject: inert(s13), html_content: inert(s14), from_email: inert(s15), connection: `c${s16}` } },
      ],
      on_success: [{ slack: { connection: `w${s10}`, text: inert(`u${s13}`) } }],
    },
    tasks: {
      t: { command: ["run"], group, outlets: [`gs://bucket/${asciiOnly(s18)}/`], notify: { on_retry: [{ email: [`r${emailPart(s1)}@example.com`] }] } },
    },
  };
}

describe("injection: the v1.1 strings (params, notify, asset URIs, group names, doc) reach Python inert", () => {
  const dir = mkdtempSync(join(tmpdir(), "dagship-injection-v11-"));
  const next = generator(20_260_101);
  const profiles = Object.values(PROFILES);
  const cases: { file: string; strings: string[]; document: Record<string, unknown>; profile: Profile }[] = [];
  for (let documentIndex = 0; documentIndex < 250; documentIndex += 1) {
    const strings = Array.from({ length: V11_STRINGS }, (_, index) => next(documentIndex * V11_STRINGS + index));
    const profile = profiles[documentIndex % profiles.length] as Profile;
    const document = v11DocumentFor(strings);
    const text = stringify(document);
    const compiled = attachDoc(compileSpec("projects/p/dag.yaml", text, "p", { profile }), "projects/p/dag.yaml", text, { ok: true, text: strings[19] ?? "" });
    if (!compiled.ok) throw new Error(`document ${documentIndex} did not validate: ${JSON.stringify(compiled.problems.slice(0, 2))}`);
    const file = join(dir, `v${documentIndex}.py`);
    writeFileSync(file, renderDag({ dag: compiled.dag, profile, images: { p: { reference: "registry.example/p@sha256:0" } } }).content);
    cases.push({ file, strings, document, profile });
  }
  const inspected = inspectDags(cases.map((entry) => entry.file));

  it("covers 5,000 strings with the hostile pieces", () => {
    const all = cases.flatMap((entry) => entry.strings);
    expect(all.length).toBeGreaterThanOrEqual(5_000);
    for (const needle of ["'''", '"""', "\\", "\n", "\0", "\u2028", "{{", "%"]) expect(all.filter((text) => text.includes(needle)).length).toBeGreaterThan(20);
  });

  it("every file compiles and each v1.1 literal round-trips in its own field", () => {
    for (const [index, entry] of cases.entries()) {
      const report = inspected[index];
      if (!report?.ok) throw new Error(`${entry.file} does not compile: ${report?.error}`);
      expect(readFileSync(entry.file, "utf8").replace(/\n/g, "")).not.toMatch(/[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u);
      expect(report.undefined).toEqual([]);
      expect(report.toplevel_other).toEqual([]);
      const [s0, s1, s2, s3, , , s6, s7, s8, s9, s10, s11, s12, s13, s14, s15, s16, s17, s18, s19] = entry.strings;
      const asset = entry.profile.airflow === 3 ? "Asset" : "Dataset";
      const params = report.dag["params"] as Record<string, PyJson>;
      expect(params["p"]).toEqual({ __call__: "Param", args: [s0], kwargs: { description: s1, type: "string", title: s2, enum: s0 === s3 ? [s0] : [s0, s3] } });
      expect(params["nested"]).toEqual({ __call__: "Param", args: [{ [s6 as string]: [s7, { key: s8 }] }], kwargs: { type: "object" } });
      expect(report.dag["schedule"]).toEqual([{ __call__: asset, args: [], kwargs: { uri: normaliseAssetUri(`gs://bucket/${asciiOnly(s17 ?? "")}`) } }]);
      expect(report.dag["doc_md"]).toBe(s19?.endsWith(".md") ? `${s19}\n` : s19);
      const [slack, email] = report.dag["on_failure_callback"] as { kwargs: Record<string, PyJson> }[];
      expect(slack?.kwargs).toEqual({ slack_conn_id: `c${s9}`, channel: inert(`#${s10}`), text: inert(`t${s11}`) });
      expect(email?.kwargs).toEqual({
        from_email: inert(s15 ?? ""),
        to: [`x${emailPart(s12 ?? "")}@example.com`],
        subject: inert(s13 ?? ""),
        html_content: inert(s14 ?? ""),
        smtp_conn_id: `c${s16}`,
      });
      expect((report.dag["on_success_callback"] as { kwargs: PyJson }[])[0]?.kwargs).toEqual({ slack_webhook_conn_id: `w${s10}`, text: inert(`u${s13}`) });
      const task = report.tasks[0]?.kwargs ?? {};
      expect(task["outlets"]).toEqual([{ __call__: asset, args: [], kwargs: { uri: normaliseAssetUri(`gs://bucket/${asciiOnly(s18 ?? "")}/`) } }]);
      const groups = ((entry.document["tasks"] as Record<string, { group: string }>)["t"]?.group ?? "").split(".");
      expect(report.groups.map((group) => group.kwargs["group_id"])).toEqual(groups);
      expect((task["on_retry_callback"] as { kwargs: Record<string, PyJson> }[])[0]?.kwargs["to"]).toEqual([`r${emailPart(s1 ?? "")}@example.com`]);
    }
  });
});
