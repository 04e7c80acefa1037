import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, relative, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { VERSION } from "../src/version.js";

const ROOT = new URL("..", import.meta.url).pathname;

/** Every file under `dir`, as paths relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

describe("dist/ is the committed bundle of src/", () => {
  // Built once into a temporary folder that, like the repository, declares ES modules.
  const scratch = mkdtempSync(join(tmpdir(), "dagship-dist-"));
  const outdir = join(scratch, "dist");
  let built: string[] = [];
  beforeAll(() => {
    writeFileSync(join(scratch, "package.json"), JSON.stringify({ type: "module" }));
    execFileSync(process.execPath, [join(ROOT, "scripts/build.mjs"), "--outdir", outdir], { cwd: ROOT });
    built = filesUnder(outdir);
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("rebuilding from src/ gives byte-identical dist/ files, chunks and source maps included (run `npm run build` and commit dist/ if this fails)", () => {
    expect(filesUnder(join(ROOT, "dist"))).toEqual(built);
    for (const file of built) {
      expect(readFileSync(join(ROOT, "dist", file)).equals(readFileSync(join(outdir, file))), `dist/${file} is stale`).toBe(true);
    }
  });

  it("every bundle file links its source map, and the maps name the project's sources as they are in src/", () => {
    const scripts = built.filter((file) => file.endsWith(".js") && file.startsWith("chunks/"));
    const ours = new Set<string>();
    for (const file of scripts) {
      const link = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(readFileSync(join(outdir, file), "utf8"))?.[1];
      expect(link, `${file} links no source map`).toBe(`${basename(file)}.map`);
      const map = JSON.parse(readFileSync(join(outdir, dirname(file), link ?? ""), "utf8")) as { sources: string[] };
      // Written as for dist/: sources resolve from the repository's dist/. (Dependencies' maps
      // may name their own TypeScript, which their packages do not ship.)
      for (const source of map.sources.map((name) => relative(ROOT, resolve(ROOT, "dist", dirname(file), name)))) {
        if (source.startsWith("src/")) ours.add(source);
      }
    }
    expect([...ours].filter((source) => !existsSync(join(ROOT, source)))).toEqual([]);
    expect(ours).toContain("src/cli.ts");
    expect(ours).toContain("src/action.ts");
  });

  it("a CommonJS dependency loaded on demand works from its chunk (google-auth-library for the Composer API)", () => {
    const result = spawnSync(
      process.execPath,
      [join(outdir, "cli.js"), "plan", "--repo", join(ROOT, "template-repo"), "--dest", "projects/acme-data/locations/us-central1/environments/prod"],
      {
        encoding: "utf8",
        env: { ...process.env, GOOGLE_APPLICATION_CREDENTIALS: join(scratch, "no-such-credentials.json") },
      },
    );
    // Exit 1 (setup problem) naming the missing credentials file, not 2 (GoogleAuth not loaded).
    expect(result.stderr).toMatch(/could not get Google credentials for the Composer API \(Unable to read the credential file/);
    expect(result.status).toBe(1);
  });

  it("create-repository without credentials is a setup error, before the Artifact Registry library could crash the process", () => {
    const result = spawnSync(
      process.execPath,
      [
        join(outdir, "cli.js"),
        "deploy",
        "--repo",
        join(ROOT, "template-repo"),
        "--dest",
        join(scratch, "dags"),
        "--registry",
        "europe-west1-docker.pkg.dev/acme-data/etl",
        "--create-repository",
      ],
      {
        encoding: "utf8",
        env: {
          ...process.env,
          DAGSHIP_REGISTRY_USERNAME: "user",
          DAGSHIP_REGISTRY_PASSWORD: "password",
          GOOGLE_APPLICATION_CREDENTIALS: join(scratch, "no-such-credentials.json"),
        },
      },
    );
    expect(result.stderr).toMatch(/could not get Google credentials for Artifact Registry \(Unable to read the credential file/);
    // Node's own report of an unhandled rejection ends with its version line.
    expect(result.stderr).not.toMatch(/^Node\.js v/m);
    expect(result.status).toBe(1);
    expect(existsSync(join(scratch, "dags"))).toBe(false);
  });

  it("an internal error's stack points into src/ (the CLI turns source maps on)", () => {
    // No user input ends in an internal error, so one is injected: reading a file fails the way a bug would.
    const fault = join(scratch, "fault.mjs");
    writeFileSync(
      fault,
      'import fs from "node:fs";\nimport { syncBuiltinESMExports } from "node:module";\nfs.promises.readFile = async () => { throw new Error("injected fault"); };\nsyncBuiltinESMExports();\n',
    );
    const result = spawnSync(
      process.execPath,
      ["--import", fault, join(outdir, "cli.js"), "validate", join(ROOT, "template-repo/projects/weather_ingest"), "--verbose"],
      { encoding: "utf8" },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/internal error: injected fault/);
    expect(result.stderr).toMatch(/at .*\bsrc\/cli\.ts:\d+:\d+/);
  });

  it("the version in src/version.ts matches package.json", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(VERSION).toBe(pkg.version);
  });
});

describe("the precompiled dag.yaml validator", () => {
  it("is up to date with schema/dag.schema.json (run `npm run build` if this fails)", () => {
    const result = spawnSync(process.execPath, [join(ROOT, "scripts/generate-validator.mjs"), "--check"], { cwd: ROOT, encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });
});
