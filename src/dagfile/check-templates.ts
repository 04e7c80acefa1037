import type { Problem } from "../errors.js";
import type { Profile } from "../profile.js";
import { AIRFLOW_3_ONLY, contextVariables, REMOVED_IN_AIRFLOW_3, templatesReference } from "./airflow-context.js";
import { parseTemplate, type TemplateReference } from "./jinja.js";
import { describePath, problemAt, type SourceDocument, type ValuePath } from "./source.js";
import { didYouMean } from "./suggest.js";
import { isRecord, type Json } from "./json.js";

/**
 * Fields Airflow renders with Jinja, as dag.yaml names them. KubernetesPodOperator's
 * template_fields in every supported cncf.kubernetes release (7.x-10.x) include cmds, arguments
 * and env_vars (a V1EnvVar renders its value); annotations are templated from 7.10 on
 * (apache/airflow#35641), so a broken template there fails on the versions that render it, and a
 * working one is rendered on some of the Airflow 2 profile's versions only. Notifier texts are
 * template fields of the Slack and smtp notifiers. Labels and node selectors are templated too,
 * but their syntax admits no braces.
 */
const TASK_LISTS = ["command", "args"] as const;
const TASK_MAPS = ["env", "annotations"] as const;
/** Where Jinja starts: an expression, a statement or a comment. */
const JINJA = /\{\{|\{%|\{#/;
const NOTIFIER_TEXTS: Readonly<Record<string, readonly string[]>> = { slack: ["text", "channel"], email: ["subject", "html_content", "from_email"] };

/** Airflow 3 runs that assets trigger have no logical date, so these are absent from their context. */
const LOGICAL_DATE_VARIABLES = new Set(["logical_date", "ds", "ds_nodash", "ts", "ts_nodash", "ts_nodash_with_tz"]);
const ASSET_RUNS_REFERENCE = templatesReference(3);

/** Every templated string of the document, with its path. */
function templatedStrings(spec: Json): [ValuePath, string][] {
  const out: [ValuePath, string][] = [];
  const notifiers = (notify: unknown, path: ValuePath) => {
    if (!isRecord(notify)) return;
    for (const [event, list] of Object.entries(notify)) {
      if (!Array.isArray(list)) continue;
      for (const [index, notifier] of list.entries()) {
        if (!isRecord(notifier)) continue;
        for (const [kind, fields] of Object.entries(NOTIFIER_TEXTS)) {
          const settings = notifier[kind];
          if (!isRecord(settings)) continue;
          for (const field of fields) {
            const text = settings[field];
            if (typeof text === "string") out.push([[...path, event, index, kind, field], text]);
          }
        }
      }
    }
  };
  const settings = (holder: unknown, path: ValuePath) => {
    if (!isRecord(holder)) return;
    for (const field of TASK_LISTS) {
      const list = holder[field];
      if (Array.isArray(list)) for (const [index, item] of list.entries()) if (typeof item === "string") out.push([[...path, field, index], item]);
    }
    for (const field of TASK_MAPS) {
      const map = holder[field];
      if (isRecord(map)) for (const [key, item] of Object.entries(map)) if (typeof item === "string") out.push([[...path, field, key], item]);
    }
    notifiers(holder["notify"], [...path, "notify"]);
  };
  notifiers(spec["notify"], ["notify"]);
  settings(spec["defaults"], ["defaults"]);
  const tasks = spec["tasks"];
  if (isRecord(tasks)) for (const [name, task] of Object.entries(tasks)) settings(task, ["tasks", name]);
  return out;
}

interface NameContext {
  profile: Profile;
  params: readonly string[];
  assetTriggered: boolean;
}

/** Why a name the template reads would be undefined when Airflow renders it, or undefined if it is fine. */
function nameProblem(reference: TemplateReference, context: NameContext): string | undefined {
  const { airflow } = context.profile;
  const reference_ = templatesReference(airflow);
  if (reference.param !== undefined) {
    if (context.params.includes(reference.param)) return undefined;
    if (context.params.length === 0) {
      return `"params.${reference.param}" reads a param this DAG does not declare: add it under params:, e.g. params: {${reference.param}: {type: string, default: ""}}.`;
    }
    return `"params.${reference.param}" is not a declared param (declared: ${context.params.join(", ")}).${didYouMean(reference.param, context.params)} Declare it under params: or fix the name.`;
  }
  const name = reference.name;
  const known = contextVariables(airflow);
  if (known.has(name)) {
    if (airflow === 3 && context.assetTriggered && LOGICAL_DATE_VARIABLES.has(name)) {
      return `"${name}" is not available in runs that assets trigger on Airflow 3 (they have no logical date): use {{ dag_run.run_id }} or {{ triggering_asset_events }} instead. See ${ASSET_RUNS_REFERENCE}`;
    }
    return undefined;
  }
  const removed = REMOVED_IN_AIRFLOW_3[name];
  if (airflow === 3 && removed) return `"${name}" is not a template variable in Airflow 3 (it was removed): ${removed}. See ${reference_}`;
  const airflow3Only = AIRFLOW_3_ONLY[name];
  if (airflow === 2 && airflow3Only) return `"${name}" is an Airflow 3 template variable: ${airflow3Only}. See ${reference_}`;
  return `"${name}" is neither an Airflow template variable nor a declared param: Airflow renders templates with StrictUndefined, so the task would fail.${didYouMean(name, [...known])} See ${reference_}`;
}

/**
 * Jinja in every field Airflow renders: it must parse (as Airflow's Jinja2 environment parses
 * it), and every name it reads must be a context variable of the profile's Airflow or a
 * declared param. Errors point at the character in the string where the fault is.
 */
export function templateProblems(source: SourceDocument, spec: Json, profile: Profile): Problem[] {
  const problems: Problem[] = [];
  const params = isRecord(spec["params"]) ? Object.keys(spec["params"]) : [];
  const schedule = spec["schedule"];
  const context: NameContext = { profile, params, assetTriggered: isRecord(schedule) };
  // Tasks repeat their templates ({{ ds }} in every one): each text is parsed once.
  const parsedTexts = new Map<string, ReturnType<typeof parseTemplate>>();
  for (const [path, text] of templatedStrings(spec)) {
    const parsed = parsedTexts.get(text) ?? parseTemplate(text);
    parsedTexts.set(text, parsed);
    const where = describePath(path);
    if (!parsed.ok) {
      const message = `${where}: this Jinja does not parse (${parsed.error.message}), so Airflow would fail when it renders the field. Fix the template, or write {{ '{{' }} for a literal {{.`;
      problems.push(problemAt(source, path, message, { offsetInValue: parsed.error.offset }));
      continue;
    }
    if (profile.airflow === 2 && path[path.length - 2] === "annotations" && JINJA.test(text)) {
      const message = `${where}: annotations are Jinja templates from cncf.kubernetes 7.10 on, but 7.2-7.9, which the Airflow 2 profile also supports, pass them verbatim, so this value depends on the provider version. Make sure the environment has cncf.kubernetes 7.10 or later, or write the value without a template.`;
      problems.push(problemAt(source, path, message, { severity: "warning" }));
    }
    for (const reference of parsed.references) {
      const problem = nameProblem(reference, context);
      if (problem) problems.push(problemAt(source, path, `${where}: ${problem}`, { offsetInValue: reference.offset }));
    }
  }
  return problems;
}
