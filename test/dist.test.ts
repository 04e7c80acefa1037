import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { VERSION } from "../src/version.js";

const ROOT = new URL("..", import.meta.url).pathname;

describe("dist/ is the committed bundle of src/", () => {
  it("rebuilding from src/ gives byte-identical dist/ files (run `npm run build` and commit dist/ if this fails)", () => {
    const outdir = mkdtempSync(join(tmpdir(), "dagship-dist-"));
    execFileSync(process.execPath, [join(ROOT, "scripts/build.mjs"), "--outdir", outdir], { cwd: ROOT });
    const built = readdirSync(outdir).sort();
    expect(readdirSync(join(ROOT, "dist")).sort()).toEqual(built);
    for (const file of built) {
      expect(readFileSync(join(ROOT, "dist", file), "utf8") === readFileSync(join(outdir, file), "utf8"), `dist/${file} is stale`).toBe(true);
    }
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
