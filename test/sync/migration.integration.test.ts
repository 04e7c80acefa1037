/**
 * Migration: a destination written by dagship 0.1 (manifest format 1 with no repository, the
 * commit in every DAG file; test/fixtures/legacy-0.1.0, captured from that version's bundle)
 * deploys cleanly after the change, from the command line (same folders: the manifests are
 * adopted) and from the action (the projects move from `dags/<name>/` to `dags/<owner>__<name>/`
 * in the same deploy, never leaving two copies of a DAG live). Real git repositories, the real
 * local folder and the real storage emulator.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { deployRepository, type DeployOptions, type DeployReport } from "../../src/deploy.js";
import { MemoryLogger } from "../../src/log.js";
import { GcsStore } from "../../src/sync/gcs-store.js";
import { githubIdentity, type Destination } from "../../src/sync/index.js";
import { CliGit } from "../../src/sync/history.js";
import { LocalFolderStore } from "../../src/sync/local-store.js";
import { parseManifest } from "../../src/sync/manifest.js";
import type { ObjectStore } from "../../src/sync/store.js";
import { changedKeys, dagship, Repo, state, text } from "../cli/destinations.js";
import { testEnv } from "../helpers/test-env.js";
import { emulatorHost, freshBucket } from "./helpers.js";
import { LEGACY_COMMIT, legacyRepository } from "./legacy-repo.js";
import { actionOptions as actionDeployOptions } from "./monorepo.js";

testEnv();

const FIXTURES = new URL("../fixtures/legacy-0.1.0/", import.meta.url);
const ACME = githubIdentity("https://github.com", "acme/etl");

/** A destination holding exactly what dagship 0.1 wrote when it deployed {@link LEGACY_COMMIT}. */
interface LegacyDestination {
  dest: string;
  destination: Destination;
  store: ObjectStore;
  /** "" for a folder, "dags/" for a bucket. */
  dags: string;
}

const BACKENDS: { name: string; open(): Promise<LegacyDestination> }[] = [
  {
    name: "local folder",
    open: async () => {
      const folder = mkdtempSync(path.join(tmpdir(), "dagship-legacy-dest-"));
      const files = JSON.parse(readFileSync(new URL("local-folder.json", FIXTURES), "utf8")) as Record<string, string>;
      for (const [key, content] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(folder, key)), { recursive: true });
        writeFileSync(path.join(folder, key), content);
      }
      return { dest: folder, destination: { kind: "local", folder }, store: new LocalFolderStore(folder), dags: "" };
    },
  },
  {
    name: "Cloud Storage emulator",
    open: async () => {
      const bucket = freshBucket("legacy");
      const store = new GcsStore(bucket, { apiEndpoint: emulatorHost() });
      const objects = JSON.parse(readFileSync(new URL("cloud-storage.json", FIXTURES), "utf8")) as Record<
        string,
        { contentType: string; metadata: Record<string, string>; content: string }
      >;
      for (const [key, object] of Object.entries(objects)) {
        await store.write(key, new TextEncoder().encode(object.content), { contentType: object.contentType, metadata: object.metadata });
      }
      return { dest: `gs://${bucket}/dags`, destination: { kind: "gcs", bucket, dagsFolder: "dags" }, store, dags: "dags/" };
    },
  },
];

/** What the action passes for a repository `acme/etl`: the owner-qualified folder, and the one 0.1 used. */
function actionOptions(repoRoot: string, destination: Destination, over: Partial<DeployOptions> = {}): DeployOptions {
  return actionDeployOptions(repoRoot, "etl", destination, { repository: ACME as NonNullable<typeof ACME>, ...over });
}

async function deploy(repoRoot: string, options: DeployOptions): Promise<{ report: DeployReport; log: MemoryLogger }> {
  const log = new MemoryLogger();
  const report = await deployRepository(options, { log, git: new CliGit(repoRoot) });
  return { report, log };
}

/** Every dag_id the destination's DAG files define (dagship writes `dag_id='...'` once per file). */
async function definedDagIds(store: ObjectStore): Promise<string[]> {
  const ids: string[] = [];
  for (const object of await store.list("")) {
    if (!object.key.endsWith(".py")) continue;
    ids.push(...[...((await text(store, object.key)) ?? "").matchAll(/dag_id='([^']+)'/g)].map((match) => match[1] as string));
  }
  return ids.sort();
}

describe("the fixture is what dagship 0.1 wrote", () => {
  it("format-1 manifests naming no repository, at the reproducible commit of the legacy repository", () => {
    const { git } = legacyRepository();
    expect(git("rev-parse", "HEAD")).toBe(LEGACY_COMMIT);
    const files = JSON.parse(readFileSync(new URL("local-folder.json", FIXTURES), "utf8")) as Record<string, string>;
    const raw = JSON.parse(files["etl/sales/.dagship-manifest.json"] ?? "{}") as Record<string, unknown>;
    expect(raw).toMatchObject({ format: 1, commit: LEGACY_COMMIT, dagshipVersion: "0.1.0" });
    expect(raw).not.toHaveProperty("repository");
    const parsed = parseManifest(new TextEncoder().encode(files["etl/sales/.dagship-manifest.json"]), "fixture", "etl/sales/");
    expect(parsed.repository).toBeUndefined();
    expect(files["etl/sales/sales.py"]).toContain(`at commit ${LEGACY_COMMIT}`);
  });
});

describe.each(BACKENDS)("Migration from dagship 0.1 in a $name", (backend) => {
  it("the command line adopts the 0.1 manifests: a clean deploy that records the repository, then no changes", async () => {
    const { dest, store, dags } = await backend.open();
    const { dir, git } = legacyRepository();
    const first = await dagship(dir, "deploy", "--dest", dest, "--json");
    expect(first.code).toBe(0);
    const json = JSON.parse(first.stdout) as { projects: { project: string; actions: { action: string; reason: string }[] }[] };
    // The files change once: the commit leaves the header and the pod labels.
    expect(json.projects.map((project) => [project.project, project.actions.map((a) => `${a.action}:${a.reason}`)])).toEqual([
      ["sales", ["upload:changed"]],
      ["weather", ["upload:changed"]],
    ]);
    for (const project of ["sales", "weather"]) {
      const manifest = JSON.parse((await text(store, `${dags}etl/${project}/.dagship-manifest.json`)) ?? "{}") as Record<string, unknown>;
      expect(manifest).toMatchObject({ format: 2, repository: "github.com/acme/etl", commit: LEGACY_COMMIT });
      expect(await text(store, `${dags}etl/${project}/${project}.py`)).not.toContain(LEGACY_COMMIT);
    }
    const settled = await state(store);
    const again = await dagship(dir, "deploy", "--dest", dest);
    expect(again.code).toBe(0);
    expect(again.stderr.match(/no changes/g)).toHaveLength(2);
    expect(await state(store)).toEqual(settled);

    // From now on a commit touching one project rewrites that project's file only.
    writeFileSync(
      path.join(dir, "projects/sales/dag.yaml"),
      readFileSync(path.join(dir, "projects/sales/dag.yaml"), "utf8").replace("[load]", "[load, --fast]"),
    );
    git("commit", "-q", "--no-gpg-sign", "-am", "faster load");
    expect((await dagship(dir, "deploy", "--dest", dest)).code).toBe(0);
    expect(changedKeys(settled, await state(store)).filter((key) => key.endsWith(".py"))).toEqual([`${dags}etl/sales/sales.py`]);
  });

  it("another repository with the same folder and project names cannot adopt them: refused, nothing changes", async () => {
    const { dest, store, dags } = await backend.open();
    const before = await state(store);
    const other = new Repo("etl", "https://github.com/globex/etl.git");
    other.write({ "projects/sales/dag.yaml": 'schedule: "@daily"\nstart_date: 2024-01-01\ntasks:\n  run:\n    command: [globex]\n' }).commit("globex");
    const refused = await dagship(other.dir, "deploy", "--dest", dest, "--prune");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      `${store.location}/${dags}etl/sales/ was deployed by dagship 0.1.0, which recorded no repository, from commit ${LEGACY_COMMIT.slice(0, 7)}, and that commit is not in this clone's history`,
    );
    expect(refused.stderr).toContain("--repo-name NAME");
    expect(await state(store)).toEqual(before);
  });

  it("the action moves every deployed project to dags/<owner>__<name>/ in the same deploy: each dag_id live once", async () => {
    const { destination, store, dags } = await backend.open();
    const { dir, git } = legacyRepository();
    git("commit", "-q", "--no-gpg-sign", "--allow-empty", "-m", "a later commit");
    const { report } = await deploy(dir, actionOptions(dir, destination));
    expect(report.failed).toEqual([]);
    expect(
      report.projects.map((project) => [project.project, project.sync.prefix, project.moved?.actions.map((a) => `${a.action}:${a.reason} ${a.path}`)]),
    ).toEqual([
      ["sales", `${dags}acme__etl/sales/`, ["delete:no-longer-rendered sales.py"]],
      ["weather", `${dags}acme__etl/weather/`, ["delete:no-longer-rendered weather.py"]],
    ]);
    expect(
      Object.keys(await state(store))
        .filter((key) => key.endsWith(".py"))
        .sort(),
    ).toEqual([`${dags}acme__etl/sales/sales.py`, `${dags}acme__etl/weather/weather.py`]);
    expect(await definedDagIds(store)).toEqual(["sales", "weather"]);
    // The old folder keeps a manifest that records nothing but this repository: dagship 0.1
    // refuses it as "written by a newer dagship" instead of deploying there again.
    const tombstone = JSON.parse((await text(store, `${dags}etl/sales/.dagship-manifest.json`)) ?? "{}") as Record<string, unknown>;
    expect(tombstone).toMatchObject({ format: 2, repository: "github.com/acme/etl", files: {} });

    const settled = await state(store);
    const { report: again } = await deploy(dir, actionOptions(dir, destination));
    expect(again.projects.map((project) => [project.project, project.sync.changed, project.moved])).toEqual([
      ["sales", false, undefined],
      ["weather", false, undefined],
    ]);
    expect(await state(store)).toEqual(settled);
  });

  it("a shallow clone (the action's default checkout) moves them too; a project not deployed in the run stays where it was, once", async () => {
    const { destination, store, dags } = await backend.open();
    const { dir, git } = legacyRepository();
    git("commit", "-q", "--no-gpg-sign", "--allow-empty", "-m", "a later commit");
    const clone = path.join(mkdtempSync(path.join(tmpdir(), "dagship-shallow-")), "etl");
    execFileSync("git", ["clone", "-q", "--depth", "1", `file://${dir}`, clone], {
      env: { ...process.env, GIT_CONFIG_NOSYSTEM: "1", GIT_CONFIG_GLOBAL: "/dev/null" },
    });
    expect(await new CliGit(clone).commitTime(LEGACY_COMMIT)).toBeUndefined();

    const { report, log } = await deploy(clone, actionOptions(clone, destination, { projects: ["sales"] }));
    expect(report.failed).toEqual([]);
    expect(report.projects.map((project) => [project.project, project.moved?.actions.map((a) => a.action)])).toEqual([["sales", ["delete"]]]);
    expect(log.lines).toContainEqual(
      expect.stringContaining(
        `${store.location}/${dags}etl/sales/ was deployed by dagship 0.1.0, which recorded no repository; this deploy records github.com/acme/etl`,
      ),
    );
    expect(
      Object.keys(await state(store))
        .filter((key) => key.endsWith(".py"))
        .sort(),
    ).toEqual([`${dags}acme__etl/sales/sales.py`, `${dags}etl/weather/weather.py`]);
    expect(await definedDagIds(store)).toEqual(["sales", "weather"]);
  });

  it("a project removed before the move is pruned from the old folder when the clone vouches for its commit, and left (with a warning) when it cannot", async () => {
    const full = await backend.open();
    const { dir, git } = legacyRepository();
    git("rm", "-q", "-r", "projects/weather");
    git("commit", "-q", "--no-gpg-sign", "-m", "weather is gone");
    const { report } = await deploy(dir, actionOptions(dir, full.destination, { prune: true }));
    expect(report.failed).toEqual([]);
    expect(report.pruned.map((result) => [result.prefix, result.actions.map((a) => `${a.action} ${a.path}`)])).toEqual([
      [`${full.dags}etl/weather/`, ["delete weather.py"]],
    ]);
    expect(await definedDagIds(full.store)).toEqual(["sales"]);

    const shallow = await backend.open();
    const clone = path.join(mkdtempSync(path.join(tmpdir(), "dagship-shallow-")), "etl");
    execFileSync("git", ["clone", "-q", "--depth", "1", `file://${dir}`, clone], {
      env: { ...process.env, GIT_CONFIG_NOSYSTEM: "1", GIT_CONFIG_GLOBAL: "/dev/null" },
    });
    const { report: cautious } = await deploy(clone, actionOptions(clone, shallow.destination, { prune: true }));
    expect(cautious.pruned).toEqual([]);
    expect(cautious.warnings).toContainEqual(
      expect.stringMatching(
        /etl\/weather\/ \(project weather, not in this repository\) was deployed by dagship 0\.1\.0, which recorded no repository, and this clone cannot vouch for its commit: not pruned/,
      ),
    );
    expect(await definedDagIds(shallow.store)).toEqual(["sales", "weather"]);
  });
});
