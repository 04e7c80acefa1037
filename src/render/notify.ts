/**
 * `notify:` -> `on_failure_callback=[...]`, `on_success_callback=[...]` (DAG and task) and
 * `on_retry_callback=[...]` (task), each a list of notifiers and imported callables. Lists of
 * callbacks are accepted by DAG and BaseOperator since Airflow 2.6 and by 3.0/3.1.
 *
 * Notifiers, keyword arguments only, as every supported provider version accepts them:
 * - SmtpNotifier (airflow.providers.smtp.notifications.smtp; smtp 1.2.0 through 2.x):
 *   `from_email`, `to`, `subject`, `html_content`, `smtp_conn_id`. smtp 1.x (on Airflow 2.7-2.9
 *   images) has `from_email` as a required first parameter and, up to 1.5, `subject` and
 *   `html_content` required too, so all three are always passed (from_email=None: the smtp
 *   connection's from_email); 1.6+ and 2.x make them optional.
 * - SlackWebhookNotifier (airflow.providers.slack.notifications.slack_webhook; slack 8.1.0+):
 *   `slack_webhook_conn_id`, `text` (required).
 * - SlackNotifier (airflow.providers.slack.notifications.slack; slack 7.3.0+): `slack_conn_id`,
 *   `channel`, `text` (its default text is a placeholder, so dagship always writes one).
 * Callables by dotted path are imported under an alias no task, group or import can shadow.
 */
import { dottedPathProblem } from "../dagfile/check-identifiers.js";
import type { NormalisedDag, Notifier, TaskNotify } from "../dagfile/model.js";
import type { ImportName } from "./imports.js";
import type { NameAllocator } from "./names.js";
import { defaultEmailHtml, defaultEmailSubject, defaultSlackText, type NotifyEvent, type NotifyLevel } from "./notify-text.js";
import { PyCall, PyCode, type PyValue } from "./python.js";

/** Import alias of each callback, by dotted path. */
export type CallbackAliases = ReadonlyMap<string, string>;

const KEYWORDS: Record<NotifyEvent, string> = { onFailure: "on_failure_callback", onSuccess: "on_success_callback", onRetry: "on_retry_callback" };
const EVENTS: readonly NotifyEvent[] = ["onFailure", "onSuccess", "onRetry"];

function allNotifiers(dag: NormalisedDag): Notifier[] {
  const lists = [dag.notify, ...dag.tasks.map((task) => task.notify)].flatMap((notify: TaskNotify | undefined) => EVENTS.map((event) => notify?.[event] ?? []));
  return lists.flat();
}

/** A fresh alias for every dotted path the DAG calls back, in first-use order. */
export function callbackAliases(dag: NormalisedDag, names: NameAllocator): CallbackAliases {
  const aliases = new Map<string, string>();
  for (const notifier of allNotifiers(dag)) {
    if (notifier.kind === "callback" && !aliases.has(notifier.path)) aliases.set(notifier.path, names.claim(notifier.path.replace(/\./g, "_"), "callback_"));
  }
  return aliases;
}

function notifierValue(notifier: Notifier, level: NotifyLevel, event: NotifyEvent, aliases: CallbackAliases): PyValue {
  switch (notifier.kind) {
    case "callback": {
      const alias = aliases.get(notifier.path);
      if (alias === undefined) throw new Error(`no alias for callback ${notifier.path}`);
      return new PyCode(alias);
    }
    case "email": {
      const keywords: [string, PyValue][] = [
        ["from_email", notifier.fromEmail ?? null],
        ["to", notifier.to],
        ["subject", notifier.subject ?? defaultEmailSubject(level, event)],
        ["html_content", notifier.htmlContent ?? defaultEmailHtml(level, event)],
      ];
      if (notifier.connection !== undefined) keywords.push(["smtp_conn_id", notifier.connection]);
      return new PyCall("SmtpNotifier", keywords);
    }
    case "slack": {
      const text = notifier.text ?? defaultSlackText(level, event);
      if (notifier.channel === undefined)
        return new PyCall("SlackWebhookNotifier", [
          ["slack_webhook_conn_id", notifier.connection],
          ["text", text],
        ]);
      return new PyCall("SlackNotifier", [
        ["slack_conn_id", notifier.connection],
        ["channel", notifier.channel],
        ["text", text],
      ]);
    }
  }
}

/** The callback keywords of the DAG (level "dag") or of one task (level "task"). */
export function notifyKeywords(notify: TaskNotify | undefined, level: NotifyLevel, aliases: CallbackAliases): [string, PyValue][] {
  const keywords: [string, PyValue][] = [];
  for (const event of EVENTS) {
    const notifiers = notify?.[event];
    if (notifiers && notifiers.length > 0) keywords.push([KEYWORDS[event], notifiers.map((notifier) => notifierValue(notifier, level, event, aliases))]);
  }
  return keywords;
}

/** Notifier classes the DAG uses, and each callback under its alias. */
export function notifyImports(dag: NormalisedDag, aliases: CallbackAliases): ImportName[] {
  const names: ImportName[] = [];
  const notifiers = allNotifiers(dag);
  if (notifiers.some((notifier) => notifier.kind === "email")) names.push({ module: "airflow.providers.smtp.notifications.smtp", name: "SmtpNotifier" });
  if (notifiers.some((notifier) => notifier.kind === "slack" && notifier.channel === undefined)) {
    names.push({ module: "airflow.providers.slack.notifications.slack_webhook", name: "SlackWebhookNotifier" });
  }
  if (notifiers.some((notifier) => notifier.kind === "slack" && notifier.channel !== undefined))
    names.push({ module: "airflow.providers.slack.notifications.slack", name: "SlackNotifier" });
  for (const [path, alias] of aliases) {
    // The one piece of dag.yaml written as code, not as a literal: validation guarantees its shape.
    if (dottedPathProblem(path) !== undefined) throw new Error(`render called with an unvalidated callback path ${JSON.stringify(path)}`);
    const dot = path.lastIndexOf(".");
    names.push({ module: path.slice(0, dot), name: path.slice(dot + 1), alias });
  }
  return names;
}
