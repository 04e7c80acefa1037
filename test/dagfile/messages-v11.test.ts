import { describe, expect, it } from "vitest";
import { formatProblem } from "../../src/errors.js";
import { PROFILES, type Profile } from "../../src/profile.js";
import { compileSpec } from "../../src/dagfile/index.js";

// dag.yaml v1.1 rules: what Airflow, Composer, GKE Autopilot and Kubernetes would refuse later.
const F = "projects/sales/dag.yaml";
const TASKS = "tasks:\n  main:\n    command: [run]\n";
const c3 = PROFILES["composer-3-airflow-2"] as Profile;
const c3a3 = PROFILES["composer-3-airflow-3"] as Profile;
const c2 = PROFILES["composer-2-airflow-2"] as Profile;
const k8s = PROFILES["kubernetes-airflow-2"] as Profile;
const k8s3 = PROFILES["kubernetes-airflow-3"] as Profile;

function messages(text: string, profile: Profile = c3): string[] {
  const result = compileSpec(F, text, "sales", { profile, knownProjects: ["sales", "loader"] });
  return result.problems.map(formatProblem);
}

/** One row per rule: the document, the profile (Composer 3 with Airflow 2 unless named) and the exact output. */
const RULES: { rule: string; text: string; profile?: Profile; expected: string[] }[] = [
  {
    rule: "notifier: two kinds in one entry",
    text: `notify:\n  on_failure:\n    - {email: [a@b.c], slack: {connection: alerts}}\n${TASKS}`,
    expected: [`${F}:3:7: notify.on_failure[0]: give exactly one of email, slack or callback (found email and slack).`],
  },
  {
    rule: "notifier: an empty entry",
    text: `notify:\n  on_failure:\n    - {}\n${TASKS}`,
    expected: [`${F}:3:7: notify.on_failure[0]: give one of email, slack or callback.`],
  },
  {
    rule: "notifier: email as a string",
    text: `notify:\n  on_failure:\n    - email: data-eng@example.com\n${TASKS}`,
    expected: [
      `${F}:3:14: notify.on_failure[0].email: expected a list or a mapping (key: value), got the string "data-eng@example.com". Write a list: ["data-eng@example.com"].`,
    ],
  },
  { rule: "notify: no event", text: `notify: {}\n${TASKS}`, expected: [`${F}:1:9: notify: expected at least one of on_failure or on_success.`] },
  {
    rule: "asset schedule: both kinds",
    text: `schedule: {assets: ["gs://lake/a"], assets_any: ["gs://lake/b"]}\nstart_date: 2024-01-01\n${TASKS}`,
    expected: [`${F}:1:11: schedule: give either assets or assets_any, not both (found assets and assets_any).`],
  },
  { rule: "asset schedule: empty", text: `schedule: {}\n${TASKS}`, expected: [`${F}:1:11: schedule: give one of assets or assets_any.`] },
  {
    rule: "param name: not a Python identifier (points at the key)",
    text: `params:\n  start-day: {type: string, default: ""}\n${TASKS}`,
    expected: [
      `${F}:2:3: params: "start-day" is not a valid param name: a param name must be a Python identifier (letters, digits and '_', not starting with a digit), because templates read it as {{ params.NAME }}. Did you mean "start_day"?`,
    ],
  },
  {
    rule: "number: .inf where a number is expected",
    profile: c3a3,
    text: `params:\n  limit: {minimum: .inf}\n${TASKS}`,
    expected: [
      `${F}:2:20: params.limit.minimum: expected a number, got the number Infinity. YAML's .nan and .inf are not numbers Airflow can use: write a finite number.`,
    ],
  },
  {
    rule: "param default: .nan",
    text: `params:\n  ratio: {type: number, default: .nan}\n${TASKS}`,
    expected: [`${F}:2:34: params.ratio.default is .nan, which has no Python literal (and no JSON form, which is how Airflow stores params).`],
  },
  {
    rule: "param enum: .inf inside a list",
    profile: c3a3,
    text: `params:\n  ratio: {enum: [1, -.inf]}\n${TASKS}`,
    expected: [`${F}:2:21: params.ratio.enum[1] is infinite (.inf), which has no Python literal (and no JSON form, which is how Airflow stores params).`],
  },
  {
    rule: "param default: an integer beyond 2^53",
    text: `params:\n  big: {default: 12345678901234567890}\n${TASKS}`,
    expected: [`${F}:2:18: params.big.default has more digits than a number can carry exactly (beyond ±9007199254740991); quote it to keep it as text.`],
  },
  {
    rule: "matrix: an integer beyond 2^53",
    text: `tasks:\n  load:\n    command: [run]\n    matrix: [12345678901234567890]\n`,
    expected: [`${F}:4:14: tasks.load.matrix[0] has more digits than a number can carry exactly (beyond ±9007199254740991); quote it to keep it as text.`],
  },
  {
    rule: "affinity: nested deeper than Python parses safely",
    profile: k8s,
    text: `tasks:\n  main:\n    command: [run]\n    affinity: ${"{a: ".repeat(51)}1${"}".repeat(51)}\n`,
    expected: [
      `${F}:4:215: tasks.main.affinity nests more than 50 levels deep; Python's parser limits nesting in one expression, and the generated file must load on every supported Python.`,
    ],
  },
  {
    rule: "time zone: wrong case",
    text: `timezone: europe/paris\n${TASKS}`,
    expected: [
      `${F}:1:11: timezone: "europe/paris" is not a time zone pendulum knows: it needs an IANA name, written exactly (e.g. UTC, Europe/Paris, America/New_York). Did you mean "Europe/Paris"? Time zone names are case-sensitive.`,
    ],
  },
  {
    rule: "time zone: typo, did you mean",
    text: `timezone: America/New_Yrok\n${TASKS}`,
    expected: [
      `${F}:1:11: timezone: "America/New_Yrok" is not a time zone pendulum knows: it needs an IANA name, written exactly (e.g. UTC, Europe/Paris, America/New_York). Did you mean "America/New_York"?`,
    ],
  },
  { rule: "time zone: an alias pendulum knows (Intl does not)", text: `timezone: US/Eastern\n${TASKS}`, expected: [] },
  {
    rule: "cron: never fires (30 February)",
    text: `schedule: "0 0 30 2 *"\nstart_date: 2024-01-01\n${TASKS}`,
    expected: [`${F}:1:16: the cron expression "0 0 30 2 *" never fires: February has no day 30. Change the day of month or the month.`],
  },
  {
    rule: "cron: never fires (31st of 30-day months)",
    text: `schedule: "0 0 31 4,6,9,11 *"\nstart_date: 2024-01-01\n${TASKS}`,
    expected: [
      `${F}:1:16: the cron expression "0 0 31 4,6,9,11 *" never fires: none of its months (April, June, September, November) has a day 31. Change the day of month or the month.`,
    ],
  },
  { rule: "cron: 29 February fires in leap years", text: `schedule: "0 0 29 FEB *"\nstart_date: 2024-01-01\n${TASKS}`, expected: [] },
  { rule: "cron: a weekday as well fires on either", text: `schedule: "0 0 30 2 MON"\nstart_date: 2024-01-01\n${TASKS}`, expected: [] },
  {
    rule: "end_date: not a date",
    text: `end_date: 2025-02-30\n${TASKS}`,
    expected: [`${F}:1:11: end_date: "2025-02-30" is not a valid date: expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS] (1970 or later), e.g. 2025-12-31.`],
  },
  {
    rule: "end_date: before start_date",
    text: `schedule: "@daily"\nstart_date: 2024-06-01\nend_date: 2024-05-31T23:00\n${TASKS}`,
    expected: [`${F}:3:11: end_date 2024-05-31T23:00 is before start_date 2024-06-01: the DAG would never run. Move end_date after start_date, or remove it.`],
  },
  {
    rule: "duration: beyond timedelta (dagrun_timeout)",
    text: `dagrun_timeout: 1000000000d\n${TASKS}`,
    expected: [
      `${F}:1:17: dagrun_timeout: "1000000000d" is longer than Python's timedelta can hold (at most 999999999 days), the longest span Airflow can represent. Use a shorter duration.`,
    ],
  },
  {
    rule: "duration: beyond timedelta (retry_delay, more digits than a number holds)",
    text: `defaults:\n  retry_delay: 99999999999999999999s\n${TASKS}`,
    expected: [
      `${F}:2:16: defaults.retry_delay: "99999999999999999999s" is longer than Python's timedelta can hold (at most 999999999 days), the longest span Airflow can represent. Use a shorter duration.`,
    ],
  },
  {
    rule: "duration: beyond timedelta (task timeout)",
    text: `tasks:\n  main:\n    command: [run]\n    timeout: 999999999d86400s\n`,
    expected: [
      `${F}:4:14: tasks.main.timeout: "999999999d86400s" is longer than Python's timedelta can hold (at most 999999999 days), the longest span Airflow can represent. Use a shorter duration.`,
    ],
  },
  { rule: "duration: the largest timedelta is fine", text: `tasks:\n  main:\n    command: [run]\n    startup_timeout: 999999999d23h59m59s\n`, expected: [] },
  { rule: "duration: dagrun_timeout zero", text: `dagrun_timeout: 0s\n${TASKS}`, expected: [`${F}:1:17: dagrun_timeout must be longer than 0s, got "0s".`] },
  {
    rule: "Jinja: an unclosed expression (points at the character)",
    text: `tasks:\n  main:\n    args: ["--day", "{{ ds }"]\n`,
    expected: [
      `${F}:3:28: tasks.main.args[1]: this Jinja does not parse (unexpected "}"), so Airflow would fail when it renders the field. Fix the template, or write {{ '{{' }} for a literal {{.`,
    ],
  },
  {
    rule: "Jinja: a block never closed",
    text: `params:\n  full: {type: boolean, default: false}\ntasks:\n  main:\n    args: ["{% if params.full %}--full"]\n`,
    expected: [
      `${F}:5:13: tasks.main.args[0]: this Jinja does not parse ({% if %} is never closed: add {% endif %}), so Airflow would fail when it renders the field. Fix the template, or write {{ '{{' }} for a literal {{.`,
    ],
  },
  {
    rule: "Jinja: an end tag that closes nothing",
    text: `tasks:\n  main:\n    command: [run, "{% for r in [1] %}{{ r }}{% endif %}"]\n`,
    expected: [
      `${F}:3:46: tasks.main.command[1]: this Jinja does not parse ({% endif %} closes nothing: the innermost open block is {% for %}, closed by {% endfor %}), so Airflow would fail when it renders the field. Fix the template, or write {{ '{{' }} for a literal {{.`,
    ],
  },
  {
    rule: "Jinja: a tag Airflow's Jinja does not know",
    text: `tasks:\n  main:\n    command: [run]\n    env: {X: "{% break %}"}\n`,
    expected: [
      `${F}:4:15: tasks.main.env.X: this Jinja does not parse (unknown tag {% break %}), so Airflow would fail when it renders the field. Fix the template, or write {{ '{{' }} for a literal {{.`,
    ],
  },
  {
    rule: "Jinja: an unterminated string",
    text: `tasks:\n  main:\n    args: ["{{ macros.ds_add(ds, '1) }}"]\n`,
    expected: [
      `${F}:3:34: tasks.main.args[0]: this Jinja does not parse (the string opened here with ' is never closed), so Airflow would fail when it renders the field. Fix the template, or write {{ '{{' }} for a literal {{.`,
    ],
  },
  {
    rule: "Jinja: an expression the parser refuses",
    text: `tasks:\n  main:\n    args: ["{{ ds | }}"]\n`,
    expected: [
      `${F}:3:13: tasks.main.args[0]: this Jinja does not parse (unexpected "}}": an expression is missing or incomplete), so Airflow would fail when it renders the field. Fix the template, or write {{ '{{' }} for a literal {{.`,
    ],
  },
  {
    rule: "Jinja: a comment never closed",
    text: `tasks:\n  main:\n    args: ["{# note"]\n`,
    expected: [
      `${F}:3:13: tasks.main.args[0]: this Jinja does not parse (the comment opened here with {# is never closed with #}), so Airflow would fail when it renders the field. Fix the template, or write {{ '{{' }} for a literal {{.`,
    ],
  },
  {
    rule: "Jinja: in a notifier text",
    text: `notify:\n  on_failure:\n    - slack: {connection: alerts, text: "failed: {{ ti.task_id }"}\n${TASKS}`,
    expected: [
      `${F}:3:64: notify.on_failure[0].slack.text: this Jinja does not parse (unexpected "}"), so Airflow would fail when it renders the field. Fix the template, or write {{ '{{' }} for a literal {{.`,
    ],
  },
  {
    rule: "Jinja: in an annotation value",
    text: `tasks:\n  main:\n    command: [run]\n    annotations: {note: "{% for %}"}\n`,
    expected: [
      `${F}:4:26: tasks.main.annotations.note: this Jinja does not parse ({% for %} is never closed: add {% endfor %}), so Airflow would fail when it renders the field. Fix the template, or write {{ '{{' }} for a literal {{.`,
    ],
  },
  {
    rule: "Jinja: valid templates Airflow renders pass",
    text: `params:\n  full: {type: boolean, default: false}\ntasks:\n  main:\n    args: ["{{ macros.ds_add(ds, 7) }}", "{% if params.full %}--full{% endif %}", "{% raw %}{{ kept }}{% endraw %}", "{{ x is divisibleby 3 }}", "{% with d = ds %}{{ d }}{% endwith %}", "{{ ti.xcom_pull(task_ids='a') }}"]\n`,
    expected: [],
  },
  {
    rule: "template name: did you mean ds",
    text: `tasks:\n  main:\n    args: ["--day={{ dss }}"]\n`,
    expected: [
      `${F}:3:22: tasks.main.args[0]: "dss" is neither an Airflow template variable nor a declared param: Airflow renders templates with StrictUndefined, so the task would fail. Did you mean "ds"? See https://airflow.apache.org/docs/apache-airflow/2.11.2/templates-ref.html`,
    ],
  },
  {
    rule: "template name: a param no params declare",
    text: `tasks:\n  main:\n    command: [run]\n    env: {DAY: "{{ params.start }}"}\n`,
    expected: [
      `${F}:4:27: tasks.main.env.DAY: "params.start" reads a param this DAG does not declare: add it under params:, e.g. params: {start: {type: string, default: ""}}.`,
    ],
  },
  {
    rule: "template name: a param that is not declared, did you mean",
    text: `params:\n  region: {type: string, default: us}\ntasks:\n  main:\n    args: ["{{ params['regoin'] }}"]\n`,
    expected: [
      `${F}:5:23: tasks.main.args[0]: "params.regoin" is not a declared param (declared: region). Did you mean "region"? Declare it under params: or fix the name.`,
    ],
  },
  {
    rule: "template name: Airflow 3 removed execution_date and next_ds",
    profile: c3a3,
    text: `tasks:\n  main:\n    args: ["{{ execution_date }}", "{{ next_ds }}"]\n`,
    expected: [
      `${F}:3:16: tasks.main.args[0]: "execution_date" is not a template variable in Airflow 3 (it was removed): use {{ logical_date }} (or {{ data_interval_start }}). See https://airflow.apache.org/docs/apache-airflow/3.1.8/templates-ref.html`,
      `${F}:3:40: tasks.main.args[1]: "next_ds" is not a template variable in Airflow 3 (it was removed): use {{ data_interval_end | ds }}. See https://airflow.apache.org/docs/apache-airflow/3.1.8/templates-ref.html`,
    ],
  },
  { rule: "template name: Airflow 2 still has them", text: `tasks:\n  main:\n    args: ["{{ execution_date }}", "{{ next_ds }}"]\n`, expected: [] },
  {
    rule: "template name: an Airflow 3 name on Airflow 2",
    text: `tasks:\n  main:\n    args: ["{{ triggering_asset_events }}"]\n`,
    expected: [
      `${F}:3:16: tasks.main.args[0]: "triggering_asset_events" is an Airflow 3 template variable: Airflow 2 calls it triggering_dataset_events. See https://airflow.apache.org/docs/apache-airflow/2.11.2/templates-ref.html`,
    ],
  },
  {
    rule: "template name: no logical date in asset-triggered runs on Airflow 3",
    profile: c3a3,
    text: `schedule: {assets: ["gs://lake/orders"]}\nstart_date: 2024-01-01\ntasks:\n  main:\n    args: ["{{ ds }}"]\n`,
    expected: [
      `${F}:5:16: tasks.main.args[0]: "ds" is not available in runs that assets trigger on Airflow 3 (they have no logical date): use {{ dag_run.run_id }} or {{ triggering_asset_events }} instead. See https://airflow.apache.org/docs/apache-airflow/3.1.8/templates-ref.html`,
    ],
  },
  {
    rule: "template name: names the template binds itself",
    text: `tasks:\n  main:\n    args: ["{% set d = ds %}{% for r in range(2) %}{{ d }}{{ r }}{{ loop.index }}{% endfor %}"]\n`,
    expected: [],
  },
  {
    rule: 'task ids: matrix values 1 and "1" give one id',
    text: `tasks:\n  load:\n    command: [run]\n    matrix: [1, "1"]\n`,
    expected: [`${F}:4:17: matrix values 1 and "1" of task "load" both give the task id "load_1": Airflow ids are text, so list the value once.`],
  },
  {
    rule: "task ids: a group adds nothing to them (prefix_group_id=False), so a key with the group's path is another task",
    text: `tasks:\n  ingest.load:\n    command: [run]\n  load:\n    command: [run]\n    group: ingest\n`,
    expected: [],
  },
  {
    rule: "task ids: a group does not lengthen them",
    text: `tasks:\n  ${"t".repeat(200)}:\n    command: [run]\n    group: ${"g".repeat(60)}.${"h".repeat(60)}\n`,
    expected: [],
  },
  {
    rule: "callback: a Python keyword in the path",
    text: `notify:\n  on_failure:\n    - callback: alerts.class.notify\n${TASKS}`,
    expected: [
      `${F}:3:17: notify.on_failure[0].callback: "class" in "alerts.class.notify" is a Python keyword and cannot be imported. The generated DAG imports it, so Airflow could not load the file.`,
    ],
  },
  {
    rule: "callback: no module (DAG-level and defaults)",
    text: `notify:\n  on_failure:\n    - callback: notify\ndefaults:\n  notify:\n    on_retry: [{callback: notify}]\n${TASKS}`,
    expected: [
      `${F}:3:17: notify.on_failure[0].callback: "notify" names no module: write module.function, e.g. team_alerts.pagerduty.notify. The generated DAG imports it, so Airflow could not load the file.`,
      `${F}:6:27: defaults.notify.on_retry[0].callback: "notify" names no module: write module.function, e.g. team_alerts.pagerduty.notify. The generated DAG imports it, so Airflow could not load the file.`,
    ],
  },
  {
    rule: "callback: not an identifier",
    text: `tasks:\n  main:\n    command: [run]\n    notify:\n      on_retry:\n        - callback: team-alerts.pager.notify\n`,
    expected: [
      `${F}:6:21: tasks.main.notify.on_retry[0].callback: "team-alerts" in "team-alerts.pager.notify" is not a Python identifier (letters, digits and '_', not starting with a digit). The generated DAG imports it, so Airflow could not load the file.`,
    ],
  },
  {
    rule: "image: a tag, not a digest (warning)",
    text: `tasks:\n  main:\n    image: python:3.12-slim\n    command: [run]\n`,
    expected: [
      `${F}:3:12: warning: tasks.main.image: "python:3.12-slim" names a tag, not a digest: deploy resolves it to the digest the registry serves then and pins that in the DAG, so a later push to the tag changes nothing until the next deploy. Write python@sha256:... to choose the digest yourself.`,
    ],
  },
  {
    rule: "image: a sidecar without a tag (warning)",
    profile: k8s,
    text: `tasks:\n  main:\n    command: [run]\n    sidecars: [{name: proxy, image: envoy}]\n`,
    expected: [
      `${F}:4:37: warning: tasks.main.sidecars[0].image: "envoy" names no tag (so latest), not a digest: deploy resolves it to the digest the registry serves then and pins that in the DAG, so a later push to the tag changes nothing until the next deploy. Write envoy@sha256:... to choose the digest yourself.`,
    ],
  },
  { rule: "image: a digest is quiet", text: `tasks:\n  main:\n    image: python:3.12-slim@sha256:${"a".repeat(64)}\n    command: [run]\n`, expected: [] },
  {
    rule: "assets_any: Airflow 2.9+ only, and the Airflow 2 profile promises 2.7",
    text: `schedule: {assets_any: ["gs://lake/orders"]}\nstart_date: 2024-01-01\n${TASKS}`,
    expected: [
      `${F}:1:12: schedule.assets_any needs DatasetAny, which Airflow 2.9 added; the Airflow 2 profile also promises 2.7 and 2.8. Use assets (run when all were updated), or render for Airflow 3 (--airflow 3). See https://airflow.apache.org/docs/apache-airflow/2.9.0/authoring-and-scheduling/datasets.html`,
    ],
  },
  {
    rule: "asset URIs: what Airflow's URI check refuses",
    text: `schedule: {assets: ["airflow://dags/x", "gs://lake/année", " ", "s3://key:secret@bucket/x"]}\nstart_date: 2024-01-01\ntasks:\n  main:\n    command: [run]\n    outlets: ["Airflow://x", "gs://lake/café"]\n`,
    expected: [
      `${F}:1:21: schedule.assets[0]: asset URI "airflow://dags/x" uses the scheme airflow://, which Airflow reserves.`,
      `${F}:1:41: schedule.assets[1]: asset URI "gs://lake/année" must be printable ASCII (Airflow refuses other characters; percent-encode them, e.g. %C3%A9).`,
      `${F}:1:60: schedule.assets[2]: asset URI " " is only whitespace.`,
      `${F}:1:65: schedule.assets[3]: asset URI "s3://key:secret@bucket/x" carries credentials (user@host): Airflow 2.9 refuses them and later versions drop them, which changes which asset it is. Remove them.`,
      `${F}:6:15: tasks.main.outlets[0]: asset URI "Airflow://x" uses the scheme airflow://, which Airflow reserves.`,
      `${F}:6:30: tasks.main.outlets[1]: asset URI "gs://lake/café" must be printable ASCII (Airflow refuses other characters; percent-encode them, e.g. %C3%A9).`,
    ],
  },
  {
    rule: "Composer 3: service_account",
    text: `defaults:\n  service_account: etl-runner\n${TASKS}`,
    expected: [
      `${F}:2:3: service_account is not allowed on Composer 3: only Secrets and ConfigMaps can be created in composer-user-workloads, so no service account "etl-runner" can exist there; pods there run as its default account, which has access to the project's resources without further configuration. Remove it, or render for Composer 2 (--composer 2) or plain Kubernetes (--composer none). See https://cloud.google.com/composer/docs/composer-3/use-kubernetes-pod-operator`,
    ],
  },
  { rule: "Composer 3: service_account default is the namespace's own", text: `defaults:\n  service_account: default\n${TASKS}`, expected: [] },
  { rule: "Composer 2: service_account is allowed", profile: c2, text: `defaults:\n  service_account: etl-runner\n${TASKS}`, expected: [] },
  {
    rule: "Composer 2: affinity",
    profile: c2,
    text: `tasks:\n  main:\n    command: [run]\n    affinity: {nodeAffinity: {}}\n`,
    expected: [
      `${F}:4:5: affinity is not allowed on Composer 2: pod affinity cannot be configured for its environment's cluster. Remove it, or render for plain Kubernetes (--composer none), or start the pod in another cluster with GKEStartPodOperator. See https://cloud.google.com/composer/docs/composer-2/use-kubernetes-pod-operator`,
    ],
  },
  {
    rule: "Composer 2 (Autopilot): resource maximums",
    profile: c2,
    text: `defaults:\n  resources: {cpu: 64, memory: 256Gi, ephemeral_storage: 20Gi}\n${TASKS}`,
    expected: [
      `${F}:2:20: defaults.resources.cpu: 64 vCPU is more than GKE Autopilot schedules for one general-purpose pod (at most 30 vCPU), and Composer 2 runs KubernetesPodOperator pods on its environment's GKE Autopilot cluster (https://cloud.google.com/composer/docs/composer-2/environment-architecture): the pod would be rejected. Request at most 30 vCPU, or render for plain Kubernetes (--composer none). See https://cloud.google.com/kubernetes-engine/docs/concepts/autopilot-resource-requests`,
      `${F}:2:32: defaults.resources.memory: 256Gi is more than GKE Autopilot schedules for one general-purpose pod (at most 110Gi), and Composer 2 runs KubernetesPodOperator pods on its environment's GKE Autopilot cluster (https://cloud.google.com/composer/docs/composer-2/environment-architecture): the pod would be rejected. Request at most 110Gi, or render for plain Kubernetes (--composer none). See https://cloud.google.com/kubernetes-engine/docs/concepts/autopilot-resource-requests`,
      `${F}:2:58: defaults.resources.ephemeral_storage: 20Gi is more than GKE Autopilot schedules for one general-purpose pod (at most 10Gi), and Composer 2 runs KubernetesPodOperator pods on its environment's GKE Autopilot cluster (https://cloud.google.com/composer/docs/composer-2/environment-architecture): the pod would be rejected. Request at most 10Gi, or render for plain Kubernetes (--composer none). See https://cloud.google.com/kubernetes-engine/docs/concepts/autopilot-resource-requests`,
    ],
  },
  {
    rule: "Composer 3 (Autopilot): a task above the CPU maximum",
    text: `tasks:\n  main:\n    command: [run]\n    resources: {cpu: 31}\n`,
    expected: [
      `${F}:4:22: tasks.main.resources.cpu: 31 vCPU is more than GKE Autopilot schedules for one general-purpose pod (at most 30 vCPU), and Composer 3 accepts only the resource values GKE Autopilot supports (https://cloud.google.com/composer/docs/composer-3/use-kubernetes-pod-operator): the pod would be rejected. Request at most 30 vCPU, or render for plain Kubernetes (--composer none). See https://cloud.google.com/kubernetes-engine/docs/concepts/autopilot-resource-requests`,
    ],
  },
  {
    rule: "Autopilot: too little memory for the CPU (warning)",
    text: `tasks:\n  main:\n    command: [run]\n    resources: {cpu: 4, memory: 1Gi}\n`,
    expected: [
      `${F}:4:33: warning: tasks.main.resources: 4 vCPU with 1Gi of memory is outside GKE Autopilot's CPU:memory range for general-purpose pods (1 vCPU to 1-6.5 GiB), so Autopilot raises memory to 4Gi and bills for it. Request memory between 4Gi and 26Gi for 4 vCPU. See https://cloud.google.com/kubernetes-engine/docs/concepts/autopilot-resource-requests`,
    ],
  },
  {
    rule: "Autopilot: too much memory for the CPU, across defaults and task (warning)",
    profile: c2,
    text: `defaults:\n  resources: {memory: 8Gi}\ntasks:\n  main:\n    command: [run]\n    resources: {cpu: 500m}\n`,
    expected: [
      `${F}:6:22: warning: tasks.main.resources: 0.5 vCPU with 8Gi of memory is outside GKE Autopilot's CPU:memory range for general-purpose pods (1 vCPU to 1-6.5 GiB), so Autopilot raises CPU to 1.231 vCPU and bills for it. Request memory between 0.5Gi and 3.25Gi for 0.5 vCPU. See https://cloud.google.com/kubernetes-engine/docs/concepts/autopilot-resource-requests`,
    ],
  },
  {
    rule: "plain Kubernetes: no Autopilot limits",
    profile: k8s,
    text: `tasks:\n  main:\n    command: [run]\n    resources: {cpu: 64, memory: 1Gi}\n`,
    expected: [],
  },
  {
    rule: "deferrable: needs a triggerer on Composer (warning)",
    text: `defaults:\n  deferrable: true\n${TASKS}`,
    expected: [
      `${F}:2:15: warning: defaults.deferrable: the pod is awaited in Airflow's triggerer, so the environment needs at least one triggerer (two in highly resilient environments), or the task stays deferred until it times out. Enable one with: gcloud composer environments update ENVIRONMENT --location LOCATION --triggerer-count 1. See https://cloud.google.com/composer/docs/composer-3/use-deferrable-operators`,
    ],
  },
  {
    rule: "deferrable: needs a triggerer on Kubernetes (warning)",
    profile: k8s3,
    text: `tasks:\n  main:\n    command: [run]\n    deferrable: true\n`,
    expected: [
      `${F}:4:17: warning: tasks.main.deferrable: the pod is awaited in Airflow's triggerer, so the Airflow deployment must run a triggerer (airflow triggerer), or the task stays deferred until it times out. See https://airflow.apache.org/docs/apache-airflow/stable/authoring-and-scheduling/deferring.html`,
    ],
  },
  {
    rule: "node_selector: label syntax",
    profile: k8s,
    text: `tasks:\n  main:\n    command: [run]\n    node_selector: {"bad key": x, pool: "not ok!"}\n`,
    expected: [
      `${F}:4:21: tasks.main.node_selector: "bad key" is not a valid node label key, and Kubernetes would refuse the pod. See https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#syntax-and-character-set`,
      `${F}:4:41: tasks.main.node_selector.pool: "not ok!" is not a valid node label value (at most 63 characters of letters, digits, '-', '_', '.', alphanumeric at both ends). See https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#syntax-and-character-set`,
    ],
  },
];

describe("every v1.1 validation rule, with its exact message", () => {
  it.each(RULES)("$rule", ({ text, profile, expected }) => {
    expect(messages(text, profile)).toEqual(expected);
  });

  it("warnings alone leave the file valid; errors do not", () => {
    const warned = compileSpec(F, "tasks:\n  main:\n    image: python:3.12-slim\n    command: [run]\n", "sales", { profile: c3 });
    expect(warned.ok).toBe(true);
    expect(warned.problems.map((problem) => problem.severity)).toEqual(["warning"]);
    const failed = compileSpec(F, `timezone: Mars/Olympus\n${TASKS}`, "sales", { profile: c3 });
    expect(failed.ok).toBe(false);
  });
});
