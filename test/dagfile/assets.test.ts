import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { assetUriProblem, normaliseAssetUri } from "../../src/dagfile/assets.js";

// Airflow's normalisation, written against Python's own urllib (the part whose details matter):
// urlsplit, parse_qsl, urlencode and urlunsplit as the scheduler's Python runs them.
const PYTHON_NORMALISE = `
import json, sys, urllib.parse as u
def normalise(uri):
    parsed = u.urlsplit(uri)
    if not parsed.scheme and not parsed.netloc:
        return uri
    scheme = parsed.scheme.lower()
    if not scheme or scheme.startswith("x-"):
        return uri
    netloc = parsed.netloc.rpartition("@")[2]
    query = u.urlencode(sorted(u.parse_qsl(parsed.query))) if parsed.query else ""
    return u.urlunsplit(parsed._replace(scheme=scheme, netloc=netloc, path=parsed.path.rstrip("/") or "/", query=query, fragment=""))
print(json.dumps([normalise(uri) for uri in json.load(sys.stdin)]))
`;

function pythonNormalise(uris: readonly string[]): string[] {
  return JSON.parse(execFileSync("python3", ["-c", PYTHON_NORMALISE], { input: JSON.stringify(uris), encoding: "utf8", maxBuffer: 1 << 28 })) as string[];
}

const PIECES = [
  "gs",
  "GS",
  "s3",
  "file",
  "x-custom",
  "HTTP",
  "bigquery",
  "://",
  ":",
  "/",
  "//",
  "?",
  "&",
  "=",
  "#",
  "@",
  "%",
  "+",
  "%C3",
  "%A9",
  "%F0%9F%98%80",
  "%ZZ",
  "%2",
  "a",
  "B",
  "z9",
  ".",
  "-",
  "_",
  "~",
  " ",
  "'",
  '"',
  "\\",
  "{{ ds }}",
  "*",
];

function generated(count: number): string[] {
  let state = 7;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const out: string[] = [];
  while (out.length < count) {
    let uri = "";
    for (let index = 0, length = 1 + Math.floor(next() * 12); index < length; index += 1) uri += PIECES[Math.floor(next() * PIECES.length)] ?? "";
    if (assetUriProblem(uri) === undefined) out.push(uri);
  }
  return out;
}

describe("normaliseAssetUri: as Airflow 2.9+ and 3 normalise a URI", () => {
  it.each([
    ["gs://lake/orders/", "gs://lake/orders"],
    ["gs://lake/orders", "gs://lake/orders"],
    ["gs://lake", "gs://lake/"],
    ["gs://lake/", "gs://lake/"],
    ["GS://Lake/Orders//", "gs://Lake/Orders"],
    ["s3://user:secret@bucket/key", "s3://bucket/key"],
    ["bigquery://p/d/t?b=2&a=1&c=", "bigquery://p/d/t?a=1&b=2"],
    ["gs://lake/x#fragment", "gs://lake/x"],
    ["file:/tmp/data/", "file:///tmp/data"],
    ["orders", "orders"],
    ["orders/", "orders/"],
    ["x-team://anything/?b=1&a=2", "x-team://anything/?b=1&a=2"],
  ])("%s -> %s", (uri, expected) => {
    expect(normaliseAssetUri(uri)).toBe(expected);
    expect(normaliseAssetUri(expected)).toBe(expected);
  });

  it("agrees with Python's urllib on 3,000 generated URIs, and is idempotent", () => {
    const uris = generated(3_000);
    const normalised = uris.map(normaliseAssetUri);
    expect(normalised).toEqual(pythonNormalise(uris));
    expect(normalised.map(normaliseAssetUri)).toEqual(normalised);
  });
});

describe("assetUriProblem: what Airflow or the providers refuse", () => {
  it.each([
    ["", 2, "is empty"],
    ["   ", 2, "is only whitespace"],
    [
      "s3://key:secret@bucket/x",
      2,
      "carries credentials (user@host): Airflow 2.9 refuses them and later versions drop them, which changes which asset it is. Remove them",
    ],
    [" gs://lake/a", 2, "starts or ends with a space"],
    ["gs://lake/é", 2, "must be printable ASCII (Airflow refuses other characters; percent-encode them, e.g. %C3%A9)"],
    ["gs://lake/a\nb", 2, "must be printable ASCII (Airflow refuses other characters; percent-encode them, e.g. %C3%A9)"],
    ["airflow://x", 2, "uses the scheme airflow://, which Airflow reserves"],
    ["AIRFLOW://x", 3, "uses the scheme airflow://, which Airflow reserves"],
    ["gs:///path", 2, "needs a bucket: gs://BUCKET/path"],
    ["s3://user@/path", 3, "needs a bucket: s3://BUCKET/path"],
    ["bigquery://project/dataset", 2, "must name a table: bigquery://PROJECT/DATASET/TABLE"],
    ["gs://[bucket/x", 2, "has '[' or ']' in its host, which Python's urlsplit refuses (Invalid IPv6 URL)"],
    ["self", 3, 'is "self", a name Airflow 3 reserves'],
    [`gs://b/${"a".repeat(1500)}`, 3, "is 1507 characters long; Airflow 3 accepts at most 1500"],
  ] as const)("%j on Airflow %i: %s", (uri, airflow, message) => {
    expect(assetUriProblem(uri, airflow)).toBe(message);
  });

  it("accepts what Airflow accepts", () => {
    for (const uri of ["gs://lake/orders/", "bigquery://p/d/t/", "self", "x-anything", `gs://b/${"a".repeat(1500)}`])
      expect(assetUriProblem(uri, 2)).toBeUndefined();
  });
});
