/**
 * `dagship deploy` and `plan` in real git repositories against the real local folder and the
 * Cloud Storage emulator: stable bytes, repository ownership, prune, and per-project outcomes.
 */
import { describe, expect, it } from "vitest";
import { testEnv } from "../helpers/test-env.js";
import { CLI_BACKENDS, changedKeys, dagship, Repo, spec, state, text } from "./destinations.js";

testEnv();

interface PlanJson {
  ok: boolean;
  repository: string;
  projects: { project: string; location: string; actions: { action: string; path: string; reason: string }[] }[];
  pruned: { project: string; actions: { action: string; path: string; reason: string }[] }[];
  failed: { project: string; stage: string; message: string }[];
}

const plan = (stdout: string): PlanJson => JSON.parse(stdout) as PlanJson;
const actions = (json: PlanJson): [string, string[]][] =>
  json.projects.map((project) => [project.project, project.actions.map((a) => `${a.action}:${a.reason} ${a.path}`)]);

describe.each(CLI_BACKENDS)("dagship deploy to a $name", (backend) => {
  it("a commit that changes one of two projects rewrites exactly that project's DAG file; the other's manifest records the commit", async () => {
    const repo = new Repo("etl", "https://github.com/acme/etl.git");
    repo.write({ "projects/orders/dag.yaml": spec("x"), "projects/billing/dag.yaml": spec("y") }).commit("two projects");
    const { dest, store, dags } = backend.open();
    expect((await dagship(repo.dir, "deploy", "--dest", dest)).code).toBe(0);
    const before = await state(store);

    repo.write({ "projects/orders/dag.yaml": spec("x2") });
    const head = repo.commit("change orders only");
    const planned = await dagship(repo.dir, "plan", "--dest", dest, "--json");
    expect(planned.code).toBe(0);
    expect(actions(plan(planned.stdout))).toEqual([
      ["billing", ["skip:unchanged billing.py"]],
      ["orders", ["upload:changed orders.py"]],
    ]);
    expect(await state(store)).toEqual(before);

    const deployed = await dagship(repo.dir, "deploy", "--dest", dest);
    expect(deployed.code).toBe(0);
    const changed = changedKeys(before, await state(store));
    expect(changed.filter((key) => key.endsWith(".py"))).toEqual([`${dags}etl/orders/orders.py`]);
    expect(changed.sort()).toEqual([`${dags}etl/billing/.dagship-manifest.json`, `${dags}etl/orders/.dagship-manifest.json`, `${dags}etl/orders/orders.py`]);
    const manifest = JSON.parse((await text(store, `${dags}etl/billing/.dagship-manifest.json`)) ?? "{}") as {
      commit: string;
      repository: string;
      format: number;
    };
    expect(manifest).toMatchObject({ format: 2, commit: head, repository: "github.com/acme/etl" });
    const file = (await text(store, `${dags}etl/orders/orders.py`)) ?? "";
    expect(file).not.toContain(head);
    expect(file).toContain("# Source: projects/orders/dag.yaml\n");
  });

  it("two repositories with the same folder and project names: the second is refused, naming both, and nothing of the first changes", async () => {
    const first = new Repo("etl", "git@github.com:acme/etl.git");
    first.write({ "projects/sales/dag.yaml": spec("acme") }).commit("acme's sales");
    const { dest, store, dags } = backend.open();
    expect((await dagship(first.dir, "deploy", "--dest", dest)).code).toBe(0);
    const before = await state(store);

    const second = new Repo("etl", "https://github.com/globex/etl.git");
    second.write({ "projects/sales/dag.yaml": spec("globex"), "projects/hr/dag.yaml": spec("hr") }).commit("globex's sales and hr");
    for (const command of ["plan", "deploy"]) {
      const refused = await dagship(second.dir, command, "--dest", dest, "--prune");
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(
        `${store.location}/${dags}etl/sales/ belongs to another repository: its manifest records github.com/acme/etl, and this is github.com/globex/etl`,
      );
      expect(refused.stderr).toContain("--repo-name NAME");
      expect(refused.stderr).toContain("dagship: nothing was deployed:\n");
    }
    expect(await state(store)).toEqual(before);

    // Without a remote the repository is its first commit: still not the owner.
    second.git("remote", "remove", "origin");
    const anonymous = await dagship(second.dir, "deploy", "--dest", dest);
    expect(anonymous.code).toBe(1);
    expect(anonymous.stderr).toMatch(
      /belongs to another repository: its manifest records github\.com\/acme\/etl, and this is the repository whose first commit is [0-9a-f]{12}/,
    );
    expect(await state(store)).toEqual(before);

    // A folder of its own is the fix; the dag_id still has to be its own too.
    const clash = await dagship(second.dir, "deploy", "--dest", dest, "--repo-name", "globex-etl");
    expect(clash.code).toBe(1);
    expect(clash.stderr).toContain(
      `dag_id "sales" would be defined twice: by ${store.location}/${dags}globex-etl/sales/sales.py (project sales) and by ${store.location}/${dags}etl/sales/sales.py (project sales of github.com/acme/etl)`,
    );
    expect(await state(store)).toEqual(before);
    second.write({ "projects/sales/dag.yaml": spec("globex", "globex_sales") }).commit("own dag_id");
    expect((await dagship(second.dir, "deploy", "--dest", dest, "--repo-name", "globex-etl")).code).toBe(0);
    const after = await state(store);
    for (const [key, value] of Object.entries(before)) expect(after[key]).toBe(value);
  });

  it("a renamed project: refused without --prune (both files named), the old DAG pruned with it", async () => {
    const repo = new Repo("etl", "https://github.com/acme/etl.git");
    repo.write({ "projects/sales/dag.yaml": spec("s", "sales"), "projects/weather/dag.yaml": spec("w") }).commit("sales and weather");
    const { dest, store, dags } = backend.open();
    expect((await dagship(repo.dir, "deploy", "--dest", dest)).code).toBe(0);
    repo.git("mv", "projects/sales", "projects/revenue");
    repo.commit("rename sales to revenue; its dag_id stays sales");
    const before = await state(store);

    const refused = await dagship(repo.dir, "deploy", "--dest", dest);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      `dag_id "sales" would be defined twice: by ${store.location}/${dags}etl/revenue/sales.py (project revenue) and by ${store.location}/${dags}etl/sales/sales.py (project sales of this repository)`,
    );
    expect(refused.stderr).toContain("If sales was renamed or removed, deploy with --prune (the action: prune: true)");
    expect(await state(store)).toEqual(before);

    const planned = await dagship(repo.dir, "plan", "--dest", dest, "--prune", "--json");
    expect(planned.code).toBe(0);
    const json = plan(planned.stdout);
    expect(actions(json)).toEqual([
      ["revenue", ["upload:new sales.py"]],
      ["weather", ["skip:unchanged weather.py"]],
    ]);
    expect(json.pruned.map((result) => [result.project, result.actions.map((a) => `${a.action}:${a.reason} ${a.path}`)])).toEqual([
      ["sales", ["delete:no-longer-rendered sales.py"]],
    ]);
    expect(await state(store)).toEqual(before);

    const pruned = await dagship(repo.dir, "deploy", "--dest", dest, "--prune");
    expect(pruned.code).toBe(0);
    expect(pruned.stderr).toContain("- deleted sales.py (no longer rendered)");
    expect(pruned.stderr).toContain("2 deployed, 1 pruned.");
    const keys = Object.keys(await state(store)).filter((key) => key.endsWith(".py"));
    expect(keys.sort()).toEqual([`${dags}etl/revenue/sales.py`, `${dags}etl/weather/weather.py`]);
  });

  it("a removed project's DAG stays without --prune (with a warning), and goes with it", async () => {
    const repo = new Repo("etl", "https://github.com/acme/etl.git");
    repo.write({ "projects/sales/dag.yaml": spec("s"), "projects/weather/dag.yaml": spec("w") }).commit("two");
    const { dest, store, dags } = backend.open();
    expect((await dagship(repo.dir, "deploy", "--dest", dest)).code).toBe(0);
    repo.remove("projects/weather").commit("weather is gone");
    const kept = await dagship(repo.dir, "deploy", "--dest", dest);
    expect(kept.code).toBe(0);
    expect(kept.stderr).toContain(`${store.location}/${dags}etl/weather/ holds the DAGs of weather, which is no longer in the repository: deploy with --prune`);
    expect(await text(store, `${dags}etl/weather/weather.py`)).toBeDefined();
    expect((await dagship(repo.dir, "deploy", "--dest", dest, "--prune")).code).toBe(0);
    expect(await text(store, `${dags}etl/weather/weather.py`)).toBeUndefined();
  });

  it("a deployed commit a full clone does not have is refused, not ordered by time; a release deploy replaces it on purpose", async () => {
    const repo = new Repo("etl", "https://github.com/acme/etl.git");
    repo.write({ "projects/sales/dag.yaml": spec("s") }).commit("first");
    repo.write({ "projects/sales/dag.yaml": spec("s2") });
    const deployed = repo.commit("deployed, then rewritten away");
    const { dest, store } = backend.open();
    expect((await dagship(repo.dir, "deploy", "--dest", dest)).code).toBe(0);
    repo.git("commit", "-q", "--amend", "--no-gpg-sign", "-m", "rewritten");
    repo.git("reflog", "expire", "--expire=now", "--all");
    repo.git("gc", "-q", "--prune=now");
    expect(() => repo.git("cat-file", "-e", `${deployed}^{commit}`)).toThrow();
    const before = await state(store);

    const refused = await dagship(repo.dir, "deploy", "--dest", dest);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`the deployed commit ${deployed.slice(0, 7)}`);
    expect(refused.stderr).toContain("is not in this clone's history, so dagship cannot tell whether");
    expect(refused.stderr).toContain(`git fetch origin ${deployed}`);
    expect(refused.stderr).toContain("sales: failed at sync");
    expect(await state(store)).toEqual(before);

    const release = await dagship(repo.dir, "deploy", "--dest", dest, "--release-tag", "v2");
    expect(release.code).toBe(0);
    expect(release.stderr).toContain("which is not in this clone's history");
  });

  it("one project's refused sync does not hide the other's deploy: both listed, exit 1, in text and --json", async () => {
    const repo = new Repo("etl", "https://github.com/acme/etl.git");
    repo.write({ "projects/sales/dag.yaml": spec("s"), "projects/weather/dag.yaml": spec("w") }).commit("two");
    const { dest, store, dags } = backend.open();
    // A file nobody deployed where weather's DAG would go: weather's sync must refuse to replace it.
    await store.write(`${dags}etl/weather/weather.py`, new TextEncoder().encode("# placed by hand\n"), { contentType: "text/x-python", metadata: {} });
    const result = await dagship(repo.dir, "deploy", "--dest", dest, "--json");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("+ new sales.py");
    expect(result.stderr).toContain(`weather: failed at sync: cannot deploy weather to ${store.location}/${dags}etl/weather/`);
    expect(result.stderr).toContain("1 deployed; 1 failed: weather.");
    const json = plan(result.stdout);
    expect(json.ok).toBe(false);
    expect(json.projects.map((project) => project.project)).toEqual(["sales"]);
    expect(json.failed.map((failure) => [failure.project, failure.stage])).toEqual([["weather", "sync"]]);
    expect(await text(store, `${dags}etl/sales/sales.py`)).toContain("dag_id='sales'");
    expect(await text(store, `${dags}etl/weather/weather.py`)).toBe("# placed by hand\n");
  });
});

describe("dagship render", () => {
  it("has no --commit any more: the file never names a commit", async () => {
    const repo = new Repo("etl");
    repo.write({ "projects/sales/dag.yaml": spec("s") });
    const result = await dagship(repo.dir, "render", "projects/sales", "--out", "out", "--commit", "abc");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Unknown option '--commit'");
  });
});
