import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatProblem, UserError } from "../../src/errors.js";
import { CONFIG_FILE, loadRepositoryConfig, parseRepositoryConfig } from "../../src/environments/config.js";

const F = CONFIG_FILE;
const ROOT = "/repo";

function messages(text: string): string[] {
  return parseRepositoryConfig(F, text, ROOT).problems.map(formatProblem);
}

const DEV = "environments:\n  dev:\n    destination: gs://dev-bucket/dags\n    registry: europe-west1-docker.pkg.dev/acme/etl\n    branches: [main]\n";

/** One row per rule: the document, and the exact lines the user sees. */
const RULES: { rule: string; text: string; expected: string[] }[] = [
  {
    rule: "empty file",
    text: "# later\n",
    expected: [`${F}:1:1: the file is empty: expected a mapping with \`environments:\` (see schema/dagship.config.schema.json)`],
  },
  {
    rule: "YAML syntax",
    text: "environments:\n  dev: [\n",
    expected: [`${F}:3:1: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]`],
  },
  {
    rule: "no environments",
    text: "env: {}\n",
    expected: [
      `${F}:1:1: the document is missing the required key "environments".`,
      `${F}:1:1: unknown key "env" at the top level. Allowed here: environments.`,
    ],
  },
  {
    rule: "unknown environment key, did you mean",
    text: "environments:\n  dev:\n    destination: ./dags\n    branchs: [main]\n",
    expected: [
      `${F}:4:5: unknown key "branchs" in environments.dev. Did you mean "branches"? Allowed here: description, destination, registry, composer, airflow, namespace, branches, tags, promote_from.`,
    ],
  },
  {
    rule: "destination required",
    text: "environments:\n  dev:\n    branches: [main]\n",
    expected: [`${F}:3:5: environments.dev is missing the required key "destination".`],
  },
  {
    rule: "profile choice, each value once",
    text: "environments:\n  dev:\n    destination: ./dags\n    composer: 4\n",
    expected: [`${F}:4:15: environments.dev.composer: "4" is not one of auto, 2, 3, none.`],
  },
  {
    rule: "branches as a list",
    text: "environments:\n  dev:\n    destination: ./dags\n    branches: main\n",
    expected: [`${F}:4:15: environments.dev.branches: expected a list, got the string "main". Write a list: ["main"].`],
  },
  {
    rule: "namespace pattern",
    text: "environments:\n  k8s:\n    destination: ./dags\n    composer: none\n    namespace: ETL\n",
    expected: [
      `${F}:5:16: environments.k8s.namespace: "ETL" is not valid: expected a Kubernetes namespace: lower-case letters, digits and '-', at most 63 characters, e.g. etl.`,
    ],
  },
  {
    rule: "environment name",
    text: 'environments:\n  "prod env":\n    destination: ./dags\n',
    expected: [`${F}:2:3: environment name "prod env" is not valid: use letters, digits, '_', '-' or '.' (at most 63), e.g. prod`],
  },
  {
    rule: "destination that does not parse",
    text: "environments:\n  dev:\n    destination: gs://Bad_Bucket\n",
    expected: [
      `${F}:3:18: environments.dev.destination: invalid destination "gs://Bad_Bucket": "Bad_Bucket" is not a valid bucket name (3-63 lowercase letters, digits, '-', '_' or '.', starting and ending with a letter or digit)\nAccepted forms:\n  gs://BUCKET                 the bucket's dags/ folder (Composer's layout)\n  gs://BUCKET/PATH            DAGs under PATH, e.g. gs://us-central1-prod-1a2b3c4d-bucket/dags\n  projects/P/locations/L/environments/E\n                              a Composer environment; its bucket is looked up\n  ./airflow/dags  or  file:///srv/airflow/dags\n                              a local folder (default: .dagship/dags)`,
    ],
  },
  {
    rule: "registry that does not parse",
    text: "environments:\n  dev:\n    destination: ./dags\n    registry: gcr.io/acme:latest\n",
    expected: [expect.stringMatching(new RegExp(`^${F}:4:15: environments\\.dev\\.registry: registry reference "gcr\\.io/acme:latest" is not valid`))],
  },
  {
    rule: "promotion from an unknown environment, did you mean",
    text: `${DEV}  prod:\n    destination: gs://prod-bucket/dags\n    promote_from: deb\n`,
    expected: [`${F}:8:19: environments.prod.promote_from: no environment "deb". Did you mean "dev"? Environments: dev, prod.`],
  },
  {
    rule: "promotion in a circle",
    text: "environments:\n  a:\n    destination: ./a\n    promote_from: b\n  b:\n    destination: ./b\n    promote_from: a\n",
    expected: [
      `${F}:4:19: environments.a.promote_from: promotion goes round in a circle (a <- b <- a); one environment must build its images.`,
      `${F}:7:19: environments.b.promote_from: promotion goes round in a circle (b <- a <- b); one environment must build its images.`,
    ],
  },
  {
    rule: "promotion into another registry",
    text: `${DEV}  prod:\n    destination: gs://prod-bucket/dags\n    registry: europe-west1-docker.pkg.dev/acme/prod\n    promote_from: dev\n`,
    expected: [
      `${F}:8:15: environments.prod.registry: "europe-west1-docker.pkg.dev/acme/prod" is not the registry of dev ("europe-west1-docker.pkg.dev/acme/etl"): a promotion deploys dev's digests, which live in its registry. Leave registry out here, or give both environments the same one.`,
    ],
  },
];

describe(`${CONFIG_FILE}: every problem located, in words`, () => {
  it.each(RULES)("$rule", ({ text, expected }) => {
    expect(messages(text)).toEqual(expected);
  });

  it("a valid config: environments in order, destinations parsed from the repository root, profile defaults, promotion", () => {
    const text = `# yaml-language-server: $schema=../schema/dagship.config.schema.json\n${DEV}    composer: 3\n    airflow: "2"\n  prod:\n    destination: projects/acme-prod/locations/europe-west1/environments/prod\n    tags: ["v*"]\n    promote_from: dev\n  local:\n    destination: ./airflow/dags\n    composer: none\n    namespace: etl\n`;
    const { config, problems } = parseRepositoryConfig(F, text, ROOT);
    expect(problems).toEqual([]);
    expect(
      config?.environments.map((env) => [
        env.name,
        env.destination.parsed,
        env.registry?.raw,
        env.composer,
        env.airflow,
        env.namespace,
        env.branches,
        env.tags,
        env.promoteFrom,
      ]),
    ).toEqual([
      ["dev", { kind: "gcs", bucket: "dev-bucket", dagsFolder: "dags" }, "europe-west1-docker.pkg.dev/acme/etl", "3", "2", undefined, ["main"], [], undefined],
      [
        "prod",
        {
          kind: "composer",
          name: "projects/acme-prod/locations/europe-west1/environments/prod",
          project: "acme-prod",
          location: "europe-west1",
          environment: "prod",
        },
        undefined,
        "auto",
        "auto",
        undefined,
        [],
        ["v*"],
        "dev",
      ],
      ["local", { kind: "local", folder: "/repo/airflow/dags" }, undefined, "none", "auto", "etl", [], [], undefined],
    ]);
  });
});

describe(`loading ${CONFIG_FILE} from the repository root`, () => {
  const repo = (): string => mkdtempSync(path.join(tmpdir(), "dagship-config-"));

  it("none there: undefined (every setting then comes from flags and inputs)", async () => {
    expect(await loadRepositoryConfig(repo())).toBeUndefined();
  });

  it("a bad file: a UserError carrying every located problem", async () => {
    const root = repo();
    writeFileSync(path.join(root, CONFIG_FILE), "environments:\n  dev:\n    destination: ./dags\n    branchs: [main]\n");
    const error = await loadRepositoryConfig(root).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toContain(`1 problem(s) in ${CONFIG_FILE}:\n${CONFIG_FILE}:4:5: unknown key "branchs"`);
    expect((error as UserError).problems.map((problem) => [problem.line, problem.column])).toEqual([[4, 5]]);
  });

  it("the .yml spelling is pointed at the right name, not silently ignored", async () => {
    const root = repo();
    writeFileSync(path.join(root, "dagship.config.yml"), DEV);
    await expect(loadRepositoryConfig(root)).rejects.toThrow(`dagship.config.yml is not read: dagship's repository config is ${CONFIG_FILE}; rename it`);
  });

  it("a symlink is followed inside the repository only", async () => {
    const root = repo();
    mkdirSync(path.join(root, "config"));
    writeFileSync(path.join(root, "config/envs.yaml"), DEV);
    symlinkSync("config/envs.yaml", path.join(root, CONFIG_FILE));
    expect((await loadRepositoryConfig(root))?.environments.map((env) => env.name)).toEqual(["dev"]);

    const outside = repo();
    writeFileSync(path.join(outside, "envs.yaml"), DEV);
    const other = repo();
    symlinkSync(path.join(outside, "envs.yaml"), path.join(other, CONFIG_FILE));
    await expect(loadRepositoryConfig(other)).rejects.toThrow("leads outside the repository through a symlink");
  });
});
