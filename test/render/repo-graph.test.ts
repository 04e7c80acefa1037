import { describe, expect, it } from "vitest";
import { formatProblem } from "../../src/errors.js";
import { normaliseAssetUri } from "../../src/dagfile/assets.js";
import { dagAssets } from "../../src/dagfile/asset-uses.js";
import { loadSpecText } from "../../src/dagfile/load.js";
import { graphSize, repoGraphJson, repoGraphMermaid, repositoryGraph, unproducedAssetWarnings, type RepoDag } from "../../src/render/repo-graph.js";

/** A DAG of the repository as dagship reads it from dag.yaml text. */
function dag(project: string, text: string): RepoDag {
  const specPath = `projects/${project}/dag.yaml`;
  const loaded = loadSpecText(specPath, text);
  const assets = dagAssets(loaded.source, loaded.value);
  return { project, specPath, dagId: assets.dagId ?? project, assets };
}

const producer = dag(
  "orders",
  "tasks:\n  extract: {command: [x], outlets: ['gs://lake/orders/']}\n  load: {command: [x], outlets: ['gs://lake/orders', 'bq://p/d/orders']}\n",
);
const consumer = dag("report", "dag_id: daily_report\nschedule: {assets: ['gs://lake/orders', 'bq://p/d/orders']}\ntasks:\n  build: {command: [x]}\n");
const anyConsumer = dag("alerts", "schedule:\n  assets_any:\n    - gs://lake/orders/\n    - gs://lake/refunds\ntasks:\n  send: {command: [x]}\n");
const loner = dag("misc", "schedule: '@daily'\nstart_date: 2024-01-01\ntasks:\n  run: {command: [x]}\n");

describe("the repository graph", () => {
  const CASES: { name: string; dags: RepoDag[]; mermaid: string; connectedOnly?: string }[] = [
    {
      name: "producer -> asset -> consumer, URIs compared normalised (one node for gs://lake/orders and gs://lake/orders/)",
      dags: [producer, consumer],
      mermaid: [
        "flowchart LR",
        '  d0["orders"]',
        '  d1["daily_report"]',
        '  a0[("bq://p/d/orders")]',
        '  a1[("gs://lake/orders")]',
        "  d0 --> a0",
        "  a0 --> d1",
        "  d0 --> a1",
        "  a1 --> d1",
        "",
      ].join("\n"),
    },
    {
      name: "a schedule on any of its assets draws dotted edges; an asset nothing updates is dashed",
      dags: [producer, anyConsumer],
      mermaid: [
        "flowchart LR",
        '  d0["orders"]',
        '  d1["alerts"]',
        '  a0[("bq://p/d/orders")]',
        '  a1[("gs://lake/orders")]',
        '  a2[("gs://lake/refunds")]',
        "  d0 --> a0",
        "  d0 --> a1",
        "  a1 -. any .-> d1",
        "  a2 -. any .-> d1",
        "  classDef external stroke-dasharray: 5 5",
        "  class a2 external",
        "",
      ].join("\n"),
    },
    {
      name: "a DAG without assets is a node of its own; the preview's picture leaves it out",
      dags: [loner, producer],
      mermaid: [
        "flowchart LR",
        '  d0["misc"]',
        '  d1["orders"]',
        '  a0[("bq://p/d/orders")]',
        '  a1[("gs://lake/orders")]',
        "  d1 --> a0",
        "  d1 --> a1",
        "",
      ].join("\n"),
      connectedOnly: ["flowchart LR", '  d1["orders"]', '  a0[("bq://p/d/orders")]', '  a1[("gs://lake/orders")]', "  d1 --> a0", "  d1 --> a1", ""].join("\n"),
    },
    { name: "no DAGs at all", dags: [], mermaid: "flowchart LR\n" },
  ];

  it.each(CASES)("$name", ({ dags, mermaid, connectedOnly }) => {
    const graph = repositoryGraph(dags);
    expect(repoGraphMermaid(graph)).toBe(mermaid);
    if (connectedOnly !== undefined) expect(repoGraphMermaid(graph, { connectedOnly: true })).toBe(connectedOnly);
  });

  it("as JSON: every DAG, every asset with the tasks that update it and the schedules that wait for it, and the edges", () => {
    expect(repoGraphJson(repositoryGraph([producer, consumer, anyConsumer, loner]))).toEqual({
      dags: [
        { dagId: "orders", project: "orders", specPath: "projects/orders/dag.yaml" },
        { dagId: "daily_report", project: "report", specPath: "projects/report/dag.yaml" },
        { dagId: "alerts", project: "alerts", specPath: "projects/alerts/dag.yaml" },
        { dagId: "misc", project: "misc", specPath: "projects/misc/dag.yaml" },
      ],
      assets: [
        { uri: "bq://p/d/orders", producedBy: [{ dagId: "orders", tasks: ["load"] }], consumedBy: [{ dagId: "daily_report", mode: "all" }] },
        {
          uri: "gs://lake/orders",
          producedBy: [{ dagId: "orders", tasks: ["extract", "load"] }],
          consumedBy: [
            { dagId: "daily_report", mode: "all" },
            { dagId: "alerts", mode: "any" },
          ],
        },
        { uri: "gs://lake/refunds", producedBy: [], consumedBy: [{ dagId: "alerts", mode: "any" }] },
      ],
      edges: [
        { from: "dag:orders", to: "asset:bq://p/d/orders" },
        { from: "asset:bq://p/d/orders", to: "dag:daily_report" },
        { from: "dag:orders", to: "asset:gs://lake/orders" },
        { from: "asset:gs://lake/orders", to: "dag:daily_report" },
        { from: "asset:gs://lake/orders", to: "dag:alerts", mode: "any" },
        { from: "asset:gs://lake/refunds", to: "dag:alerts", mode: "any" },
      ],
    });
  });

  it("counts what a drawing has", () => {
    const graph = repositoryGraph([loner, producer, consumer]);
    expect(graphSize(graph)).toEqual({ nodes: 5, edges: 4 });
    expect(graphSize(graph, { connectedOnly: true })).toEqual({ nodes: 4, edges: 4 });
  });
});

describe("hostile names", () => {
  const HOSTILE = [
    'gs://a/"]; click a0 "javascript:alert(1)"',
    "gs://b/x --> d0",
    "gs://c/%%{init: {'theme':'dark'}}%%",
    "gs://d/<script>alert(1)</script>",
    "gs://e/`**bold**`",
    "gs://f/line\nbreak",
    "gs://g/#quot;#35;",
    "gs://h/é€😀\u2028x",
    "gs://i/a|b[c]{d}(e)",
  ];

  it("cannot end a label, add a statement or a directive: each line is a node or an edge of generated ids", () => {
    const text = `tasks:\n${HOSTILE.map((uri, index) => `  t${index}: {command: [x], outlets: [${JSON.stringify(uri)}]}`).join("\n")}\n`;
    const graph = repositoryGraph([dag("hostile", text)]);
    const lines = repoGraphMermaid(graph).trimEnd().split("\n");
    expect(lines[0]).toBe("flowchart LR");
    for (const line of lines.slice(1)) {
      expect(line).toMatch(/^ {2}(?:d\d+\["[A-Za-z0-9 _.,:/@+=?~#;-]*"\]|a\d+\[\("[A-Za-z0-9 _.,:/@+=?~#;-]*"\)\]|d\d+ --> a\d+)$/);
    }
    expect(lines).toHaveLength(1 + 1 + HOSTILE.length + HOSTILE.length);
  });

  it("keeps every character, as an entity code Mermaid decodes", () => {
    const graph = repositoryGraph([dag("hostile", `tasks:\n  t: {command: [x], outlets: [${JSON.stringify(HOSTILE[0])}]}\n`)]);
    const label = /a0\[\("(.*)"\)\]/.exec(repoGraphMermaid(graph))?.[1] ?? "";
    const decoded = label.replace(/#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));
    expect(decoded).toBe(HOSTILE[0]);
  });

  it("JSON carries the URIs exactly as Airflow normalises them (a fragment is dropped)", () => {
    const text = `tasks:\n${HOSTILE.map((uri, index) => `  t${index}: {command: [x], outlets: [${JSON.stringify(uri)}]}`).join("\n")}\n`;
    const uris = repoGraphJson(repositoryGraph([dag("hostile", text)])).assets.map((asset) => asset.uri);
    expect(uris).toEqual(HOSTILE.map(normaliseAssetUri).sort());
    expect(uris).toContain("gs://g/");
  });
});

describe("assets no project updates", () => {
  it("warns at the consumer's schedule entry, with a did-you-mean among the assets the repository does update", () => {
    const typo = dag(
      "report",
      "schedule:\n  assets:\n    - gs://lake/orders\n    - gs://lake/ordres\n    - gs://vendor/feed\ntasks:\n  build: {command: [x]}\n",
    );
    expect(unproducedAssetWarnings([producer, typo]).map(formatProblem)).toEqual([
      `projects/report/dag.yaml:4:7: warning: schedule.assets[1]: no task of this repository has "gs://lake/ordres" in its outlets, so this DAG waits for an update from outside the repository (it may be produced there). Did you mean "gs://lake/orders"?`,
      `projects/report/dag.yaml:5:7: warning: schedule.assets[2]: no task of this repository has "gs://vendor/feed" in its outlets, so this DAG waits for an update from outside the repository (it may be produced there).`,
    ]);
  });

  it("compares normalised URIs, counts a DAG's own outlets, and is quiet when every asset is produced", () => {
    const self = dag("loop", "schedule: {assets_any: ['gs://lake/x/']}\ntasks:\n  t: {command: [x], outlets: ['gs://lake/x']}\n");
    expect(unproducedAssetWarnings([producer, consumer, self])).toEqual([]);
  });

  it("reads documents with errors too: a producer with an unrelated mistake still produces", () => {
    const broken = dag("broken", "catchup: yes\ntasks:\n  t: {command: [x], outlets: ['gs://lake/refunds']}\n");
    expect(unproducedAssetWarnings([broken, anyConsumer]).map(formatProblem)).toEqual([
      `projects/alerts/dag.yaml:3:7: warning: schedule.assets_any[0]: no task of this repository has "gs://lake/orders" in its outlets, so this DAG waits for an update from outside the repository (it may be produced there).`,
    ]);
  });
});
