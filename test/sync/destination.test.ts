import { describe, expect, it } from "vitest";
import { UserError } from "../../src/errors.js";
import { formatDestination, parseDestination, parseGcsPrefix, type Destination } from "../../src/sync/destination.js";

const CWD = "/work/repo";

describe("parseDestination", () => {
  const accepted: [string, Destination][] = [
    ["gs://my-bucket", { kind: "gcs", bucket: "my-bucket", dagsFolder: "dags" }],
    ["gs://my-bucket/", { kind: "gcs", bucket: "my-bucket", dagsFolder: "dags" }],
    ["gs://us-central1-prod-1a2b3c4d-bucket/dags", { kind: "gcs", bucket: "us-central1-prod-1a2b3c4d-bucket", dagsFolder: "dags" }],
    ["gs://b_1.example/dags/team-a/", { kind: "gcs", bucket: "b_1.example", dagsFolder: "dags/team-a" }],
    ["GS://abc/x", { kind: "gcs", bucket: "abc", dagsFolder: "x" }],
    [
      "projects/my-project/locations/us-central1/environments/prod-env",
      {
        kind: "composer",
        name: "projects/my-project/locations/us-central1/environments/prod-env",
        project: "my-project",
        location: "us-central1",
        environment: "prod-env",
      },
    ],
    [
      "projects/example.com:my-project/locations/europe-west4/environments/e",
      {
        kind: "composer",
        name: "projects/example.com:my-project/locations/europe-west4/environments/e",
        project: "example.com:my-project",
        location: "europe-west4",
        environment: "e",
      },
    ],
    ["airflow/dags", { kind: "local", folder: "/work/repo/airflow/dags" }],
    ["./projects/x", { kind: "local", folder: "/work/repo/projects/x" }],
    ["/srv/airflow/dags", { kind: "local", folder: "/srv/airflow/dags" }],
    ["file:///srv/airflow/dags", { kind: "local", folder: "/srv/airflow/dags" }],
    ["file:///srv/with%20space", { kind: "local", folder: "/srv/with space" }],
    [".dagship/dags", { kind: "local", folder: "/work/repo/.dagship/dags" }],
  ];
  it.each(accepted)("accepts %s", (input, expected) => {
    expect(parseDestination(input, CWD)).toEqual(expected);
  });

  const rejected: [string, RegExp][] = [
    ["", /it is empty/],
    ["gs:/bucket", /starts with gs:\/\/ \(two slashes\)/],
    ["gs://", /"" is not a valid bucket name/],
    ["gs://My_Bucket", /"My_Bucket" is not a valid bucket name/],
    ["gs://ab", /"ab" is not a valid bucket name/],
    ["gs://bucket-/dags", /not a valid bucket name/],
    ["gs://bucket/dags/../x", /has an empty, "\." or "\.\." segment/],
    ["gs://bucket/dags//x", /has an empty/],
    ["s3://bucket/dags", /"s3:\/\/" is not supported/],
    ["https://storage.googleapis.com/b", /"https:\/\/" is not supported/],
    ["file://host/share", /file:\/\/ URL needs an absolute path/],
    ["projects/p/locations/l", /projects\/PROJECT\/locations\/REGION\/environments\/NAME/],
    ["projects/UPPER-project/locations/us-central1/environments/e", /not a valid Google Cloud project ID/],
    ["projects/my-project/locations/US_CENTRAL/environments/e", /not a valid region/],
    ["projects/my-project/locations/us-central1/environments/Prod", /not a valid environment name/],
  ];
  it.each(rejected)("rejects %j with a reason and every accepted form", (input, reason) => {
    let caught: unknown;
    try {
      parseDestination(input, CWD);
    } catch (thrown) {
      caught = thrown;
    }
    expect(caught).toBeInstanceOf(UserError);
    const message = (caught as UserError).message;
    expect(message).toMatch(reason);
    // Every error teaches all three forms.
    expect(message).toContain("gs://BUCKET/PATH");
    expect(message).toContain("projects/P/locations/L/environments/E");
    expect(message).toContain("file:///srv/airflow/dags");
  });

  it("formats back to a parseable form", () => {
    for (const [input] of accepted) {
      const parsed = parseDestination(input, CWD);
      expect(parseDestination(formatDestination(parsed), CWD)).toEqual(parsed);
    }
  });
});

describe("parseGcsPrefix (Composer's config.dagGcsPrefix)", () => {
  it.each([
    ["gs://us-central1-env-1a2b3c4d-bucket/dags", "us-central1-env-1a2b3c4d-bucket", "dags"],
    ["gs://bucket/dags/", "bucket", "dags"],
    ["gs://bucket", "bucket", ""],
  ])("%s -> bucket %s, folder %j", (prefix, bucket, folder) => {
    expect(parseGcsPrefix(prefix, "projects/p/locations/l/environments/e")).toEqual({ kind: "gcs", bucket, dagsFolder: folder });
  });

  it("rejects a prefix that is not a gs:// URI, naming the environment", () => {
    expect(() => parseGcsPrefix("/home/airflow/gcs/dags", "projects/p/locations/l/environments/e")).toThrow(
      /projects\/p\/locations\/l\/environments\/e reports a DAG folder "\/home\/airflow\/gcs\/dags"/,
    );
  });
});
