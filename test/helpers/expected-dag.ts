import { expect } from "vitest";
import type { Profile } from "../../src/profile.js";
import type { NormalisedDag, NormalisedParam, NormalisedTask, Notifier, TaskNotify } from "../../src/dagfile/model.js";
import type { InspectedDag, PyJson } from "./python.js";

/**
 * What the v1.1 keys must look like in the generated file, written from their meaning in dag.yaml
 * and from the Airflow and provider signatures (see the README's reference), independently of the
 * renderer's code. Values are as test/python/inspect_dag.py reports them.
 */
const call = (name: string, kwargs: Record<string, unknown>, args: unknown[] = []) => ({ __call__: name, args, kwargs });

function paramExpected(param: NormalisedParam): unknown {
  const kwargs: Record<string, unknown> = {};
  if (param.description !== undefined) kwargs["description"] = param.description;
  const schema: [string, unknown][] = [
    ["type", param.type],
    ["title", param.title],
    ["enum", param.enum],
    ["minimum", param.minimum],
    ["maximum", param.maximum],
    ["minLength", param.minLength],
    ["maxLength", param.maxLength],
    ["pattern", param.pattern],
  ];
  for (const [key, value] of schema) if (value !== undefined) kwargs[key] = value;
  return call("Param", kwargs, param.hasDefault ? [param.default] : []);
}

function assetClass(profile: Profile, any = false): string {
  return profile.airflow === 3 ? (any ? "AssetAny" : "Asset") : any ? "DatasetAny" : "Dataset";
}

const assets = (uris: readonly string[], profile: Profile) => uris.map((uri) => call(assetClass(profile), { uri }));

/** DAG(...) keywords of the v1.1 keys the DAG sets (callbacks are checked by {@link checkNotify}). */
export function expectedDagKeywords(dag: NormalisedDag, profile: Profile): Record<string, unknown> {
  const expected: Record<string, unknown> = {};
  if (dag.schedule.kind === "assets") {
    expected["schedule"] =
      dag.schedule.mode === "all" ? assets(dag.schedule.uris, profile) : call(assetClass(profile, true), {}, assets(dag.schedule.uris, profile));
  }
  if (dag.params.length > 0) expected["params"] = Object.fromEntries(dag.params.map((param) => [param.name, paramExpected(param)]));
  if (dag.endDate) {
    const { year, month, day, hour, minute, second } = dag.endDate;
    expected["end_date"] = call("pendulum.datetime", { tz: dag.timezone }, [year, month, day, hour, minute, second]);
  }
  if (dag.dagrunTimeoutSeconds !== undefined) expected["dagrun_timeout"] = call("datetime.timedelta", { seconds: dag.dagrunTimeoutSeconds });
  // Airflow reads a doc_md ending in ".md" as a file name: the text must not end so.
  if (dag.docMarkdown !== undefined) expected["doc_md"] = dag.docMarkdown.endsWith(".md") ? `${dag.docMarkdown}\n` : dag.docMarkdown;
  return expected;
}

const VERB = { onFailure: "failed", onSuccess: "succeeded", onRetry: "is up for retry" } as const;
const KEYWORD = { onFailure: "on_failure_callback", onSuccess: "on_success_callback", onRetry: "on_retry_callback" } as const;

function notifierExpected(notifier: Notifier, event: keyof typeof VERB): unknown {
  switch (notifier.kind) {
    case "callback":
      return { __name__: expect.any(String) };
    case "email":
      return call("SmtpNotifier", {
        // smtp 1.x requires from_email (None: the connection's), and up to 1.4 subject and html_content.
        from_email: notifier.fromEmail ?? null,
        to: notifier.to,
        subject: notifier.subject ?? expect.stringContaining(VERB[event]),
        html_content: notifier.htmlContent ?? expect.stringContaining(VERB[event]),
        ...(notifier.connection === undefined ? {} : { smtp_conn_id: notifier.connection }),
      });
    case "slack": {
      const text = notifier.text ?? expect.stringMatching(new RegExp(`dag\\.dag_id.*${VERB[event]}`));
      return notifier.channel === undefined
        ? call("SlackWebhookNotifier", { slack_webhook_conn_id: notifier.connection, text })
        : call("SlackNotifier", { slack_conn_id: notifier.connection, channel: notifier.channel, text });
    }
  }
}

/** The on_*_callback keywords say exactly what `notify` says, event by event, in order. */
export function checkNotify(kwargs: Record<string, PyJson>, notify: TaskNotify | undefined, bindings: Record<string, string>): void {
  for (const event of ["onFailure", "onSuccess", "onRetry"] as const) {
    const notifiers = notify?.[event];
    if (notifiers === undefined) expect(kwargs).not.toHaveProperty(KEYWORD[event]);
    else {
      const actual = kwargs[KEYWORD[event]] as { __name__?: string }[];
      expect(actual).toEqual(notifiers.map((notifier) => notifierExpected(notifier, event)));
      // A callable is passed itself, under a name the file binds to exactly that import.
      for (const [index, notifier] of notifiers.entries())
        if (notifier.kind === "callback") expect(bindings[actual[index]?.__name__ ?? ""]).toBe(notifier.path);
    }
  }
}

/** The group path a task's task_group= resolves to through the file's TaskGroup statements. */
export function groupPathOf(kwargs: Record<string, PyJson>, report: InspectedDag): string[] | undefined {
  const byVar = new Map(report.groups.map((group) => [group.var, group.kwargs]));
  const path: string[] = [];
  let reference = kwargs["task_group"] as { __name__?: string } | undefined;
  while (reference?.__name__ !== undefined) {
    const group = byVar.get(reference.__name__);
    if (!group) throw new Error(`task_group names ${reference.__name__}, which no TaskGroup statement binds`);
    expect(group["prefix_group_id"]).toBe(false);
    path.unshift(group["group_id"] as string);
    reference = group["parent_group"] as { __name__?: string } | undefined;
  }
  return path.length > 0 ? path : undefined;
}

/** Operator keywords of the v1.1 task keys: outlets, group, callbacks. */
export function checkTaskExtras(kwargs: Record<string, PyJson>, task: NormalisedTask, profile: Profile, report: InspectedDag): void {
  if (task.outlets) expect(kwargs["outlets"]).toEqual(assets(task.outlets, profile));
  else expect(kwargs).not.toHaveProperty("outlets");
  expect(groupPathOf(kwargs, report)).toEqual(task.group);
  checkNotify(kwargs, task.notify, report.bindings);
}
