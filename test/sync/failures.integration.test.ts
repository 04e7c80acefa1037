import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { UserError } from "../../src/errors.js";
import { MemoryLogger } from "../../src/log.js";
import { GcsStore } from "../../src/sync/gcs-store.js";
import {
  checkDeploy,
  formatSummary,
  objectTextReader,
  openTarget,
  parseDestination,
  syncProject,
  type SyncDeps,
  type SyncRequest,
  type SyncResult,
  type SyncTarget,
} from "../../src/sync/index.js";
import { LocalFolderStore } from "../../src/sync/local-store.js";
import type { ObjectStore } from "../../src/sync/store.js";
import { environmentResource, startComposerStandIn, type ComposerStandIn } from "./composer-stand-in.js";
import { linearHistory, type GitFixture } from "./git-fixture.js";
import { dag, deploy, emulatorHost, FAST_RETRY, files, freshBucket, request, seedForeign } from "./helpers.js";
import { gcsError, startPreconditionProxy, type InjectedResponse, type PreconditionProxy, type ProxiedRequest } from "./precondition-proxy.js";

const V0 = { "a.py": dag("a"), "b.py": dag("b") };
const V1 = { "a.py": dag("a, changed"), "b.py": dag("b") };

/** Every object in the store with its generation: "nothing changed" means this is equal. */
async function everything(store: ObjectStore): Promise<string[]> {
  return (await store.list("")).map((o) => `${o.key} ${o.generation} ${o.md5}`).sort();
}

async function userError(promise: Promise<unknown>): Promise<UserError> {
  try {
    await promise;
  } catch (thrown) {
    if (thrown instanceof UserError) return thrown;
    throw thrown;
  }
  throw new Error("expected a UserError");
}

let fixture: GitFixture;
let shas: string[];
beforeAll(() => {
  ({ fixture, shas } = linearHistory(3));
});
const sha = (i: number): string => shas[i] as string;

describe("Cloud Storage failures, played by the precondition-enforcing proxy in front of the emulator", () => {
  let proxy: PreconditionProxy;
  let fault: ((request: ProxiedRequest) => InjectedResponse | undefined) | undefined;
  beforeAll(async () => {
    proxy = await startPreconditionProxy(emulatorHost(), { inject: (r) => fault?.(r) });
  });
  afterAll(async () => {
    await proxy.close();
  });
  beforeEach(() => {
    fault = undefined;
  });

  /** A bucket already holding a deploy of V0 and the foreign objects. */
  async function deployed(): Promise<{ target: SyncTarget; before: string[] }> {
    const bucket = freshBucket("fail");
    const target: SyncTarget = { store: new GcsStore(bucket, { apiEndpoint: proxy.url }), dagsFolder: "dags", display: `gs://${bucket}/dags` };
    await seedForeign(target, fixture, sha(0));
    await deploy(target, fixture, request(fixture, sha(1), files(V0)));
    return { target, before: await everything(target.store) };
  }

  it("a missing bucket is a clear error, and nothing is created", async () => {
    const bucket = freshBucket("missing");
    fault = (r) => (r.bucket === bucket ? gcsError(404, "notFound", "The specified bucket does not exist.") : undefined);
    const target: SyncTarget = { store: new GcsStore(bucket, { apiEndpoint: proxy.url }), dagsFolder: "dags", display: `gs://${bucket}/dags` };
    const error = await userError(deploy(target, fixture, request(fixture, sha(1), files(V0))));
    expect(error.message).toMatch(new RegExp(`^bucket gs://${bucket} does not exist \\(The specified bucket does not exist\\.\\)`));
    expect(error.message).toContain("config.dagGcsPrefix");
    expect(error.message).toContain("Nothing was changed.");
    // No request reached the emulator (which would have created the bucket on first use).
    const listed = (await (await fetch(`${emulatorHost()}/b`)).json()) as { items?: { name: string }[] };
    expect((listed.items ?? []).map((b) => b.name)).not.toContain(bucket);
  });

  it("403 on upload names storage.objects.create on the bucket, and nothing changes", async () => {
    const { target, before } = await deployed();
    fault = (r) =>
      r.kind === "upload"
        ? gcsError(403, "forbidden", "deployer@p.iam.gserviceaccount.com does not have storage.objects.create access to the Google Cloud Storage object.")
        : undefined;
    const error = await userError(deploy(target, fixture, request(fixture, sha(2), files(V1))));
    expect(error.message).toMatch(/^permission denied uploading gs:\/\/[^/]+\/dags\/etl\/sales\/a\.py: the deploying identity lacks storage\.objects\.create/);
    expect(error.message).toContain(`on bucket ${target.store.location}`);
    expect(error.message).toContain("roles/storage.objectUser");
    expect(proxy.stats.injected).toBeGreaterThan(0);
    fault = undefined;
    expect(await everything(target.store)).toEqual(before);
  });

  it("403 on listing names storage.objects.list, and nothing changes", async () => {
    const { target, before } = await deployed();
    fault = (r) => (r.kind === "other" && r.object === undefined && r.method === "GET" ? gcsError(403, "forbidden", "no storage.objects.list") : undefined);
    const error = await userError(deploy(target, fixture, request(fixture, sha(2), files(V1))));
    expect(error.message).toMatch(/^permission denied listing .*lacks storage\.objects\.list on bucket gs:\/\//);
    fault = undefined;
    expect(await everything(target.store)).toEqual(before);
  });

  it("403 on reading the manifest names storage.objects.get, and nothing changes", async () => {
    const { target, before } = await deployed();
    fault = (r) =>
      r.method === "GET" && r.object === "dags/etl/sales/.dagship-manifest.json"
        ? gcsError(403, "forbidden", "deployer@p.iam.gserviceaccount.com does not have storage.objects.get access to the Google Cloud Storage object.")
        : undefined;
    const injected = proxy.stats.injected;
    const error = await userError(deploy(target, fixture, request(fixture, sha(2), files(V1))));
    expect(proxy.stats.injected).toBeGreaterThan(injected);
    expect(error.message).toMatch(
      /^permission denied reading gs:\/\/[^/]+\/dags\/etl\/sales\/\.dagship-manifest\.json: the deploying identity lacks storage\.objects\.get on bucket gs:\/\//,
    );
    expect(error.message).toContain("does not have storage.objects.get access");
    fault = undefined;
    expect(await everything(target.store)).toEqual(before);
  });

  it("the preview's reader of deployed files: text, undefined when absent, and a denied read is the mapped message", async () => {
    const { target } = await deployed();
    const read = objectTextReader(target.store, new MemoryLogger(), FAST_RETRY);
    expect(await read("dags/etl/sales/a.py")).toBe(V0["a.py"]);
    expect(await read("dags/etl/sales/never-deployed.py")).toBeUndefined();
    fault = (r) => (r.method === "GET" && r.object === "dags/etl/sales/a.py" ? gcsError(403, "forbidden", "no storage.objects.get") : undefined);
    const error = await userError(read("dags/etl/sales/a.py"));
    expect(error.message).toMatch(
      /^permission denied reading gs:\/\/[^/]+\/dags\/etl\/sales\/a\.py: the deploying identity lacks storage\.objects\.get on bucket/,
    );
    expect(error.message).toContain("roles/storage.objectUser");
  });

  it("transient 429 and 503 are retried with backoff, and the deploy completes", async () => {
    const { target } = await deployed();
    let listFaults = 1;
    let uploadFaults = 2;
    fault = (r) => {
      if (r.kind === "other" && r.object === undefined && listFaults > 0) {
        listFaults--;
        return gcsError(429, "rateLimitExceeded", "The rate of change requests to the bucket is too high.");
      }
      if (r.kind === "upload" && uploadFaults > 0) {
        uploadFaults--;
        return gcsError(503, "backendError", "Backend Error");
      }
      return undefined;
    };
    const injectedBefore = proxy.stats.injected;
    const { result, log } = await deploy(target, fixture, request(fixture, sha(2), files(V1)));
    expect(proxy.stats.injected - injectedBefore).toBe(3);
    expect(result.actions.find((a) => a.path === "a.py")?.action).toBe("upload");
    const retries = log.lines.filter((l) => /retrying in \d+ ms \(attempt \d of 4\)/.test(l));
    expect(retries).toHaveLength(3);
    expect(retries.join("\n")).toMatch(/429/);
    expect(retries.join("\n")).toMatch(/503/);
    fault = undefined;
    const read = await target.store.read("dags/etl/sales/a.py");
    expect(new TextDecoder().decode(read?.content)).toBe(V1["a.py"]);
  });

  it("a 503 that does not go away: retried, then a clear error, and nothing changes", async () => {
    const { target, before } = await deployed();
    fault = (r) => (r.kind === "upload" ? gcsError(503, "backendError", "Backend Error") : undefined);
    const injectedBefore = proxy.stats.injected;
    const error = await userError(deploy(target, fixture, request(fixture, sha(2), files(V1))));
    expect(proxy.stats.injected - injectedBefore).toBe(FAST_RETRY.attempts); // one file, every attempt
    expect(error.message).toMatch(/^uploading gs:\/\/.*\/dags\/etl\/sales\/a\.py kept failing after 4 attempts with backoff \(HTTP 503: Backend Error\)/);
    expect(error.message).toContain("run the deploy again");
    fault = undefined;
    expect(await everything(target.store)).toEqual(before);
  });

  it("a corrupt manifest stops the deploy with a clear error, and nothing changes", async () => {
    const { target } = await deployed();
    await target.store.write("dags/etl/sales/.dagship-manifest.json", new TextEncoder().encode("{ not json"), {
      contentType: "application/json",
      metadata: {},
    });
    const before = await everything(target.store);
    const error = await userError(deploy(target, fixture, request(fixture, sha(2), files(V1))));
    expect(error.message).toMatch(/^the deploy manifest gs:\/\/.*\/dags\/etl\/sales\/\.dagship-manifest\.json is unusable: it is not valid JSON/);
    expect(await everything(target.store)).toEqual(before);
  });
});

describe("Composer environments, through a local stand-in for the Composer API", () => {
  const name = "projects/data-prod/locations/us-central1/environments/prod";
  const missing = "projects/data-prod/locations/us-central1/environments/typo";
  const locked = "projects/data-prod/locations/us-central1/environments/locked";
  const bucket = freshBucket("composer");
  let standIn: ComposerStandIn;
  beforeAll(async () => {
    standIn = await startComposerStandIn({
      token: "test-token",
      environments: {
        [name]: environmentResource(name, bucket, "composer-3-airflow-2.10.5-build.7"),
        [locked]: environmentResource(locked, bucket, "composer-3-airflow-2.10.5-build.7"),
      },
      forbidden: [locked],
    });
  });
  afterAll(async () => {
    await standIn.close();
  });
  const options = () => ({
    composer: { baseUrl: standIn.baseUrl, getAccessToken: async () => "test-token", retry: FAST_RETRY },
    gcs: { apiEndpoint: emulatorHost() },
  });

  it("deploys into the environment's dagGcsPrefix and prints its Airflow UI address (stand-in)", async () => {
    const direct = new GcsStore(bucket, { apiEndpoint: emulatorHost() });
    const foreignUnchanged = await seedForeign({ store: direct, dagsFolder: "dags", display: `gs://${bucket}/dags` }, fixture, sha(0));
    const log = new MemoryLogger();
    const target = await openTarget(parseDestination(name), log, options());
    expect(standIn.requests.at(-1)).toEqual({ method: "GET", path: `/v1/${name}`, authorization: "Bearer test-token" });
    expect(target.composer?.versions).toEqual({ composer: 3, airflow: 2 });
    expect(target.store.location).toBe(`gs://${bucket}`);
    const result = await syncProject(request(fixture, sha(1), files(V0)), target, { git: fixture.git, log, retry: FAST_RETRY });
    expect(result.location).toBe(`gs://${bucket}/dags/etl/sales/`);
    expect((await direct.list("dags/etl/sales/")).map((o) => o.key).sort()).toEqual([
      "dags/etl/sales/.dagship-manifest.json",
      "dags/etl/sales/a.py",
      "dags/etl/sales/b.py",
      "dags/etl/sales/hand_placed.py",
    ]);
    await foreignUnchanged();
    expect(formatSummary(result)).toContain("Airflow UI: https://1a2b3c4d5e6f-dot-us-central1.composer.googleusercontent.com");
    // The token never reaches the log.
    expect(log.lines.join("\n")).not.toContain("test-token");
  });

  it("an environment that does not exist is a clear error naming it, and nothing changes (stand-in)", async () => {
    const direct = new GcsStore(bucket, { apiEndpoint: emulatorHost() });
    const before = await everything(direct);
    const error = await userError(openTarget(parseDestination(missing), new MemoryLogger(), options()));
    expect(error.message).toBe(
      `Composer environment ${missing} not found (Environment ${missing} not found.): check the project, region and name ` +
        "(gcloud composer environments list --project data-prod --locations us-central1)",
    );
    expect(await everything(direct)).toEqual(before);
  });

  it("403 on the environment names composer.environments.get (stand-in)", async () => {
    const error = await userError(openTarget(parseDestination(locked), new MemoryLogger(), options()));
    expect(error.message).toMatch(/^permission composer\.environments\.get denied on projects\/data-prod\/locations\/us-central1\/environments\/locked/);
    expect(error.message).toContain("roles/composer.user");
  });

  it("rejected credentials are a clear error (stand-in)", async () => {
    const error = await userError(
      openTarget(parseDestination(name), new MemoryLogger(), {
        composer: { baseUrl: standIn.baseUrl, getAccessToken: async () => "expired", retry: FAST_RETRY },
      }),
    );
    expect(error.message).toMatch(/^the Composer API rejected the credentials .*google-github-actions\/auth/);
  });
});

/** Projects deployed together as a repository's deploy does: the checks across them first, then each one's sync. */
async function deployTogether(requests: readonly SyncRequest[], target: SyncTarget, deps: SyncDeps): Promise<SyncResult[]> {
  const [first] = requests as [SyncRequest];
  const projects = requests.map((each) => ({
    project: each.project,
    files: each.files.map((file) => ({ path: file.path, ...(file.dagId === undefined ? {} : { dagId: file.dagId }) })),
  }));
  await checkDeploy(
    target,
    { repo: first.repo, identity: first.identity, commit: first.commit, projects, existing: new Set(projects.map((each) => each.project)), prune: false },
    deps,
  );
  const results: SyncResult[] = [];
  for (const each of requests) results.push(await syncProject(each, target, deps));
  return results;
}

describe("projects deployed together", () => {
  it("two projects rendering the same dag_id fail before anything is uploaded", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "dagship-dup-"));
    const target: SyncTarget = { store: new LocalFolderStore(folder), dagsFolder: "", display: folder };
    const sales = request(fixture, sha(1), [{ path: "daily.py", content: dag("daily"), dagId: "daily_sync" }]);
    const billing = request(fixture, sha(1), [{ path: "daily.py", content: dag("daily"), dagId: "daily_sync" }], { project: "billing" });
    const error = await userError(deployTogether([sales, billing], target, { git: fixture.git, log: new MemoryLogger(), retry: FAST_RETRY }));
    expect(error.message).toBe(
      "nothing was deployed: a conflict between projects:\n" +
        '  dag_id "daily_sync" is defined 2 times (sales: etl/sales/daily.py, billing: etl/billing/daily.py); ' +
        "Airflow would silently keep only one: give each DAG a unique dag_id",
    );
    expect(readdirSync(folder)).toEqual([]);
  });

  it("distinct projects deploy side by side", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "dagship-two-"));
    const target: SyncTarget = { store: new LocalFolderStore(folder), dagsFolder: "", display: folder };
    await target.store.write("manual_dag.py", new TextEncoder().encode(dag("manual")), { contentType: "text/x-python", metadata: {} });
    const before = await everything(target.store);
    const results = await deployTogether(
      [
        request(fixture, sha(1), files({ "sales_daily.py": dag("sales") })),
        request(fixture, sha(1), files({ "billing_daily.py": dag("billing") }), { project: "billing" }),
      ],
      target,
      { git: fixture.git, log: new MemoryLogger(), retry: FAST_RETRY },
    );
    expect(results.map((r) => r.location)).toEqual([`${folder}/etl/sales/`, `${folder}/etl/billing/`]);
    expect(readdirSync(path.join(folder, "etl")).sort()).toEqual(["billing", "sales"]);
    // The DAG placed by hand is exactly as it was.
    expect((await everything(target.store)).filter((line) => !line.startsWith("etl/"))).toEqual(before);
  });
});
