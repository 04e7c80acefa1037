import { describe, expect, it } from "vitest";
import { formatProblem } from "../../src/errors.js";
import { PROFILES, type Profile } from "../../src/profile.js";
import { compileSpec } from "../../src/dagfile/index.js";

const F = "projects/sales/dag.yaml";
const TASK = "tasks:\n  main:\n    command: [run]\n";
const airflow2 = PROFILES["kubernetes-airflow-2"] as Profile;
const airflow3 = PROFILES["kubernetes-airflow-3"] as Profile;
const TOLERATIONS = " See https://kubernetes.io/docs/concepts/scheduling-eviction/taint-and-toleration/";

function messages(text: string, profile: Profile): string[] {
  return compileSpec(F, text, "sales", { profile }).problems.map(formatProblem);
}

/** One row per pod-settings rule: the document, and the exact output the user sees (on both Airflow majors unless `profile`). */
const RULES: { rule: string; text: string; profile?: Profile; expected: string[] }[] = [
  {
    rule: "a volume without a source",
    text: `${TASK}    volumes: [{mount: /data}]\n`,
    expected: [
      `${F}:4:15: tasks.main.volumes[0]: a volume needs exactly one source: secret, config_map or empty_dir; this one has none. Add e.g. \`secret: gcp-key\` or \`empty_dir: {}\`.`,
    ],
  },
  {
    rule: "a volume with two sources",
    text: `${TASK}    volumes:\n      - {secret: a, config_map: b, mount: /data}\n`,
    expected: [
      `${F}:5:9: tasks.main.volumes[0]: a volume needs exactly one source, but this one has secret and config_map. Split it into one volume per source, each with its own mount.`,
    ],
  },
  {
    rule: "empty_dir size limit quantity",
    text: `${TASK}    volumes: [{empty_dir: {size_limit: 2GB}, mount: /s}]\n`,
    expected: [
      `${F}:4:40: tasks.main.volumes[0].empty_dir.size_limit: "2GB" is not a Kubernetes quantity: expected e.g. 512Mi, 4Gi or 1G. Did you mean "2Gi"?`,
    ],
  },
  {
    rule: "NUL in a mount path",
    text: `${TASK}    volumes: [{empty_dir: {}, mount: "/s\\0x"}]\n`,
    expected: [`${F}:4:38: tasks.main.volumes[0].mount: a path cannot contain the NUL character.`],
  },
  {
    rule: "two volumes at one path (a trailing slash is the same path)",
    text: `defaults:\n  volumes:\n    - {secret: a, mount: /data}\n    - {empty_dir: {}, mount: /data/}\n${TASK}`,
    expected: [`${F}:4:30: defaults.volumes[1].mount: "/data/" is mounted by defaults.volumes[0] already: a path takes one volume.`],
  },
  {
    rule: "two volumes of one name",
    text: `${TASK}    volumes:\n      - {secret: a, mount: /a, name: v}\n      - {secret: b, mount: /b, name: v}\n`,
    expected: [
      `${F}:6:38: tasks.main.volumes[1].name: "v" is the name of tasks.main.volumes[0] already: volume names are unique in a pod. Rename one, or leave name out to have one derived.`,
    ],
  },
  {
    rule: "a task's volume named as one of the defaults' (reported for that task only)",
    text: `defaults:\n  volumes: [{secret: a, mount: /a, name: v}]\n${TASK}    volumes: [{secret: b, mount: /b, name: v}]\n  other:\n    command: [run]\n  replacing:\n    command: [run]\n    volumes: [{secret: b, mount: /a, name: v}]\n`,
    expected: [
      `${F}:6:44: tasks.main.volumes[0].name: "v" is the name of defaults.volumes[0] already, which this task also mounts: volume names are unique in a pod. Rename one, or leave name out to have one derived.`,
    ],
  },
  {
    rule: "volume name is a DNS label",
    text: `${TASK}    volumes: [{secret: a, mount: /a, name: my.vol}]\n`,
    expected: [
      `${F}:4:44: tasks.main.volumes[0].name: "my.vol" is not valid: expected a lowercase DNS label (at most 63 letters, digits or '-'), e.g. gcp-key.`,
    ],
  },
  {
    rule: "XCom's volume name, once for all tasks that push XCom",
    text: `defaults:\n  volumes: [{empty_dir: {}, mount: /x, name: xcom}]\n${TASK}    xcom: true\n  again:\n    command: [run]\n    xcom: true\n  quiet:\n    command: [run]\n`,
    expected: [`${F}:2:46: defaults.volumes[0].name: "xcom" is the volume Airflow adds for XCom to a task with xcom: true. Choose another name.`],
  },
  {
    rule: "XCom's mount path",
    text: `${TASK}    xcom: true\n    volumes: [{empty_dir: {}, mount: /airflow/xcom/}]\n`,
    expected: [
      `${F}:5:38: tasks.main.volumes[0].mount: /airflow/xcom is where Airflow mounts its XCom volume in a task with xcom: true. Mount this volume elsewhere.`,
    ],
  },
  {
    rule: "toleration key",
    text: `${TASK}    tolerations: [{key: 'bad key', operator: Exists}]\n`,
    expected: [
      `${F}:4:25: tasks.main.tolerations[0].key: "bad key" is not a valid taint key (at most 63 characters of letters, digits, '-', '_', '.', with an optional DNS prefix and '/').${TOLERATIONS}`,
    ],
  },
  {
    rule: "toleration without a key needs Exists (located at the operator where one is written)",
    text: `${TASK}    tolerations: [{value: x, effect: NoSchedule}, {operator: Equal, value: x}]\n`,
    expected: [
      `${F}:4:19: tasks.main.tolerations[0]: a toleration without a key matches every taint, which Kubernetes allows only with operator: Exists. Add a key, or set operator: Exists.${TOLERATIONS}`,
      `${F}:4:62: tasks.main.tolerations[1]: a toleration without a key matches every taint, which Kubernetes allows only with operator: Exists. Add a key, or set operator: Exists.${TOLERATIONS}`,
    ],
  },
  {
    rule: "toleration_seconds needs NoExecute",
    text: `${TASK}    tolerations: [{key: k, operator: Exists, effect: NoSchedule, toleration_seconds: 60}]\n`,
    expected: [
      `${F}:4:66: tasks.main.tolerations[0].toleration_seconds applies only to effect: NoExecute, and Kubernetes refuses it otherwise. Set effect: NoExecute, or remove toleration_seconds.${TOLERATIONS}`,
    ],
  },
  {
    rule: "Exists takes no value",
    text: `${TASK}    tolerations: [{key: k, operator: Exists, value: v}]\n`,
    expected: [
      `${F}:4:53: tasks.main.tolerations[0].value: operator Exists matches any value, and Kubernetes requires the value to be empty. Remove the value, or use operator: Equal.${TOLERATIONS}`,
    ],
  },
  {
    rule: "toleration value is a label value",
    text: `${TASK}    tolerations: [{key: k, value: 'not ok!'}]\n`,
    expected: [
      `${F}:4:35: tasks.main.tolerations[0].value: "not ok!" is not a valid taint value (at most 63 characters of letters, digits, '-', '_', '.', starting and ending with a letter or digit).${TOLERATIONS}`,
    ],
  },
  {
    rule: "annotation key (upper case is allowed: the API server lowercases before checking)",
    text: `${TASK}    annotations: {'bad key': x, Example.COM/Owner: y}\n`,
    expected: [
      `${F}:4:19: tasks.main.annotations: "bad key" is not a valid Kubernetes annotation key (at most 63 characters of letters, digits, '-', '_', '.', with an optional DNS prefix and '/'). See https://kubernetes.io/docs/concepts/overview/working-with-objects/annotations/#syntax-and-character-set`,
    ],
  },
  {
    rule: "Jinja in an annotation on Airflow 2 (a warning: 7.2-7.9 do not render it)",
    text: `${TASK}    annotations: {run: '{{ run_id }}'}\n`,
    profile: airflow2,
    expected: [
      `${F}:4:24: warning: tasks.main.annotations.run: annotations are Jinja templates from cncf.kubernetes 7.10 on, but 7.2-7.9, which the Airflow 2 profile also supports, pass them verbatim, so this value depends on the provider version. Make sure the environment has cncf.kubernetes 7.10 or later, or write the value without a template.`,
    ],
  },
  {
    rule: "Jinja in an annotation on Airflow 3 (every provider renders it)",
    text: `${TASK}    annotations: {run: '{{ run_id }}'}\n`,
    profile: airflow3,
    expected: [],
  },
  {
    rule: "annotations of one task one byte above 256 KiB",
    text: `${TASK}    annotations: {big: "${"x".repeat(262_142)}"}\n`,
    expected: [
      `${F}:4:5: tasks.main.annotations: the pod's annotations take 262145 bytes, more than the 262144 Kubernetes allows in all. Move large values into a ConfigMap.`,
    ],
  },
  { rule: "annotations of one task at exactly 256 KiB", text: `${TASK}    annotations: {big: "${"x".repeat(262_141)}"}\n`, expected: [] },
  {
    rule: "annotations of a pod above 256 KiB, defaults merged",
    text: `defaults:\n  annotations: {big: '${"x".repeat(200_000)}'}\n${TASK}    annotations: {more: '${"y".repeat(70_000)}'}\n`,
    expected: [
      `${F}:6:5: tasks.main.annotations: the pod's annotations take 270007 bytes, more than the 262144 Kubernetes allows in all. Move large values into a ConfigMap.`,
    ],
  },
  {
    rule: "annotations of the defaults above 256 KiB, reported once for the tasks that inherit them",
    text: `defaults:\n  annotations: {big: '${"x".repeat(270_000)}'}\n${TASK}  again:\n    command: [run]\n`,
    expected: [
      `${F}:2:3: defaults.annotations: the pod's annotations take 270003 bytes, more than the 262144 Kubernetes allows in all. Move large values into a ConfigMap.`,
    ],
  },
  {
    rule: "a task that sets a large default annotation again counts it once, with its own value",
    text: `defaults:\n  annotations: {big: '${"x".repeat(200_000)}'}\n${TASK}    annotations: {big: small, other: '${"y".repeat(70_000)}'}\n`,
    expected: [],
  },
];

describe("pod settings: every rule's exact message", () => {
  it.each(RULES)("$rule", ({ text, profile, expected }) => {
    for (const target of profile ? [profile] : [airflow2, airflow3]) expect(messages(text, target)).toEqual(expected);
  });

  it("a file using every pod setting correctly meets only the platforms' own rules (a triggerer for deferrable, no service account on Composer 3)", () => {
    const text = `defaults:\n  service_account: etl\n  tolerations: [{key: a, operator: Equal, value: b, effect: NoExecute, toleration_seconds: 5}, {operator: Exists}]\n  annotations: {a.example.com/b: c}\n  config_maps: [cm]\n  volumes: [{secret: s, mount: /s}, {config_map: c, mount: /c}, {empty_dir: {size_limit: 1Gi, medium: Memory}, mount: /e, name: scratch}]\n  xcom: true\n  deferrable: true\n  on_finish: keep_pod\n  image_pull_policy: Always\n${TASK}`;
    // deferrable: true is correct, and check-platform.ts reminds every profile of the triggerer it needs.
    const triggerer = {
      kubernetes:
        "the Airflow deployment must run a triggerer (airflow triggerer), or the task stays deferred until it times out. See https://airflow.apache.org/docs/apache-airflow/stable/authoring-and-scheduling/deferring.html",
      "composer-2":
        "the environment needs at least one triggerer (two in highly resilient environments), or the task stays deferred until it times out. Enable one with: gcloud composer environments update ENVIRONMENT --location LOCATION --triggerer-count 1. See https://cloud.google.com/composer/docs/composer-2/use-deferrable-operators",
      "composer-3":
        "the environment needs at least one triggerer (two in highly resilient environments), or the task stays deferred until it times out. Enable one with: gcloud composer environments update ENVIRONMENT --location LOCATION --triggerer-count 1. See https://cloud.google.com/composer/docs/composer-3/use-deferrable-operators",
    };
    const serviceAccount = `${F}:2:3: service_account is not allowed on Composer 3: only Secrets and ConfigMaps can be created in composer-user-workloads, so no service account "etl" can exist there; pods there run as its default account, which has access to the project's resources without further configuration. Remove it, or render for Composer 2 (--composer 2) or plain Kubernetes (--composer none). See https://cloud.google.com/composer/docs/composer-3/use-kubernetes-pod-operator`;
    for (const profile of Object.values(PROFILES)) {
      const deferrable = `${F}:8:15: warning: defaults.deferrable: the pod is awaited in Airflow's triggerer, so ${triggerer[profile.platform]}`;
      expect(messages(text, profile)).toEqual(profile.platform === "composer-3" ? [serviceAccount, deferrable] : [deferrable]);
    }
  });
});
