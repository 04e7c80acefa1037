import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoWith, runInProcess } from "../helpers/cli.js";

const ROOT = new URL("../..", import.meta.url).pathname;
const CLI = join(ROOT, "dist/cli.js");
const FIXTURES = join(ROOT, "test/fixtures/specs");

function runCli(args: string[], cwd = ROOT) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("dagship CLI (the bundled dist/cli.js)", () => {
  it("validate: a valid project exits 0", () => {
    const result = runCli(["validate", join(FIXTURES, "presets")]);
    expect(result.stderr).toContain("1 dag.yaml file(s) valid for composer-3-airflow-2");
    expect(result.code).toBe(0);
  });

  it("validate: every error of a file, located, then exit 1", () => {
    const root = repoWith({ "projects/sales/dag.yaml": "catchup: yes\ntasks:\n  a:\n    depends_on: [b]\n" });
    const result = runCli(["validate"], root);
    expect(result.code).toBe(1);
    expect(result.stderr.split("\n")).toEqual([
      'projects/sales/dag.yaml:1:10: catchup: expected true or false, got the string "yes". Write true or false (YAML 1.2: yes/no/on/off are strings).',
      'projects/sales/dag.yaml:4:18: depends_on: unknown task "b". Tasks in this file: a.',
      "1 of 1 dag.yaml file(s) have errors.",
      "",
    ]);
  });

  it("validate --json: machine output with the same problems", () => {
    const root = repoWith({ "p/dag.yaml": "tasks:\n  a:\n    retries: many\n" });
    const result = runCli(["validate", "--json"], root);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { ok: boolean; files: { file: string; problems: { line: number; column: number; message: string }[] }[] };
    expect(report.ok).toBe(false);
    expect(report.files[0]?.file).toBe("p/dag.yaml");
    expect(report.files[0]?.problems[0]).toMatchObject({ line: 3, column: 14, message: 'tasks.a.retries: expected a whole number, got the string "many".' });
  });

  it("validate: the profile decides the Composer 3 rules", () => {
    const extras = join(FIXTURES, "kubernetes_extras");
    expect(runCli(["validate", extras, "--composer", "3"]).code).toBe(1);
    // Composer 2 allows no pod affinity either (its KubernetesPodOperator page says so).
    expect(runCli(["validate", extras, "--composer", "2"]).code).toBe(1);
    expect(runCli(["validate", extras, "--composer", "none", "--airflow", "3"]).code).toBe(0);
  });

  it("render: writes <dag_id>.py, byte-identical on a second run", () => {
    const out = mkdtempSync(join(tmpdir(), "dagship-out-"));
    const args = ["render", join(FIXTURES, "salesforce"), "--out", out, "--image", "reg.example/sf@sha256:abc", "--airflow", "3"];
    const first = runCli(args);
    expect(first.code).toBe(0);
    const content = readFileSync(join(out, "salesforce_sync.py"), "utf8");
    expect(content).toContain("from airflow.sdk import DAG");
    expect(content).toContain("image='reg.example/sf@sha256:abc'");
    expect(runCli(args).code).toBe(0);
    expect(readFileSync(join(out, "salesforce_sync.py"), "utf8")).toBe(content);
  });

  it("render: a bad dag.yaml writes nothing and exits 1", () => {
    const root = repoWith({ "p/dag.yaml": "tasks: {}\n" });
    const out = join(root, "out");
    const result = runCli(["render", "p", "--out", out], root);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("p/dag.yaml:1:8: tasks: expected at least one entry.");
    expect(result.stderr).toContain("dagship: p/dag.yaml has errors; nothing was written");
    expect(spawnSync("ls", [out]).status).not.toBe(0);
  });

  it("graph: Mermaid on stdout, and --json", () => {
    const mermaid = runCli(["graph", join(FIXTURES, "presets")]);
    expect(mermaid.code).toBe(0);
    expect(mermaid.stdout).toBe('flowchart LR\n  t0["build"]\n  t1["publish"]\n  t2["archive"]\n  t0 --> t1\n  t0 --> t2\n  t1 --> t2\n');
    const json = runCli(["graph", join(FIXTURES, "presets"), "--json"]);
    expect(JSON.parse(json.stdout)).toEqual({
      dagId: "nightly-report.v2",
      tasks: ["build", "publish", "archive"],
      edges: [
        ["build", "publish"],
        ["build", "archive"],
        ["publish", "archive"],
      ],
    });
  });

  it.each([
    [["frobnicate"], 'dagship: unknown command "frobnicate"'],
    [["validate", "--no-such-flag"], "Unknown option '--no-such-flag'"],
    [["render", "test/fixtures/specs/presets"], "dagship render needs --out DIR"],
    [["render", "test/fixtures/specs/presets", "--out", "/tmp/x", "--airflow", "4"], 'dagship: --airflow must be 2 or 3, not "4"'],
    [["validate", "--composer", "2", "--airflow", "3"], "Cloud Composer 2 has no Airflow 3 images"],
    [["graph", "no/such/dir"], "no/such/dir has no dag.yaml"],
  ])("usage error %j exits 1 with a clear message", (args, message) => {
    const result = runCli(args);
    expect(result.stderr).toContain(message);
    expect(result.code).toBe(1);
  });

  it("--version and --help exit 0", () => {
    expect(runCli(["--version"]).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(runCli(["--help"]).stdout).toContain("dagship validate");
  });
});

/** Deterministic mutations of valid documents: the shapes of typos, bad merges and truncations. */
function mutate(text: string, seed: number): string {
  let state = seed >>> 0;
  const random = (limit: number) => {
    state = (state * 1103515245 + 12345) >>> 0;
    return state % Math.max(1, limit);
  };
  const junk = [
    ":",
    "-",
    "[",
    "]",
    "{",
    "}",
    '"',
    "'",
    "\n",
    " ",
    "\t",
    "#",
    "&a",
    "*a",
    "!!",
    "|",
    ">",
    "%",
    "@",
    "`",
    "0",
    "x",
    "?",
    ",",
    "\0",
    "<<",
    "\ud800",
    "~",
    "null",
    "yes",
    "1e999",
    "-1",
    "{{ ds }}",
  ];
  let out = text;
  const steps = 1 + random(4);
  for (let step = 0; step < steps; step += 1) {
    const lines = out.split("\n");
    const at = random(out.length + 1);
    switch (random(8)) {
      case 0:
        out = out.slice(0, at) + out.slice(at + 1 + random(5));
        break;
      case 1:
        out = out.slice(0, at) + (junk[random(junk.length)] as string) + out.slice(at);
        break;
      case 2: {
        const line = random(lines.length);
        lines.splice(line, 0, lines[line] ?? "");
        out = lines.join("\n");
        break;
      }
      case 3: {
        const a = random(lines.length);
        const b = random(lines.length);
        [lines[a], lines[b]] = [lines[b] ?? "", lines[a] ?? ""];
        out = lines.join("\n");
        break;
      }
      case 4:
        out = out.slice(0, at);
        break;
      case 5:
        out = out.replace(/: [^\n]+/, `: ${junk[random(junk.length)]}`);
        break;
      case 6: {
        const line = random(lines.length);
        lines[line] = `${" ".repeat(random(6))}${(lines[line] ?? "").trimStart()}`;
        out = lines.join("\n");
        break;
      }
      default:
        out = out.replace(/\b(tasks|depends_on|command|schedule|defaults)\b/, junk[random(junk.length)] as string);
    }
  }
  return out;
}

describe("malformed input never crashes the CLI", () => {
  const sources = ["salesforce", "presets", "minimal", "kubernetes_extras"].map((name) => readFileSync(join(FIXTURES, name, "dag.yaml"), "utf8"));
  const root = mkdtempSync(join(tmpdir(), "dagship-fuzz-"));
  // Each document is a repository of its own (validate looks at the whole repository).
  const documents = Array.from({ length: 2_000 }, (_, index) => {
    const name = `m${String(index).padStart(4, "0")}`;
    const repo = join(root, name);
    mkdirSync(join(repo, name), { recursive: true });
    const text = mutate(sources[index % sources.length] as string, index + 1);
    writeFileSync(join(repo, name, "dag.yaml"), text);
    return { repo, dir: join(repo, name), name, text };
  });

  it("2,000 mutated dag.yaml files: exit 0 or 1, never 2, never a stack trace; every error located", { timeout: 600_000 }, async () => {
    let rejected = 0;
    for (const document of documents) {
      const result = await runInProcess(["validate", document.name], document.repo);
      expect([0, 1], `${document.dir}/dag.yaml exited ${result.code}:\n${result.stderr}`).toContain(result.code);
      expect(result.stderr).not.toMatch(/internal error|\n\s+at .+:\d+:\d+\)?/);
      if (result.code === 1) {
        rejected += 1;
        const lines = result.stderr.trimEnd().split("\n");
        const problemLines = lines.filter((line) => /^m\d{4}\/dag\.yaml:\d+:\d+: \S/.test(line));
        expect(problemLines.length, result.stderr).toBeGreaterThan(0);
        expect(lines[lines.length - 1]).toMatch(/^(1 of 1 dag\.yaml file\(s\) have errors\.|dagship: .+)$/);
      }
    }
    expect(rejected).toBeGreaterThan(1_000);
  });

  it("the bundled CLI validates all 2,000 in one run without an internal error", { timeout: 600_000 }, () => {
    const result = runCli(["validate", ...documents.map((document) => `${document.name}/${document.name}`)], root);
    expect(result.code).toBe(1);
    expect(result.stderr).not.toMatch(/internal error|\n\s+at .+:\d+:\d+\)?/);
  });
});

describe("validate resolves `image: other-project` against the whole repository", () => {
  it("a single project folder may name a sibling project's image; an unknown one is still an error", async () => {
    const root = repoWith({
      "projects/loader/dag.yaml": "tasks:\n  a:\n    command: [x]\n",
      "projects/sales/dag.yaml": "tasks:\n  a:\n    image: loader\n  b:\n    image: loadr\n",
    });
    const result = await runInProcess(["validate", "projects/sales"], root);
    expect(result.stderr).toBe(
      'projects/sales/dag.yaml:5:12: tasks.b.image: "loadr" is neither a project of this repository nor a full image reference (projects: loader, sales). Did you mean "loader"?\n1 of 1 dag.yaml file(s) have errors.\n',
    );
    expect(result.code).toBe(1);
  });
});

describe("--build-arg", () => {
  it.each([
    [["BASE_IMAGE=python:3.12-slim", "EMPTY=", "EQ=a=b"], { BASE_IMAGE: "python:3.12-slim", EMPTY: "", EQ: "a=b" }],
    [[], {}],
  ])("%j parses to %j", async (pairs, expected) => {
    const { parseBuildArgs } = await import("../../src/cli.js");
    expect(parseBuildArgs(pairs)).toEqual(expected);
  });

  it.each(["BASE_IMAGE", "=x", "1X=y", "A B=c"])("%j is refused with the expected form", async (pair) => {
    const { parseBuildArgs } = await import("../../src/cli.js");
    expect(() => parseBuildArgs([pair])).toThrow(`--build-arg "${pair}" is not KEY=VALUE (e.g. --build-arg BASE_IMAGE=python:3.12-slim)`);
  });
});
