import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatProblem } from "../../src/errors.js";
import { compileProjects, dagIdClashes } from "../../src/pipeline.js";
import { PROFILES, type Profile } from "../../src/profile.js";
import { discoverProjects } from "../../src/project.js";
import { compileSpec } from "../../src/dagfile/index.js";

const F = "projects/sales/dag.yaml";
const TASKS = "tasks:\n  main:\n    command: [run]\n";
const c3 = PROFILES["composer-3-airflow-2"] as Profile;
const k8s = PROFILES["kubernetes-airflow-2"] as Profile;
const ENVOY = `envoyproxy/envoy@sha256:${"e".repeat(64)}`;

function messages(text: string, profile: Profile = c3): string[] {
  const result = compileSpec(F, text, "sales", { profile, knownProjects: ["sales", "loader"] });
  return result.problems.map(formatProblem);
}

/** One row per validation rule: the document, and the exact output the user sees. */
const RULES: { rule: string; text: string; profile?: Profile; expected: string[] }[] = [
  {
    rule: "YAML syntax",
    text: "tasks:\n  main:\n    command: [run\n",
    expected: [`${F}:4:1: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]`],
  },
  { rule: "duplicate key", text: `${TASKS}  main:\n    command: [again]\n`, expected: [`${F}:4:3: invalid YAML: Map keys must be unique`] },
  {
    rule: "empty file",
    text: "# nothing yet\n",
    expected: [`${F}:1:1: the file is empty: expected a mapping with at least \`tasks:\` (see schema/dag.schema.json)`],
  },
  { rule: "not a mapping", text: "- a\n- b\n", expected: [`${F}:1:1: the document: expected a mapping (key: value), got a list.`] },
  {
    rule: "missing tasks",
    text: "dag_id: sales\n",
    expected: [`${F}:1:1: the document is missing the required key "tasks". Add e.g.\n  tasks:\n    main:\n      command: [python, -m, mypackage]`],
  },
  {
    rule: "unknown top-level key, did you mean",
    text: `shedule: "@daily"\n${TASKS}`,
    expected: [
      `${F}:1:1: unknown key "shedule" at the top level. Did you mean "schedule"? Allowed here: dag_id, description, schedule, start_date, end_date, timezone, catchup, max_active_runs, max_active_tasks, dagrun_timeout, tags, owner, doc, params, notify, defaults, tasks.`,
    ],
  },
  {
    rule: "unknown task key, did you mean",
    text: "tasks:\n  main:\n    comand: [run]\n",
    expected: [
      `${F}:3:5: unknown key "comand" in tasks.main. Did you mean "command"? Allowed here: command, args, depends_on, matrix, image, retries, retry_delay, timeout, startup_timeout, resources, env, secrets, trigger_rule, pool, priority_weight, labels, email, email_on_retry, namespace, node_selector, affinity, sidecars, notify, service_account, tolerations, annotations, config_maps, volumes, xcom, deferrable, on_finish, image_pull_policy, group, outlets.`,
    ],
  },
  {
    rule: "strict boolean",
    text: `catchup: yes\n${TASKS}`,
    expected: [`${F}:1:10: catchup: expected true or false, got the string "yes". Write true or false (YAML 1.2: yes/no/on/off are strings).`],
  },
  {
    rule: "string expected",
    text: "tasks:\n  main:\n    env: {PORT: 8080}\n",
    expected: [`${F}:3:17: tasks.main.env.PORT: expected a string, got the number 8080. Quote it: "8080".`],
  },
  {
    rule: "list expected",
    text: "tasks:\n  main:\n    command: python main.py\n",
    expected: [`${F}:3:14: tasks.main.command: expected a list, got the string "python main.py". Write a list: ["python main.py"].`],
  },
  { rule: "integer minimum", text: `max_active_runs: 0\n${TASKS}`, expected: [`${F}:1:18: max_active_runs: must be at least 1, got 0.`] },
  {
    rule: "enum with did you mean",
    text: "tasks:\n  main:\n    trigger_rule: all_sucess\n",
    expected: [
      `${F}:3:19: tasks.main.trigger_rule: "all_sucess" is not one of all_success, all_failed, all_done, all_skipped, one_success, one_failed, one_done, none_failed, none_failed_min_one_success, none_skipped, always. Did you mean "all_success"?`,
    ],
  },
  {
    rule: "duration format",
    text: "defaults:\n  retry_delay: 5 min\n" + TASKS,
    expected: [`${F}:2:16: defaults.retry_delay: "5 min" is not valid: expected a duration like 30s, 5m, 1h or 1h30m. Did you mean "5m"?`],
  },
  {
    rule: "duration bare number",
    text: "defaults:\n  timeout: '300'\n" + TASKS,
    expected: [`${F}:2:12: defaults.timeout: "300" is not valid: expected a duration like 30s, 5m, 1h or 1h30m. Did you mean "300s"?`],
  },
  { rule: "duration zero", text: "defaults:\n  timeout: 0s\n" + TASKS, expected: [`${F}:2:12: defaults.timeout must be longer than 0s, got "0s".`] },
  {
    rule: "cpu quantity",
    text: "tasks:\n  main:\n    resources: {cpu: half}\n",
    expected: [`${F}:3:22: tasks.main.resources.cpu: "half" is not a Kubernetes CPU quantity: expected e.g. 500m, 0.5 or 2.`],
  },
  {
    rule: "memory quantity",
    text: "tasks:\n  main:\n    resources: {memory: 4GB}\n",
    expected: [`${F}:3:25: tasks.main.resources.memory: "4GB" is not a Kubernetes quantity: expected e.g. 512Mi, 4Gi or 1G. Did you mean "4Gi"?`],
  },
  {
    rule: "env name",
    text: "tasks:\n  main:\n    env: {'1BAD': x}\n",
    expected: [`${F}:3:11: tasks.main.env: "1BAD" is not a valid environment variable name (letters, digits, '_', '-', '.'; not starting with a digit).`],
  },
  {
    rule: "secret env name",
    text: "tasks:\n  main:\n    secrets: [{env: 'A B', secret: s, key: k}]\n",
    expected: [`${F}:3:21: tasks.main.secrets[0].env: "A B" is not valid: expected an environment variable name like SF_PASSWORD.`],
  },
  {
    rule: "secret missing key",
    text: "tasks:\n  main:\n    secrets: [{env: A, secret: s}]\n",
    expected: [`${F}:3:15: tasks.main.secrets[0] is missing the required key "key".`],
  },
  {
    rule: "label key and value",
    text: "tasks:\n  main:\n    labels: {'bad key': ok, team: 'not ok!'}\n",
    expected: [
      `${F}:3:14: tasks.main.labels: "bad key" is not a valid Kubernetes label key (at most 63 characters of letters, digits, '-', '_', '.', with an optional DNS prefix and '/').`,
      `${F}:3:35: tasks.main.labels.team: "not ok!" is not a valid Kubernetes label value (at most 63 characters of letters, digits, '-', '_', '.', starting and ending with a letter or digit).`,
    ],
  },
  {
    rule: "image names an unknown project",
    text: "tasks:\n  main:\n    image: loadr\n",
    expected: [
      `${F}:3:12: tasks.main.image: "loadr" is neither a project of this repository nor a full image reference (projects: sales, loader). Did you mean "loader"?`,
    ],
  },
  {
    rule: "Composer 3: namespace",
    text: "defaults:\n  namespace: etl\n" + TASKS,
    expected: [
      `${F}:2:3: namespace is not allowed on Composer 3: pods always run in composer-user-workloads. Remove it, or render for Composer 2 (--composer 2) or plain Kubernetes (--composer none). See https://cloud.google.com/composer/docs/composer-3/use-kubernetes-pod-operator`,
    ],
  },
  {
    rule: "Composer 3: affinity",
    text: "tasks:\n  main:\n    affinity: {nodeAffinity: {}}\n",
    expected: [
      `${F}:3:5: affinity is not allowed on Composer 3: pod affinity cannot be configured for its environment's cluster. Remove it, or render for plain Kubernetes (--composer none), or start the pod in another cluster with GKEStartPodOperator. See https://cloud.google.com/composer/docs/composer-3/use-kubernetes-pod-operator`,
    ],
  },
  {
    rule: "Composer 3: sidecars",
    text: `tasks:\n  main:\n    sidecars: [{name: proxy, image: "${ENVOY}"}]\n`,
    expected: [
      `${F}:3:5: sidecars are not allowed on Composer 3: the only extra container it runs is KubernetesPodOperator's own airflow-xcom-sidecar (xcom: true). Remove them, or render for Composer 2 (--composer 2) or plain Kubernetes (--composer none). See https://cloud.google.com/composer/docs/composer-3/use-kubernetes-pod-operator`,
    ],
  },
  {
    rule: "plain Kubernetes allows namespace, affinity and sidecars",
    profile: k8s,
    text: `defaults:\n  namespace: etl\ntasks:\n  main:\n    affinity: {nodeAffinity: {}}\n    sidecars: [{name: proxy, image: "${ENVOY}"}]\n`,
    expected: [],
  },
  {
    rule: "cron field out of range (points at the field)",
    text: `schedule: "0 25 * * *"\nstart_date: 2024-01-01\n${TASKS}`,
    expected: [`${F}:1:14: invalid cron expression: 25 is out of range for the hour field (expected 0-23)`],
  },
  {
    rule: "cron bad token",
    text: `schedule: 0 6 * * MON-FRY\nstart_date: 2024-01-01\n${TASKS}`,
    expected: [`${F}:1:19: invalid cron expression: "FRY" is not a valid day of week (expected 0-7 or SUN-SAT, *, a range a-b, a list a,b or a step */n)`],
  },
  {
    rule: "cron bad step",
    text: `schedule: "*/0 * * * *"\nstart_date: 2024-01-01\n${TASKS}`,
    expected: [`${F}:1:12: invalid cron expression: step "/0" in the minute field must be a positive whole number`],
  },
  {
    rule: "cron field count",
    text: `schedule: "0 0 6 * * *"\nstart_date: 2024-01-01\n${TASKS}`,
    expected: [
      `${F}:1:12: a cron expression needs 5 fields (minute hour day-of-month month day-of-week), found 6. Seconds are not supported: drop the first field. Example: "0 6 * * *"`,
    ],
  },
  {
    rule: "unknown preset",
    text: `schedule: "@dayly"\nstart_date: 2024-01-01\n${TASKS}`,
    expected: [
      `${F}:1:12: unknown schedule preset "@dayly" (expected one of @hourly, @daily, @weekly, @monthly, @quarterly, @yearly, @annually, @once, a 5-field cron expression, or null)`,
    ],
  },
  {
    rule: "schedule needs start_date",
    text: `schedule: "@daily"\n${TASKS}`,
    expected: [`${F}:1:1: a scheduled DAG needs a start_date: add e.g. \`start_date: 2024-01-01\` (the first data interval starts then).`],
  },
  {
    rule: "start_date",
    text: `start_date: 2024-02-30\n${TASKS}`,
    expected: [`${F}:1:13: start_date: "2024-02-30" is not a valid date: expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS] (1970 or later), e.g. 2024-01-01.`],
  },
  {
    rule: "time zone with did you mean",
    text: `timezone: Europe/Pariss\n${TASKS}`,
    expected: [
      `${F}:1:11: timezone: "Europe/Pariss" is not a time zone pendulum knows: it needs an IANA name, written exactly (e.g. UTC, Europe/Paris, America/New_York). Did you mean "Europe/Paris"?`,
    ],
  },
  {
    rule: "dag_id",
    text: `dag_id: "sales sync"\n${TASKS}`,
    expected: [`${F}:1:9: dag_id: "sales sync" is not valid: expected letters, digits, '_', '.' or '-' (at most 200 characters), e.g. salesforce_sync.`],
  },
  {
    rule: "task id",
    text: "tasks:\n  load orders:\n    command: [run]\n",
    expected: [`${F}:2:3: task id "load orders" is invalid: use letters, digits, '_', '.' or '-' (at most 200 characters), e.g. load_orders.`],
  },
  {
    rule: "duplicate task id after matrix expansion",
    text: "tasks:\n  load:\n    matrix: [us]\n  load_us:\n    command: [run]\n",
    expected: [`${F}:4:3: task id "load_us" is produced twice, by task "load" and by task "load_us": rename one of them.`],
  },
  {
    rule: "matrix value",
    text: "tasks:\n  load:\n    matrix: [us east]\n",
    expected: [`${F}:3:14: matrix value "us east" cannot be part of a task id ("load_us east"): use letters, digits, '_', '.' or '-'.`],
  },
  {
    rule: "matrix duplicates",
    text: "tasks:\n  load:\n    matrix: [us, us]\n",
    expected: [`${F}:3:18: tasks.load.matrix: items 1 and 0 are the same; list each once.`],
  },
  {
    rule: "${matrix} without a matrix",
    text: "tasks:\n  load:\n    args: ['--region', '${matrix}']\n",
    expected: [`${F}:3:24: \${matrix} is used in args but task "load" has no matrix: add \`matrix: [...]\` or remove the placeholder.`],
  },
  {
    rule: "depends_on an unknown task",
    text: "tasks:\n  extract:\n    command: [e]\n  load:\n    depends_on: [extrct]\n",
    expected: [`${F}:5:18: depends_on: unknown task "extrct". Did you mean "extract"? Tasks in this file: extract, load.`],
  },
  {
    rule: "depends on itself",
    text: "tasks:\n  load:\n    depends_on: [load]\n",
    expected: [`${F}:3:18: task "load" depends on itself: remove "load" from its depends_on.`],
  },
  {
    rule: "cycle, named",
    text: "tasks:\n  a:\n    depends_on: [c]\n  b:\n    depends_on: [a]\n  c:\n    depends_on: [b]\n",
    expected: [`${F}:3:18: dependency cycle: a -> c -> b -> a (each task depends on the next). Remove one of these depends_on entries.`],
  },
  { rule: "empty tasks", text: "tasks: {}\n", expected: [`${F}:1:8: tasks: expected at least one entry.`] },
];

describe("every validation rule, with its exact message", () => {
  it.each(RULES)("$rule", ({ text, profile, expected }) => {
    expect(messages(text, profile)).toEqual(expected);
  });

  it("reports every problem of a file at once, in file order", () => {
    const text = `shedule: "0 6 * * *"\ncatchup: yes\ntasks:\n  a:\n    retries: -1\n    depends_on: [b]\n  b:\n    depends_on: [a]\n`;
    const found = messages(text);
    expect(found).toEqual([
      `${F}:1:1: unknown key "shedule" at the top level. Did you mean "schedule"? Allowed here: dag_id, description, schedule, start_date, end_date, timezone, catchup, max_active_runs, max_active_tasks, dagrun_timeout, tags, owner, doc, params, notify, defaults, tasks.`,
      `${F}:2:10: catchup: expected true or false, got the string "yes". Write true or false (YAML 1.2: yes/no/on/off are strings).`,
      `${F}:5:14: tasks.a.retries: must be at least 0, got -1.`,
      `${F}:6:18: dependency cycle: a -> b -> a (each task depends on the next). Remove one of these depends_on entries.`,
    ]);
  });

  it("two projects with one dag_id are refused before anything is deployed", async () => {
    const root = mkdtempSync(join(tmpdir(), "dagship-clash-"));
    for (const name of ["alpha", "beta"]) {
      mkdirSync(join(root, "projects", name), { recursive: true });
      writeFileSync(join(root, "projects", name, "dag.yaml"), `dag_id: shared\n${TASKS}`);
    }
    const compiled = await compileProjects(await discoverProjects(root), c3);
    expect(dagIdClashes(compiled).map(formatProblem)).toEqual([
      `projects/beta/dag.yaml:1:1: dag_id "shared" is also used by projects/alpha/dag.yaml: Airflow would silently drop one of them. Give each DAG its own dag_id.`,
    ]);
  });
});
