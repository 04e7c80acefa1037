import { createRequire as __dagshipCreateRequire } from 'node:module'; import { fileURLToPath as __dagshipFileURLToPath } from 'node:url'; const require = __dagshipCreateRequire(import.meta.url); const __filename = __dagshipFileURLToPath(import.meta.url); const __dirname = __dagshipFileURLToPath(new URL('.', import.meta.url));
import {
  SPEC_FILE,
  SourceDocument,
  closest,
  describePath,
  describeValue,
  didYouMean,
  discoverProjects,
  loadSpecText,
  nodeAt,
  parseDuration,
  positionOf,
  problemAt,
  schemaProblems
} from "./chunk-4R5KA2VE.js";
import {
  UserError,
  messageOf
} from "./chunk-K7TMSU63.js";
import {
  __export
} from "./chunk-LHRLJ43V.js";

// src/dagfile/model.ts
var DEFAULT_STARTUP_TIMEOUT_SECONDS = 300;
function imageProjects(dag) {
  return [...new Set(dag.tasks.flatMap((task) => task.image.kind === "project" ? [task.image.project] : []))];
}

// src/profile.ts
var PROFILES = {
  "composer-2-airflow-2": { platform: "composer-2", airflow: 2, defaultNamespace: "composer-user-workloads" },
  "composer-3-airflow-2": { platform: "composer-3", airflow: 2, defaultNamespace: "composer-user-workloads" },
  "composer-3-airflow-3": { platform: "composer-3", airflow: 3, defaultNamespace: "composer-user-workloads" },
  "kubernetes-airflow-2": { platform: "kubernetes", airflow: 2, defaultNamespace: "default" },
  "kubernetes-airflow-3": { platform: "kubernetes", airflow: 3, defaultNamespace: "default" }
};
function profileName(profile) {
  return `${profile.platform}-airflow-${profile.airflow}`;
}
var COMPOSER_NAMESPACE = "composer-user-workloads";
function resolveProfile(options) {
  const composer = options.composer ?? "3";
  const airflow = options.airflow ?? "2";
  if (!["2", "3", "none"].includes(composer)) {
    throw new UserError(`--composer must be 2, 3 or none (plain Kubernetes), not "${composer}"`);
  }
  if (!["2", "3"].includes(airflow)) throw new UserError(`--airflow must be 2 or 3, not "${airflow}"`);
  if (composer === "2" && airflow === "3") {
    throw new UserError("Cloud Composer 2 has no Airflow 3 images: use --composer 3 with --airflow 3, or --airflow 2");
  }
  const platform = composer === "none" ? "kubernetes" : composer === "2" ? "composer-2" : "composer-3";
  const base = PROFILES[`${platform}-airflow-${airflow}`];
  if (options.namespace !== void 0) {
    if (platform === "composer-3") {
      throw new UserError(`--namespace is not allowed on Composer 3: pods always run in ${COMPOSER_NAMESPACE}`);
    }
    return { ...base, defaultNamespace: options.namespace };
  }
  return base;
}

// src/render/python.ts
var PYTHON_KEYWORDS = new Set(
  "False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield".split(
    " "
  )
);
var PRINTABLE = /[\p{L}\p{M}\p{N}\p{P}\p{S} ]/u;
var PLAIN_ASCII = /^[\x20-\x26\x28-\x5b\x5d-\x7e]*$/;
function hex(code, width) {
  return code.toString(16).padStart(width, "0");
}
function escapeCodePoint(char, quote) {
  if (char === quote) return `\\${quote}`;
  switch (char) {
    case "\\":
      return "\\\\";
    case "'":
    case '"':
      return char;
    case "\n":
      return "\\n";
    case "\r":
      return "\\r";
    case "	":
      return "\\t";
  }
  const code = char.codePointAt(0) ?? 0;
  if (code >= 32 && code < 127) return char;
  if (code < 55296 || code > 57343) {
    if (code > 127 && PRINTABLE.test(char)) return char;
  }
  if (code <= 255) return `\\x${hex(code, 2)}`;
  if (code <= 65535) return `\\u${hex(code, 4)}`;
  return `\\U${hex(code, 8)}`;
}
function pyString(value) {
  if (PLAIN_ASCII.test(value)) return `'${value}'`;
  const quote = value.includes("'") && !value.includes('"') ? '"' : "'";
  let out = quote;
  for (const char of value) out += escapeCodePoint(char, quote);
  return out + quote;
}
function commentText(value) {
  let out = "";
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    out += code >= 32 && code < 127 ? char : code <= 65535 ? `\\u${hex(code, 4)}` : `\\U${hex(code, 8)}`;
  }
  return out;
}
var PyCode = class {
  constructor(code) {
    this.code = code;
  }
  code;
};
var PyCall = class {
  constructor(callee, keywords, positional = []) {
    this.callee = callee;
    this.keywords = keywords;
    this.positional = positional;
  }
  callee;
  keywords;
  positional;
};
var PyLines = class {
  constructor(text) {
    this.text = text;
  }
  text;
  format(indent) {
    const lines = this.text.split("\n").map((line, index, all) => index < all.length - 1 ? `${line}
` : line);
    if (lines[lines.length - 1] === "") lines.pop();
    if (lines.length <= 1) return pyString(this.text);
    return `(
${lines.map((line) => `${indent}    ${pyString(line)}`).join("\n")}
${indent})`;
  }
};
function fitsOnOneLine(parts, extra, limit) {
  let length = extra + Math.max(0, 2 * (parts.length - 1));
  for (const part of parts) {
    length += part.length;
    if (length > limit) return false;
  }
  return parts.every((part) => !part.includes("\n"));
}
function pyLiteral(value, indent = "") {
  if (value instanceof PyCode) return value.code;
  if (value instanceof PyCall) return pyCall(value.callee, value.keywords, indent, value.positional);
  if (value instanceof PyLines) return value.format(indent);
  if (value === null) return "None";
  if (typeof value === "string") return pyString(value);
  if (typeof value === "boolean") return value ? "True" : "False";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`cannot render ${value} as a Python literal`);
    return String(value);
  }
  const inner = `${indent}    `;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    const items2 = value.map((item) => pyLiteral(item, inner));
    if (fitsOnOneLine(items2, 2, 80)) return `[${items2.join(", ")}]`;
    return `[
${items2.map((item) => `${inner}${item},`).join("\n")}
${indent}]`;
  }
  const entries = value instanceof Map ? [...value.entries()] : Object.entries(value);
  if (entries.length === 0) return "{}";
  const items = entries.map(([key, item]) => `${pyString(key)}: ${pyLiteral(item, inner)}`);
  if (fitsOnOneLine(items, 2, 80)) return `{${items.join(", ")}}`;
  return `{
${items.map((item) => `${inner}${item},`).join("\n")}
${indent}}`;
}
function pyCall(callee, keywords, indent = "", positional = []) {
  const inner = `${indent}    `;
  const parts = [...positional.map((value) => pyLiteral(value, inner)), ...keywords.map(([key, value]) => `${key}=${pyLiteral(value, inner)}`)];
  if (parts.length === 0) return `${callee}()`;
  if (fitsOnOneLine(parts, callee.length + 2, 88)) return `${callee}(${parts.join(", ")})`;
  return `${callee}(
${parts.map((part) => `${inner}${part},`).join("\n")}
${indent})`;
}

// src/render/assets.ts
function classes(profile) {
  return profile.airflow === 3 ? { module: "airflow.sdk", asset: "Asset", any: "AssetAny" } : { module: "airflow.datasets", asset: "Dataset", any: "DatasetAny" };
}
function assetCalls(uris, profile) {
  return uris.map((uri) => new PyCall(classes(profile).asset, [["uri", uri]]));
}
function assetScheduleValue(dag, profile) {
  if (dag.schedule.kind !== "assets") throw new Error("not an asset schedule");
  const calls = assetCalls(dag.schedule.uris, profile);
  return dag.schedule.mode === "all" ? calls : new PyCall(classes(profile).any, [], calls);
}
function outletsKeywords(task, profile) {
  return task.outlets && task.outlets.length > 0 ? [["outlets", assetCalls(task.outlets, profile)]] : [];
}
function assetImports(dag, profile) {
  const { module, asset, any } = classes(profile);
  const names = [];
  if (dag.schedule.kind === "assets" || dag.tasks.some((task) => (task.outlets?.length ?? 0) > 0)) names.push({ module, name: asset });
  if (dag.schedule.kind === "assets" && dag.schedule.mode === "any") names.push({ module, name: any });
  return names;
}

// src/render/time.ts
function timedelta(seconds) {
  return new PyCode(`datetime.timedelta(seconds=${seconds})`);
}
function pendulumDateTime(value, timezone) {
  const { year, month, day, hour, minute, second } = value;
  return new PyCode(`pendulum.datetime(${year}, ${month}, ${day}, ${hour}, ${minute}, ${second}, tz=${pyString(timezone)})`);
}

// src/render/dag-options.ts
function docMarkdownValue(markdown) {
  return markdown.endsWith(".md") ? `${markdown}
` : markdown;
}
function dagOptionKeywords(dag) {
  const keywords = [];
  if (dag.endDate) keywords.push(["end_date", pendulumDateTime(dag.endDate, dag.timezone)]);
  if (dag.dagrunTimeoutSeconds !== void 0) keywords.push(["dagrun_timeout", timedelta(dag.dagrunTimeoutSeconds)]);
  if (dag.docFile !== void 0) {
    if (dag.docMarkdown === void 0) throw new Error(`doc "${dag.docFile}" was not read: compile through compileProjects (or attachDoc) before rendering`);
    keywords.push(["doc_md", new PyLines(docMarkdownValue(dag.docMarkdown))]);
  }
  return keywords;
}

// src/render/groups.ts
function groupNames(dag, names) {
  const out = /* @__PURE__ */ new Map();
  for (const task of dag.tasks) {
    for (let depth = 1; depth <= (task.group?.length ?? 0); depth += 1) {
      const path = task.group?.slice(0, depth) ?? [];
      const key = path.join(".");
      if (!out.has(key)) out.set(key, names.claim(`group_${path[path.length - 1] ?? ""}`, "group_"));
    }
  }
  return out;
}
function groupStatements(groups, indent) {
  return [...groups.entries()].map(([path, variable]) => {
    const segments = path.split(".");
    const keywords = [
      ["group_id", segments[segments.length - 1] ?? path],
      ["prefix_group_id", false]
    ];
    const parent = groups.get(segments.slice(0, -1).join("."));
    if (parent !== void 0) keywords.push(["parent_group", new PyCode(parent)]);
    return `${indent}${variable} = ${pyCall("TaskGroup", keywords, indent)}`;
  });
}
function taskGroupKeywords(task, groups) {
  const variable = task.group === void 0 ? void 0 : groups.get(task.group.join("."));
  return variable === void 0 ? [] : [["task_group", new PyCode(variable)]];
}
function groupImports(dag, profile) {
  if (!dag.tasks.some((task) => task.group !== void 0)) return [];
  return [{ module: profile.airflow === 3 ? "airflow.sdk" : "airflow.utils.task_group", name: "TaskGroup" }];
}

// src/render/imports.ts
function fromImportLines(names) {
  const byModule = /* @__PURE__ */ new Map();
  for (const { module, name, alias } of names) {
    const entry = byModule.get(module) ?? /* @__PURE__ */ new Set();
    entry.add(alias === void 0 ? name : `${name} as ${alias}`);
    byModule.set(module, entry);
  }
  return [...byModule.keys()].sort().map((module) => `from ${module} import ${[...byModule.get(module) ?? []].sort().join(", ")}`);
}

// src/render/names.ts
var RESERVED_NAMES = /* @__PURE__ */ new Set([...PYTHON_KEYWORDS, "match", "case", "type", "dag"]);
var IMPORTED_NAMES = [
  "DAG",
  "KubernetesPodOperator",
  "Secret",
  "k8s",
  "datetime",
  "pendulum",
  "CronDataIntervalTimetable",
  "Param",
  "Dataset",
  "DatasetAny",
  "Asset",
  "AssetAny",
  "TaskGroup",
  "SmtpNotifier",
  "SlackNotifier",
  "SlackWebhookNotifier"
];
var NameAllocator = class {
  used = new Set(IMPORTED_NAMES);
  /** A fresh name derived from `text` (`task_` prefixed when it could not start an identifier). */
  claim(text, prefix = "task_") {
    let base = text.replace(/[^A-Za-z0-9_]/g, "_");
    if (/^[0-9]/.test(base) || RESERVED_NAMES.has(base) || base === "") base = `${prefix}${base}`;
    let name = base;
    for (let counter = 2; this.used.has(name); counter += 1) name = `${base}_${counter}`;
    this.used.add(name);
    return name;
  }
};

// src/dagfile/json.ts
var isRecord = (value) => typeof value === "object" && value !== null && !Array.isArray(value);

// src/dagfile/check-identifiers.ts
var MAX_VALUE_DEPTH = 50;
var PYTHON_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
var shown = (value) => typeof value === "string" ? JSON.stringify(value) : String(value);
function taskIdProblems(source, tasks) {
  const problems = [];
  const owners = /* @__PURE__ */ new Map();
  const entryOf = (name, index) => {
    const written = tasks[name];
    const task = isRecord(written) ? written : {};
    const matrix = Array.isArray(task["matrix"]) && task["matrix"].length > 0 ? task["matrix"] : void 0;
    return { sourceTask: name, index: matrix ? index : void 0, value: matrix?.[index] };
  };
  const add = (taskId, name, index) => {
    const first = owners.get(taskId);
    if (first === void 0) {
      owners.set(taskId, [name, index]);
      return;
    }
    const entry = entryOf(name, index);
    const earlier = entryOf(first[0], first[1]);
    if (earlier.sourceTask === name && earlier.value === entry.value) return;
    const path = entry.index === void 0 ? ["tasks", name] : ["tasks", name, "matrix", entry.index];
    const message = earlier.sourceTask === name ? `matrix values ${shown(earlier.value)} and ${shown(entry.value)} of task "${name}" both give the task id "${taskId}": Airflow ids are text, so list the value once.` : `task id "${taskId}" is produced twice, by task "${earlier.sourceTask}" and by task "${name}": rename one of them.`;
    problems.push(problemAt(source, path, message, { anchor: entry.index === void 0 ? "key" : "value" }));
  };
  for (const [name, task] of Object.entries(tasks)) {
    const matrix = isRecord(task) && Array.isArray(task["matrix"]) && task["matrix"].length > 0 ? task["matrix"] : void 0;
    if (!matrix) {
      add(name, name, 0);
      continue;
    }
    for (let index = 0; index < matrix.length; index += 1) {
      const value = matrix[index];
      if (typeof value === "string" || typeof value === "number") add(`${name}_${String(value)}`, name, index);
    }
  }
  return problems;
}
function dottedPathProblem(path) {
  const segments = path.split(".");
  if (segments.length < 2) return `"${path}" names no module: write module.function, e.g. team_alerts.pagerduty.notify`;
  for (const segment of segments) {
    if (!PYTHON_NAME.test(segment)) return `"${segment}" in "${path}" is not a Python identifier (letters, digits and '_', not starting with a digit)`;
    if (PYTHON_KEYWORDS.has(segment)) return `"${segment}" in "${path}" is a Python keyword and cannot be imported`;
  }
  return void 0;
}
function callbackProblems(source, spec) {
  const problems = [];
  const check = (notify, path) => {
    if (!isRecord(notify)) return;
    for (const [event, list] of Object.entries(notify)) {
      if (!Array.isArray(list)) continue;
      for (const [index, notifier] of list.entries()) {
        const callback = isRecord(notifier) ? notifier["callback"] : void 0;
        const problem = typeof callback === "string" ? dottedPathProblem(callback) : void 0;
        if (problem)
          problems.push(
            problemAt(
              source,
              [...path, event, index, "callback"],
              `${describePath([...path, event, index, "callback"])}: ${problem}. The generated DAG imports it, so Airflow could not load the file.`
            )
          );
      }
    }
  };
  check(spec["notify"], ["notify"]);
  if (isRecord(spec["defaults"])) check(spec["defaults"]["notify"], ["defaults", "notify"]);
  if (isRecord(spec["tasks"])) {
    for (const [name, task] of Object.entries(spec["tasks"])) if (isRecord(task)) check(task["notify"], ["tasks", name, "notify"]);
  }
  return problems;
}
function unrepresentable(value, path, root, depth = 0) {
  if (typeof value === "number") {
    if (Number.isNaN(value)) return [path, `${describePath(path)} is .nan, which has no Python literal (and no JSON form, which is how Airflow stores params)`];
    if (!Number.isFinite(value))
      return [path, `${describePath(path)} is infinite (.inf), which has no Python literal (and no JSON form, which is how Airflow stores params)`];
    if (Number.isInteger(value) && !Number.isSafeInteger(value))
      return [path, `${describePath(path)} has more digits than a number can carry exactly (beyond \xB1${Number.MAX_SAFE_INTEGER}); quote it to keep it as text`];
    return void 0;
  }
  if (typeof value !== "object" || value === null) return void 0;
  if (depth >= MAX_VALUE_DEPTH)
    return [
      path,
      `${describePath(root)} nests more than ${MAX_VALUE_DEPTH} levels deep; Python's parser limits nesting in one expression, and the generated file must load on every supported Python`
    ];
  const entries = Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value);
  for (const [key, item] of entries) {
    const found = unrepresentable(item, [...path, key], root, depth + 1);
    if (found) return found;
  }
  return void 0;
}
function literalProblems(source, spec) {
  const problems = [];
  const check = (value, path) => {
    const found = unrepresentable(value, path, path);
    if (found) problems.push(problemAt(source, found[0], `${found[1]}.`));
  };
  const checkDigits = (value, path) => {
    if (typeof value === "number" && Number.isInteger(value)) check(value, path);
  };
  if (isRecord(spec["params"])) {
    for (const [name, param] of Object.entries(spec["params"])) {
      if (!isRecord(param)) continue;
      for (const field of ["default", "enum"]) if (field in param) check(param[field], ["params", name, field]);
      for (const field of ["minimum", "maximum"]) checkDigits(param[field], ["params", name, field]);
    }
  }
  const blocks = [[spec["defaults"], ["defaults"]]];
  if (isRecord(spec["tasks"])) for (const [name, task] of Object.entries(spec["tasks"])) blocks.push([task, ["tasks", name]]);
  for (const [block, path] of blocks) {
    if (!isRecord(block)) continue;
    if ("affinity" in block) check(block["affinity"], [...path, "affinity"]);
    if (Array.isArray(block["matrix"])) for (const [index, item] of block["matrix"].entries()) checkDigits(item, [...path, "matrix", index]);
  }
  return problems;
}

// src/render/notify-text.ts
var VERBS = { onFailure: "failed", onSuccess: "succeeded", onRetry: "is up for retry" };
function headline(level, event, html = false) {
  const value = (expression) => `{{ ${expression}${html ? " | e" : ""} }}`;
  const subject = level === "dag" ? `DAG ${value("dag.dag_id")}` : `Task ${value("ti.task_id")} of DAG ${value("dag.dag_id")}`;
  const run = `{% if run_id is defined %} (run ${value("run_id")}){% endif %}`;
  const reason = level === "dag" ? `{% if reason is defined and reason %}: ${value("reason")}{% endif %}` : "";
  return `Airflow: ${subject} ${VERBS[event]}${run}${reason}`;
}
var HAS_LOG_URL = "{% if ti is defined and ti.log_url is defined %}";
function defaultSlackText(level, event) {
  return `${headline(level, event)}.${HAS_LOG_URL} Log: {{ ti.log_url }}{% endif %}`;
}
function defaultEmailSubject(level, event) {
  return headline(level, event);
}
function defaultEmailHtml(level, event) {
  return `<p>${headline(level, event, true)}.</p>${HAS_LOG_URL}<p><a href="{{ ti.log_url }}">Log</a></p>{% endif %}`;
}

// src/render/notify.ts
var KEYWORDS = { onFailure: "on_failure_callback", onSuccess: "on_success_callback", onRetry: "on_retry_callback" };
var EVENTS = ["onFailure", "onSuccess", "onRetry"];
function allNotifiers(dag) {
  const lists = [dag.notify, ...dag.tasks.map((task) => task.notify)].flatMap((notify) => EVENTS.map((event) => notify?.[event] ?? []));
  return lists.flat();
}
function callbackAliases(dag, names) {
  const aliases = /* @__PURE__ */ new Map();
  for (const notifier of allNotifiers(dag)) {
    if (notifier.kind === "callback" && !aliases.has(notifier.path)) aliases.set(notifier.path, names.claim(notifier.path.replace(/\./g, "_"), "callback_"));
  }
  return aliases;
}
function notifierValue(notifier, level, event, aliases) {
  switch (notifier.kind) {
    case "callback": {
      const alias = aliases.get(notifier.path);
      if (alias === void 0) throw new Error(`no alias for callback ${notifier.path}`);
      return new PyCode(alias);
    }
    case "email": {
      const keywords = [
        ["from_email", notifier.fromEmail ?? null],
        ["to", notifier.to],
        ["subject", notifier.subject ?? defaultEmailSubject(level, event)],
        ["html_content", notifier.htmlContent ?? defaultEmailHtml(level, event)]
      ];
      if (notifier.connection !== void 0) keywords.push(["smtp_conn_id", notifier.connection]);
      return new PyCall("SmtpNotifier", keywords);
    }
    case "slack": {
      const text = notifier.text ?? defaultSlackText(level, event);
      if (notifier.channel === void 0)
        return new PyCall("SlackWebhookNotifier", [
          ["slack_webhook_conn_id", notifier.connection],
          ["text", text]
        ]);
      return new PyCall("SlackNotifier", [
        ["slack_conn_id", notifier.connection],
        ["channel", notifier.channel],
        ["text", text]
      ]);
    }
  }
}
function notifyKeywords(notify, level, aliases) {
  const keywords = [];
  for (const event of EVENTS) {
    const notifiers = notify?.[event];
    if (notifiers && notifiers.length > 0) keywords.push([KEYWORDS[event], notifiers.map((notifier) => notifierValue(notifier, level, event, aliases))]);
  }
  return keywords;
}
function notifyImports(dag, aliases) {
  const names = [];
  const notifiers = allNotifiers(dag);
  if (notifiers.some((notifier) => notifier.kind === "email")) names.push({ module: "airflow.providers.smtp.notifications.smtp", name: "SmtpNotifier" });
  if (notifiers.some((notifier) => notifier.kind === "slack" && notifier.channel === void 0)) {
    names.push({ module: "airflow.providers.slack.notifications.slack_webhook", name: "SlackWebhookNotifier" });
  }
  if (notifiers.some((notifier) => notifier.kind === "slack" && notifier.channel !== void 0))
    names.push({ module: "airflow.providers.slack.notifications.slack", name: "SlackNotifier" });
  for (const [path, alias] of aliases) {
    if (dottedPathProblem(path) !== void 0) throw new Error(`render called with an unvalidated callback path ${JSON.stringify(path)}`);
    const dot = path.lastIndexOf(".");
    names.push({ module: path.slice(0, dot), name: path.slice(dot + 1), alias });
  }
  return names;
}

// src/render/params.ts
function jsonValue(value) {
  if (value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (Array.isArray(value)) return value.map(jsonValue);
  if (typeof value === "object") return new Map(Object.entries(value).map(([key, item]) => [key, jsonValue(item)]));
  throw new Error(`cannot render ${typeof value} as a Python literal`);
}
function paramCall(param) {
  const keywords = [];
  if (param.description !== void 0) keywords.push(["description", param.description]);
  if (param.type !== void 0) keywords.push(["type", param.type]);
  if (param.title !== void 0) keywords.push(["title", param.title]);
  if (param.enum !== void 0) keywords.push(["enum", param.enum.map(jsonValue)]);
  if (param.minimum !== void 0) keywords.push(["minimum", param.minimum]);
  if (param.maximum !== void 0) keywords.push(["maximum", param.maximum]);
  if (param.minLength !== void 0) keywords.push(["minLength", param.minLength]);
  if (param.maxLength !== void 0) keywords.push(["maxLength", param.maxLength]);
  if (param.pattern !== void 0) keywords.push(["pattern", param.pattern]);
  return new PyCall("Param", keywords, param.hasDefault ? [jsonValue(param.default)] : []);
}
function paramsKeywords(dag) {
  if (dag.params.length === 0) return [];
  return [["params", new Map(dag.params.map((param) => [param.name, paramCall(param)]))]];
}
function paramsImports(dag, profile) {
  if (dag.params.length === 0) return [];
  return [{ module: profile.airflow === 3 ? "airflow.sdk" : "airflow.models.param", name: "Param" }];
}

// src/render/pod.ts
var toleration = (item) => {
  const keywords = [];
  if (item.key !== void 0) keywords.push(["key", item.key]);
  if (item.operator !== void 0) keywords.push(["operator", item.operator]);
  if (item.value !== void 0) keywords.push(["value", item.value]);
  if (item.effect !== void 0) keywords.push(["effect", item.effect]);
  if (item.tolerationSeconds !== void 0) keywords.push(["toleration_seconds", item.tolerationSeconds]);
  return new PyCall("k8s.V1Toleration", keywords);
};
var volume = ({ name, source }) => {
  switch (source.kind) {
    case "secret":
      return new PyCall("k8s.V1Volume", [
        ["name", name],
        ["secret", new PyCall("k8s.V1SecretVolumeSource", [["secret_name", source.secretName]])]
      ]);
    case "config_map":
      return new PyCall("k8s.V1Volume", [
        ["name", name],
        ["config_map", new PyCall("k8s.V1ConfigMapVolumeSource", [["name", source.configMapName]])]
      ]);
    case "empty_dir": {
      const keywords = [];
      if (source.medium !== void 0) keywords.push(["medium", source.medium]);
      if (source.sizeLimit !== void 0) keywords.push(["size_limit", source.sizeLimit]);
      return new PyCall("k8s.V1Volume", [
        ["name", name],
        ["empty_dir", new PyCall("k8s.V1EmptyDirVolumeSource", keywords)]
      ]);
    }
  }
};
var volumeMount = ({ name, mountPath, readOnly }) => new PyCall("k8s.V1VolumeMount", [
  ["name", name],
  ["mount_path", mountPath],
  ["read_only", readOnly]
]);
var configMapSource = (name) => new PyCall("k8s.V1EnvFromSource", [["config_map_ref", new PyCall("k8s.V1ConfigMapEnvSource", [["name", name]])]]);
function usesKubernetesModels(pod) {
  return pod.tolerations.length > 0 || pod.configMaps.length > 0 || pod.volumes.length > 0;
}
function podKeywords(pod) {
  const keywords = [];
  if (pod.serviceAccount !== void 0) keywords.push(["service_account_name", pod.serviceAccount]);
  if (pod.tolerations.length > 0) keywords.push(["tolerations", pod.tolerations.map(toleration)]);
  if (pod.annotations.length > 0) keywords.push(["annotations", new Map(pod.annotations)]);
  if (pod.configMaps.length > 0) keywords.push(["env_from", pod.configMaps.map(configMapSource)]);
  if (pod.volumes.length > 0) {
    keywords.push(["volumes", pod.volumes.map(volume)]);
    keywords.push(["volume_mounts", pod.volumes.map(volumeMount)]);
  }
  keywords.push(["image_pull_policy", pod.imagePullPolicy]);
  keywords.push(["get_logs", true]);
  keywords.push(["on_finish_action", pod.onFinish]);
  keywords.push(["log_events_on_failure", true]);
  if (pod.xcom !== void 0) keywords.push(["do_xcom_push", pod.xcom]);
  if (pod.deferrable !== void 0) keywords.push(["deferrable", pod.deferrable]);
  return keywords;
}

// src/render/render.ts
function podName(dagId, taskId) {
  const stem = `${dagId}-${taskId}`.toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/-+/g, "-").replace(/^-|-$/g, "");
  return stem.slice(0, 50).replace(/-$/, "") || "task";
}
function labelValue(text) {
  return text.replace(/[^A-Za-z0-9-_.]+/g, "-").slice(0, 63).replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, "");
}
function variableNames(taskIds, names = new NameAllocator()) {
  return new Map(taskIds.map((taskId) => [taskId, names.claim(taskId)]));
}
function imageFor(task, images) {
  if (task.image.kind === "reference") return { reference: task.image.reference };
  const image = images[task.image.project];
  if (!image) throw new UserError(`no image is known for project "${task.image.project}" (task "${task.taskId}"): build it, or pass --image`);
  return image;
}
function resources(task) {
  if (!task.resources) return void 0;
  const amounts = /* @__PURE__ */ new Map();
  if (task.resources.cpu !== void 0) amounts.set("cpu", task.resources.cpu);
  if (task.resources.memory !== void 0) amounts.set("memory", task.resources.memory);
  if (task.resources.ephemeralStorage !== void 0) amounts.set("ephemeral-storage", task.resources.ephemeralStorage);
  return new PyCall("k8s.V1ResourceRequirements", [
    ["requests", amounts],
    ["limits", amounts]
  ]);
}
function sidecarPod(task) {
  if (!task.sidecars || task.sidecars.length === 0) return void 0;
  const containers = [new PyCall("k8s.V1Container", [["name", "base"]])];
  for (const sidecar of task.sidecars) {
    const keywords = [
      ["name", sidecar.name],
      ["image", sidecar.image]
    ];
    if (sidecar.command) keywords.push(["command", sidecar.command]);
    if (sidecar.args) keywords.push(["args", sidecar.args]);
    containers.push(new PyCall("k8s.V1Container", keywords));
  }
  return new PyCall("k8s.V1Pod", [["spec", new PyCall("k8s.V1PodSpec", [["containers", containers]])]]);
}
function operatorKeywords(input, task, plan) {
  const { dag, profile } = input;
  const image = imageFor(task, input.images);
  const labels = new Map(task.labels);
  labels.set("app.kubernetes.io/managed-by", "dagship");
  labels.set("dagship.io/project", labelValue(dag.project));
  if (image.tag) labels.set("dagship.io/image-tag", labelValue(image.tag));
  const keywords = [
    ["task_id", task.taskId],
    ["name", podName(dag.dagId, task.taskId)],
    ["image", image.reference]
  ];
  if (task.command) keywords.push(["cmds", task.command]);
  if (task.args) keywords.push(["arguments", task.args]);
  if (task.env.length > 0) keywords.push(["env_vars", new Map(task.env)]);
  if (task.secrets.length > 0) {
    keywords.push([
      "secrets",
      task.secrets.map(
        (secret) => new PyCall("Secret", [
          ["deploy_type", "env"],
          ["deploy_target", secret.env],
          ["secret", secret.secret],
          ["key", secret.key]
        ])
      )
    ]);
  }
  const containerResources = resources(task);
  if (containerResources) keywords.push(["container_resources", containerResources]);
  keywords.push(["labels", labels]);
  keywords.push(["namespace", profile.platform === "composer-3" ? profile.defaultNamespace : task.namespace ?? profile.defaultNamespace]);
  if (profile.platform !== "kubernetes") {
    keywords.push(["config_file", "/home/airflow/composer_kube_config"]);
    keywords.push(["kubernetes_conn_id", "kubernetes_default"]);
  }
  if (task.nodeSelector) keywords.push(["node_selector", new Map(task.nodeSelector)]);
  if (task.affinity) keywords.push(["affinity", task.affinity]);
  const pod = sidecarPod(task);
  if (pod) keywords.push(["full_pod_spec", pod]);
  keywords.push(...podKeywords(task.pod));
  keywords.push(["startup_timeout_seconds", task.startupTimeoutSeconds]);
  if (task.retries !== void 0) keywords.push(["retries", task.retries]);
  if (task.retryDelaySeconds !== void 0) keywords.push(["retry_delay", timedelta(task.retryDelaySeconds)]);
  if (task.timeoutSeconds !== void 0) keywords.push(["execution_timeout", timedelta(task.timeoutSeconds)]);
  if (task.triggerRule !== void 0) keywords.push(["trigger_rule", task.triggerRule]);
  if (task.pool !== void 0) keywords.push(["pool", task.pool]);
  if (task.priorityWeight !== void 0) keywords.push(["priority_weight", task.priorityWeight]);
  if (dag.owner !== void 0) keywords.push(["owner", dag.owner]);
  if (task.email !== void 0) {
    keywords.push(["email", task.email]);
    keywords.push(["email_on_failure", true]);
    keywords.push(["email_on_retry", task.emailOnRetry ?? false]);
  }
  keywords.push(...outletsKeywords(task, profile), ...taskGroupKeywords(task, plan.groups), ...notifyKeywords(task.notify, "task", plan.callbacks));
  return keywords;
}
function scheduleExpression(dag, profile) {
  switch (dag.schedule.kind) {
    case "none":
      return null;
    case "once":
      return "@once";
    case "cron":
      return new PyCode(`CronDataIntervalTimetable(${pyString(dag.schedule.expression)}, timezone=pendulum.timezone(${pyString(dag.timezone)}))`);
    case "assets":
      return assetScheduleValue(dag, profile);
  }
}
function dagKeywords(dag, profile, plan) {
  const keywords = [["dag_id", dag.dagId]];
  if (dag.description !== void 0) keywords.push(["description", dag.description]);
  keywords.push(["schedule", scheduleExpression(dag, profile)]);
  if (dag.startDate) keywords.push(["start_date", pendulumDateTime(dag.startDate, dag.timezone)]);
  keywords.push(["catchup", dag.catchup]);
  if (dag.maxActiveRuns !== void 0) keywords.push(["max_active_runs", dag.maxActiveRuns]);
  if (dag.maxActiveTasks !== void 0) keywords.push(["max_active_tasks", dag.maxActiveTasks]);
  if (dag.tags.length > 0) keywords.push(["tags", dag.tags]);
  keywords.push(...dagOptionKeywords(dag), ...paramsKeywords(dag), ...notifyKeywords(dag.notify, "dag", plan.callbacks));
  return keywords;
}
function importLines(dag, profile, plan) {
  const usesTimedelta = dag.dagrunTimeoutSeconds !== void 0 || dag.tasks.some((task) => task.retryDelaySeconds !== void 0 || task.timeoutSeconds !== void 0);
  const usesPendulum = dag.schedule.kind === "cron" || dag.startDate !== void 0 || dag.endDate !== void 0;
  const fromImports = [
    { module: profile.airflow === 3 ? "airflow.sdk" : "airflow", name: "DAG" },
    { module: "airflow.providers.cncf.kubernetes.operators.pod", name: "KubernetesPodOperator" }
  ];
  if (dag.tasks.some((task) => task.secrets.length > 0)) fromImports.push({ module: "airflow.providers.cncf.kubernetes.secret", name: "Secret" });
  if (dag.schedule.kind === "cron") fromImports.push({ module: "airflow.timetables.interval", name: "CronDataIntervalTimetable" });
  if (dag.tasks.some((task) => task.resources !== void 0 || (task.sidecars?.length ?? 0) > 0 || usesKubernetesModels(task.pod))) {
    fromImports.push({ module: "kubernetes.client", name: "models", alias: "k8s" });
  }
  fromImports.push(...paramsImports(dag, profile), ...assetImports(dag, profile), ...groupImports(dag, profile), ...notifyImports(dag, plan.callbacks));
  return [
    "from __future__ import annotations",
    ...usesTimedelta ? ["", "import datetime"] : [],
    ...usesPendulum ? ["", "import pendulum"] : [],
    "",
    ...fromImportLines(fromImports)
  ];
}
function renderDag(input) {
  const { dag, profile } = input;
  const body = [];
  const indent = "    ";
  const allocator = new NameAllocator();
  const names = variableNames(
    dag.tasks.map((task) => task.taskId),
    allocator
  );
  const plan = { groups: groupNames(dag, allocator), callbacks: callbackAliases(dag, allocator) };
  const groups = groupStatements(plan.groups, indent);
  if (groups.length > 0) body.push(...groups, "");
  for (const task of dag.tasks) {
    body.push(`${indent}${names.get(task.taskId)} = ${pyCall("KubernetesPodOperator", operatorKeywords(input, task, plan), indent)}`);
    body.push("");
  }
  const upstreamOf = /* @__PURE__ */ new Map();
  for (const edge of dag.edges) upstreamOf.set(edge.downstream, [...upstreamOf.get(edge.downstream) ?? [], edge.upstream]);
  for (const task of dag.tasks) {
    const upstream = (upstreamOf.get(task.taskId) ?? []).map((taskId) => names.get(taskId) ?? taskId);
    if (upstream.length === 1) body.push(`${indent}${upstream[0]} >> ${names.get(task.taskId)}`);
    else if (upstream.length > 1)
      body.push(
        `${indent}${pyLiteral(
          upstream.map((name) => new PyCode(name)),
          indent
        )} >> ${names.get(task.taskId)}`
      );
  }
  while (body[body.length - 1] === "") body.pop();
  const text = body.join("\n");
  const dagCode = pyCall("DAG", dagKeywords(dag, profile, plan));
  const imports = importLines(dag, profile, plan);
  const header = [
    `# ${commentText(dag.dagId)}.py -- generated by dagship, do not edit.`,
    `# Source: ${commentText(dag.sourceFile)}`,
    `# Profile: ${profileName(profile)}. Edit the dag.yaml and let dagship regenerate this file.`
  ];
  const lines = [...header, ...imports, "", "", `with ${dagCode} as dag:`, text, ""];
  return { fileName: dagFileName(dag.dagId), dagId: dag.dagId, content: lines.join("\n") };
}
function dagFileName(dagId) {
  return `${dagId}.py`;
}

// src/pipeline.ts
import { readFile, realpath, stat } from "node:fs/promises";
import { resolve, sep } from "node:path";

// src/render/graph.ts
function mermaidLabel(text) {
  return text.replace(/[^A-Za-z0-9 _.,:/@+=?~-]/gu, (char) => `#${char.codePointAt(0) ?? 0};`);
}
function mermaidGraph(dag) {
  const ids = new Map(dag.tasks.map((task, index) => [task.taskId, `t${index}`]));
  const lines = ["flowchart LR"];
  for (const task of dag.tasks) lines.push(`  ${ids.get(task.taskId)}["${mermaidLabel(task.taskId)}"]`);
  for (const edge of dag.edges) lines.push(`  ${ids.get(edge.upstream)} --> ${ids.get(edge.downstream)}`);
  return `${lines.join("\n")}
`;
}
function graphJson(dag) {
  return {
    dagId: dag.dagId,
    tasks: dag.tasks.map((task) => task.taskId),
    edges: dag.edges.map((edge) => [edge.upstream, edge.downstream])
  };
}

// src/render/repo-graph.ts
function repositoryGraph(dags) {
  const byUri = /* @__PURE__ */ new Map();
  const asset = (uri) => {
    let entry = byUri.get(uri);
    if (!entry) {
      entry = { uri, producers: [], consumers: [] };
      byUri.set(uri, entry);
    }
    return entry;
  };
  for (const dag of dags) {
    for (const { task, assets } of dag.assets.outlets) {
      for (const reference of assets) {
        const { producers } = asset(reference.uri);
        const producer = producers.find((entry) => entry.dagId === dag.dagId);
        if (!producer) producers.push({ dagId: dag.dagId, tasks: [task] });
        else if (!producer.tasks.includes(task)) producer.tasks.push(task);
      }
    }
    const schedule = dag.assets.schedule;
    for (const reference of schedule?.assets ?? []) {
      const { consumers } = asset(reference.uri);
      if (schedule && !consumers.some((entry) => entry.dagId === dag.dagId)) consumers.push({ dagId: dag.dagId, mode: schedule.mode });
    }
  }
  const uris = [...byUri.keys()].sort();
  return {
    dags: dags.map((dag, index) => ({ node: `d${index}`, dagId: dag.dagId, project: dag.project, specPath: dag.specPath })),
    assets: uris.map((uri, index) => ({ node: `a${index}`, ...byUri.get(uri) }))
  };
}
function edges(graph) {
  const node = new Map(graph.dags.map((dag) => [dag.dagId, dag.node]));
  const out = [];
  for (const asset of graph.assets) {
    for (const producer of asset.producers) out.push({ from: node.get(producer.dagId) ?? "", to: asset.node, any: false });
    for (const consumer of asset.consumers) out.push({ from: asset.node, to: node.get(consumer.dagId) ?? "", any: consumer.mode === "any" });
  }
  return out;
}
function graphSize(graph, options = {}) {
  const lines = edges(graph);
  const dags = options.connectedOnly ? connectedDags(graph).size : graph.dags.length;
  return { nodes: dags + graph.assets.length, edges: lines.length };
}
function connectedDags(graph) {
  return new Set(graph.assets.flatMap((asset) => [...asset.producers.map((entry) => entry.dagId), ...asset.consumers.map((entry) => entry.dagId)]));
}
function repoGraphMermaid(graph, options = {}) {
  const connected = connectedDags(graph);
  const lines = ["flowchart LR"];
  for (const dag of graph.dags) if (!options.connectedOnly || connected.has(dag.dagId)) lines.push(`  ${dag.node}["${mermaidLabel(dag.dagId)}"]`);
  for (const asset of graph.assets) lines.push(`  ${asset.node}[("${mermaidLabel(asset.uri)}")]`);
  for (const edge of edges(graph)) lines.push(edge.any ? `  ${edge.from} -. any .-> ${edge.to}` : `  ${edge.from} --> ${edge.to}`);
  const external = graph.assets.filter((asset) => asset.producers.length === 0).map((asset) => asset.node);
  if (external.length > 0) lines.push("  classDef external stroke-dasharray: 5 5", `  class ${external.join(",")} external`);
  return `${lines.join("\n")}
`;
}
function repoGraphJson(graph) {
  const dagOf = new Map(graph.dags.map((dag) => [dag.node, dag.dagId]));
  const assetOf = new Map(graph.assets.map((asset) => [asset.node, asset.uri]));
  const name = (node) => dagOf.has(node) ? `dag:${dagOf.get(node) ?? ""}` : `asset:${assetOf.get(node) ?? ""}`;
  return {
    dags: graph.dags.map(({ dagId, project, specPath }) => ({ dagId, project, specPath })),
    assets: graph.assets.map((asset) => ({ uri: asset.uri, producedBy: asset.producers, consumedBy: asset.consumers })),
    edges: edges(graph).map((edge) => ({ from: name(edge.from), to: name(edge.to), ...edge.any ? { mode: "any" } : {} }))
  };
}
function unproducedAssetWarnings(dags) {
  const produced = new Set(dags.flatMap((dag) => dag.assets.outlets.flatMap((outlet) => outlet.assets.map((reference) => reference.uri))));
  const candidates = [...produced].sort();
  const problems = [];
  for (const dag of dags) {
    for (const reference of dag.assets.schedule?.assets ?? []) {
      if (produced.has(reference.uri)) continue;
      problems.push({
        file: dag.specPath,
        line: reference.line,
        column: reference.column,
        severity: "warning",
        message: `${describePath(reference.path)}: no task of this repository has ${JSON.stringify(reference.uri)} in its outlets, so this DAG waits for an update from outside the repository (it may be produced there).${didYouMean(reference.uri, candidates)}`
      });
    }
  }
  return problems;
}

// src/dagfile/quantity.ts
var CPU = /^(?:\d+(?:\.\d+)?|\.\d+)m?$/;
var BYTES = /^(?:\d+(?:\.\d+)?|\.\d+)(?:Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$/;
function isCpuQuantity(value) {
  if (typeof value === "number") return Number.isFinite(value) && value > 0;
  return CPU.test(value) && Number.parseFloat(value) > 0;
}
function isByteQuantity(value) {
  return BYTES.test(value) && Number.parseFloat(value) > 0;
}
function byteQuantityHint(value) {
  const match = /^(\d+(?:\.\d+)?)\s*([KMGTPE])i?B$/i.exec(value.trim());
  if (match?.[1] && match[2]) return ` Did you mean "${match[1]}${match[2].toUpperCase()}i"?`;
  if (/^\d+(?:\.\d+)?\s+\S+$/.test(value)) return ` Remove the space: "${value.replace(/\s+/g, "")}".`;
  return "";
}
var BYTE_UNITS = {
  "": 1,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60
};
function cpuCores(value) {
  if (typeof value === "number") return value;
  return value.endsWith("m") ? Number.parseFloat(value) / 1e3 : Number.parseFloat(value);
}
function byteCount(value) {
  const unit = /[A-Za-z]*$/.exec(value)?.[0] ?? "";
  return Number.parseFloat(value) * (BYTE_UNITS[unit] ?? 1);
}

// src/dagfile/check-platform.ts
var PLATFORM_PAGES = {
  /** "Before you begin": namespace, sidecars, Secrets/ConfigMaps, custom workloads, resources, affinity. */
  composer3Pods: "https://cloud.google.com/composer/docs/composer-3/use-kubernetes-pod-operator",
  /** "Before you begin": "Pod affinity configuration is not available in Cloud Composer 2." */
  composer2Pods: "https://cloud.google.com/composer/docs/composer-2/use-kubernetes-pod-operator",
  /** "Environment's cluster is an Autopilot mode VPC-native Google Kubernetes Engine cluster." */
  composer2Cluster: "https://cloud.google.com/composer/docs/composer-2/environment-architecture",
  /** Requests above the maximum are rejected; a CPU:memory ratio outside the range is raised. */
  autopilotResources: "https://cloud.google.com/kubernetes-engine/docs/concepts/autopilot-resource-requests",
  composer3Deferrable: "https://cloud.google.com/composer/docs/composer-3/use-deferrable-operators",
  composer2Deferrable: "https://cloud.google.com/composer/docs/composer-2/use-deferrable-operators",
  airflowDeferrable: "https://airflow.apache.org/docs/apache-airflow/stable/authoring-and-scheduling/deferring.html"
};
var AUTOPILOT = { maxCpu: 30, maxMemoryGi: 110, maxEphemeralGi: 10, minGiPerCpu: 1, maxGiPerCpu: 6.5 };
var GI = 2 ** 30;
var formatCpu = (cores) => `${Number(cores.toFixed(3))} vCPU`;
var formatGi = (gi) => `${Number(gi.toFixed(2))}Gi`;
function composer3Rules(settings, path, at) {
  const see = `See ${PLATFORM_PAGES.composer3Pods}`;
  const elsewhere = "or render for Composer 2 (--composer 2) or plain Kubernetes (--composer none).";
  if ("namespace" in settings)
    at([...path, "namespace"], `namespace is not allowed on Composer 3: pods always run in ${COMPOSER_NAMESPACE}. Remove it, ${elsewhere} ${see}`, {
      anchor: "key"
    });
  if ("sidecars" in settings) {
    at(
      [...path, "sidecars"],
      `sidecars are not allowed on Composer 3: the only extra container it runs is KubernetesPodOperator's own airflow-xcom-sidecar (xcom: true). Remove them, ${elsewhere} ${see}`,
      { anchor: "key" }
    );
  }
  const account = settings["service_account"];
  if (typeof account === "string" && account !== "default") {
    at(
      [...path, "service_account"],
      `service_account is not allowed on Composer 3: only Secrets and ConfigMaps can be created in ${COMPOSER_NAMESPACE}, so no service account "${account}" can exist there; pods there run as its default account, which has access to the project's resources without further configuration. Remove it, ${elsewhere} ${see}`,
      { anchor: "key" }
    );
  }
}
function autopilotRules(resources2, written, task, profile, at) {
  const platform = profile.platform === "composer-2" ? `Composer 2 runs KubernetesPodOperator pods on its environment's GKE Autopilot cluster (${PLATFORM_PAGES.composer2Cluster})` : `Composer 3 accepts only the resource values GKE Autopilot supports (${PLATFORM_PAGES.composer3Pods})`;
  const see = `See ${PLATFORM_PAGES.autopilotResources}`;
  const cpu = resources2["cpu"];
  const cores = (typeof cpu === "string" || typeof cpu === "number") && isCpuQuantity(cpu) ? cpuCores(cpu) : void 0;
  const memory = resources2["memory"];
  const memoryGi = typeof memory === "string" && isByteQuantity(memory) ? byteCount(memory) / GI : void 0;
  const storage = resources2["ephemeral_storage"];
  const storageGi = typeof storage === "string" && isByteQuantity(storage) ? byteCount(storage) / GI : void 0;
  const over = (field, what, limit) => at(
    written(field),
    `${describePath(written(field))}: ${what} is more than GKE Autopilot schedules for one general-purpose pod (at most ${limit}), and ${platform}: the pod would be rejected. Request at most ${limit}, or render for plain Kubernetes (--composer none). ${see}`
  );
  if (cores !== void 0 && cores > AUTOPILOT.maxCpu) over("cpu", formatCpu(cores), formatCpu(AUTOPILOT.maxCpu));
  if (memoryGi !== void 0 && memoryGi > AUTOPILOT.maxMemoryGi) over("memory", String(memory), `${AUTOPILOT.maxMemoryGi}Gi`);
  if (storageGi !== void 0 && storageGi > AUTOPILOT.maxEphemeralGi) over("ephemeral_storage", String(storage), `${AUTOPILOT.maxEphemeralGi}Gi`);
  if (cores === void 0 || memoryGi === void 0 || cores > AUTOPILOT.maxCpu || memoryGi > AUTOPILOT.maxMemoryGi) return;
  const ratio = memoryGi / cores;
  if (ratio >= AUTOPILOT.minGiPerCpu && ratio <= AUTOPILOT.maxGiPerCpu) return;
  const raise = ratio < AUTOPILOT.minGiPerCpu ? `memory to ${formatGi(cores * AUTOPILOT.minGiPerCpu)}` : `CPU to ${formatCpu(memoryGi / AUTOPILOT.maxGiPerCpu)}`;
  const fix = `memory between ${formatGi(cores * AUTOPILOT.minGiPerCpu)} and ${formatGi(cores * AUTOPILOT.maxGiPerCpu)} for ${formatCpu(cores)}`;
  at(
    written(ratio < AUTOPILOT.minGiPerCpu ? "memory" : "cpu"),
    `${describePath(["tasks", task, "resources"])}: ${formatCpu(cores)} with ${String(memory)} of memory is outside GKE Autopilot's CPU:memory range for general-purpose pods (1 vCPU to ${AUTOPILOT.minGiPerCpu}-${AUTOPILOT.maxGiPerCpu} GiB), so Autopilot raises ${raise} and bills for it. Request ${fix}. ${see}`,
    { severity: "warning" }
  );
}
function deferrableRule(settings, path, profile, at) {
  if (settings["deferrable"] !== true) return;
  const where = describePath([...path, "deferrable"]);
  const needs = `${where}: the pod is awaited in Airflow's triggerer, so`;
  if (profile.platform === "kubernetes") {
    at(
      [...path, "deferrable"],
      `${needs} the Airflow deployment must run a triggerer (airflow triggerer), or the task stays deferred until it times out. See ${PLATFORM_PAGES.airflowDeferrable}`,
      { severity: "warning" }
    );
    return;
  }
  const page = profile.platform === "composer-2" ? PLATFORM_PAGES.composer2Deferrable : PLATFORM_PAGES.composer3Deferrable;
  at(
    [...path, "deferrable"],
    `${needs} the environment needs at least one triggerer (two in highly resilient environments), or the task stays deferred until it times out. Enable one with: gcloud composer environments update ENVIRONMENT --location LOCATION --triggerer-count 1. See ${page}`,
    { severity: "warning" }
  );
}
function platformProblems(source, spec, profile) {
  const problems = [];
  const seen = /* @__PURE__ */ new Set();
  const at = (path, message, options = {}) => {
    const problem = problemAt(source, path, message, options);
    const key = `${problem.line}:${problem.column}:${message}`;
    if (!seen.has(key)) problems.push(problem);
    seen.add(key);
  };
  const defaults = isRecord(spec["defaults"]) ? spec["defaults"] : {};
  const tasks = isRecord(spec["tasks"]) ? spec["tasks"] : {};
  const blocks = [
    [defaults, ["defaults"]],
    ...Object.entries(tasks).filter((entry) => isRecord(entry[1])).map(([name, task]) => [task, ["tasks", name]])
  ];
  for (const [settings, path] of blocks) {
    if (profile.platform === "composer-3") composer3Rules(settings, path, at);
    if (profile.platform !== "kubernetes" && "affinity" in settings) {
      const page = profile.platform === "composer-2" ? PLATFORM_PAGES.composer2Pods : PLATFORM_PAGES.composer3Pods;
      const name = profile.platform === "composer-2" ? "Composer 2" : "Composer 3";
      at(
        [...path, "affinity"],
        `affinity is not allowed on ${name}: pod affinity cannot be configured for its environment's cluster. Remove it, or render for plain Kubernetes (--composer none), or start the pod in another cluster with GKEStartPodOperator. See ${page}`,
        { anchor: "key" }
      );
    }
    deferrableRule(settings, path, profile, at);
  }
  if (profile.platform === "kubernetes") return problems;
  const defaultResources = isRecord(defaults["resources"]) ? defaults["resources"] : {};
  for (const [name, task] of Object.entries(tasks)) {
    const own = isRecord(task) && isRecord(task["resources"]) ? task["resources"] : {};
    const written = (field) => field in own ? ["tasks", name, "resources", field] : ["defaults", "resources", field];
    autopilotRules({ ...defaultResources, ...own }, written, name, profile, at);
  }
  return problems;
}

// src/dagfile/check-settings.ts
var ENV_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;
var LABEL_NAME = /^([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)$/;
var LABEL_PREFIX = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*$/;
var LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
var PROJECT_NAME = /^[a-z0-9][a-z0-9_.-]*$/;
var MAX_TIMEDELTA_SECONDS = 999999999 * 86400 + 86399;
var KUBERNETES_LABELS = "https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#syntax-and-character-set";
function isLabelKey(key) {
  const slash = key.lastIndexOf("/");
  if (slash < 0) return LABEL_NAME.test(key);
  const prefix = key.slice(0, slash);
  return prefix.length <= 253 && LABEL_PREFIX.test(prefix) && LABEL_NAME.test(key.slice(slash + 1));
}
function isLabelValue(value) {
  return value.length <= 63 && LABEL_VALUE.test(value);
}
function checkDurations(settings, path, fields, at) {
  for (const field of fields) {
    const value = settings[field];
    if (typeof value !== "string" || !/^(?:\d+[dhms])+$/.test(value)) continue;
    const seconds = parseDuration(value);
    const where = describePath([...path, field]);
    if (seconds === void 0 || seconds > MAX_TIMEDELTA_SECONDS) {
      at(
        [field],
        `${where}: "${value}" is longer than Python's timedelta can hold (at most 999999999 days), the longest span Airflow can represent. Use a shorter duration.`
      );
    } else if (seconds <= 0) {
      at([field], `${where} must be longer than 0s, got "${value}".`);
    }
  }
}
function checkResources(resources2, at, path) {
  if (!isRecord(resources2)) return;
  const cpu = resources2["cpu"];
  if ((typeof cpu === "string" || typeof cpu === "number") && !isCpuQuantity(cpu)) {
    at(
      ["resources", "cpu"],
      `${describePath([...path, "resources", "cpu"])}: ${JSON.stringify(cpu)} is not a Kubernetes CPU quantity: expected e.g. 500m, 0.5 or 2.`
    );
  }
  for (const field of ["memory", "ephemeral_storage"]) {
    const value = resources2[field];
    if (typeof value === "string" && !isByteQuantity(value)) {
      at(
        ["resources", field],
        `${describePath([...path, "resources", field])}: ${JSON.stringify(value)} is not a Kubernetes quantity: expected e.g. 512Mi, 4Gi or 1G.${byteQuantityHint(value)}`
      );
    }
  }
}
function checkLabelMaps(settings, path, at) {
  const labels = settings["labels"];
  if (isRecord(labels)) {
    for (const [key, value] of Object.entries(labels)) {
      if (!isLabelKey(key))
        at(
          ["labels", key],
          `${describePath([...path, "labels"])}: "${key}" is not a valid Kubernetes label key (at most 63 characters of letters, digits, '-', '_', '.', with an optional DNS prefix and '/').`,
          { anchor: "key" }
        );
      if (typeof value === "string" && !isLabelValue(value))
        at(
          ["labels", key],
          `${describePath([...path, "labels", key])}: ${JSON.stringify(value)} is not a valid Kubernetes label value (at most 63 characters of letters, digits, '-', '_', '.', starting and ending with a letter or digit).`
        );
    }
  }
  const selector = settings["node_selector"];
  if (isRecord(selector)) {
    for (const [key, value] of Object.entries(selector)) {
      const where = describePath([...path, "node_selector"]);
      if (!isLabelKey(key))
        at(["node_selector", key], `${where}: "${key}" is not a valid node label key, and Kubernetes would refuse the pod. See ${KUBERNETES_LABELS}`, {
          anchor: "key"
        });
      else if (typeof value === "string" && !isLabelValue(value))
        at(
          ["node_selector", key],
          `${where}.${key}: ${JSON.stringify(value)} is not a valid node label value (at most 63 characters of letters, digits, '-', '_', '.', alphanumeric at both ends). See ${KUBERNETES_LABELS}`
        );
    }
  }
}
function checkImage(image, sub, path, context, at) {
  if (typeof image !== "string") return;
  const where = describePath([...path, ...sub]);
  if (context && PROJECT_NAME.test(image)) {
    if (context.knownProjects && !context.knownProjects.includes(image)) {
      at(
        sub,
        `${where}: "${image}" is neither a project of this repository nor a full image reference (projects: ${context.knownProjects.join(", ") || "none"}).${didYouMean(image, context.knownProjects)}`
      );
    }
    return;
  }
  if (!image.includes("@sha256:")) {
    const tagged = /:[^/]*$/.test(image);
    at(
      sub,
      `${where}: "${image}" names ${tagged ? "a tag" : "no tag (so latest)"}, not a digest: deploy resolves it to the digest the registry serves then and pins that in the DAG, so a later push to the tag changes nothing until the next deploy. Write ${image.replace(/:[^/:]*$/, "")}@sha256:... to choose the digest yourself.`,
      { severity: "warning" }
    );
  }
}
function settingsProblems(source, settings, path, context) {
  const problems = [];
  const at = (sub, message, options = {}) => problems.push(problemAt(source, [...path, ...sub], message, options));
  checkDurations(settings, path, ["retry_delay", "timeout", "startup_timeout"], at);
  checkResources(settings["resources"], at, path);
  const env = settings["env"];
  if (isRecord(env)) {
    for (const name of Object.keys(env)) {
      if (!ENV_NAME.test(name))
        at(
          ["env", name],
          `${describePath([...path, "env"])}: "${name}" is not a valid environment variable name (letters, digits, '_', '-', '.'; not starting with a digit).`,
          { anchor: "key" }
        );
    }
  }
  checkLabelMaps(settings, path, at);
  checkImage(settings["image"], ["image"], path, context, at);
  const sidecars = settings["sidecars"];
  if (Array.isArray(sidecars)) {
    for (const [index, sidecar] of sidecars.entries()) if (isRecord(sidecar)) checkImage(sidecar["image"], ["sidecars", index, "image"], path, void 0, at);
  }
  return problems;
}
function dagDurationProblems(source, spec) {
  const problems = [];
  checkDurations(spec, [], ["dagrun_timeout"], (sub, message) => problems.push(problemAt(source, sub, message)));
  return problems;
}

// src/dagfile/airflow-context.ts
var AIRFLOW_2 = [
  "conf",
  "conn",
  "dag",
  "dag_run",
  "data_interval_end",
  "data_interval_start",
  "ds",
  "ds_nodash",
  "execution_date",
  "expanded_ti_count",
  "exception",
  "inlets",
  "inlet_events",
  "logical_date",
  "macros",
  "map_index_template",
  "next_ds",
  "next_ds_nodash",
  "next_execution_date",
  "outlets",
  "outlet_events",
  "params",
  "prev_data_interval_start_success",
  "prev_data_interval_end_success",
  "prev_ds",
  "prev_ds_nodash",
  "prev_execution_date",
  "prev_execution_date_success",
  "prev_start_date_success",
  "prev_end_date_success",
  "reason",
  "run_id",
  "task",
  "task_instance",
  "task_instance_key_str",
  "test_mode",
  "templates_dict",
  "ti",
  "tomorrow_ds",
  "tomorrow_ds_nodash",
  "triggering_dataset_events",
  "ts",
  "ts_nodash",
  "ts_nodash_with_tz",
  "try_number",
  "var",
  "yesterday_ds",
  "yesterday_ds_nodash"
];
var AIRFLOW_3 = [
  "conn",
  "dag",
  "dag_run",
  "data_interval_end",
  "data_interval_start",
  "ds",
  "ds_nodash",
  "expanded_ti_count",
  "exception",
  "inlets",
  "inlet_events",
  "logical_date",
  "macros",
  "map_index_template",
  "outlets",
  "outlet_events",
  "params",
  "prev_data_interval_start_success",
  "prev_data_interval_end_success",
  "prev_start_date_success",
  "prev_end_date_success",
  "reason",
  "run_id",
  "start_date",
  "task",
  "task_reschedule_count",
  "task_instance",
  "task_instance_key_str",
  "templates_dict",
  "test_mode",
  "ti",
  "triggering_asset_events",
  "try_number",
  "ts",
  "ts_nodash",
  "ts_nodash_with_tz",
  "var"
];
var REMOVED_IN_AIRFLOW_3 = {
  conf: "Airflow's configuration is no longer in the template context; pass the value as a param or an environment variable",
  execution_date: "use {{ logical_date }} (or {{ data_interval_start }})",
  next_ds: "use {{ data_interval_end | ds }}",
  next_ds_nodash: "use {{ data_interval_end | ds_nodash }}",
  next_execution_date: "use {{ data_interval_end }}",
  prev_ds: "use {{ prev_data_interval_start_success | ds }} or compute it with macros.ds_add",
  prev_ds_nodash: "use {{ prev_data_interval_start_success | ds_nodash }}",
  prev_execution_date: "use {{ prev_data_interval_start_success }}",
  prev_execution_date_success: "use {{ prev_data_interval_start_success }}",
  tomorrow_ds: "use {{ macros.ds_add(ds, 1) }}",
  tomorrow_ds_nodash: "use {{ macros.ds_format(macros.ds_add(ds, 1), '%Y-%m-%d', '%Y%m%d') }}",
  yesterday_ds: "use {{ macros.ds_add(ds, -1) }}",
  yesterday_ds_nodash: "use {{ macros.ds_format(macros.ds_add(ds, -1), '%Y-%m-%d', '%Y%m%d') }}",
  triggering_dataset_events: "use {{ triggering_asset_events }}"
};
var AIRFLOW_3_ONLY = {
  triggering_asset_events: "Airflow 2 calls it triggering_dataset_events",
  task_reschedule_count: "Airflow 2 has no such variable",
  start_date: "Airflow 2 has no such variable; use {{ dag_run.start_date }}"
};
var CONTEXT = { 2: new Set(AIRFLOW_2), 3: new Set(AIRFLOW_3) };
function contextVariables(airflow) {
  return CONTEXT[airflow];
}
function templatesReference(airflow) {
  return airflow === 3 ? "https://airflow.apache.org/docs/apache-airflow/3.1.8/templates-ref.html" : "https://airflow.apache.org/docs/apache-airflow/2.11.2/templates-ref.html";
}

// node_modules/@huggingface/jinja/dist/index.js
var dist_exports = {};
__export(dist_exports, {
  Environment: () => Environment,
  Interpreter: () => Interpreter,
  Template: () => Template,
  parse: () => parse,
  tokenize: () => tokenize
});
var __defProp = Object.defineProperty;
var __defNormalProp = (obj, key, value) => key in obj ? __defProp(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
var __publicField = (obj, key, value) => {
  __defNormalProp(obj, typeof key !== "symbol" ? key + "" : key, value);
  return value;
};
var TOKEN_TYPES = Object.freeze({
  Text: "Text",
  // The text between Jinja statements or expressions
  NumericLiteral: "NumericLiteral",
  // e.g., 123, 1.0
  StringLiteral: "StringLiteral",
  // 'string'
  Identifier: "Identifier",
  // Variables, functions, statements, booleans, etc.
  Equals: "Equals",
  // =
  OpenParen: "OpenParen",
  // (
  CloseParen: "CloseParen",
  // )
  OpenStatement: "OpenStatement",
  // {%
  CloseStatement: "CloseStatement",
  // %}
  OpenExpression: "OpenExpression",
  // {{
  CloseExpression: "CloseExpression",
  // }}
  OpenSquareBracket: "OpenSquareBracket",
  // [
  CloseSquareBracket: "CloseSquareBracket",
  // ]
  OpenCurlyBracket: "OpenCurlyBracket",
  // {
  CloseCurlyBracket: "CloseCurlyBracket",
  // }
  Comma: "Comma",
  // ,
  Dot: "Dot",
  // .
  Colon: "Colon",
  // :
  Pipe: "Pipe",
  // |
  CallOperator: "CallOperator",
  // ()
  AdditiveBinaryOperator: "AdditiveBinaryOperator",
  // + - ~
  MultiplicativeBinaryOperator: "MultiplicativeBinaryOperator",
  // * / // %
  ExponentiationBinaryOperator: "ExponentiationBinaryOperator",
  // **
  ComparisonBinaryOperator: "ComparisonBinaryOperator",
  // < > <= >= == !=
  UnaryOperator: "UnaryOperator",
  // ! - +
  Comment: "Comment"
  // {# ... #}
});
var Token = class {
  /**
   * Constructs a new Token.
   * @param {string} value The raw value as seen inside the source code.
   * @param {TokenType} type The type of token.
   */
  constructor(value, type) {
    this.value = value;
    this.type = type;
  }
};
function isWord(char) {
  return /\w/.test(char);
}
function isInteger(char) {
  return /[0-9]/.test(char);
}
function isWhitespace(char) {
  return /\s/.test(char);
}
var ORDERED_MAPPING_TABLE = [
  // Control sequences
  ["{%", TOKEN_TYPES.OpenStatement],
  ["%}", TOKEN_TYPES.CloseStatement],
  ["{{", TOKEN_TYPES.OpenExpression],
  ["}}", TOKEN_TYPES.CloseExpression],
  // Single character tokens
  ["(", TOKEN_TYPES.OpenParen],
  [")", TOKEN_TYPES.CloseParen],
  ["{", TOKEN_TYPES.OpenCurlyBracket],
  ["}", TOKEN_TYPES.CloseCurlyBracket],
  ["[", TOKEN_TYPES.OpenSquareBracket],
  ["]", TOKEN_TYPES.CloseSquareBracket],
  [",", TOKEN_TYPES.Comma],
  [".", TOKEN_TYPES.Dot],
  [":", TOKEN_TYPES.Colon],
  ["|", TOKEN_TYPES.Pipe],
  // Comparison operators
  ["<=", TOKEN_TYPES.ComparisonBinaryOperator],
  [">=", TOKEN_TYPES.ComparisonBinaryOperator],
  ["==", TOKEN_TYPES.ComparisonBinaryOperator],
  ["!=", TOKEN_TYPES.ComparisonBinaryOperator],
  ["<", TOKEN_TYPES.ComparisonBinaryOperator],
  [">", TOKEN_TYPES.ComparisonBinaryOperator],
  // Arithmetic operators
  ["+", TOKEN_TYPES.AdditiveBinaryOperator],
  ["-", TOKEN_TYPES.AdditiveBinaryOperator],
  ["~", TOKEN_TYPES.AdditiveBinaryOperator],
  ["**", TOKEN_TYPES.ExponentiationBinaryOperator],
  // NOTE: must come before "*" so that "**" is matched first
  ["*", TOKEN_TYPES.MultiplicativeBinaryOperator],
  ["//", TOKEN_TYPES.MultiplicativeBinaryOperator],
  // NOTE: must come before "/" so that "//" is matched first
  ["/", TOKEN_TYPES.MultiplicativeBinaryOperator],
  ["%", TOKEN_TYPES.MultiplicativeBinaryOperator],
  // Assignment operator
  ["=", TOKEN_TYPES.Equals]
];
var ESCAPE_CHARACTERS = /* @__PURE__ */ new Map([
  ["n", "\n"],
  // New line
  ["t", "	"],
  // Horizontal tab
  ["r", "\r"],
  // Carriage return
  ["b", "\b"],
  // Backspace
  ["f", "\f"],
  // Form feed
  ["v", "\v"],
  // Vertical tab
  ["'", "'"],
  // Single quote
  ['"', '"'],
  // Double quote
  ["\\", "\\"]
  // Backslash
]);
function preprocess(template, options = {}) {
  if (template.endsWith("\n")) {
    template = template.slice(0, -1);
  }
  if (options.lstrip_blocks) {
    template = template.replace(/^[ \t]*({[#%-])/gm, "$1");
  }
  if (options.trim_blocks) {
    template = template.replace(/([#%-]})\n/g, "$1");
  }
  return template.replace(
    /(\s*){%(-?)\s*(?:end)?generation\s*(-?)%}(\s*)/gs,
    (_, before, lstrip, rstrip, after) => (lstrip ? "" : before) + (rstrip ? "" : after)
  );
}
function tokenize(source, options = {}) {
  const tokens = [];
  const src = preprocess(source, options);
  let cursorPosition = 0;
  let curlyBracketDepth = 0;
  const consumeWhile = (predicate) => {
    let str = "";
    while (predicate(src[cursorPosition])) {
      if (src[cursorPosition] === "\\") {
        ++cursorPosition;
        if (cursorPosition >= src.length) {
          throw new SyntaxError("Unexpected end of input");
        }
        const escaped = src[cursorPosition++];
        if (escaped === "x" || escaped === "u") {
          const length = escaped === "x" ? 2 : 4;
          const hex2 = src.slice(cursorPosition, cursorPosition + length);
          if (hex2.length !== length || /[^0-9a-f]/i.test(hex2)) {
            throw new SyntaxError(`Invalid hexadecimal escape sequence: \\${escaped}${hex2}`);
          }
          str += String.fromCharCode(parseInt(hex2, 16));
          cursorPosition += length;
          continue;
        }
        const unescaped = ESCAPE_CHARACTERS.get(escaped);
        if (unescaped === void 0) {
          throw new SyntaxError(`Unexpected escaped character: ${escaped}`);
        }
        str += unescaped;
        continue;
      }
      str += src[cursorPosition++];
      if (cursorPosition >= src.length) {
        throw new SyntaxError("Unexpected end of input");
      }
    }
    return str;
  };
  const stripTrailingWhitespace = () => {
    const lastToken = tokens.at(-1);
    if (lastToken && lastToken.type === TOKEN_TYPES.Text) {
      lastToken.value = lastToken.value.trimEnd();
      if (lastToken.value === "") {
        tokens.pop();
      }
    }
  };
  const skipLeadingWhitespace = () => {
    while (cursorPosition < src.length && isWhitespace(src[cursorPosition])) {
      ++cursorPosition;
    }
  };
  main:
    while (cursorPosition < src.length) {
      const lastTokenType = tokens.at(-1)?.type;
      if (lastTokenType === void 0 || lastTokenType === TOKEN_TYPES.CloseStatement || lastTokenType === TOKEN_TYPES.CloseExpression || lastTokenType === TOKEN_TYPES.Comment) {
        let text = "";
        while (cursorPosition < src.length && // Keep going until we hit the next Jinja statement or expression
        !(src[cursorPosition] === "{" && (src[cursorPosition + 1] === "%" || src[cursorPosition + 1] === "{" || src[cursorPosition + 1] === "#"))) {
          text += src[cursorPosition++];
        }
        if (text.length > 0) {
          tokens.push(new Token(text, TOKEN_TYPES.Text));
          continue;
        }
      }
      if (src[cursorPosition] === "{" && src[cursorPosition + 1] === "#") {
        cursorPosition += 2;
        const stripBefore = src[cursorPosition] === "-";
        if (stripBefore) {
          ++cursorPosition;
        }
        let comment = "";
        while (src[cursorPosition] !== "#" || src[cursorPosition + 1] !== "}") {
          if (cursorPosition + 2 >= src.length) {
            throw new SyntaxError("Missing end of comment tag");
          }
          comment += src[cursorPosition++];
        }
        const stripAfter = comment.endsWith("-");
        if (stripAfter) {
          comment = comment.slice(0, -1);
        }
        if (stripBefore) {
          stripTrailingWhitespace();
        }
        tokens.push(new Token(comment, TOKEN_TYPES.Comment));
        cursorPosition += 2;
        if (stripAfter) {
          skipLeadingWhitespace();
        }
        continue;
      }
      if (src.slice(cursorPosition, cursorPosition + 3) === "{%-") {
        stripTrailingWhitespace();
        tokens.push(new Token("{%", TOKEN_TYPES.OpenStatement));
        cursorPosition += 3;
        continue;
      }
      if (src.slice(cursorPosition, cursorPosition + 3) === "{{-") {
        stripTrailingWhitespace();
        tokens.push(new Token("{{", TOKEN_TYPES.OpenExpression));
        curlyBracketDepth = 0;
        cursorPosition += 3;
        continue;
      }
      consumeWhile(isWhitespace);
      if (src.slice(cursorPosition, cursorPosition + 3) === "-%}") {
        tokens.push(new Token("%}", TOKEN_TYPES.CloseStatement));
        cursorPosition += 3;
        skipLeadingWhitespace();
        continue;
      }
      if (src.slice(cursorPosition, cursorPosition + 3) === "-}}") {
        tokens.push(new Token("}}", TOKEN_TYPES.CloseExpression));
        cursorPosition += 3;
        skipLeadingWhitespace();
        continue;
      }
      const char = src[cursorPosition];
      if (char === "-" || char === "+") {
        const lastTokenType2 = tokens.at(-1)?.type;
        if (lastTokenType2 === TOKEN_TYPES.Text || lastTokenType2 === void 0) {
          throw new SyntaxError(`Unexpected character: ${char}`);
        }
        switch (lastTokenType2) {
          case TOKEN_TYPES.Identifier:
          case TOKEN_TYPES.NumericLiteral:
          case TOKEN_TYPES.StringLiteral:
          case TOKEN_TYPES.CloseParen:
          case TOKEN_TYPES.CloseSquareBracket:
            break;
          default: {
            ++cursorPosition;
            let num = consumeWhile(isInteger);
            if (num.length > 0 && src[cursorPosition] === "." && isInteger(src[cursorPosition + 1])) {
              ++cursorPosition;
              const frac = consumeWhile(isInteger);
              num = `${num}.${frac}`;
            }
            tokens.push(
              new Token(`${char}${num}`, num.length > 0 ? TOKEN_TYPES.NumericLiteral : TOKEN_TYPES.UnaryOperator)
            );
            continue;
          }
        }
      }
      for (const [seq, type] of ORDERED_MAPPING_TABLE) {
        if (seq === "}}" && curlyBracketDepth > 0) {
          continue;
        }
        const slice2 = src.slice(cursorPosition, cursorPosition + seq.length);
        if (slice2 === seq) {
          tokens.push(new Token(seq, type));
          if (type === TOKEN_TYPES.OpenExpression) {
            curlyBracketDepth = 0;
          } else if (type === TOKEN_TYPES.OpenCurlyBracket) {
            ++curlyBracketDepth;
          } else if (type === TOKEN_TYPES.CloseCurlyBracket) {
            --curlyBracketDepth;
          }
          cursorPosition += seq.length;
          continue main;
        }
      }
      if (char === "'" || char === '"') {
        ++cursorPosition;
        const str = consumeWhile((c) => c !== char);
        tokens.push(new Token(str, TOKEN_TYPES.StringLiteral));
        ++cursorPosition;
        continue;
      }
      if (isInteger(char)) {
        let num = consumeWhile(isInteger);
        if (tokens.at(-1)?.type !== TOKEN_TYPES.Dot && src[cursorPosition] === "." && isInteger(src[cursorPosition + 1])) {
          ++cursorPosition;
          const frac = consumeWhile(isInteger);
          num = `${num}.${frac}`;
        }
        tokens.push(new Token(num, TOKEN_TYPES.NumericLiteral));
        continue;
      }
      if (isWord(char)) {
        const word = consumeWhile(isWord);
        tokens.push(new Token(word, TOKEN_TYPES.Identifier));
        continue;
      }
      throw new SyntaxError(`Unexpected character: ${char}`);
    }
  return tokens;
}
var Statement = class {
  type = "Statement";
};
var Program = class extends Statement {
  constructor(body) {
    super();
    this.body = body;
  }
  type = "Program";
};
var If = class extends Statement {
  constructor(test, body, alternate) {
    super();
    this.test = test;
    this.body = body;
    this.alternate = alternate;
  }
  type = "If";
};
var For = class extends Statement {
  constructor(loopvar, iterable, body, defaultBlock) {
    super();
    this.loopvar = loopvar;
    this.iterable = iterable;
    this.body = body;
    this.defaultBlock = defaultBlock;
  }
  type = "For";
};
var Break = class extends Statement {
  type = "Break";
};
var Continue = class extends Statement {
  type = "Continue";
};
var SetStatement = class extends Statement {
  constructor(assignee, value, body) {
    super();
    this.assignee = assignee;
    this.value = value;
    this.body = body;
  }
  type = "Set";
};
var Macro = class extends Statement {
  constructor(name, args, body) {
    super();
    this.name = name;
    this.args = args;
    this.body = body;
  }
  type = "Macro";
};
var Comment = class extends Statement {
  constructor(value) {
    super();
    this.value = value;
  }
  type = "Comment";
};
var Expression = class extends Statement {
  type = "Expression";
};
var MemberExpression = class extends Expression {
  constructor(object, property, computed) {
    super();
    this.object = object;
    this.property = property;
    this.computed = computed;
  }
  type = "MemberExpression";
};
var CallExpression = class extends Expression {
  constructor(callee, args) {
    super();
    this.callee = callee;
    this.args = args;
  }
  type = "CallExpression";
};
var Identifier = class extends Expression {
  /**
   * @param {string} value The name of the identifier
   */
  constructor(value) {
    super();
    this.value = value;
  }
  type = "Identifier";
};
var Literal = class extends Expression {
  constructor(value) {
    super();
    this.value = value;
  }
  type = "Literal";
};
var IntegerLiteral = class extends Literal {
  type = "IntegerLiteral";
};
var FloatLiteral = class extends Literal {
  type = "FloatLiteral";
};
var StringLiteral = class extends Literal {
  type = "StringLiteral";
};
var ArrayLiteral = class extends Literal {
  type = "ArrayLiteral";
};
var TupleLiteral = class extends Literal {
  type = "TupleLiteral";
};
var ObjectLiteral = class extends Literal {
  type = "ObjectLiteral";
};
var BinaryExpression = class extends Expression {
  constructor(operator, left, right) {
    super();
    this.operator = operator;
    this.left = left;
    this.right = right;
  }
  type = "BinaryExpression";
};
var FilterExpression = class extends Expression {
  constructor(operand, filter) {
    super();
    this.operand = operand;
    this.filter = filter;
  }
  type = "FilterExpression";
};
var FilterStatement = class extends Statement {
  constructor(filter, body) {
    super();
    this.filter = filter;
    this.body = body;
  }
  type = "FilterStatement";
};
var SelectExpression = class extends Expression {
  constructor(lhs, test) {
    super();
    this.lhs = lhs;
    this.test = test;
  }
  type = "SelectExpression";
};
var TestExpression = class extends Expression {
  constructor(operand, negate, test) {
    super();
    this.operand = operand;
    this.negate = negate;
    this.test = test;
  }
  type = "TestExpression";
};
var UnaryExpression = class extends Expression {
  constructor(operator, argument) {
    super();
    this.operator = operator;
    this.argument = argument;
  }
  type = "UnaryExpression";
};
var SliceExpression = class extends Expression {
  constructor(start = void 0, stop = void 0, step = void 0) {
    super();
    this.start = start;
    this.stop = stop;
    this.step = step;
  }
  type = "SliceExpression";
};
var KeywordArgumentExpression = class extends Expression {
  constructor(key, value) {
    super();
    this.key = key;
    this.value = value;
  }
  type = "KeywordArgumentExpression";
};
var SpreadExpression = class extends Expression {
  constructor(argument) {
    super();
    this.argument = argument;
  }
  type = "SpreadExpression";
};
var KeywordSpreadExpression = class extends Expression {
  constructor(argument) {
    super();
    this.argument = argument;
  }
  type = "KeywordSpreadExpression";
};
var CallStatement = class extends Statement {
  constructor(call, callerArgs, body) {
    super();
    this.call = call;
    this.callerArgs = callerArgs;
    this.body = body;
  }
  type = "CallStatement";
};
var Ternary = class extends Expression {
  constructor(condition, trueExpr, falseExpr) {
    super();
    this.condition = condition;
    this.trueExpr = trueExpr;
    this.falseExpr = falseExpr;
  }
  type = "Ternary";
};
function parse(tokens) {
  const program = new Program([]);
  let current = 0;
  function expect(type, error) {
    const prev = tokens[current++];
    if (!prev || prev.type !== type) {
      throw new Error(`Parser Error: ${error}. ${prev.type} !== ${type}.`);
    }
    return prev;
  }
  function expectIdentifier(name) {
    if (!isIdentifier(name)) {
      throw new SyntaxError(`Expected ${name}`);
    }
    ++current;
  }
  function parseAny() {
    switch (tokens[current].type) {
      case TOKEN_TYPES.Comment:
        return new Comment(tokens[current++].value);
      case TOKEN_TYPES.Text:
        return parseText();
      case TOKEN_TYPES.OpenStatement:
        return parseJinjaStatement();
      case TOKEN_TYPES.OpenExpression:
        return parseJinjaExpression();
      default:
        throw new SyntaxError(`Unexpected token type: ${tokens[current].type}`);
    }
  }
  function is(...types) {
    return current + types.length <= tokens.length && types.every((type, i) => type === tokens[current + i].type);
  }
  function isStatement(...names) {
    return tokens[current]?.type === TOKEN_TYPES.OpenStatement && tokens[current + 1]?.type === TOKEN_TYPES.Identifier && names.includes(tokens[current + 1]?.value);
  }
  function isIdentifier(...names) {
    return current + names.length <= tokens.length && names.every((name, i) => tokens[current + i].type === "Identifier" && name === tokens[current + i].value);
  }
  function parseText() {
    return new StringLiteral(expect(TOKEN_TYPES.Text, "Expected text token").value);
  }
  function parseJinjaStatement() {
    expect(TOKEN_TYPES.OpenStatement, "Expected opening statement token");
    if (tokens[current].type !== TOKEN_TYPES.Identifier) {
      throw new SyntaxError(`Unknown statement, got ${tokens[current].type}`);
    }
    const name = tokens[current].value;
    let result;
    switch (name) {
      case "set":
        ++current;
        result = parseSetStatement();
        break;
      case "if":
        ++current;
        result = parseIfStatement();
        expect(TOKEN_TYPES.OpenStatement, "Expected {% token");
        expectIdentifier("endif");
        expect(TOKEN_TYPES.CloseStatement, "Expected %} token");
        break;
      case "macro":
        ++current;
        result = parseMacroStatement();
        expect(TOKEN_TYPES.OpenStatement, "Expected {% token");
        expectIdentifier("endmacro");
        expect(TOKEN_TYPES.CloseStatement, "Expected %} token");
        break;
      case "for":
        ++current;
        result = parseForStatement();
        expect(TOKEN_TYPES.OpenStatement, "Expected {% token");
        expectIdentifier("endfor");
        expect(TOKEN_TYPES.CloseStatement, "Expected %} token");
        break;
      case "call": {
        ++current;
        let callerArgs = null;
        if (is(TOKEN_TYPES.OpenParen)) {
          callerArgs = parseArgs("parameters");
        }
        const callee = parsePrimaryExpression();
        if (callee.type !== "Identifier") {
          throw new SyntaxError(`Expected identifier following call statement`);
        }
        const callArgs = parseArgs("call");
        expect(TOKEN_TYPES.CloseStatement, "Expected closing statement token");
        const body = [];
        while (!isStatement("endcall")) {
          body.push(parseAny());
        }
        expect(TOKEN_TYPES.OpenStatement, "Expected '{%'");
        expectIdentifier("endcall");
        expect(TOKEN_TYPES.CloseStatement, "Expected closing statement token");
        const callExpr = new CallExpression(callee, callArgs);
        result = new CallStatement(callExpr, callerArgs, body);
        break;
      }
      case "break":
        ++current;
        expect(TOKEN_TYPES.CloseStatement, "Expected closing statement token");
        result = new Break();
        break;
      case "continue":
        ++current;
        expect(TOKEN_TYPES.CloseStatement, "Expected closing statement token");
        result = new Continue();
        break;
      case "filter": {
        ++current;
        let filterNode = parsePrimaryExpression();
        if (filterNode instanceof Identifier && is(TOKEN_TYPES.OpenParen)) {
          filterNode = parseCallExpression(filterNode);
        }
        expect(TOKEN_TYPES.CloseStatement, "Expected closing statement token");
        const filterBody = [];
        while (!isStatement("endfilter")) {
          filterBody.push(parseAny());
        }
        expect(TOKEN_TYPES.OpenStatement, "Expected '{%'");
        expectIdentifier("endfilter");
        expect(TOKEN_TYPES.CloseStatement, "Expected '%}'");
        result = new FilterStatement(filterNode, filterBody);
        break;
      }
      default:
        throw new SyntaxError(`Unknown statement type: ${name}`);
    }
    return result;
  }
  function parseJinjaExpression() {
    expect(TOKEN_TYPES.OpenExpression, "Expected opening expression token");
    const result = parseExpression();
    expect(TOKEN_TYPES.CloseExpression, "Expected closing expression token");
    return result;
  }
  function parseSetStatement() {
    const left = parseExpressionSequence();
    let value = null;
    const body = [];
    if (is(TOKEN_TYPES.Equals)) {
      ++current;
      value = parseExpressionSequence();
    } else {
      expect(TOKEN_TYPES.CloseStatement, "Expected %} token");
      while (!isStatement("endset")) {
        body.push(parseAny());
      }
      expect(TOKEN_TYPES.OpenStatement, "Expected {% token");
      expectIdentifier("endset");
    }
    expect(TOKEN_TYPES.CloseStatement, "Expected closing statement token");
    return new SetStatement(left, value, body);
  }
  function parseIfStatement() {
    const test = parseExpression();
    expect(TOKEN_TYPES.CloseStatement, "Expected closing statement token");
    const body = [];
    const alternate = [];
    while (!isStatement("elif", "else", "endif")) {
      body.push(parseAny());
    }
    if (isStatement("elif")) {
      ++current;
      ++current;
      const result = parseIfStatement();
      alternate.push(result);
    } else if (isStatement("else")) {
      ++current;
      ++current;
      expect(TOKEN_TYPES.CloseStatement, "Expected closing statement token");
      while (!isStatement("endif")) {
        alternate.push(parseAny());
      }
    }
    return new If(test, body, alternate);
  }
  function parseMacroStatement() {
    const name = parsePrimaryExpression();
    if (name.type !== "Identifier") {
      throw new SyntaxError(`Expected identifier following macro statement`);
    }
    const args = parseArgs("parameters");
    expect(TOKEN_TYPES.CloseStatement, "Expected closing statement token");
    const body = [];
    while (!isStatement("endmacro")) {
      body.push(parseAny());
    }
    return new Macro(name, args, body);
  }
  function parseExpressionSequence(primary = false) {
    const fn = primary ? parsePrimaryExpression : parseExpression;
    const expressions = [fn()];
    const isTuple = is(TOKEN_TYPES.Comma);
    while (isTuple) {
      ++current;
      expressions.push(fn());
      if (!is(TOKEN_TYPES.Comma)) {
        break;
      }
    }
    return isTuple ? new TupleLiteral(expressions) : expressions[0];
  }
  function parseForStatement() {
    const loopVariable = parseExpressionSequence(true);
    if (!(loopVariable instanceof Identifier || loopVariable instanceof TupleLiteral)) {
      throw new SyntaxError(`Expected identifier/tuple for the loop variable, got ${loopVariable.type} instead`);
    }
    if (!isIdentifier("in")) {
      throw new SyntaxError("Expected `in` keyword following loop variable");
    }
    ++current;
    const iterable = parseExpression();
    expect(TOKEN_TYPES.CloseStatement, "Expected closing statement token");
    const body = [];
    while (!isStatement("endfor", "else")) {
      body.push(parseAny());
    }
    const alternative = [];
    if (isStatement("else")) {
      ++current;
      ++current;
      expect(TOKEN_TYPES.CloseStatement, "Expected closing statement token");
      while (!isStatement("endfor")) {
        alternative.push(parseAny());
      }
    }
    return new For(loopVariable, iterable, body, alternative);
  }
  function parseExpression() {
    return parseIfExpression();
  }
  function parseIfExpression() {
    const a = parseLogicalOrExpression();
    if (isIdentifier("if")) {
      ++current;
      const test = parseLogicalOrExpression();
      if (isIdentifier("else")) {
        ++current;
        const falseExpr = parseIfExpression();
        return new Ternary(test, a, falseExpr);
      } else {
        return new SelectExpression(a, test);
      }
    }
    return a;
  }
  function parseLogicalOrExpression() {
    let left = parseLogicalAndExpression();
    while (isIdentifier("or")) {
      const operator = tokens[current];
      ++current;
      const right = parseLogicalAndExpression();
      left = new BinaryExpression(operator, left, right);
    }
    return left;
  }
  function parseLogicalAndExpression() {
    let left = parseLogicalNegationExpression();
    while (isIdentifier("and")) {
      const operator = tokens[current];
      ++current;
      const right = parseLogicalNegationExpression();
      left = new BinaryExpression(operator, left, right);
    }
    return left;
  }
  function parseLogicalNegationExpression() {
    let right;
    while (isIdentifier("not")) {
      const operator = tokens[current];
      ++current;
      const arg = parseLogicalNegationExpression();
      right = new UnaryExpression(operator, arg);
    }
    return right ?? parseComparisonExpression();
  }
  function parseComparisonExpression() {
    let left = parseAdditiveExpression();
    while (true) {
      let operator;
      if (isIdentifier("not", "in")) {
        operator = new Token("not in", TOKEN_TYPES.Identifier);
        current += 2;
      } else if (isIdentifier("in")) {
        operator = tokens[current++];
      } else if (is(TOKEN_TYPES.ComparisonBinaryOperator)) {
        operator = tokens[current++];
      } else {
        break;
      }
      const right = parseAdditiveExpression();
      left = new BinaryExpression(operator, left, right);
    }
    return left;
  }
  function parseAdditiveExpression() {
    let left = parseMultiplicativeExpression();
    while (is(TOKEN_TYPES.AdditiveBinaryOperator)) {
      const operator = tokens[current];
      ++current;
      const right = parseMultiplicativeExpression();
      left = new BinaryExpression(operator, left, right);
    }
    return left;
  }
  function parseCallMemberExpression() {
    const member = parseMemberExpression(parsePrimaryExpression());
    if (is(TOKEN_TYPES.OpenParen)) {
      return parseCallExpression(member);
    }
    return member;
  }
  function parseCallExpression(callee) {
    let expression = new CallExpression(callee, parseArgs("call"));
    expression = parseMemberExpression(expression);
    if (is(TOKEN_TYPES.OpenParen)) {
      expression = parseCallExpression(expression);
    }
    return expression;
  }
  function parseArgs(mode) {
    expect(TOKEN_TYPES.OpenParen, "Expected opening parenthesis for arguments list");
    const args = parseArgumentsList(mode);
    expect(TOKEN_TYPES.CloseParen, "Expected closing parenthesis for arguments list");
    return args;
  }
  function parseArgumentsList(mode) {
    const args = [];
    const parameterNames = /* @__PURE__ */ new Set();
    let sawKeywordOrDefault = false;
    let sawSpreadArgument = false;
    while (!is(TOKEN_TYPES.CloseParen)) {
      const isKeywordSpread = is(TOKEN_TYPES.ExponentiationBinaryOperator);
      const isPositionalSpread = is(TOKEN_TYPES.MultiplicativeBinaryOperator) && tokens[current].value === "*";
      if (mode === "parameters" && (isKeywordSpread || isPositionalSpread)) {
        throw new SyntaxError("Argument unpacking is not allowed in parameter declarations");
      }
      if (isKeywordSpread) {
        ++current;
        args.push(new KeywordSpreadExpression(parseExpression()));
        if (is(TOKEN_TYPES.Comma)) {
          ++current;
        }
        if (!is(TOKEN_TYPES.CloseParen)) {
          throw new SyntaxError("Expected closing parenthesis: `**` must be applied to the final argument");
        }
        break;
      }
      let argument;
      if (isPositionalSpread) {
        if (sawSpreadArgument) {
          throw new SyntaxError("Only one `*` argument unpacking is allowed");
        }
        sawSpreadArgument = true;
        ++current;
        const expr = parseExpression();
        argument = new SpreadExpression(expr);
      } else {
        argument = parseExpression();
        if (is(TOKEN_TYPES.Equals)) {
          ++current;
          if (!(argument instanceof Identifier)) {
            throw new SyntaxError(
              mode === "parameters" ? "Expected identifier for parameter declaration" : "Expected identifier for keyword argument"
            );
          }
          const value = parseExpression();
          argument = new KeywordArgumentExpression(argument, value);
        }
        if (mode === "parameters") {
          if (!(argument instanceof Identifier || argument instanceof KeywordArgumentExpression)) {
            throw new SyntaxError("Expected identifier for parameter declaration");
          }
          const parameterName = argument instanceof Identifier ? argument.value : argument.key.value;
          if (parameterNames.has(parameterName)) {
            throw new SyntaxError(`Duplicate parameter name: ${parameterName}`);
          }
          parameterNames.add(parameterName);
        }
        if (argument instanceof KeywordArgumentExpression) {
          sawKeywordOrDefault = true;
        } else if (sawKeywordOrDefault) {
          throw new SyntaxError(
            mode === "call" ? "Positional arguments must come before keyword arguments" : "Non-default argument follows default argument"
          );
        } else if (sawSpreadArgument) {
          throw new SyntaxError("Positional arguments must not follow `*` argument unpacking");
        }
      }
      args.push(argument);
      if (is(TOKEN_TYPES.Comma)) {
        ++current;
      }
    }
    return args;
  }
  function parseMemberExpressionArgumentsList() {
    const slices = [];
    let isSlice = false;
    while (!is(TOKEN_TYPES.CloseSquareBracket)) {
      if (is(TOKEN_TYPES.Colon)) {
        slices.push(void 0);
        ++current;
        isSlice = true;
      } else {
        slices.push(parseExpression());
        if (is(TOKEN_TYPES.Colon)) {
          ++current;
          isSlice = true;
        }
      }
    }
    if (slices.length === 0) {
      throw new SyntaxError(`Expected at least one argument for member/slice expression`);
    }
    if (isSlice) {
      if (slices.length > 3) {
        throw new SyntaxError(`Expected 0-3 arguments for slice expression`);
      }
      return new SliceExpression(...slices);
    }
    return slices[0];
  }
  function parseMemberExpression(object) {
    while (is(TOKEN_TYPES.Dot) || is(TOKEN_TYPES.OpenSquareBracket)) {
      const operator = tokens[current];
      ++current;
      let property;
      const computed = operator.type === TOKEN_TYPES.OpenSquareBracket;
      if (computed) {
        property = parseMemberExpressionArgumentsList();
        expect(TOKEN_TYPES.CloseSquareBracket, "Expected closing square bracket");
      } else {
        property = parsePrimaryExpression();
        if (property.type !== "Identifier" && property.type !== "IntegerLiteral") {
          throw new SyntaxError(`Expected identifier or integer following dot operator`);
        }
      }
      object = new MemberExpression(object, property, computed);
    }
    return object;
  }
  function parseMultiplicativeExpression() {
    let left = parsePowerExpression();
    while (is(TOKEN_TYPES.MultiplicativeBinaryOperator)) {
      const operator = tokens[current++];
      const right = parsePowerExpression();
      left = new BinaryExpression(operator, left, right);
    }
    return left;
  }
  function parsePowerExpression() {
    let left = parseTestExpression();
    while (is(TOKEN_TYPES.ExponentiationBinaryOperator)) {
      const operator = tokens[current++];
      const right = parseTestExpression();
      left = new BinaryExpression(operator, left, right);
    }
    return left;
  }
  function parseTestExpression() {
    let operand = parseFilterExpression();
    while (isIdentifier("is")) {
      ++current;
      const negate = isIdentifier("not");
      if (negate) {
        ++current;
      }
      const filter = parsePrimaryExpression();
      if (!(filter instanceof Identifier)) {
        throw new SyntaxError(`Expected identifier for the test`);
      }
      operand = new TestExpression(operand, negate, filter);
    }
    return operand;
  }
  function parseFilterExpression() {
    let operand = parseUnarySignExpression();
    while (is(TOKEN_TYPES.Pipe)) {
      ++current;
      let filter = parsePrimaryExpression();
      if (!(filter instanceof Identifier)) {
        throw new SyntaxError(`Expected identifier for the filter`);
      }
      if (is(TOKEN_TYPES.OpenParen)) {
        filter = parseCallExpression(filter);
      }
      operand = new FilterExpression(operand, filter);
    }
    return operand;
  }
  function parseUnarySignExpression() {
    const token = tokens[current];
    if (token && (token.type === TOKEN_TYPES.UnaryOperator || token.type === TOKEN_TYPES.AdditiveBinaryOperator) && (token.value === "-" || token.value === "+")) {
      const operator = tokens[current++];
      const argument = parseUnarySignExpression();
      return new UnaryExpression(operator, argument);
    }
    return parseCallMemberExpression();
  }
  function parsePrimaryExpression() {
    const token = tokens[current++];
    switch (token.type) {
      case TOKEN_TYPES.NumericLiteral: {
        const num = token.value;
        return num.includes(".") ? new FloatLiteral(Number(num)) : new IntegerLiteral(Number(num));
      }
      case TOKEN_TYPES.StringLiteral: {
        let value = token.value;
        while (is(TOKEN_TYPES.StringLiteral)) {
          value += tokens[current++].value;
        }
        return new StringLiteral(value);
      }
      case TOKEN_TYPES.Identifier:
        return new Identifier(token.value);
      case TOKEN_TYPES.OpenParen: {
        const expression = parseExpressionSequence();
        expect(TOKEN_TYPES.CloseParen, "Expected closing parenthesis, got ${tokens[current].type} instead.");
        return expression;
      }
      case TOKEN_TYPES.OpenSquareBracket: {
        const values = [];
        while (!is(TOKEN_TYPES.CloseSquareBracket)) {
          values.push(parseExpression());
          if (is(TOKEN_TYPES.Comma)) {
            ++current;
          }
        }
        ++current;
        return new ArrayLiteral(values);
      }
      case TOKEN_TYPES.OpenCurlyBracket: {
        const values = /* @__PURE__ */ new Map();
        while (!is(TOKEN_TYPES.CloseCurlyBracket)) {
          const key = parseExpression();
          expect(TOKEN_TYPES.Colon, "Expected colon between key and value in object literal");
          const value = parseExpression();
          values.set(key, value);
          if (is(TOKEN_TYPES.Comma)) {
            ++current;
          }
        }
        ++current;
        return new ObjectLiteral(values);
      }
      default:
        throw new SyntaxError(`Unexpected token: ${token.type}`);
    }
  }
  while (current < tokens.length) {
    program.body.push(parseAny());
  }
  return program;
}
function range(start, stop, step = 1) {
  if (stop === void 0) {
    stop = start;
    start = 0;
  }
  if (step === 0) {
    throw new Error("range() step must not be zero");
  }
  const result = [];
  if (step > 0) {
    for (let i = start; i < stop; i += step) {
      result.push(i);
    }
  } else {
    for (let i = start; i > stop; i += step) {
      result.push(i);
    }
  }
  return result;
}
function slice(array, start, stop, step = 1) {
  const direction = Math.sign(step);
  if (direction >= 0) {
    start = (start ??= 0) < 0 ? Math.max(array.length + start, 0) : Math.min(start, array.length);
    stop = (stop ??= array.length) < 0 ? Math.max(array.length + stop, 0) : Math.min(stop, array.length);
  } else {
    start = (start ??= array.length - 1) < 0 ? Math.max(array.length + start, -1) : Math.min(start, array.length - 1);
    stop = (stop ??= -1) < -1 ? Math.max(array.length + stop, -1) : Math.min(stop, array.length - 1);
  }
  const result = [];
  for (let i = start; direction * i < direction * stop; i += step) {
    result.push(array[i]);
  }
  return result;
}
function titleCase(value) {
  return value.replace(/\b\w/g, (c) => c.toUpperCase());
}
function strftime_now(format2) {
  return strftime(/* @__PURE__ */ new Date(), format2);
}
function strftime(date, format2) {
  const monthFormatterLong = new Intl.DateTimeFormat(void 0, { month: "long" });
  const monthFormatterShort = new Intl.DateTimeFormat(void 0, { month: "short" });
  const pad2 = (n) => n < 10 ? "0" + n : n.toString();
  return format2.replace(/%[YmdbBHM%]/g, (token) => {
    switch (token) {
      case "%Y":
        return date.getFullYear().toString();
      case "%m":
        return pad2(date.getMonth() + 1);
      case "%d":
        return pad2(date.getDate());
      case "%b":
        return monthFormatterShort.format(date);
      case "%B":
        return monthFormatterLong.format(date);
      case "%H":
        return pad2(date.getHours());
      case "%M":
        return pad2(date.getMinutes());
      case "%%":
        return "%";
      default:
        return token;
    }
  });
}
function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function replace(str, oldvalue, newvalue, count2) {
  if (count2 === 0) {
    return str;
  }
  let remaining = count2 == null || count2 < 0 ? Infinity : count2;
  const pattern = oldvalue.length === 0 ? new RegExp("(?=)", "gu") : new RegExp(escapeRegExp(oldvalue), "gu");
  return str.replaceAll(pattern, (match) => {
    if (remaining > 0) {
      --remaining;
      return newvalue;
    }
    return match;
  });
}
var BreakControl = class extends Error {
};
var ContinueControl = class extends Error {
};
var EMPTY_BUILTINS = /* @__PURE__ */ new Map();
var RuntimeValue = class {
  type = "RuntimeValue";
  value;
  /**
   * A collection of built-in functions for this type.
   */
  get builtins() {
    return EMPTY_BUILTINS;
  }
  /**
   * Creates a new RuntimeValue.
   */
  constructor(value = void 0) {
    this.value = value;
  }
  /**
   * Determines truthiness or falsiness of the runtime value.
   * This function should be overridden by subclasses if it has custom truthiness criteria.
   * @returns {BooleanValue} BooleanValue(true) if the value is truthy, BooleanValue(false) otherwise.
   */
  __bool__() {
    return new BooleanValue(!!this.value);
  }
  toString() {
    return String(this.value);
  }
};
var IntegerValue = class extends RuntimeValue {
  type = "IntegerValue";
};
var FloatValue = class extends RuntimeValue {
  type = "FloatValue";
  toString() {
    if (Object.is(this.value, -0)) {
      return "-0.0";
    }
    return this.value % 1 === 0 ? this.value.toFixed(1) : this.value.toString();
  }
};
var StringValue = class extends RuntimeValue {
  type = "StringValue";
  _builtins;
  get builtins() {
    return this._builtins ??= /* @__PURE__ */ new Map([
      [
        "upper",
        new FunctionValue(() => {
          return new StringValue(this.value.toUpperCase());
        })
      ],
      [
        "lower",
        new FunctionValue(() => {
          return new StringValue(this.value.toLowerCase());
        })
      ],
      [
        "strip",
        new FunctionValue(() => {
          return new StringValue(this.value.trim());
        })
      ],
      [
        "title",
        new FunctionValue(() => {
          return new StringValue(titleCase(this.value));
        })
      ],
      [
        "capitalize",
        new FunctionValue(() => {
          return new StringValue(this.value.charAt(0).toUpperCase() + this.value.slice(1));
        })
      ],
      ["length", new IntegerValue(this.value.length)],
      [
        "rstrip",
        new FunctionValue(() => {
          return new StringValue(this.value.trimEnd());
        })
      ],
      [
        "lstrip",
        new FunctionValue(() => {
          return new StringValue(this.value.trimStart());
        })
      ],
      [
        "startswith",
        new FunctionValue((args) => {
          if (args.length === 0) {
            throw new Error("startswith() requires at least one argument");
          }
          const pattern = args[0];
          if (pattern instanceof StringValue) {
            return new BooleanValue(this.value.startsWith(pattern.value));
          } else if (pattern instanceof ArrayValue) {
            for (const item of pattern.value) {
              if (!(item instanceof StringValue)) {
                throw new Error("startswith() tuple elements must be strings");
              }
              if (this.value.startsWith(item.value)) {
                return new BooleanValue(true);
              }
            }
            return new BooleanValue(false);
          }
          throw new Error("startswith() argument must be a string or tuple of strings");
        })
      ],
      [
        "endswith",
        new FunctionValue((args) => {
          if (args.length === 0) {
            throw new Error("endswith() requires at least one argument");
          }
          const pattern = args[0];
          if (pattern instanceof StringValue) {
            return new BooleanValue(this.value.endsWith(pattern.value));
          } else if (pattern instanceof ArrayValue) {
            for (const item of pattern.value) {
              if (!(item instanceof StringValue)) {
                throw new Error("endswith() tuple elements must be strings");
              }
              if (this.value.endsWith(item.value)) {
                return new BooleanValue(true);
              }
            }
            return new BooleanValue(false);
          }
          throw new Error("endswith() argument must be a string or tuple of strings");
        })
      ],
      [
        "split",
        // follows Python's `str.split(sep=None, maxsplit=-1)` function behavior
        // https://docs.python.org/3.13/library/stdtypes.html#str.split
        new FunctionValue((args) => {
          const sep2 = args[0] ?? new NullValue();
          if (!(sep2 instanceof StringValue || sep2 instanceof NullValue)) {
            throw new Error("sep argument must be a string or null");
          }
          const maxsplit = args[1] ?? new IntegerValue(-1);
          if (!(maxsplit instanceof IntegerValue)) {
            throw new Error("maxsplit argument must be a number");
          }
          let result = [];
          if (sep2 instanceof NullValue) {
            const text = this.value.trimStart();
            for (const { 0: match, index } of text.matchAll(/\S+/g)) {
              if (maxsplit.value !== -1 && result.length >= maxsplit.value && index !== void 0) {
                result.push(match + text.slice(index + match.length));
                break;
              }
              result.push(match);
            }
          } else {
            if (sep2.value === "") {
              throw new Error("empty separator");
            }
            result = this.value.split(sep2.value);
            if (maxsplit.value !== -1 && result.length > maxsplit.value) {
              result.push(result.splice(maxsplit.value).join(sep2.value));
            }
          }
          return new ArrayValue(result.map((part) => new StringValue(part)));
        })
      ],
      [
        "replace",
        new FunctionValue((args) => {
          if (args.length < 2) {
            throw new Error("replace() requires at least two arguments");
          }
          const oldValue = args[0];
          const newValue = args[1];
          if (!(oldValue instanceof StringValue && newValue instanceof StringValue)) {
            throw new Error("replace() arguments must be strings");
          }
          let count2;
          if (args.length > 2) {
            if (args[2].type === "KeywordArgumentsValue") {
              count2 = args[2].value.get("count") ?? new NullValue();
            } else {
              count2 = args[2];
            }
          } else {
            count2 = new NullValue();
          }
          if (!(count2 instanceof IntegerValue || count2 instanceof NullValue)) {
            throw new Error("replace() count argument must be a number or null");
          }
          return new StringValue(replace(this.value, oldValue.value, newValue.value, count2.value));
        })
      ]
    ]);
  }
};
var BooleanValue = class extends RuntimeValue {
  type = "BooleanValue";
};
var NON_ASCII_CHARS = /[\x7f-\uffff]/g;
function makeAsciiSafe(str) {
  return str.replace(NON_ASCII_CHARS, (char) => "\\u" + char.charCodeAt(0).toString(16).padStart(4, "0"));
}
function toJSON(input, options = {}, depth = 0, convertUndefinedToNull = true) {
  const { indent = null, ensureAscii = false, separators = null, sortKeys = false } = options;
  let itemSeparator;
  let keySeparator;
  if (separators) {
    [itemSeparator, keySeparator] = separators;
  } else if (indent) {
    itemSeparator = ",";
    keySeparator = ": ";
  } else {
    itemSeparator = ", ";
    keySeparator = ": ";
  }
  switch (input.type) {
    case "NullValue":
      return "null";
    case "UndefinedValue":
      return convertUndefinedToNull ? "null" : "undefined";
    case "IntegerValue":
    case "FloatValue":
    case "BooleanValue":
      return JSON.stringify(input.value);
    case "StringValue": {
      let result = JSON.stringify(input.value);
      if (ensureAscii) {
        result = makeAsciiSafe(result);
      }
      return result;
    }
    case "ArrayValue":
    case "NamespaceValue":
    case "ObjectValue": {
      const indentValue = indent ? " ".repeat(indent) : "";
      const basePadding = "\n" + indentValue.repeat(depth);
      const childrenPadding = basePadding + indentValue;
      if (input.type === "ArrayValue") {
        const core = input.value.map((x) => toJSON(x, options, depth + 1, convertUndefinedToNull));
        return indent && core.length > 0 ? `[${childrenPadding}${core.join(`${itemSeparator}${childrenPadding}`)}${basePadding}]` : `[${core.join(itemSeparator)}]`;
      } else {
        let entries = Array.from(input.value.entries());
        if (sortKeys) {
          entries = entries.sort(([a], [b]) => a.localeCompare(b));
        }
        const core = entries.map(([key, value]) => {
          let keyStr = JSON.stringify(key);
          if (ensureAscii) {
            keyStr = makeAsciiSafe(keyStr);
          }
          const v = `${keyStr}${keySeparator}${toJSON(value, options, depth + 1, convertUndefinedToNull)}`;
          return indent ? `${childrenPadding}${v}` : v;
        });
        return indent && core.length > 0 ? `{${core.join(itemSeparator)}${basePadding}}` : `{${core.join(itemSeparator)}}`;
      }
    }
    default:
      throw new Error(`Cannot convert to JSON: ${input.type}`);
  }
}
var ObjectValue = class extends RuntimeValue {
  type = "ObjectValue";
  _builtins;
  /**
   * NOTE: necessary to override since all JavaScript arrays are considered truthy,
   * while only non-empty Python arrays are consider truthy.
   *
   * e.g.,
   *  - JavaScript:  {} && 5 -> 5
   *  - Python:      {} and 5 -> {}
   */
  __bool__() {
    return new BooleanValue(this.value.size > 0);
  }
  get builtins() {
    return this._builtins ??= /* @__PURE__ */ new Map([
      [
        "get",
        new FunctionValue(([key, defaultValue]) => {
          if (!(key instanceof StringValue)) {
            throw new Error(`Object key must be a string: got ${key.type}`);
          }
          return this.value.get(key.value) ?? defaultValue ?? new NullValue();
        })
      ],
      ["items", new FunctionValue(() => this.items())],
      ["keys", new FunctionValue(() => this.keys())],
      ["values", new FunctionValue(() => this.values())],
      [
        "dictsort",
        new FunctionValue((args) => {
          let kwargs = /* @__PURE__ */ new Map();
          const positionalArgs = args.filter((arg) => {
            if (arg instanceof KeywordArgumentsValue) {
              kwargs = arg.value;
              return false;
            }
            return true;
          });
          const caseSensitive = positionalArgs.at(0) ?? kwargs.get("case_sensitive") ?? new BooleanValue(false);
          if (!(caseSensitive instanceof BooleanValue)) {
            throw new Error("case_sensitive must be a boolean");
          }
          const by = positionalArgs.at(1) ?? kwargs.get("by") ?? new StringValue("key");
          if (!(by instanceof StringValue)) {
            throw new Error("by must be a string");
          }
          if (!["key", "value"].includes(by.value)) {
            throw new Error("by must be either 'key' or 'value'");
          }
          const reverse = positionalArgs.at(2) ?? kwargs.get("reverse") ?? new BooleanValue(false);
          if (!(reverse instanceof BooleanValue)) {
            throw new Error("reverse must be a boolean");
          }
          const items = Array.from(this.value.entries()).map(([key, value]) => new ArrayValue([new StringValue(key), value])).sort((a, b) => {
            const index = by.value === "key" ? 0 : 1;
            const aVal = a.value[index];
            const bVal = b.value[index];
            const result = compareRuntimeValues(aVal, bVal, caseSensitive.value);
            return reverse.value ? -result : result;
          });
          return new ArrayValue(items);
        })
      ]
    ]);
  }
  items() {
    return new ArrayValue(
      Array.from(this.value.entries()).map(([key, value]) => new ArrayValue([new StringValue(key), value]))
    );
  }
  keys() {
    return new ArrayValue(Array.from(this.value.keys()).map((key) => new StringValue(key)));
  }
  values() {
    return new ArrayValue(Array.from(this.value.values()));
  }
  toString() {
    return toJSON(this, {}, 0, false);
  }
};
var KeywordArgumentsValue = class extends ObjectValue {
  type = "KeywordArgumentsValue";
};
var NamespaceValue = class extends RuntimeValue {
  type = "NamespaceValue";
  toString() {
    return toJSON(this, {}, 0, false);
  }
};
var ArrayValue = class extends RuntimeValue {
  type = "ArrayValue";
  _builtins;
  get builtins() {
    return this._builtins ??= /* @__PURE__ */ new Map([["length", new IntegerValue(this.value.length)]]);
  }
  /**
   * NOTE: necessary to override since all JavaScript arrays are considered truthy,
   * while only non-empty Python arrays are consider truthy.
   *
   * e.g.,
   *  - JavaScript:  [] && 5 -> 5
   *  - Python:      [] and 5 -> []
   */
  __bool__() {
    return new BooleanValue(this.value.length > 0);
  }
  toString() {
    return toJSON(this, {}, 0, false);
  }
};
var TupleValue = class extends ArrayValue {
  type = "TupleValue";
};
var FunctionValue = class extends RuntimeValue {
  type = "FunctionValue";
};
var NullValue = class extends RuntimeValue {
  type = "NullValue";
};
var UndefinedValue = class extends RuntimeValue {
  type = "UndefinedValue";
};
function normalizeNamespaceEntry(pair) {
  let values;
  if (pair instanceof ArrayValue) {
    values = pair.value;
  } else if (pair instanceof StringValue) {
    values = Array.from(pair.value, (char) => new StringValue(char));
  }
  if (!values || values.length !== 2) {
    throw new Error("namespace expected an object or an iterable of [key, value] pairs");
  }
  const [key, value] = values;
  if (!(key instanceof StringValue)) {
    throw new Error("namespace keys must be strings");
  }
  return [key, value];
}
var _Environment = class {
  constructor(parent) {
    this.parent = parent;
  }
  /**
   * The variables declared in this environment.
   */
  variables = /* @__PURE__ */ new Map([
    [
      "namespace",
      new FunctionValue((args) => {
        const positional = args.slice();
        let kwargs;
        if (positional.at(-1) instanceof KeywordArgumentsValue) {
          kwargs = positional.pop();
        }
        if (positional.length > 1) {
          throw new Error(`namespace expected at most 1 argument, got ${positional.length}`);
        }
        const entries = /* @__PURE__ */ new Map();
        if (positional.length === 1) {
          const source = positional[0];
          if (source instanceof ObjectValue) {
            for (const [key, value] of source.value) {
              entries.set(key, value);
            }
          } else if (source instanceof ArrayValue) {
            for (const pair of source.value) {
              const [key, value] = normalizeNamespaceEntry(pair);
              entries.set(key.value, value);
            }
          } else {
            throw new Error(`'${source.type}' object is not iterable`);
          }
        }
        if (kwargs) {
          for (const [key, value] of kwargs.value) {
            entries.set(key, value);
          }
        }
        return new NamespaceValue(entries);
      })
    ]
  ]);
  tests = _Environment.TESTS;
  /**
   * Set the value of a variable in the current environment.
   */
  set(name, value) {
    return this.declareVariable(name, convertToRuntimeValues(value));
  }
  declareVariable(name, value) {
    if (this.variables.has(name)) {
      throw new SyntaxError(`Variable already declared: ${name}`);
    }
    this.variables.set(name, value);
    return value;
  }
  // private assignVariable(name: string, value: AnyRuntimeValue): AnyRuntimeValue {
  // 	const env = this.resolve(name);
  // 	env.variables.set(name, value);
  // 	return value;
  // }
  /**
   * Set variable in the current scope.
   * See https://jinja.palletsprojects.com/en/3.0.x/templates/#assignments for more information.
   */
  setVariable(name, value) {
    this.variables.set(name, value);
    return value;
  }
  /**
   * Resolve the environment in which the variable is declared.
   * @param {string} name The name of the variable.
   * @returns {Environment} The environment in which the variable is declared.
   */
  resolve(name) {
    if (this.variables.has(name)) {
      return this;
    }
    if (this.parent) {
      return this.parent.resolve(name);
    }
    throw new Error(`Unknown variable: ${name}`);
  }
  lookupVariable(name) {
    try {
      return this.resolve(name).variables.get(name) ?? new UndefinedValue();
    } catch {
      return new UndefinedValue();
    }
  }
};
var Environment = _Environment;
__publicField(Environment, "TESTS", /* @__PURE__ */ new Map([
  ["boolean", (operand) => operand.type === "BooleanValue"],
  ["callable", (operand) => operand instanceof FunctionValue],
  [
    "odd",
    (operand) => {
      if (!(operand instanceof IntegerValue)) {
        throw new Error(`cannot odd on ${operand.type}`);
      }
      return operand.value % 2 !== 0;
    }
  ],
  [
    "even",
    (operand) => {
      if (!(operand instanceof IntegerValue)) {
        throw new Error(`cannot even on ${operand.type}`);
      }
      return operand.value % 2 === 0;
    }
  ],
  ["false", (operand) => operand.type === "BooleanValue" && !operand.value],
  ["true", (operand) => operand.type === "BooleanValue" && operand.value],
  ["none", (operand) => operand.type === "NullValue"],
  ["string", (operand) => operand.type === "StringValue"],
  ["number", (operand) => operand instanceof IntegerValue || operand instanceof FloatValue],
  ["integer", (operand) => operand instanceof IntegerValue],
  ["iterable", (operand) => operand.type === "ArrayValue" || operand.type === "StringValue"],
  ["mapping", (operand) => operand instanceof ObjectValue],
  [
    "sequence",
    (operand) => operand instanceof ArrayValue || operand instanceof ObjectValue || operand instanceof StringValue
  ],
  [
    "lower",
    (operand) => {
      const str = operand.value;
      return operand.type === "StringValue" && str === str.toLowerCase();
    }
  ],
  [
    "upper",
    (operand) => {
      const str = operand.value;
      return operand.type === "StringValue" && str === str.toUpperCase();
    }
  ],
  ["none", (operand) => operand.type === "NullValue"],
  ["defined", (operand) => operand.type !== "UndefinedValue"],
  ["undefined", (operand) => operand.type === "UndefinedValue"],
  ["equalto", (a, b) => a.value === b.value],
  ["eq", (a, b) => a.value === b.value]
]));
function setupGlobals(env) {
  env.set("false", false);
  env.set("true", true);
  env.set("none", null);
  env.set("raise_exception", (args) => {
    throw new Error(args);
  });
  env.set("range", range);
  env.set("strftime_now", strftime_now);
  env.set("True", true);
  env.set("False", false);
  env.set("None", null);
}
function isAttributeContainer(value) {
  return value instanceof ObjectValue || value instanceof NamespaceValue;
}
function isNumericLikeValue(value) {
  return value instanceof IntegerValue || value instanceof FloatValue || value instanceof BooleanValue;
}
function getNumericValue(value) {
  return value instanceof BooleanValue ? Number(value.value) : value.value;
}
function getAttributeValue(item, attributePath) {
  const parts = attributePath.split(".");
  let value = item;
  for (const part of parts) {
    if (isAttributeContainer(value)) {
      value = value.value.get(part) ?? new UndefinedValue();
    } else if (value instanceof ArrayValue) {
      const index = parseInt(part, 10);
      if (!isNaN(index) && index >= 0 && index < value.value.length) {
        value = value.value[index];
      } else {
        return new UndefinedValue();
      }
    } else {
      return new UndefinedValue();
    }
  }
  return value;
}
function compareRuntimeValues(a, b, caseSensitive = false) {
  if (a instanceof NullValue && b instanceof NullValue) {
    return 0;
  }
  if (a instanceof NullValue || b instanceof NullValue) {
    throw new Error(`Cannot compare ${a.type} with ${b.type}`);
  }
  if (a instanceof UndefinedValue && b instanceof UndefinedValue) {
    return 0;
  }
  if (a instanceof UndefinedValue || b instanceof UndefinedValue) {
    throw new Error(`Cannot compare ${a.type} with ${b.type}`);
  }
  if (isNumericLikeValue(a) && isNumericLikeValue(b)) {
    const aNum = getNumericValue(a);
    const bNum = getNumericValue(b);
    return aNum < bNum ? -1 : aNum > bNum ? 1 : 0;
  }
  if (a.type !== b.type) {
    throw new Error(`Cannot compare different types: ${a.type} and ${b.type}`);
  }
  switch (a.type) {
    case "StringValue": {
      let aStr = a.value;
      let bStr = b.value;
      if (!caseSensitive) {
        aStr = aStr.toLowerCase();
        bStr = bStr.toLowerCase();
      }
      return aStr < bStr ? -1 : aStr > bStr ? 1 : 0;
    }
    default:
      throw new Error(`Cannot compare type: ${a.type}`);
  }
}
function getParameterDescriptor(argument) {
  if (argument.type === "Identifier") {
    return { name: argument.value };
  }
  const keywordArgument = argument;
  return { name: keywordArgument.key.value, defaultValue: keywordArgument.value };
}
function isSpecialMacroArgument(name) {
  return name === "kwargs" || name === "varargs";
}
function findAccessedSpecialMacroArguments(parameters, body) {
  const declared = /* @__PURE__ */ new Set();
  const accessed = /* @__PURE__ */ new Set();
  const declareName = (name) => {
    if (isSpecialMacroArgument(name)) {
      declared.add(name);
    }
  };
  const declareTarget = (target) => {
    if (target.type === "Identifier") {
      declareName(target.value);
    } else if (target.type === "TupleLiteral") {
      for (const item of target.value) {
        declareTarget(item);
      }
    }
  };
  const declareArgument = (argument) => {
    declareName(getParameterDescriptor(argument).name);
  };
  const visitArgumentDefaults = (args) => {
    for (const argument of args) {
      const parameter = getParameterDescriptor(argument);
      if (parameter.defaultValue) {
        visit(parameter.defaultValue);
      }
    }
  };
  const visitFilter = (filter) => {
    if (filter.type === "CallExpression") {
      visit(filter.args);
    }
  };
  const visit = (node) => {
    if (Array.isArray(node)) {
      for (const item of node) {
        visit(item);
      }
      return;
    }
    if (node instanceof Map) {
      for (const [key, value] of node) {
        visit(key);
        visit(value);
      }
      return;
    }
    if (!(node instanceof Statement)) {
      return;
    }
    switch (node.type) {
      case "For": {
        const statement = node;
        declareTarget(statement.loopvar);
        if (statement.iterable.type === "SelectExpression") {
          const iterable = statement.iterable;
          visit(iterable.lhs);
          visit(statement.body);
          visit(statement.defaultBlock);
          visit(iterable.test);
          return;
        }
        visit(statement.iterable);
        visit(statement.body);
        visit(statement.defaultBlock);
        return;
      }
      case "Set": {
        const statement = node;
        declareTarget(statement.assignee);
        visit(statement.value);
        visit(statement.body);
        return;
      }
      case "Macro": {
        const statement = node;
        for (const argument of statement.args) {
          declareArgument(argument);
        }
        visitArgumentDefaults(statement.args);
        visit(statement.body);
        return;
      }
      case "CallStatement": {
        const statement = node;
        visit(statement.call);
        for (const argument of statement.callerArgs ?? []) {
          declareArgument(argument);
        }
        visitArgumentDefaults(statement.callerArgs ?? []);
        visit(statement.body);
        return;
      }
      case "FilterStatement": {
        const statement = node;
        visit(statement.body);
        visitFilter(statement.filter);
        return;
      }
      case "Identifier": {
        const name = node.value;
        if (isSpecialMacroArgument(name) && !declared.has(name)) {
          accessed.add(name);
        }
        return;
      }
      case "MemberExpression": {
        const expression = node;
        visit(expression.object);
        if (expression.computed) {
          visit(expression.property);
        }
        return;
      }
      case "FilterExpression": {
        const expression = node;
        visit(expression.operand);
        visitFilter(expression.filter);
        return;
      }
      case "TestExpression":
        visit(node.operand);
        return;
      case "SelectExpression": {
        const expression = node;
        visit(expression.test);
        visit(expression.lhs);
        return;
      }
      case "KeywordArgumentExpression":
        visit(node.value);
        return;
      default:
        for (const child of Object.values(node)) {
          visit(child);
        }
    }
  };
  for (const parameter of parameters) {
    declareArgument(parameter);
  }
  visit(body);
  return accessed;
}
var Interpreter = class {
  global;
  constructor(env) {
    this.global = env ?? new Environment();
  }
  /**
   * Run the program.
   */
  run(program) {
    return this.evaluate(program, this.global);
  }
  /**
   * Evaluates expressions following the binary operation type.
   */
  evaluateBinaryExpression(node, environment) {
    const left = this.evaluate(node.left, environment);
    switch (node.operator.value) {
      case "and":
        return left.__bool__().value ? this.evaluate(node.right, environment) : left;
      case "or":
        return left.__bool__().value ? left : this.evaluate(node.right, environment);
    }
    const right = this.evaluate(node.right, environment);
    switch (node.operator.value) {
      case "==":
        return new BooleanValue(left.value == right.value);
      case "!=":
        return new BooleanValue(left.value != right.value);
    }
    if (left instanceof UndefinedValue || right instanceof UndefinedValue) {
      if (right instanceof UndefinedValue && ["in", "not in"].includes(node.operator.value)) {
        return new BooleanValue(node.operator.value === "not in");
      }
      throw new Error(`Cannot perform operation ${node.operator.value} on undefined values`);
    } else if (left instanceof NullValue || right instanceof NullValue) {
      throw new Error("Cannot perform operation on null values");
    } else if (node.operator.value === "~") {
      return new StringValue(left.value.toString() + right.value.toString());
    } else if (node.operator.value === "**" && isNumericLikeValue(left) && isNumericLikeValue(right)) {
      const a = getNumericValue(left);
      const b = getNumericValue(right);
      if (a === 0 && b < 0) {
        throw new Error("0.0 cannot be raised to a negative power");
      }
      const result = a ** b;
      if (!Number.isFinite(result)) {
        throw new Error("Exponentiation result is not a finite real number");
      }
      const isFloat = left instanceof FloatValue || right instanceof FloatValue || b < 0;
      return isFloat ? new FloatValue(result) : new IntegerValue(result);
    } else if ((left instanceof IntegerValue || left instanceof FloatValue) && (right instanceof IntegerValue || right instanceof FloatValue)) {
      const a = left.value, b = right.value;
      switch (node.operator.value) {
        case "+":
        case "-":
        case "*": {
          const res = node.operator.value === "+" ? a + b : node.operator.value === "-" ? a - b : a * b;
          const isFloat = left instanceof FloatValue || right instanceof FloatValue;
          return isFloat ? new FloatValue(res) : new IntegerValue(res);
        }
        case "/":
          return new FloatValue(a / b);
        case "//": {
          const res = Math.floor(a / b);
          const isFloat = left instanceof FloatValue || right instanceof FloatValue;
          return isFloat ? new FloatValue(res) : new IntegerValue(res);
        }
        case "%": {
          const rem = a % b;
          const isFloat = left instanceof FloatValue || right instanceof FloatValue;
          return isFloat ? new FloatValue(rem) : new IntegerValue(rem);
        }
        case "<":
          return new BooleanValue(a < b);
        case ">":
          return new BooleanValue(a > b);
        case ">=":
          return new BooleanValue(a >= b);
        case "<=":
          return new BooleanValue(a <= b);
      }
    } else if (left instanceof ArrayValue && right instanceof ArrayValue) {
      switch (node.operator.value) {
        case "+":
          return new ArrayValue(left.value.concat(right.value));
      }
    } else if (right instanceof ArrayValue) {
      const member = right.value.find((x) => x.value === left.value) !== void 0;
      switch (node.operator.value) {
        case "in":
          return new BooleanValue(member);
        case "not in":
          return new BooleanValue(!member);
      }
    }
    if (left instanceof StringValue || right instanceof StringValue) {
      switch (node.operator.value) {
        case "+":
          return new StringValue(left.value.toString() + right.value.toString());
      }
    }
    if (left instanceof StringValue && right instanceof StringValue) {
      switch (node.operator.value) {
        case "in":
          return new BooleanValue(right.value.includes(left.value));
        case "not in":
          return new BooleanValue(!right.value.includes(left.value));
      }
    }
    if (left instanceof StringValue && right instanceof ObjectValue) {
      switch (node.operator.value) {
        case "in":
          return new BooleanValue(right.value.has(left.value));
        case "not in":
          return new BooleanValue(!right.value.has(left.value));
      }
    }
    throw new SyntaxError(`Unknown operator "${node.operator.value}" between ${left.type} and ${right.type}`);
  }
  evaluateArguments(args, environment) {
    const positionalArguments = [];
    const keywordArguments = /* @__PURE__ */ new Map();
    const addKeywordArgument = (key, value) => {
      if (keywordArguments.has(key)) {
        throw new Error(`Got multiple values for keyword argument '${key}'`);
      }
      keywordArguments.set(key, value);
    };
    for (const argument of args) {
      if (argument.type === "SpreadExpression") {
        const spreadNode = argument;
        const val = this.evaluate(spreadNode.argument, environment);
        if (!(val instanceof ArrayValue)) {
          throw new Error(`Cannot unpack non-iterable type: ${val.type}`);
        }
        for (const item of val.value) {
          positionalArguments.push(item);
        }
      } else if (argument.type !== "KeywordArgumentExpression" && argument.type !== "KeywordSpreadExpression") {
        positionalArguments.push(this.evaluate(argument, environment));
      }
    }
    for (const argument of args) {
      if (argument.type === "KeywordArgumentExpression") {
        const kwarg = argument;
        addKeywordArgument(kwarg.key.value, this.evaluate(kwarg.value, environment));
      } else if (argument.type === "KeywordSpreadExpression") {
        const spreadNode = argument;
        const val = this.evaluate(spreadNode.argument, environment);
        if (!(val instanceof ObjectValue)) {
          throw new Error(`Argument after ** must be a mapping, not ${val.type}`);
        }
        for (const [key, value] of val.value) {
          addKeywordArgument(key, value);
        }
      }
    }
    return [positionalArguments, keywordArguments];
  }
  applyFilter(operand, filterNode, environment) {
    if (filterNode.type === "Identifier") {
      const filter = filterNode;
      if (filter.value === "safe") {
        return operand;
      }
      if (filter.value === "tojson") {
        return new StringValue(toJSON(operand, {}));
      }
      if (operand instanceof ArrayValue) {
        switch (filter.value) {
          case "list":
            return operand;
          case "first":
            return operand.value[0];
          case "last":
            return operand.value[operand.value.length - 1];
          case "length":
            return new IntegerValue(operand.value.length);
          case "reverse":
            return new ArrayValue(operand.value.slice().reverse());
          case "sort": {
            return new ArrayValue(operand.value.slice().sort((a, b) => compareRuntimeValues(a, b, false)));
          }
          case "join":
            return new StringValue(operand.value.map((x) => x.value).join(""));
          case "string":
            return new StringValue(toJSON(operand, {}, 0, false));
          case "unique": {
            const seen = /* @__PURE__ */ new Set();
            const output = [];
            for (const item of operand.value) {
              if (!seen.has(item.value)) {
                seen.add(item.value);
                output.push(item);
              }
            }
            return new ArrayValue(output);
          }
          default:
            throw new Error(`Unknown ArrayValue filter: ${filter.value}`);
        }
      } else if (operand instanceof StringValue) {
        switch (filter.value) {
          case "length":
          case "upper":
          case "lower":
          case "title":
          case "capitalize": {
            const builtin = operand.builtins.get(filter.value);
            if (builtin instanceof FunctionValue) {
              return builtin.value(
                /* no arguments */
                [],
                environment
              );
            } else if (builtin instanceof IntegerValue) {
              return builtin;
            } else {
              throw new Error(`Unknown StringValue filter: ${filter.value}`);
            }
          }
          case "trim":
            return new StringValue(operand.value.trim());
          case "indent":
            return new StringValue(
              operand.value.split("\n").map(
                (x, i) => (
                  // By default, don't indent the first line or empty lines
                  i === 0 || x.length === 0 ? x : "    " + x
                )
              ).join("\n")
            );
          case "join":
          case "string":
            return operand;
          case "int": {
            const val = parseInt(operand.value, 10);
            return new IntegerValue(isNaN(val) ? 0 : val);
          }
          case "float": {
            const val = parseFloat(operand.value);
            return new FloatValue(isNaN(val) ? 0 : val);
          }
          default:
            throw new Error(`Unknown StringValue filter: ${filter.value}`);
        }
      } else if (operand instanceof IntegerValue || operand instanceof FloatValue) {
        switch (filter.value) {
          case "abs":
            return operand instanceof IntegerValue ? new IntegerValue(Math.abs(operand.value)) : new FloatValue(Math.abs(operand.value));
          case "int":
            return new IntegerValue(Math.floor(operand.value));
          case "float":
            return new FloatValue(operand.value);
          case "string":
            return new StringValue(operand.toString());
          default:
            throw new Error(`Unknown NumericValue filter: ${filter.value}`);
        }
      } else if (operand instanceof ObjectValue) {
        switch (filter.value) {
          case "items":
            return new ArrayValue(
              Array.from(operand.value.entries()).map(([key, value]) => new ArrayValue([new StringValue(key), value]))
            );
          case "length":
            return new IntegerValue(operand.value.size);
          default: {
            const builtin = operand.builtins.get(filter.value);
            if (builtin) {
              if (builtin instanceof FunctionValue) {
                return builtin.value([], environment);
              }
              return builtin;
            }
            throw new Error(`Unknown ObjectValue filter: ${filter.value}`);
          }
        }
      } else if (operand instanceof BooleanValue) {
        switch (filter.value) {
          case "bool":
            return new BooleanValue(operand.value);
          case "int":
            return new IntegerValue(operand.value ? 1 : 0);
          case "float":
            return new FloatValue(operand.value ? 1 : 0);
          case "string":
            return new StringValue(operand.value ? "true" : "false");
          default:
            throw new Error(`Unknown BooleanValue filter: ${filter.value}`);
        }
      }
      throw new Error(`Cannot apply filter "${filter.value}" to type: ${operand.type}`);
    } else if (filterNode.type === "CallExpression") {
      const filter = filterNode;
      if (filter.callee.type !== "Identifier") {
        throw new Error(`Unknown filter: ${filter.callee.type}`);
      }
      const filterName = filter.callee.value;
      if (filterName === "tojson") {
        const [, kwargs] = this.evaluateArguments(filter.args, environment);
        const indent = kwargs.get("indent") ?? new NullValue();
        if (!(indent instanceof IntegerValue || indent instanceof NullValue)) {
          throw new Error("If set, indent must be a number");
        }
        const ensureAscii = kwargs.get("ensure_ascii") ?? new BooleanValue(false);
        if (!(ensureAscii instanceof BooleanValue)) {
          throw new Error("If set, ensure_ascii must be a boolean");
        }
        const sortKeys = kwargs.get("sort_keys") ?? new BooleanValue(false);
        if (!(sortKeys instanceof BooleanValue)) {
          throw new Error("If set, sort_keys must be a boolean");
        }
        const separatorsArg = kwargs.get("separators") ?? new NullValue();
        let separators = null;
        if (separatorsArg instanceof ArrayValue || separatorsArg instanceof TupleValue) {
          if (separatorsArg.value.length !== 2) {
            throw new Error("separators must be a tuple of two strings");
          }
          const [itemSep, keySep] = separatorsArg.value;
          if (!(itemSep instanceof StringValue) || !(keySep instanceof StringValue)) {
            throw new Error("separators must be a tuple of two strings");
          }
          separators = [itemSep.value, keySep.value];
        } else if (!(separatorsArg instanceof NullValue)) {
          throw new Error("If set, separators must be a tuple of two strings");
        }
        return new StringValue(
          toJSON(operand, {
            indent: indent.value,
            ensureAscii: ensureAscii.value,
            sortKeys: sortKeys.value,
            separators
          })
        );
      } else if (filterName === "join") {
        let value;
        if (operand instanceof StringValue) {
          value = Array.from(operand.value);
        } else if (operand instanceof ArrayValue) {
          value = operand.value.map((x) => x.value);
        } else {
          throw new Error(`Cannot apply filter "${filterName}" to type: ${operand.type}`);
        }
        const [args, kwargs] = this.evaluateArguments(filter.args, environment);
        const separator = args.at(0) ?? kwargs.get("separator") ?? new StringValue("");
        if (!(separator instanceof StringValue)) {
          throw new Error("separator must be a string");
        }
        return new StringValue(value.join(separator.value));
      } else if (filterName === "int" || filterName === "float") {
        const [args, kwargs] = this.evaluateArguments(filter.args, environment);
        const defaultValue = args.at(0) ?? kwargs.get("default") ?? (filterName === "int" ? new IntegerValue(0) : new FloatValue(0));
        if (operand instanceof StringValue) {
          const val = filterName === "int" ? parseInt(operand.value, 10) : parseFloat(operand.value);
          return isNaN(val) ? defaultValue : filterName === "int" ? new IntegerValue(val) : new FloatValue(val);
        } else if (operand instanceof IntegerValue || operand instanceof FloatValue) {
          return operand;
        } else if (operand instanceof BooleanValue) {
          return filterName === "int" ? new IntegerValue(operand.value ? 1 : 0) : new FloatValue(operand.value ? 1 : 0);
        } else {
          throw new Error(`Cannot apply filter "${filterName}" to type: ${operand.type}`);
        }
      } else if (filterName === "default") {
        const [args, kwargs] = this.evaluateArguments(filter.args, environment);
        const defaultValue = args[0] ?? new StringValue("");
        const booleanValue = args[1] ?? kwargs.get("boolean") ?? new BooleanValue(false);
        if (!(booleanValue instanceof BooleanValue)) {
          throw new Error("`default` filter flag must be a boolean");
        }
        if (operand instanceof UndefinedValue || booleanValue.value && !operand.__bool__().value) {
          return defaultValue;
        }
        return operand;
      }
      if (operand instanceof ArrayValue) {
        switch (filterName) {
          case "sort": {
            const [args, kwargs] = this.evaluateArguments(filter.args, environment);
            const reverse = args.at(0) ?? kwargs.get("reverse") ?? new BooleanValue(false);
            if (!(reverse instanceof BooleanValue)) {
              throw new Error("reverse must be a boolean");
            }
            const caseSensitive = args.at(1) ?? kwargs.get("case_sensitive") ?? new BooleanValue(false);
            if (!(caseSensitive instanceof BooleanValue)) {
              throw new Error("case_sensitive must be a boolean");
            }
            const attribute = args.at(2) ?? kwargs.get("attribute") ?? new NullValue();
            if (!(attribute instanceof StringValue || attribute instanceof IntegerValue || attribute instanceof NullValue)) {
              throw new Error("attribute must be a string, integer, or null");
            }
            const getSortValue = (item) => {
              if (attribute instanceof NullValue) {
                return item;
              }
              const attrPath = attribute instanceof IntegerValue ? String(attribute.value) : attribute.value;
              return getAttributeValue(item, attrPath);
            };
            return new ArrayValue(
              operand.value.slice().sort((a, b) => {
                const aVal = getSortValue(a);
                const bVal = getSortValue(b);
                const result = compareRuntimeValues(aVal, bVal, caseSensitive.value);
                return reverse.value ? -result : result;
              })
            );
          }
          case "selectattr":
          case "rejectattr": {
            const select = filterName === "selectattr";
            if (operand.value.some((item) => !isAttributeContainer(item))) {
              throw new Error(`\`${filterName}\` can only be applied to array of objects`);
            }
            if (filter.args.some((x) => x.type !== "StringLiteral")) {
              throw new Error(`arguments of \`${filterName}\` must be strings`);
            }
            const [attr, testName, value] = filter.args.map((x) => this.evaluate(x, environment));
            let testFunction;
            if (testName) {
              const test = environment.tests.get(testName.value);
              if (!test) {
                throw new Error(`Unknown test: ${testName.value}`);
              }
              testFunction = test;
            } else {
              testFunction = (...x) => x[0].__bool__().value;
            }
            const filtered = operand.value.filter((item) => {
              const a = item.value.get(attr.value);
              const result = a ? testFunction(a, value) : false;
              return select ? result : !result;
            });
            return new ArrayValue(filtered);
          }
          case "map": {
            const [, kwargs] = this.evaluateArguments(filter.args, environment);
            if (kwargs.has("attribute")) {
              const attr = kwargs.get("attribute");
              if (!(attr instanceof StringValue)) {
                throw new Error("attribute must be a string");
              }
              const defaultValue = kwargs.get("default");
              const mapped = operand.value.map((item) => {
                if (!isAttributeContainer(item)) {
                  throw new Error("items in map must be an object");
                }
                const value = getAttributeValue(item, attr.value);
                return value instanceof UndefinedValue ? defaultValue ?? new UndefinedValue() : value;
              });
              return new ArrayValue(mapped);
            } else {
              throw new Error("`map` expressions without `attribute` set are not currently supported.");
            }
          }
        }
        throw new Error(`Unknown ArrayValue filter: ${filterName}`);
      } else if (operand instanceof StringValue) {
        switch (filterName) {
          case "indent": {
            const [args, kwargs] = this.evaluateArguments(filter.args, environment);
            const width = args.at(0) ?? kwargs.get("width") ?? new IntegerValue(4);
            if (!(width instanceof IntegerValue)) {
              throw new Error("width must be a number");
            }
            const first = args.at(1) ?? kwargs.get("first") ?? new BooleanValue(false);
            const blank = args.at(2) ?? kwargs.get("blank") ?? new BooleanValue(false);
            const lines = operand.value.split("\n");
            const indent = " ".repeat(width.value);
            const indented = lines.map(
              (x, i) => !first.value && i === 0 || !blank.value && x.length === 0 ? x : indent + x
            );
            return new StringValue(indented.join("\n"));
          }
          case "replace": {
            const replaceFn = operand.builtins.get("replace");
            if (!(replaceFn instanceof FunctionValue)) {
              throw new Error("replace filter not available");
            }
            const [args, kwargs] = this.evaluateArguments(filter.args, environment);
            return replaceFn.value([...args, new KeywordArgumentsValue(kwargs)], environment);
          }
        }
        throw new Error(`Unknown StringValue filter: ${filterName}`);
      } else if (operand instanceof ObjectValue) {
        const builtin = operand.builtins.get(filterName);
        if (builtin && builtin instanceof FunctionValue) {
          const [args, kwargs] = this.evaluateArguments(filter.args, environment);
          if (kwargs.size > 0) {
            args.push(new KeywordArgumentsValue(kwargs));
          }
          return builtin.value(args, environment);
        }
        throw new Error(`Unknown ObjectValue filter: ${filterName}`);
      } else {
        throw new Error(`Cannot apply filter "${filterName}" to type: ${operand.type}`);
      }
    }
    throw new Error(`Unknown filter: ${filterNode.type}`);
  }
  /**
   * Evaluates expressions following the filter operation type.
   */
  evaluateFilterExpression(node, environment) {
    const operand = this.evaluate(node.operand, environment);
    return this.applyFilter(operand, node.filter, environment);
  }
  /**
   * Evaluates expressions following the test operation type.
   */
  evaluateTestExpression(node, environment) {
    const operand = this.evaluate(node.operand, environment);
    const test = environment.tests.get(node.test.value);
    if (!test) {
      throw new Error(`Unknown test: ${node.test.value}`);
    }
    const result = test(operand);
    return new BooleanValue(node.negate ? !result : result);
  }
  /**
   * Evaluates expressions following the select operation type.
   */
  evaluateSelectExpression(node, environment) {
    const predicate = this.evaluate(node.test, environment);
    if (!predicate.__bool__().value) {
      return new UndefinedValue();
    }
    return this.evaluate(node.lhs, environment);
  }
  /**
   * Evaluates expressions following the unary operation type.
   */
  evaluateUnaryExpression(node, environment) {
    const argument = this.evaluate(node.argument, environment);
    switch (node.operator.value) {
      case "not":
        return new BooleanValue(!argument.__bool__().value);
      case "+":
      case "-": {
        const sign = node.operator.value === "-" ? -1 : 1;
        if (argument instanceof IntegerValue || argument instanceof FloatValue || argument instanceof BooleanValue) {
          const value = argument instanceof BooleanValue ? argument.value ? 1 : 0 : argument.value;
          const result = sign * value;
          return argument instanceof FloatValue ? new FloatValue(result) : new IntegerValue(result);
        }
        throw new SyntaxError(`Unknown operator "${node.operator.value}" for ${argument.type}`);
      }
      default:
        throw new SyntaxError(`Unknown operator: ${node.operator.value}`);
    }
  }
  evaluateTernaryExpression(node, environment) {
    const cond = this.evaluate(node.condition, environment);
    return cond.__bool__().value ? this.evaluate(node.trueExpr, environment) : this.evaluate(node.falseExpr, environment);
  }
  evalProgram(program, environment) {
    return this.evaluateBlock(program.body, environment);
  }
  evaluateBlock(statements, environment) {
    let result = "";
    for (const statement of statements) {
      const lastEvaluated = this.evaluate(statement, environment);
      if (lastEvaluated.type !== "NullValue" && lastEvaluated.type !== "UndefinedValue") {
        result += lastEvaluated.toString();
      }
    }
    return new StringValue(result);
  }
  evaluateIdentifier(node, environment) {
    return environment.lookupVariable(node.value);
  }
  evaluateCallExpression(expr, environment) {
    const [args, kwargs] = this.evaluateArguments(expr.args, environment);
    if (kwargs.size > 0) {
      args.push(new KeywordArgumentsValue(kwargs));
    }
    const fn = this.evaluate(expr.callee, environment);
    if (fn.type !== "FunctionValue") {
      throw new Error(`Cannot call something that is not a function: got ${fn.type}`);
    }
    return fn.value(args, environment);
  }
  evaluateSliceExpression(object, expr, environment) {
    if (!(object instanceof ArrayValue || object instanceof StringValue)) {
      throw new Error("Slice object must be an array or string");
    }
    const start = this.evaluate(expr.start, environment);
    const stop = this.evaluate(expr.stop, environment);
    const step = this.evaluate(expr.step, environment);
    if (!(start instanceof IntegerValue || start instanceof UndefinedValue)) {
      throw new Error("Slice start must be numeric or undefined");
    }
    if (!(stop instanceof IntegerValue || stop instanceof UndefinedValue)) {
      throw new Error("Slice stop must be numeric or undefined");
    }
    if (!(step instanceof IntegerValue || step instanceof UndefinedValue)) {
      throw new Error("Slice step must be numeric or undefined");
    }
    if (object instanceof ArrayValue) {
      return new ArrayValue(slice(object.value, start.value, stop.value, step.value));
    } else {
      return new StringValue(slice(Array.from(object.value), start.value, stop.value, step.value).join(""));
    }
  }
  evaluateMemberExpression(expr, environment) {
    const object = this.evaluate(expr.object, environment);
    let property;
    if (expr.computed) {
      if (expr.property.type === "SliceExpression") {
        return this.evaluateSliceExpression(object, expr.property, environment);
      } else {
        property = this.evaluate(expr.property, environment);
      }
    } else if (expr.property.type === "IntegerLiteral") {
      property = new IntegerValue(expr.property.value);
    } else {
      property = new StringValue(expr.property.value);
    }
    let value;
    if (isAttributeContainer(object)) {
      if (!(property instanceof StringValue)) {
        throw new Error(`Cannot access property with non-string: got ${property.type}`);
      }
      value = object.value.get(property.value) ?? (object instanceof ObjectValue ? object.builtins.get(property.value) : void 0);
    } else if (object instanceof ArrayValue || object instanceof StringValue) {
      if (property instanceof IntegerValue) {
        if (object instanceof StringValue) {
          const character = object.value.at(property.value);
          value = character === void 0 ? void 0 : new StringValue(character);
        } else {
          value = object.value.at(property.value);
        }
      } else if (property instanceof StringValue) {
        value = object.builtins.get(property.value);
      } else {
        throw new Error(`Cannot access property with non-string/non-number: got ${property.type}`);
      }
    } else {
      if (!(property instanceof StringValue)) {
        throw new Error(`Cannot access property with non-string: got ${property.type}`);
      }
      value = object.builtins.get(property.value);
    }
    return value instanceof RuntimeValue ? value : new UndefinedValue();
  }
  evaluateSet(node, environment) {
    const rhs = node.value ? this.evaluate(node.value, environment) : this.evaluateBlock(node.body, environment);
    if (node.assignee.type === "Identifier") {
      const variableName = node.assignee.value;
      environment.setVariable(variableName, rhs);
    } else if (node.assignee.type === "TupleLiteral") {
      const tuple = node.assignee;
      if (!(rhs instanceof ArrayValue)) {
        throw new Error(`Cannot unpack non-iterable type in set: ${rhs.type}`);
      }
      const arr = rhs.value;
      if (arr.length !== tuple.value.length) {
        throw new Error(`Too ${tuple.value.length > arr.length ? "few" : "many"} items to unpack in set`);
      }
      for (let i = 0; i < tuple.value.length; ++i) {
        const elem = tuple.value[i];
        if (elem.type !== "Identifier") {
          throw new Error(`Cannot unpack to non-identifier in set: ${elem.type}`);
        }
        environment.setVariable(elem.value, arr[i]);
      }
    } else if (node.assignee.type === "MemberExpression") {
      const member = node.assignee;
      const object = this.evaluate(member.object, environment);
      if (!(object instanceof NamespaceValue)) {
        throw new Error("cannot assign attribute on non-namespace object");
      }
      if (member.property.type !== "Identifier") {
        throw new Error("Cannot assign to member with non-identifier property");
      }
      object.value.set(member.property.value, rhs);
    } else {
      throw new Error(`Invalid LHS inside assignment expression: ${JSON.stringify(node.assignee)}`);
    }
    return new NullValue();
  }
  evaluateIf(node, environment) {
    const test = this.evaluate(node.test, environment);
    return this.evaluateBlock(test.__bool__().value ? node.body : node.alternate, environment);
  }
  evaluateFor(node, environment) {
    const scope = new Environment(environment);
    let test, iterable;
    if (node.iterable.type === "SelectExpression") {
      const select = node.iterable;
      iterable = this.evaluate(select.lhs, scope);
      test = select.test;
    } else {
      iterable = this.evaluate(node.iterable, scope);
    }
    if (!(iterable instanceof ArrayValue || iterable instanceof ObjectValue)) {
      throw new Error(`Expected iterable or object type in for loop: got ${iterable.type}`);
    }
    if (iterable instanceof ObjectValue) {
      iterable = iterable.keys();
    }
    const items = [];
    const scopeUpdateFunctions = [];
    for (let i = 0; i < iterable.value.length; ++i) {
      const loopScope = new Environment(scope);
      const current = iterable.value[i];
      let scopeUpdateFunction;
      if (node.loopvar.type === "Identifier") {
        scopeUpdateFunction = (scope2) => scope2.setVariable(node.loopvar.value, current);
      } else if (node.loopvar.type === "TupleLiteral") {
        const loopvar = node.loopvar;
        if (current.type !== "ArrayValue") {
          throw new Error(`Cannot unpack non-iterable type: ${current.type}`);
        }
        const c = current;
        if (loopvar.value.length !== c.value.length) {
          throw new Error(`Too ${loopvar.value.length > c.value.length ? "few" : "many"} items to unpack`);
        }
        scopeUpdateFunction = (scope2) => {
          for (let j = 0; j < loopvar.value.length; ++j) {
            if (loopvar.value[j].type !== "Identifier") {
              throw new Error(`Cannot unpack non-identifier type: ${loopvar.value[j].type}`);
            }
            scope2.setVariable(loopvar.value[j].value, c.value[j]);
          }
        };
      } else {
        throw new Error(`Invalid loop variable(s): ${node.loopvar.type}`);
      }
      if (test) {
        scopeUpdateFunction(loopScope);
        const testValue = this.evaluate(test, loopScope);
        if (!testValue.__bool__().value) {
          continue;
        }
      }
      items.push(current);
      scopeUpdateFunctions.push(scopeUpdateFunction);
    }
    let result = "";
    let noIteration = true;
    for (let i = 0; i < items.length; ++i) {
      const loop = /* @__PURE__ */ new Map([
        ["index", new IntegerValue(i + 1)],
        ["index0", new IntegerValue(i)],
        ["revindex", new IntegerValue(items.length - i)],
        ["revindex0", new IntegerValue(items.length - i - 1)],
        ["first", new BooleanValue(i === 0)],
        ["last", new BooleanValue(i === items.length - 1)],
        ["length", new IntegerValue(items.length)],
        ["previtem", i > 0 ? items[i - 1] : new UndefinedValue()],
        ["nextitem", i < items.length - 1 ? items[i + 1] : new UndefinedValue()]
      ]);
      scope.setVariable("loop", new ObjectValue(loop));
      scopeUpdateFunctions[i](scope);
      try {
        const evaluated = this.evaluateBlock(node.body, scope);
        result += evaluated.value;
      } catch (err) {
        if (err instanceof ContinueControl) {
          continue;
        }
        if (err instanceof BreakControl) {
          break;
        }
        throw err;
      }
      noIteration = false;
    }
    if (noIteration) {
      const defaultEvaluated = this.evaluateBlock(node.defaultBlock, scope);
      result += defaultEvaluated.value;
    }
    return new StringValue(result);
  }
  /**
   * Bind every parameter name and special argument before evaluating defaults,
   * preventing unbound parameters from resolving in an outer scope.
   */
  bindMacroArguments(displayName, parameters, specialArguments, args, scope) {
    const positionalArguments = args.slice();
    let keywordArguments = /* @__PURE__ */ new Map();
    if (positionalArguments.at(-1) instanceof KeywordArgumentsValue) {
      keywordArguments = new Map(positionalArguments.pop().value);
    }
    const pendingDefaults = [];
    for (let i = 0; i < parameters.length; ++i) {
      const { name, defaultValue } = getParameterDescriptor(parameters[i]);
      let value = positionalArguments[i];
      if (value === void 0 && keywordArguments.has(name)) {
        value = keywordArguments.get(name);
        keywordArguments.delete(name);
      }
      if (value === void 0 && defaultValue !== void 0) {
        pendingDefaults.push([name, defaultValue]);
      }
      scope.setVariable(name, value ?? new UndefinedValue());
    }
    if (specialArguments.has("kwargs")) {
      scope.setVariable("kwargs", new ObjectValue(keywordArguments));
    } else if (keywordArguments.size > 0) {
      throw new Error(`macro ${displayName} takes no keyword argument '${keywordArguments.keys().next().value}'`);
    }
    if (specialArguments.has("varargs")) {
      scope.setVariable("varargs", new ArrayValue(positionalArguments.slice(parameters.length)));
    } else if (positionalArguments.length > parameters.length) {
      throw new Error(`macro ${displayName} takes not more than ${parameters.length} argument(s)`);
    }
    for (const [name, defaultValue] of pendingDefaults) {
      scope.setVariable(name, this.evaluate(defaultValue, scope));
    }
  }
  /**
   * See https://jinja.palletsprojects.com/en/3.1.x/templates/#macros for more information.
   */
  evaluateMacro(node, environment) {
    const specialArguments = findAccessedSpecialMacroArguments(node.args, node.body);
    environment.setVariable(
      node.name.value,
      new FunctionValue((args, scope) => {
        const macroScope = new Environment(scope);
        this.bindMacroArguments(`'${node.name.value}'`, node.args, specialArguments, args, macroScope);
        return this.evaluateBlock(node.body, macroScope);
      })
    );
    return new NullValue();
  }
  evaluateCallStatement(node, environment) {
    const parameters = node.callerArgs ?? [];
    const specialArguments = findAccessedSpecialMacroArguments(parameters, node.body);
    const callerFn = new FunctionValue((callerArguments) => {
      const callBlockEnv = new Environment(environment);
      this.bindMacroArguments("None", parameters, specialArguments, callerArguments, callBlockEnv);
      return this.evaluateBlock(node.body, callBlockEnv);
    });
    const [macroArgs, macroKwargs] = this.evaluateArguments(node.call.args, environment);
    macroArgs.push(new KeywordArgumentsValue(macroKwargs));
    const fn = this.evaluate(node.call.callee, environment);
    if (fn.type !== "FunctionValue") {
      throw new Error(`Cannot call something that is not a function: got ${fn.type}`);
    }
    const newEnv = new Environment(environment);
    newEnv.setVariable("caller", callerFn);
    return fn.value(macroArgs, newEnv);
  }
  evaluateFilterStatement(node, environment) {
    const rendered = this.evaluateBlock(node.body, environment);
    return this.applyFilter(rendered, node.filter, environment);
  }
  evaluate(statement, environment) {
    if (!statement) {
      return new UndefinedValue();
    }
    switch (statement.type) {
      case "Program":
        return this.evalProgram(statement, environment);
      case "Set":
        return this.evaluateSet(statement, environment);
      case "If":
        return this.evaluateIf(statement, environment);
      case "For":
        return this.evaluateFor(statement, environment);
      case "Macro":
        return this.evaluateMacro(statement, environment);
      case "CallStatement":
        return this.evaluateCallStatement(statement, environment);
      case "Break":
        throw new BreakControl();
      case "Continue":
        throw new ContinueControl();
      case "IntegerLiteral":
        return new IntegerValue(statement.value);
      case "FloatLiteral":
        return new FloatValue(statement.value);
      case "StringLiteral":
        return new StringValue(statement.value);
      case "ArrayLiteral":
        return new ArrayValue(statement.value.map((x) => this.evaluate(x, environment)));
      case "TupleLiteral":
        return new TupleValue(statement.value.map((x) => this.evaluate(x, environment)));
      case "ObjectLiteral": {
        const mapping = /* @__PURE__ */ new Map();
        for (const [key, value] of statement.value) {
          const evaluatedKey = this.evaluate(key, environment);
          if (!(evaluatedKey instanceof StringValue)) {
            throw new Error(`Object keys must be strings: got ${evaluatedKey.type}`);
          }
          mapping.set(evaluatedKey.value, this.evaluate(value, environment));
        }
        return new ObjectValue(mapping);
      }
      case "Identifier":
        return this.evaluateIdentifier(statement, environment);
      case "CallExpression":
        return this.evaluateCallExpression(statement, environment);
      case "MemberExpression":
        return this.evaluateMemberExpression(statement, environment);
      case "UnaryExpression":
        return this.evaluateUnaryExpression(statement, environment);
      case "BinaryExpression":
        return this.evaluateBinaryExpression(statement, environment);
      case "FilterExpression":
        return this.evaluateFilterExpression(statement, environment);
      case "FilterStatement":
        return this.evaluateFilterStatement(statement, environment);
      case "TestExpression":
        return this.evaluateTestExpression(statement, environment);
      case "SelectExpression":
        return this.evaluateSelectExpression(statement, environment);
      case "Ternary":
        return this.evaluateTernaryExpression(statement, environment);
      case "Comment":
        return new NullValue();
      default:
        throw new SyntaxError(`Unknown node type: ${statement.type}`);
    }
  }
};
function convertToRuntimeValues(input) {
  switch (typeof input) {
    case "number":
      return Number.isInteger(input) ? new IntegerValue(input) : new FloatValue(input);
    case "string":
      return new StringValue(input);
    case "boolean":
      return new BooleanValue(input);
    case "undefined":
      return new UndefinedValue();
    case "object":
      if (input === null) {
        return new NullValue();
      } else if (Array.isArray(input)) {
        return new ArrayValue(input.map(convertToRuntimeValues));
      } else {
        return new ObjectValue(
          new Map(Object.entries(input).map(([key, value]) => [key, convertToRuntimeValues(value)]))
        );
      }
    case "function":
      return new FunctionValue((args, _scope) => {
        const result = input(...args.map((x) => x.value)) ?? null;
        return convertToRuntimeValues(result);
      });
    default:
      throw new Error(`Cannot convert to runtime value: ${input}`);
  }
}
var NEWLINE = "\n";
var OPEN_STATEMENT = "{%- ";
var CLOSE_STATEMENT = " -%}";
var PRECEDENCE = Object.freeze({
  CONDITIONAL: 0,
  // a if b else c
  LOGICAL_OR: 1,
  // or
  LOGICAL_AND: 2,
  // and
  LOGICAL_NOT: 3,
  // not a
  COMPARISON: 4,
  // == != < <= > >= in, not in
  ADDITIVE: 5,
  // + -
  MULTIPLICATIVE: 6,
  // * / // %
  EXPONENTIATION: 7,
  // **
  TEST: 8,
  // is
  FILTER: 9,
  // |
  UNARY_SIGN: 10,
  // -a +a
  ATOM: 11
  // literals, identifiers, calls, member accesses
});
function getBinaryOperatorPrecedence(expr) {
  switch (expr.operator.type) {
    case "ExponentiationBinaryOperator":
      return PRECEDENCE.EXPONENTIATION;
    case "MultiplicativeBinaryOperator":
      return PRECEDENCE.MULTIPLICATIVE;
    case "AdditiveBinaryOperator":
      return PRECEDENCE.ADDITIVE;
    case "ComparisonBinaryOperator":
      return PRECEDENCE.COMPARISON;
    case "Identifier":
      if (expr.operator.value === "and") {
        return PRECEDENCE.LOGICAL_AND;
      }
      if (expr.operator.value === "in" || expr.operator.value === "not in") {
        return PRECEDENCE.COMPARISON;
      }
      return PRECEDENCE.LOGICAL_OR;
  }
  return PRECEDENCE.LOGICAL_OR;
}
function getPrecedence(node) {
  switch (node.type) {
    case "SelectExpression":
    case "Ternary":
      return PRECEDENCE.CONDITIONAL;
    case "BinaryExpression":
      return getBinaryOperatorPrecedence(node);
    case "UnaryExpression":
      return node.operator.value === "not" ? PRECEDENCE.LOGICAL_NOT : PRECEDENCE.UNARY_SIGN;
    case "TestExpression":
      return PRECEDENCE.TEST;
    case "FilterExpression":
      return PRECEDENCE.FILTER;
    default:
      return PRECEDENCE.ATOM;
  }
}
function formatOperand(node, minPrecedence) {
  const expr = formatExpression(node);
  return getPrecedence(node) < minPrecedence ? `(${expr})` : expr;
}
function format(program, indent = "	") {
  const indentStr = typeof indent === "number" ? " ".repeat(indent) : indent;
  const body = formatStatements(program.body, 0, indentStr);
  return body.replace(/\n$/, "");
}
function createStatement(...text) {
  return OPEN_STATEMENT + text.join(" ") + CLOSE_STATEMENT;
}
function formatStatements(stmts, depth, indentStr) {
  return stmts.map((stmt) => formatStatement(stmt, depth, indentStr)).join(NEWLINE);
}
function formatExpressionList(expressions) {
  return expressions.map((expression) => formatExpression(expression)).join(", ");
}
function formatStatement(node, depth, indentStr) {
  const pad = indentStr.repeat(depth);
  switch (node.type) {
    case "Program":
      return formatStatements(node.body, depth, indentStr);
    case "If":
      return formatIf(node, depth, indentStr);
    case "For":
      return formatFor(node, depth, indentStr);
    case "Set":
      return formatSet(node, depth, indentStr);
    case "Macro":
      return formatMacro(node, depth, indentStr);
    case "Break":
      return pad + createStatement("break");
    case "Continue":
      return pad + createStatement("continue");
    case "CallStatement":
      return formatCallStatement(node, depth, indentStr);
    case "FilterStatement":
      return formatFilterStatement(node, depth, indentStr);
    case "Comment":
      return pad + "{# " + node.value + " #}";
    default:
      return pad + "{{- " + formatExpression(node) + " -}}";
  }
}
function formatIf(node, depth, indentStr) {
  const pad = indentStr.repeat(depth);
  const clauses = [];
  let current = node;
  while (current) {
    clauses.push({ test: current.test, body: current.body });
    if (current.alternate.length === 1 && current.alternate[0].type === "If") {
      current = current.alternate[0];
    } else {
      break;
    }
  }
  let out = pad + createStatement("if", formatExpression(clauses[0].test)) + NEWLINE + formatStatements(clauses[0].body, depth + 1, indentStr);
  for (let i = 1; i < clauses.length; ++i) {
    out += NEWLINE + pad + createStatement("elif", formatExpression(clauses[i].test)) + NEWLINE + formatStatements(clauses[i].body, depth + 1, indentStr);
  }
  if (current && current.alternate.length > 0) {
    out += NEWLINE + pad + createStatement("else") + NEWLINE + formatStatements(current.alternate, depth + 1, indentStr);
  }
  out += NEWLINE + pad + createStatement("endif");
  return out;
}
function formatFor(node, depth, indentStr) {
  const pad = indentStr.repeat(depth);
  let formattedIterable = "";
  if (node.iterable.type === "SelectExpression") {
    const n = node.iterable;
    formattedIterable = `${formatExpression(n.lhs)} if ${formatExpression(n.test)}`;
  } else {
    formattedIterable = formatExpression(node.iterable);
  }
  let out = pad + createStatement("for", formatExpression(node.loopvar), "in", formattedIterable) + NEWLINE + formatStatements(node.body, depth + 1, indentStr);
  if (node.defaultBlock.length > 0) {
    out += NEWLINE + pad + createStatement("else") + NEWLINE + formatStatements(node.defaultBlock, depth + 1, indentStr);
  }
  out += NEWLINE + pad + createStatement("endfor");
  return out;
}
function formatSet(node, depth, indentStr) {
  const pad = indentStr.repeat(depth);
  const left = formatExpression(node.assignee);
  const right = node.value ? formatExpression(node.value) : "";
  const value = pad + createStatement("set", `${left}${node.value ? " = " + right : ""}`);
  if (node.body.length === 0) {
    return value;
  }
  return value + NEWLINE + formatStatements(node.body, depth + 1, indentStr) + NEWLINE + pad + createStatement("endset");
}
function formatMacro(node, depth, indentStr) {
  const pad = indentStr.repeat(depth);
  const args = formatExpressionList(node.args);
  return pad + createStatement("macro", `${node.name.value}(${args})`) + NEWLINE + formatStatements(node.body, depth + 1, indentStr) + NEWLINE + pad + createStatement("endmacro");
}
function formatCallStatement(node, depth, indentStr) {
  const pad = indentStr.repeat(depth);
  const params = node.callerArgs && node.callerArgs.length > 0 ? `(${formatExpressionList(node.callerArgs)})` : "";
  const callExpr = formatExpression(node.call);
  let out = pad + createStatement(`call${params}`, callExpr) + NEWLINE;
  out += formatStatements(node.body, depth + 1, indentStr) + NEWLINE;
  out += pad + createStatement("endcall");
  return out;
}
function formatFilterStatement(node, depth, indentStr) {
  const pad = indentStr.repeat(depth);
  const spec = node.filter.type === "Identifier" ? node.filter.value : formatExpression(node.filter);
  let out = pad + createStatement("filter", spec) + NEWLINE;
  out += formatStatements(node.body, depth + 1, indentStr) + NEWLINE;
  out += pad + createStatement("endfilter");
  return out;
}
function formatExpression(node) {
  switch (node.type) {
    case "SpreadExpression": {
      const n = node;
      return `*${formatExpression(n.argument)}`;
    }
    case "KeywordSpreadExpression": {
      const n = node;
      return `**${formatExpression(n.argument)}`;
    }
    case "Identifier":
      return node.value;
    case "IntegerLiteral":
      return `${node.value}`;
    case "FloatLiteral": {
      const value = node.value;
      if (Object.is(value, -0)) {
        return "-0.0";
      }
      return value % 1 === 0 ? value.toFixed(1) : value.toString();
    }
    case "StringLiteral":
      return JSON.stringify(node.value);
    case "BinaryExpression": {
      const n = node;
      const thisPrecedence = getBinaryOperatorPrecedence(n);
      const left = formatOperand(n.left, thisPrecedence);
      const right = formatOperand(n.right, thisPrecedence + 1);
      return `${left} ${n.operator.value} ${right}`;
    }
    case "UnaryExpression": {
      const n = node;
      const operandPrecedence = n.argument.type === "UnaryExpression" ? getPrecedence(n) : PRECEDENCE.ATOM;
      return n.operator.value + (n.operator.value === "not" ? " " : "") + formatOperand(n.argument, operandPrecedence);
    }
    case "CallExpression": {
      const n = node;
      const args = formatExpressionList(n.args);
      return `${formatExpression(n.callee)}(${args})`;
    }
    case "MemberExpression": {
      const n = node;
      const obj = formatOperand(n.object, PRECEDENCE.ATOM);
      let prop = formatExpression(n.property);
      if (!n.computed && n.property.type !== "Identifier" && n.property.type !== "IntegerLiteral") {
        prop = `(${prop})`;
      }
      return n.computed ? `${obj}[${prop}]` : `${obj}.${prop}`;
    }
    case "FilterExpression": {
      const n = node;
      const operand = formatOperand(n.operand, PRECEDENCE.FILTER);
      if (n.filter.type === "CallExpression") {
        return `${operand} | ${formatExpression(n.filter)}`;
      }
      return `${operand} | ${n.filter.value}`;
    }
    case "SelectExpression": {
      const n = node;
      return `${formatOperand(n.lhs, PRECEDENCE.LOGICAL_OR)} if ${formatOperand(n.test, PRECEDENCE.LOGICAL_OR)}`;
    }
    case "TestExpression": {
      const n = node;
      return `${formatOperand(n.operand, PRECEDENCE.TEST)} is${n.negate ? " not" : ""} ${n.test.value}`;
    }
    case "ArrayLiteral":
    case "TupleLiteral": {
      const elems = formatExpressionList(node.value);
      const brackets = node.type === "ArrayLiteral" ? "[]" : "()";
      return `${brackets[0]}${elems}${brackets[1]}`;
    }
    case "ObjectLiteral": {
      const entries = Array.from(node.value.entries()).map(
        ([k, v]) => `${formatExpression(k)}: ${formatExpression(v)}`
      );
      return `{${entries.join(", ")}}`;
    }
    case "SliceExpression": {
      const n = node;
      const s = n.start ? formatExpression(n.start) : "";
      const t = n.stop ? formatExpression(n.stop) : "";
      const st = n.step ? `:${formatExpression(n.step)}` : "";
      return `${s}:${t}${st}`;
    }
    case "KeywordArgumentExpression": {
      const n = node;
      return `${n.key.value}=${formatExpression(n.value)}`;
    }
    case "Ternary": {
      const n = node;
      return `${formatOperand(n.trueExpr, PRECEDENCE.LOGICAL_OR)} if ${formatOperand(
        n.condition,
        PRECEDENCE.LOGICAL_OR
      )} else ${formatOperand(n.falseExpr, PRECEDENCE.CONDITIONAL)}`;
    }
    default:
      throw new Error(`Unknown expression type: ${node.type}`);
  }
}
var Template = class {
  parsed;
  /**
   * @param {string} template The template string
   */
  constructor(template) {
    const tokens = tokenize(template, {
      lstrip_blocks: true,
      trim_blocks: true
    });
    this.parsed = parse(tokens);
  }
  render(items) {
    const env = new Environment();
    setupGlobals(env);
    if (items) {
      for (const [key, value] of Object.entries(items)) {
        env.set(key, value);
      }
    }
    const interpreter = new Interpreter(env);
    const result = interpreter.run(this.parsed);
    return result.value;
  }
  format(options) {
    return format(this.parsed, options?.indent || "	");
  }
};

// src/util/jinja-engine.ts
var untyped = dist_exports;
var tokenize2 = untyped.tokenize;
var parse2 = untyped.parse;

// src/dagfile/jinja-lexer.ts
var OPERATORS = ["//", "**", "==", "!=", ">=", "<=", "+", "-", "/", "*", "%", "~", "[", "]", "(", ")", "{", "}", ">", "<", "=", ".", ":", "|", ",", ";"];
var CLOSING = { ")": "(", "]": "[", "}": "{" };
var NAME = /[\p{L}_][\p{L}\p{N}_]*/uy;
var NUMBER = /(?:0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|\d[\d_]*(?:\.\d[\d_]*)?(?:[eE][+-]?\d[\d_]*)?)/y;
var RAW_START = /\{%[-+]?\s*raw\s*[-+]?%\}/y;
var RAW_END = /\{%[-+]?\s*endraw\s*[-+]?%\}/g;
var OPENERS = /\{\{|\{%|\{#/g;
function stickyMatch(pattern, text, at) {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0];
}
function stringEnd(text, at) {
  const quote = text[at];
  for (let index = at + 1; index < text.length; index += 1) {
    if (text[index] === "\\") index += 1;
    else if (text[index] === quote) return index + 1;
  }
  return void 0;
}
function lexTag(text, opener, at, kind) {
  const closers = kind === "expression" ? ["-}}", "}}"] : ["-%}", "+%}", "%}"];
  const tokens = [];
  const brackets = [];
  let index = at;
  while (index < text.length) {
    const char = text[index];
    if (/\s/.test(char)) {
      index += 1;
      continue;
    }
    const closer2 = brackets.length === 0 ? closers.find((candidate) => text.startsWith(candidate, index)) : void 0;
    if (closer2) return { kind, start: opener, end: index + closer2.length, tokens };
    if (char === "'" || char === '"') {
      const end = stringEnd(text, index);
      if (end === void 0) return { offset: index, message: `the string opened here with ${char} is never closed` };
      tokens.push({ kind: "string", value: text.slice(index, end), offset: index });
      index = end;
      continue;
    }
    const number = stickyMatch(NUMBER, text, index);
    if (number) {
      tokens.push({ kind: "number", value: number, offset: index });
      index += number.length;
      continue;
    }
    const name = stickyMatch(NAME, text, index);
    if (name) {
      tokens.push({ kind: "name", value: name, offset: index });
      index += name.length;
      continue;
    }
    const operator = OPERATORS.find((candidate) => text.startsWith(candidate, index));
    if (!operator) return { offset: index, message: `unexpected character ${JSON.stringify(char)}` };
    const token = { kind: "operator", value: operator, offset: index };
    if (operator === "(" || operator === "[" || operator === "{") brackets.push(token);
    const expected = CLOSING[operator];
    if (expected !== void 0) {
      const open2 = brackets.pop();
      if (open2?.value !== expected) {
        const hint = open2 ? `: the ${JSON.stringify(open2.value)} at character ${open2.offset + 1} is still open` : "";
        return { offset: index, message: `unexpected ${JSON.stringify(operator)}${hint}` };
      }
    }
    tokens.push(token);
    index += operator.length;
  }
  const open = brackets.pop();
  if (open) return { offset: open.offset, message: `${JSON.stringify(open.value)} is never closed` };
  const closer = kind === "expression" ? "}}" : "%}";
  return { offset: opener, message: `the tag opened here with ${text.slice(opener, opener + 2)} is never closed with ${closer}` };
}
function lexTemplate(text) {
  const tags = [];
  const inert = [];
  let index = 0;
  while (index < text.length) {
    OPENERS.lastIndex = index;
    const found = OPENERS.exec(text);
    if (!found) break;
    const opener = found.index;
    if (found[0] === "{#") {
      const end = text.indexOf("#}", opener + 2);
      if (end < 0) {
        if (["", "-", "+"].includes(text.slice(opener + 2))) break;
        return { offset: opener, message: "the comment opened here with {# is never closed with #}" };
      }
      inert.push([opener, end + 2]);
      index = end + 2;
      continue;
    }
    const raw = found[0] === "{%" ? stickyMatch(RAW_START, text, opener) : void 0;
    if (raw) {
      RAW_END.lastIndex = opener + raw.length;
      const end = RAW_END.exec(text);
      if (!end && opener + raw.length < text.length) return { offset: opener, message: "the {% raw %} block opened here is never closed with {% endraw %}" };
      const stop = end ? end.index + end[0].length : text.length;
      inert.push([opener, stop]);
      index = stop;
      continue;
    }
    const kind = found[0] === "{{" ? "expression" : "statement";
    let bodyStart = opener + 2;
    if (text[bodyStart] === "-" || kind === "statement" && text[bodyStart] === "+") bodyStart += 1;
    const tag = lexTag(text, opener, bodyStart, kind);
    if ("message" in tag) return tag;
    if (kind === "statement") {
      const first = tag.tokens[0];
      if (first?.kind !== "name") return { offset: first?.offset ?? opener, message: "a {% %} tag must start with a tag name such as if, for or set" };
      tag.name = first.value;
    }
    tags.push(tag);
    index = tag.end;
  }
  return { tags, inert };
}

// src/dagfile/jinja.ts
var KNOWN_TAGS = /* @__PURE__ */ new Set([
  "for",
  "endfor",
  "if",
  "elif",
  "else",
  "endif",
  "block",
  "endblock",
  "extends",
  "print",
  "macro",
  "endmacro",
  "include",
  "from",
  "import",
  "set",
  "endset",
  "with",
  "endwith",
  "autoescape",
  "endautoescape",
  "filter",
  "endfilter",
  "call",
  "endcall",
  "do"
]);
var BLOCKS = /* @__PURE__ */ new Set(["for", "if", "block", "macro", "with", "autoescape", "filter", "call", "set"]);
var ENGINE_LACKS = /* @__PURE__ */ new Set(["block", "endblock", "extends", "print", "include", "from", "import", "with", "endwith", "autoescape", "endautoescape", "do"]);
var WORD_OPERATORS = /* @__PURE__ */ new Set(["and", "or", "not", "in", "is", "if", "else", "recursive"]);
var CONSTANTS = /* @__PURE__ */ new Set(["true", "false", "none", "True", "False", "None"]);
var JINJA_GLOBALS = /* @__PURE__ */ new Set(["range", "dict", "lipsum", "cycler", "joiner", "namespace", "loop", "varargs", "kwargs", "caller"]);
var isBlockSet = (tag) => tag.name === "set" && !tag.tokens.some((token) => token.kind === "operator" && token.value === "=");
var opensBlock = (tag) => tag.name !== void 0 && BLOCKS.has(tag.name) && (tag.name !== "set" || isBlockSet(tag));
function checkBlocks(tags) {
  const open = [];
  for (const tag of tags) {
    const name = tag.name;
    if (name === void 0) continue;
    if (name === "set" && tag.tokens.length === 1) return { offset: tag.start, message: "{% set %} needs a variable name, e.g. {% set day = ds %}" };
    if (!KNOWN_TAGS.has(name)) {
      const suggestion = closest(name, [...KNOWN_TAGS]);
      return { offset: tag.start, message: `unknown tag {% ${name} %}${suggestion ? ` (did you mean {% ${suggestion} %}?)` : ""}` };
    }
    const top = open[open.length - 1];
    if (name === "elif" || name === "else") {
      const allowed = name === "elif" ? ["if"] : ["if", "for"];
      if (!top || !allowed.includes(top.tag.name ?? "") || top.sawElse) {
        return { offset: tag.start, message: `{% ${name} %} is not inside an {% if %}${name === "else" ? " or {% for %}" : ""} block` };
      }
      if (name === "else") top.sawElse = true;
    } else if (name.startsWith("end")) {
      const block = name.slice(3);
      if (top?.tag.name !== block) {
        const inner = top ? `: the innermost open block is {% ${top.tag.name} %}, closed by {% end${top.tag.name} %}` : ": no block is open";
        return { offset: tag.start, message: `{% ${name} %} closes nothing${inner}` };
      }
      open.pop();
    } else if (opensBlock(tag)) {
      open.push({ tag, sawElse: false });
    }
  }
  const unclosed = open.pop();
  if (unclosed) return { offset: unclosed.tag.start, message: `{% ${unclosed.tag.name} %} is never closed: add {% end${unclosed.tag.name} %}` };
  return void 0;
}
function topLevelComma(tokens) {
  let depth = 0;
  for (const token of tokens) {
    if (token.kind !== "operator") continue;
    if ("([{".includes(token.value)) depth += 1;
    else if (")]}".includes(token.value)) depth -= 1;
    else if (token.value === "," && depth === 0) return true;
  }
  return false;
}
function engineLacks(tag) {
  if (tag.name !== void 0 && ENGINE_LACKS.has(tag.name)) return true;
  if (tag.kind === "expression" && topLevelComma(tag.tokens)) return true;
  return tag.tokens.some((token, index) => {
    if (token.kind === "number") return /[_eExXoObB]/.test(token.value);
    if (token.kind !== "name") return false;
    if (token.value === "recursive") return true;
    if (tag.tokens[index - 1]?.value === "|" && tag.tokens[index + 1]?.value === ".") return true;
    if (token.value !== "is") return false;
    let next = index + 1;
    if (tag.tokens[next]?.value === "not") next += 1;
    const test = tag.tokens[next];
    const after = tag.tokens[next + 1];
    if (!test || test.kind !== "name" || WORD_OPERATORS.has(test.value)) return true;
    return after !== void 0 && !["and", "or", "else", "if", ")", "]", "}", ",", ":", "|"].includes(after.value);
  });
}
function isolate(text, tag) {
  const source = text.slice(tag.start, tag.end);
  if (tag.kind === "expression") return source;
  if (tag.name === "elif") return `{% if 1 %}${source}{% endif %}`;
  if (tag.name === "else" || tag.name?.startsWith("end")) return void 0;
  return opensBlock(tag) ? `${source}{% end${tag.name} %}` : source;
}
var TOKEN_TEXT = {
  CloseExpression: "}}",
  CloseStatement: "%}",
  CloseParen: ")",
  CloseSquareBracket: "]",
  CloseCurlyBracket: "}",
  Comma: ",",
  Dot: ".",
  Colon: ":",
  Pipe: "|",
  Equals: "="
};
function engineMessage(thrown) {
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  if (/Expected closing (expression|statement) token/.test(message)) return "unexpected text before the end of the tag";
  if (/Unexpected end of input|reading 'type'/.test(message)) return "the tag ends before its expression is complete";
  if (/Expected identifier for the filter/.test(message)) return "a filter name must follow |";
  const token = /Unexpected token: (\w+)/.exec(message)?.[1];
  if (token) return `unexpected ${JSON.stringify(TOKEN_TEXT[token] ?? token)}: an expression is missing or incomplete`;
  return message.replace(/^Parser Error: /, "").replace(/\.$/, "").replace(/`/g, "");
}
function tryParse(text) {
  try {
    return parse2(tokenize2(text));
  } catch (thrown) {
    return thrown instanceof Error ? thrown : new Error(String(thrown));
  }
}
var plainDelimiters = (source) => source.replace(/^\{%\+/, "{% ").replace(/\+%\}$/, " %}");
function forEngine(text, tags) {
  return tags.map((tag) => tag.kind === "statement" ? plainDelimiters(text.slice(tag.start, tag.end)) : text.slice(tag.start, tag.end)).join(" ");
}
var isNode = (value) => typeof value === "object" && value !== null && typeof value.type === "string";
function boundNames(node, into) {
  if (Array.isArray(node)) {
    for (const item of node) boundNames(item, into);
    return;
  }
  if (!isNode(node)) return;
  const bind = (target) => {
    if (isNode(target) && target.type === "Identifier") into.add(String(target["value"]));
    else if (isNode(target) && target.type === "TupleLiteral") for (const item of target["value"]) bind(item);
    else if (isNode(target) && target.type === "KeywordArgumentExpression") bind(target["key"]);
  };
  if (node.type === "Set") bind(node["assignee"]);
  if (node.type === "For") bind(node["loopvar"]);
  if (node.type === "Macro") {
    bind(node["name"]);
    for (const arg of node["args"]) bind(arg);
  }
  if (node.type === "CallStatement") for (const arg of node["callerArgs"] ?? []) bind(arg);
  for (const value of Object.values(node)) if (typeof value === "object") boundNames(value, into);
}
function readNames(node, into) {
  if (Array.isArray(node)) {
    for (const item of node) readNames(item, into);
    return;
  }
  if (node instanceof Map) {
    for (const [key, value] of node) {
      readNames(key, into);
      readNames(value, into);
    }
    return;
  }
  if (!isNode(node)) return;
  switch (node.type) {
    case "Identifier":
      into.add(String(node["value"]));
      return;
    case "MemberExpression": {
      const object = node["object"];
      const property = node["property"];
      if (isNode(object) && object.type === "Identifier" && object["value"] === "params" && isNode(property)) {
        const literal = property.type === "Identifier" && !node["computed"] ? property : property.type === "StringLiteral" ? property : void 0;
        if (literal) into.add(`params.${String(literal["value"])}`);
      }
      readNames(object, into);
      if (node["computed"]) readNames(property, into);
      return;
    }
    case "FilterExpression":
    case "FilterStatement": {
      readNames(node["operand"], into);
      readNames(node["body"], into);
      const filter = node["filter"];
      if (isNode(filter) && filter.type === "CallExpression") readNames(filter["args"], into);
      return;
    }
    case "TestExpression":
      readNames(node["operand"], into);
      return;
    case "KeywordArgumentExpression":
      readNames(node["value"], into);
      return;
    case "Macro":
      readNames(node["args"], into);
      readNames(node["body"], into);
      return;
    default:
      for (const [key, value] of Object.entries(node)) if (key !== "operator" && typeof value === "object") readNames(value, into);
  }
}
function locate(name, tags) {
  const [head, param] = name.startsWith("params.") ? ["params", name.slice(7)] : [name, void 0];
  for (const tag of tags) {
    const tokens = tag.tokens;
    for (const [index, token] of tokens.entries()) {
      if (token.kind !== "name" || token.value !== head) continue;
      const before = tokens[index - 1]?.value;
      if (before === "." || before === "|" || before === "is" || tokens[index + 1]?.value === "=") continue;
      if (param === void 0) return token.offset;
      const next = tokens[index + 2];
      if (next && (next.value === param || next.value.slice(1, -1) === param)) return next.offset;
    }
  }
  return tags[0]?.start ?? 0;
}
function references(program, tags) {
  const bound = /* @__PURE__ */ new Set();
  boundNames(program.body, bound);
  const read = /* @__PURE__ */ new Set();
  readNames(program.body, read);
  const out = [];
  for (const name of read) {
    if (CONSTANTS.has(name) || JINJA_GLOBALS.has(name) || bound.has(name) && !name.startsWith("params.")) continue;
    const reference = { name: name.startsWith("params.") ? "params" : name, offset: locate(name, tags) };
    if (name.startsWith("params.")) reference.param = name.slice(7);
    out.push(reference);
  }
  return out.sort((a, b) => a.offset - b.offset);
}
function parseTemplate(text) {
  if (!/\{[{%#]/.test(text)) return { ok: true, program: void 0, references: [] };
  const lexed = lexTemplate(text);
  if ("message" in lexed) return { ok: false, error: lexed };
  const blockError = checkBlocks(lexed.tags);
  if (blockError) return { ok: false, error: blockError };
  const lacking = lexed.tags.some(engineLacks);
  const whole = lacking ? void 0 : tryParse(forEngine(text, lexed.tags));
  if (whole !== void 0 && !(whole instanceof Error)) return { ok: true, program: whole, references: references(whole, lexed.tags) };
  for (const tag of lexed.tags) {
    const alone = engineLacks(tag) ? void 0 : isolate(text, tag);
    if (alone === void 0) continue;
    const result = tryParse(plainDelimiters(alone));
    if (result instanceof Error) return { ok: false, error: { offset: tag.start, message: engineMessage(result) } };
  }
  return { ok: true, program: void 0, references: [] };
}

// src/dagfile/check-templates.ts
var TASK_LISTS = ["command", "args"];
var TASK_MAPS = ["env", "annotations"];
var JINJA = /\{\{|\{%|\{#/;
var NOTIFIER_TEXTS = { slack: ["text", "channel"], email: ["subject", "html_content", "from_email"] };
var LOGICAL_DATE_VARIABLES = /* @__PURE__ */ new Set(["logical_date", "ds", "ds_nodash", "ts", "ts_nodash", "ts_nodash_with_tz"]);
var ASSET_RUNS_REFERENCE = templatesReference(3);
function templatedStrings(spec) {
  const out = [];
  const notifiers = (notify, path) => {
    if (!isRecord(notify)) return;
    for (const [event, list] of Object.entries(notify)) {
      if (!Array.isArray(list)) continue;
      for (const [index, notifier] of list.entries()) {
        if (!isRecord(notifier)) continue;
        for (const [kind, fields] of Object.entries(NOTIFIER_TEXTS)) {
          const settings2 = notifier[kind];
          if (!isRecord(settings2)) continue;
          for (const field of fields) {
            const text = settings2[field];
            if (typeof text === "string") out.push([[...path, event, index, kind, field], text]);
          }
        }
      }
    }
  };
  const settings = (holder, path) => {
    if (!isRecord(holder)) return;
    for (const field of TASK_LISTS) {
      const list = holder[field];
      if (Array.isArray(list)) {
        for (const [index, item] of list.entries()) if (typeof item === "string") out.push([[...path, field, index], item]);
      }
    }
    for (const field of TASK_MAPS) {
      const map = holder[field];
      if (isRecord(map)) {
        for (const [key, item] of Object.entries(map)) if (typeof item === "string") out.push([[...path, field, key], item]);
      }
    }
    notifiers(holder["notify"], [...path, "notify"]);
  };
  notifiers(spec["notify"], ["notify"]);
  settings(spec["defaults"], ["defaults"]);
  const tasks = spec["tasks"];
  if (isRecord(tasks)) for (const [name, task] of Object.entries(tasks)) settings(task, ["tasks", name]);
  return out;
}
function nameProblem(reference, context) {
  const { airflow } = context.profile;
  const reference_ = templatesReference(airflow);
  if (reference.param !== void 0) {
    if (context.params.includes(reference.param)) return void 0;
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
    return void 0;
  }
  const removed = REMOVED_IN_AIRFLOW_3[name];
  if (airflow === 3 && removed) return `"${name}" is not a template variable in Airflow 3 (it was removed): ${removed}. See ${reference_}`;
  const airflow3Only = AIRFLOW_3_ONLY[name];
  if (airflow === 2 && airflow3Only) return `"${name}" is an Airflow 3 template variable: ${airflow3Only}. See ${reference_}`;
  return `"${name}" is neither an Airflow template variable nor a declared param: Airflow renders templates with StrictUndefined, so the task would fail.${didYouMean(name, [...known])} See ${reference_}`;
}
function templateProblems(source, spec, profile) {
  const problems = [];
  const params = isRecord(spec["params"]) ? Object.keys(spec["params"]) : [];
  const schedule = spec["schedule"];
  const context = { profile, params, assetTriggered: isRecord(schedule) };
  const parsedTexts = /* @__PURE__ */ new Map();
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

// src/dagfile/cron.ts
var CRON_PRESETS = {
  "@hourly": "0 * * * *",
  "@daily": "0 0 * * *",
  "@weekly": "0 0 * * 0",
  "@monthly": "0 0 1 * *",
  "@quarterly": "0 0 1 */3 *",
  "@yearly": "0 0 1 1 *",
  "@annually": "0 0 1 1 *"
};
var FIELDS = [
  { name: "minute", min: 0, max: 59 },
  { name: "hour", min: 0, max: 23 },
  { name: "day of month", min: 1, max: 31 },
  { name: "month", min: 1, max: 12, names: ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"] },
  { name: "day of week", min: 0, max: 7, names: ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"] }
];
function parseValue(text, rule) {
  if (/^\d+$/.test(text)) return Number(text);
  const index = rule.names?.indexOf(text.toUpperCase()) ?? -1;
  if (index < 0) return void 0;
  return rule.name === "month" ? index + 1 : index;
}
function checkField(text, rule) {
  const range2 = `${rule.min}-${rule.max}${rule.names ? ` or ${rule.names[0]}-${rule.names[rule.names.length - 1]}` : ""}`;
  for (const part of text.split(",")) {
    if (part === "") return `empty list item in the ${rule.name} field`;
    const [base = "", step, extra] = part.split("/");
    if (extra !== void 0) return `"${part}" has more than one "/" in the ${rule.name} field`;
    if (step !== void 0 && !/^[1-9]\d*$/.test(step)) return `step "/${step}" in the ${rule.name} field must be a positive whole number`;
    if (base === "*") continue;
    const bounds = base.split("-");
    if (bounds.length > 2) return `"${base}" is not a value or a range in the ${rule.name} field`;
    const values = bounds.map((bound) => parseValue(bound, rule));
    for (const [index, value] of values.entries()) {
      const raw = bounds[index] ?? "";
      if (value === void 0) return `"${raw}" is not a valid ${rule.name} (expected ${range2}, *, a range a-b, a list a,b or a step */n)`;
      if (value < rule.min || value > rule.max) return `${raw} is out of range for the ${rule.name} field (expected ${range2})`;
    }
    const [low, high] = values;
    if (high !== void 0 && low !== void 0 && low > high) return `range ${base} in the ${rule.name} field runs backwards`;
  }
  return void 0;
}
function parseSchedule(text) {
  if (text === "@once") return { ok: true, expression: "@once" };
  if (text.startsWith("@")) {
    const preset = CRON_PRESETS[text];
    if (preset) return { ok: true, expression: preset };
    const known = [...Object.keys(CRON_PRESETS), "@once"].join(", ");
    return { ok: false, error: { offset: 0, message: `unknown schedule preset "${text}" (expected one of ${known}, a 5-field cron expression, or null)` } };
  }
  const fields = [];
  const pattern = /\S+/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) fields.push({ text: match[0], offset: match.index });
  if (fields.length !== 5) {
    const hint = fields.length === 6 ? " Seconds are not supported: drop the first field." : "";
    return {
      ok: false,
      error: {
        offset: 0,
        message: `a cron expression needs 5 fields (minute hour day-of-month month day-of-week), found ${fields.length}.${hint} Example: "0 6 * * *"`
      }
    };
  }
  for (const [index, field] of fields.entries()) {
    const rule = FIELDS[index];
    const problem = checkField(field.text, rule);
    if (problem) return { ok: false, error: { offset: field.offset, message: `invalid cron expression: ${problem}` } };
  }
  return { ok: true, expression: fields.map((field) => field.text).join(" ") };
}
var MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
var MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function fieldValues(text, rule) {
  const values = /* @__PURE__ */ new Set();
  for (const part of text.split(",")) {
    const [base = "*", step = "1"] = part.split("/");
    const [low, high] = base === "*" ? [rule.min, rule.max] : base.split("-").map((bound) => parseValue(bound, rule) ?? rule.min);
    const end = high ?? (part.includes("/") ? rule.max : low ?? rule.min);
    for (let value = low ?? rule.min; value <= end; value += Number(step)) values.add(value);
  }
  return [...values];
}
function neverFires(expression) {
  const fields = [];
  const pattern = /\S+/g;
  for (let match = pattern.exec(expression); match; match = pattern.exec(expression)) fields.push({ text: match[0], offset: match.index });
  const [, , dayField, monthField, weekdayField] = fields;
  if (!dayField || !monthField || weekdayField?.text !== "*" || dayField.text === "*") return void 0;
  const days = fieldValues(dayField.text, FIELDS[2]);
  const months = fieldValues(monthField.text, FIELDS[3]);
  if (months.some((month) => days.some((day2) => day2 <= (MONTH_DAYS[month - 1] ?? 31)))) return void 0;
  const monthWords = months.map((month) => MONTH_NAMES[month - 1] ?? String(month));
  const smallest = Math.min(...days);
  const day = days.length === 1 ? `day ${smallest}` : `day ${smallest} or later`;
  const which = months.length === 1 ? `${monthWords[0]} has no ${day}` : `none of its months (${monthWords.join(", ")}) has a ${day}`;
  return { offset: dayField.offset, message: `the cron expression "${expression}" never fires: ${which}. Change the day of month or the month` };
}

// src/dagfile/timezones.generated.ts
var TIME_ZONE_NAMES = [
  "Africa/Abidjan",
  "Africa/Accra",
  "Africa/Addis_Ababa",
  "Africa/Algiers",
  "Africa/Asmara",
  "Africa/Asmera",
  "Africa/Bamako",
  "Africa/Bangui",
  "Africa/Banjul",
  "Africa/Bissau",
  "Africa/Blantyre",
  "Africa/Brazzaville",
  "Africa/Bujumbura",
  "Africa/Cairo",
  "Africa/Casablanca",
  "Africa/Ceuta",
  "Africa/Conakry",
  "Africa/Dakar",
  "Africa/Dar_es_Salaam",
  "Africa/Djibouti",
  "Africa/Douala",
  "Africa/El_Aaiun",
  "Africa/Freetown",
  "Africa/Gaborone",
  "Africa/Harare",
  "Africa/Johannesburg",
  "Africa/Juba",
  "Africa/Kampala",
  "Africa/Khartoum",
  "Africa/Kigali",
  "Africa/Kinshasa",
  "Africa/Lagos",
  "Africa/Libreville",
  "Africa/Lome",
  "Africa/Luanda",
  "Africa/Lubumbashi",
  "Africa/Lusaka",
  "Africa/Malabo",
  "Africa/Maputo",
  "Africa/Maseru",
  "Africa/Mbabane",
  "Africa/Mogadishu",
  "Africa/Monrovia",
  "Africa/Nairobi",
  "Africa/Ndjamena",
  "Africa/Niamey",
  "Africa/Nouakchott",
  "Africa/Ouagadougou",
  "Africa/Porto-Novo",
  "Africa/Sao_Tome",
  "Africa/Timbuktu",
  "Africa/Tripoli",
  "Africa/Tunis",
  "Africa/Windhoek",
  "America/Adak",
  "America/Anchorage",
  "America/Anguilla",
  "America/Antigua",
  "America/Araguaina",
  "America/Argentina/Buenos_Aires",
  "America/Argentina/Catamarca",
  "America/Argentina/ComodRivadavia",
  "America/Argentina/Cordoba",
  "America/Argentina/Jujuy",
  "America/Argentina/La_Rioja",
  "America/Argentina/Mendoza",
  "America/Argentina/Rio_Gallegos",
  "America/Argentina/Salta",
  "America/Argentina/San_Juan",
  "America/Argentina/San_Luis",
  "America/Argentina/Tucuman",
  "America/Argentina/Ushuaia",
  "America/Aruba",
  "America/Asuncion",
  "America/Atikokan",
  "America/Atka",
  "America/Bahia",
  "America/Bahia_Banderas",
  "America/Barbados",
  "America/Belem",
  "America/Belize",
  "America/Blanc-Sablon",
  "America/Boa_Vista",
  "America/Bogota",
  "America/Boise",
  "America/Buenos_Aires",
  "America/Cambridge_Bay",
  "America/Campo_Grande",
  "America/Cancun",
  "America/Caracas",
  "America/Catamarca",
  "America/Cayenne",
  "America/Cayman",
  "America/Chicago",
  "America/Chihuahua",
  "America/Ciudad_Juarez",
  "America/Coral_Harbour",
  "America/Cordoba",
  "America/Costa_Rica",
  "America/Coyhaique",
  "America/Creston",
  "America/Cuiaba",
  "America/Curacao",
  "America/Danmarkshavn",
  "America/Dawson",
  "America/Dawson_Creek",
  "America/Denver",
  "America/Detroit",
  "America/Dominica",
  "America/Edmonton",
  "America/Eirunepe",
  "America/El_Salvador",
  "America/Ensenada",
  "America/Fort_Nelson",
  "America/Fort_Wayne",
  "America/Fortaleza",
  "America/Glace_Bay",
  "America/Godthab",
  "America/Goose_Bay",
  "America/Grand_Turk",
  "America/Grenada",
  "America/Guadeloupe",
  "America/Guatemala",
  "America/Guayaquil",
  "America/Guyana",
  "America/Halifax",
  "America/Havana",
  "America/Hermosillo",
  "America/Indiana/Indianapolis",
  "America/Indiana/Knox",
  "America/Indiana/Marengo",
  "America/Indiana/Petersburg",
  "America/Indiana/Tell_City",
  "America/Indiana/Vevay",
  "America/Indiana/Vincennes",
  "America/Indiana/Winamac",
  "America/Indianapolis",
  "America/Inuvik",
  "America/Iqaluit",
  "America/Jamaica",
  "America/Jujuy",
  "America/Juneau",
  "America/Kentucky/Louisville",
  "America/Kentucky/Monticello",
  "America/Knox_IN",
  "America/Kralendijk",
  "America/La_Paz",
  "America/Lima",
  "America/Los_Angeles",
  "America/Louisville",
  "America/Lower_Princes",
  "America/Maceio",
  "America/Managua",
  "America/Manaus",
  "America/Marigot",
  "America/Martinique",
  "America/Matamoros",
  "America/Mazatlan",
  "America/Mendoza",
  "America/Menominee",
  "America/Merida",
  "America/Metlakatla",
  "America/Mexico_City",
  "America/Miquelon",
  "America/Moncton",
  "America/Monterrey",
  "America/Montevideo",
  "America/Montreal",
  "America/Montserrat",
  "America/Nassau",
  "America/New_York",
  "America/Nipigon",
  "America/Nome",
  "America/Noronha",
  "America/North_Dakota/Beulah",
  "America/North_Dakota/Center",
  "America/North_Dakota/New_Salem",
  "America/Nuuk",
  "America/Ojinaga",
  "America/Panama",
  "America/Pangnirtung",
  "America/Paramaribo",
  "America/Phoenix",
  "America/Port-au-Prince",
  "America/Port_of_Spain",
  "America/Porto_Acre",
  "America/Porto_Velho",
  "America/Puerto_Rico",
  "America/Punta_Arenas",
  "America/Rainy_River",
  "America/Rankin_Inlet",
  "America/Recife",
  "America/Regina",
  "America/Resolute",
  "America/Rio_Branco",
  "America/Rosario",
  "America/Santa_Isabel",
  "America/Santarem",
  "America/Santiago",
  "America/Santo_Domingo",
  "America/Sao_Paulo",
  "America/Scoresbysund",
  "America/Shiprock",
  "America/Sitka",
  "America/St_Barthelemy",
  "America/St_Johns",
  "America/St_Kitts",
  "America/St_Lucia",
  "America/St_Thomas",
  "America/St_Vincent",
  "America/Swift_Current",
  "America/Tegucigalpa",
  "America/Thule",
  "America/Thunder_Bay",
  "America/Tijuana",
  "America/Toronto",
  "America/Tortola",
  "America/Vancouver",
  "America/Virgin",
  "America/Whitehorse",
  "America/Winnipeg",
  "America/Yakutat",
  "America/Yellowknife",
  "Antarctica/Casey",
  "Antarctica/Davis",
  "Antarctica/DumontDUrville",
  "Antarctica/Macquarie",
  "Antarctica/Mawson",
  "Antarctica/McMurdo",
  "Antarctica/Palmer",
  "Antarctica/Rothera",
  "Antarctica/South_Pole",
  "Antarctica/Syowa",
  "Antarctica/Troll",
  "Antarctica/Vostok",
  "Arctic/Longyearbyen",
  "Asia/Aden",
  "Asia/Almaty",
  "Asia/Amman",
  "Asia/Anadyr",
  "Asia/Aqtau",
  "Asia/Aqtobe",
  "Asia/Ashgabat",
  "Asia/Ashkhabad",
  "Asia/Atyrau",
  "Asia/Baghdad",
  "Asia/Bahrain",
  "Asia/Baku",
  "Asia/Bangkok",
  "Asia/Barnaul",
  "Asia/Beirut",
  "Asia/Bishkek",
  "Asia/Brunei",
  "Asia/Calcutta",
  "Asia/Chita",
  "Asia/Choibalsan",
  "Asia/Chongqing",
  "Asia/Chungking",
  "Asia/Colombo",
  "Asia/Dacca",
  "Asia/Damascus",
  "Asia/Dhaka",
  "Asia/Dili",
  "Asia/Dubai",
  "Asia/Dushanbe",
  "Asia/Famagusta",
  "Asia/Gaza",
  "Asia/Harbin",
  "Asia/Hebron",
  "Asia/Ho_Chi_Minh",
  "Asia/Hong_Kong",
  "Asia/Hovd",
  "Asia/Irkutsk",
  "Asia/Istanbul",
  "Asia/Jakarta",
  "Asia/Jayapura",
  "Asia/Jerusalem",
  "Asia/Kabul",
  "Asia/Kamchatka",
  "Asia/Karachi",
  "Asia/Kashgar",
  "Asia/Kathmandu",
  "Asia/Katmandu",
  "Asia/Khandyga",
  "Asia/Kolkata",
  "Asia/Krasnoyarsk",
  "Asia/Kuala_Lumpur",
  "Asia/Kuching",
  "Asia/Kuwait",
  "Asia/Macao",
  "Asia/Macau",
  "Asia/Magadan",
  "Asia/Makassar",
  "Asia/Manila",
  "Asia/Muscat",
  "Asia/Nicosia",
  "Asia/Novokuznetsk",
  "Asia/Novosibirsk",
  "Asia/Omsk",
  "Asia/Oral",
  "Asia/Phnom_Penh",
  "Asia/Pontianak",
  "Asia/Pyongyang",
  "Asia/Qatar",
  "Asia/Qostanay",
  "Asia/Qyzylorda",
  "Asia/Rangoon",
  "Asia/Riyadh",
  "Asia/Saigon",
  "Asia/Sakhalin",
  "Asia/Samarkand",
  "Asia/Seoul",
  "Asia/Shanghai",
  "Asia/Singapore",
  "Asia/Srednekolymsk",
  "Asia/Taipei",
  "Asia/Tashkent",
  "Asia/Tbilisi",
  "Asia/Tehran",
  "Asia/Tel_Aviv",
  "Asia/Thimbu",
  "Asia/Thimphu",
  "Asia/Tokyo",
  "Asia/Tomsk",
  "Asia/Ujung_Pandang",
  "Asia/Ulaanbaatar",
  "Asia/Ulan_Bator",
  "Asia/Urumqi",
  "Asia/Ust-Nera",
  "Asia/Vientiane",
  "Asia/Vladivostok",
  "Asia/Yakutsk",
  "Asia/Yangon",
  "Asia/Yekaterinburg",
  "Asia/Yerevan",
  "Atlantic/Azores",
  "Atlantic/Bermuda",
  "Atlantic/Canary",
  "Atlantic/Cape_Verde",
  "Atlantic/Faeroe",
  "Atlantic/Faroe",
  "Atlantic/Jan_Mayen",
  "Atlantic/Madeira",
  "Atlantic/Reykjavik",
  "Atlantic/South_Georgia",
  "Atlantic/St_Helena",
  "Atlantic/Stanley",
  "Australia/ACT",
  "Australia/Adelaide",
  "Australia/Brisbane",
  "Australia/Broken_Hill",
  "Australia/Canberra",
  "Australia/Currie",
  "Australia/Darwin",
  "Australia/Eucla",
  "Australia/Hobart",
  "Australia/LHI",
  "Australia/Lindeman",
  "Australia/Lord_Howe",
  "Australia/Melbourne",
  "Australia/NSW",
  "Australia/North",
  "Australia/Perth",
  "Australia/Queensland",
  "Australia/South",
  "Australia/Sydney",
  "Australia/Tasmania",
  "Australia/Victoria",
  "Australia/West",
  "Australia/Yancowinna",
  "Brazil/Acre",
  "Brazil/DeNoronha",
  "Brazil/East",
  "Brazil/West",
  "CET",
  "CST6CDT",
  "Canada/Atlantic",
  "Canada/Central",
  "Canada/Eastern",
  "Canada/Mountain",
  "Canada/Newfoundland",
  "Canada/Pacific",
  "Canada/Saskatchewan",
  "Canada/Yukon",
  "Chile/Continental",
  "Chile/EasterIsland",
  "Cuba",
  "EET",
  "EST",
  "EST5EDT",
  "Egypt",
  "Eire",
  "Etc/GMT",
  "Etc/GMT+0",
  "Etc/GMT+1",
  "Etc/GMT+10",
  "Etc/GMT+11",
  "Etc/GMT+12",
  "Etc/GMT+2",
  "Etc/GMT+3",
  "Etc/GMT+4",
  "Etc/GMT+5",
  "Etc/GMT+6",
  "Etc/GMT+7",
  "Etc/GMT+8",
  "Etc/GMT+9",
  "Etc/GMT-0",
  "Etc/GMT-1",
  "Etc/GMT-10",
  "Etc/GMT-11",
  "Etc/GMT-12",
  "Etc/GMT-13",
  "Etc/GMT-14",
  "Etc/GMT-2",
  "Etc/GMT-3",
  "Etc/GMT-4",
  "Etc/GMT-5",
  "Etc/GMT-6",
  "Etc/GMT-7",
  "Etc/GMT-8",
  "Etc/GMT-9",
  "Etc/GMT0",
  "Etc/Greenwich",
  "Etc/UCT",
  "Etc/UTC",
  "Etc/Universal",
  "Etc/Zulu",
  "Europe/Amsterdam",
  "Europe/Andorra",
  "Europe/Astrakhan",
  "Europe/Athens",
  "Europe/Belfast",
  "Europe/Belgrade",
  "Europe/Berlin",
  "Europe/Bratislava",
  "Europe/Brussels",
  "Europe/Bucharest",
  "Europe/Budapest",
  "Europe/Busingen",
  "Europe/Chisinau",
  "Europe/Copenhagen",
  "Europe/Dublin",
  "Europe/Gibraltar",
  "Europe/Guernsey",
  "Europe/Helsinki",
  "Europe/Isle_of_Man",
  "Europe/Istanbul",
  "Europe/Jersey",
  "Europe/Kaliningrad",
  "Europe/Kiev",
  "Europe/Kirov",
  "Europe/Kyiv",
  "Europe/Lisbon",
  "Europe/Ljubljana",
  "Europe/London",
  "Europe/Luxembourg",
  "Europe/Madrid",
  "Europe/Malta",
  "Europe/Mariehamn",
  "Europe/Minsk",
  "Europe/Monaco",
  "Europe/Moscow",
  "Europe/Nicosia",
  "Europe/Oslo",
  "Europe/Paris",
  "Europe/Podgorica",
  "Europe/Prague",
  "Europe/Riga",
  "Europe/Rome",
  "Europe/Samara",
  "Europe/San_Marino",
  "Europe/Sarajevo",
  "Europe/Saratov",
  "Europe/Simferopol",
  "Europe/Skopje",
  "Europe/Sofia",
  "Europe/Stockholm",
  "Europe/Tallinn",
  "Europe/Tirane",
  "Europe/Tiraspol",
  "Europe/Ulyanovsk",
  "Europe/Uzhgorod",
  "Europe/Vaduz",
  "Europe/Vatican",
  "Europe/Vienna",
  "Europe/Vilnius",
  "Europe/Volgograd",
  "Europe/Warsaw",
  "Europe/Zagreb",
  "Europe/Zaporozhye",
  "Europe/Zurich",
  "Factory",
  "GB",
  "GB-Eire",
  "GMT",
  "GMT+0",
  "GMT-0",
  "GMT0",
  "Greenwich",
  "HST",
  "Hongkong",
  "Iceland",
  "Indian/Antananarivo",
  "Indian/Chagos",
  "Indian/Christmas",
  "Indian/Cocos",
  "Indian/Comoro",
  "Indian/Kerguelen",
  "Indian/Mahe",
  "Indian/Maldives",
  "Indian/Mauritius",
  "Indian/Mayotte",
  "Indian/Reunion",
  "Iran",
  "Israel",
  "Jamaica",
  "Japan",
  "Kwajalein",
  "Libya",
  "MET",
  "MST",
  "MST7MDT",
  "Mexico/BajaNorte",
  "Mexico/BajaSur",
  "Mexico/General",
  "NZ",
  "NZ-CHAT",
  "Navajo",
  "PRC",
  "PST8PDT",
  "Pacific/Apia",
  "Pacific/Auckland",
  "Pacific/Bougainville",
  "Pacific/Chatham",
  "Pacific/Chuuk",
  "Pacific/Easter",
  "Pacific/Efate",
  "Pacific/Enderbury",
  "Pacific/Fakaofo",
  "Pacific/Fiji",
  "Pacific/Funafuti",
  "Pacific/Galapagos",
  "Pacific/Gambier",
  "Pacific/Guadalcanal",
  "Pacific/Guam",
  "Pacific/Honolulu",
  "Pacific/Johnston",
  "Pacific/Kanton",
  "Pacific/Kiritimati",
  "Pacific/Kosrae",
  "Pacific/Kwajalein",
  "Pacific/Majuro",
  "Pacific/Marquesas",
  "Pacific/Midway",
  "Pacific/Nauru",
  "Pacific/Niue",
  "Pacific/Norfolk",
  "Pacific/Noumea",
  "Pacific/Pago_Pago",
  "Pacific/Palau",
  "Pacific/Pitcairn",
  "Pacific/Pohnpei",
  "Pacific/Ponape",
  "Pacific/Port_Moresby",
  "Pacific/Rarotonga",
  "Pacific/Saipan",
  "Pacific/Samoa",
  "Pacific/Tahiti",
  "Pacific/Tarawa",
  "Pacific/Tongatapu",
  "Pacific/Truk",
  "Pacific/Wake",
  "Pacific/Wallis",
  "Pacific/Yap",
  "Poland",
  "Portugal",
  "ROC",
  "ROK",
  "Singapore",
  "Turkey",
  "UCT",
  "US/Alaska",
  "US/Aleutian",
  "US/Arizona",
  "US/Central",
  "US/East-Indiana",
  "US/Eastern",
  "US/Hawaii",
  "US/Indiana-Starke",
  "US/Michigan",
  "US/Mountain",
  "US/Pacific",
  "US/Samoa",
  "UTC",
  "Universal",
  "W-SU",
  "WET",
  "Zulu"
];

// src/dagfile/timezones.ts
var NAMES = new Set(TIME_ZONE_NAMES);
var BY_LOWER_CASE = new Map(TIME_ZONE_NAMES.map((name) => [name.toLowerCase(), name]));
function isTimeZone(name) {
  return NAMES.has(name);
}
function timeZoneHint(name) {
  const sameLetters = BY_LOWER_CASE.get(name.toLowerCase());
  if (sameLetters) return ` Did you mean "${sameLetters}"? Time zone names are case-sensitive.`;
  return didYouMean(name, TIME_ZONE_NAMES);
}

// src/dagfile/check.ts
var TASK_ID_PATTERN = /^[A-Za-z0-9_.-]{1,200}$/;
var MATRIX_TOKEN = "${matrix}";
var stringList = (value) => Array.isArray(value) ? value.filter((item) => typeof item === "string") : [];
var DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;
function parseLocalDateTime(text) {
  const match = DATE.exec(text);
  if (!match) return void 0;
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = match.slice(1).map((part) => Number(part ?? 0));
  const probe = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() + 1 !== month || probe.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59 || year < 1970) {
    return void 0;
  }
  return { year, month, day, hour, minute, second };
}
function findCycle(graph) {
  const state = /* @__PURE__ */ new Map();
  const stack = [];
  const visit = (node) => {
    state.set(node, "open");
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (state.get(next) === "open") return [...stack.slice(stack.indexOf(next)), next];
      if (!state.has(next)) {
        const cycle = visit(next);
        if (cycle) return cycle;
      }
    }
    stack.pop();
    state.set(node, "done");
    return void 0;
  };
  for (const node of graph.keys()) {
    if (!state.has(node)) {
      const cycle = visit(node);
      if (cycle) return cycle;
    }
  }
  return void 0;
}
var SUGGESTION_BUDGET = 2e5;
var LISTED_NAMES = 20;
function listOf(names) {
  return names.length <= LISTED_NAMES ? names.join(", ") : `${names.slice(0, LISTED_NAMES).join(", ")}, \u2026 (${names.length.toLocaleString("en-US")} in all)`;
}
function expandTaskIds(tasks) {
  const out = [];
  for (const [name, task] of Object.entries(tasks)) {
    const matrix = isRecord(task) && Array.isArray(task["matrix"]) ? task["matrix"] : void 0;
    if (matrix && matrix.length > 0) {
      for (const value of matrix) {
        if (typeof value === "string" || typeof value === "number") out.push([`${name}_${String(value)}`, name, String(value)]);
      }
    } else {
      out.push([name, name, void 0]);
    }
  }
  return out;
}
function scheduleProblems(value, at) {
  const schedule = value["schedule"];
  if (typeof schedule === "string") {
    const trimmed = schedule.trim();
    const lead = schedule.length - schedule.trimStart().length;
    const parsed = parseSchedule(trimmed);
    if (!parsed.ok) at(["schedule"], parsed.error.message, { offsetInValue: parsed.error.offset + lead });
    const impossible = parsed.ok && !trimmed.startsWith("@") ? neverFires(trimmed) : void 0;
    if (impossible) at(["schedule"], `${impossible.message}.`, { offsetInValue: impossible.offset + lead });
  }
  const startDate = value["start_date"];
  const start = typeof startDate === "string" ? parseLocalDateTime(startDate) : void 0;
  if (typeof startDate === "string" && !start) {
    at(
      ["start_date"],
      `start_date: ${JSON.stringify(startDate)} is not a valid date: expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS] (1970 or later), e.g. 2024-01-01.`
    );
  }
  const endDate = value["end_date"];
  const end = typeof endDate === "string" ? parseLocalDateTime(endDate) : void 0;
  if (typeof endDate === "string" && !end) {
    at(
      ["end_date"],
      `end_date: ${JSON.stringify(endDate)} is not a valid date: expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS] (1970 or later), e.g. 2025-12-31.`
    );
  }
  const order = (date) => [date.year, date.month, date.day, date.hour, date.minute, date.second].map((part) => String(part).padStart(4, "0")).join("");
  if (start && end && order(end) < order(start)) {
    at(
      ["end_date"],
      `end_date ${String(endDate)} is before start_date ${String(startDate)}: the DAG would never run. Move end_date after start_date, or remove it.`
    );
  }
  if (typeof schedule === "string" && schedule !== "@once" && startDate === void 0) {
    at(["schedule"], "a scheduled DAG needs a start_date: add e.g. `start_date: 2024-01-01` (the first data interval starts then).", { anchor: "key" });
  }
  const timezone = value["timezone"];
  if (typeof timezone === "string" && !isTimeZone(timezone)) {
    at(
      ["timezone"],
      `timezone: "${timezone}" is not a time zone pendulum knows: it needs an IANA name, written exactly (e.g. UTC, Europe/Paris, America/New_York).${timeZoneHint(timezone)}`
    );
  }
}
function taskGraphProblems(tasks, at) {
  const names = Object.keys(tasks);
  const nameSet = new Set(names);
  let suggestionCost = 0;
  for (const name of names) {
    if (!TASK_ID_PATTERN.test(name)) {
      at(["tasks", name], `task id "${name}" is invalid: use letters, digits, '_', '.' or '-' (at most 200 characters), e.g. load_orders.`, { anchor: "key" });
    }
    const task = tasks[name];
    if (!isRecord(task)) continue;
    const matrix = Array.isArray(task["matrix"]) ? task["matrix"] : void 0;
    for (const [index, item] of (matrix ?? []).entries()) {
      if ((typeof item === "string" || typeof item === "number") && !TASK_ID_PATTERN.test(`${name}_${String(item)}`)) {
        at(
          ["tasks", name, "matrix", index],
          `matrix value ${JSON.stringify(item)} cannot be part of a task id ("${name}_${String(item)}"): use letters, digits, '_', '.' or '-'.`
        );
      }
    }
    if (!matrix) {
      for (const field of ["command", "args"]) {
        for (const [index, item] of stringList(task[field]).entries()) {
          if (item.includes(MATRIX_TOKEN))
            at(
              ["tasks", name, field, index],
              `${MATRIX_TOKEN} is used in ${field} but task "${name}" has no matrix: add \`matrix: [...]\` or remove the placeholder.`
            );
        }
      }
      const env = task["env"];
      if (isRecord(env)) {
        for (const [key, item] of Object.entries(env)) {
          if (typeof item === "string" && item.includes(MATRIX_TOKEN))
            at(
              ["tasks", name, "env", key],
              `${MATRIX_TOKEN} is used in env but task "${name}" has no matrix: add \`matrix: [...]\` or remove the placeholder.`
            );
        }
      }
    }
    for (const [index, target] of stringList(task["depends_on"]).entries()) {
      if (target === name) {
        at(["tasks", name, "depends_on", index], `task "${name}" depends on itself: remove "${target}" from its depends_on.`);
      } else if (!nameSet.has(target)) {
        suggestionCost += names.length;
        const hint = suggestionCost <= SUGGESTION_BUDGET ? didYouMean(target, names) : "";
        at(["tasks", name, "depends_on", index], `depends_on: unknown task "${target}".${hint} Tasks in this file: ${listOf(names)}.`);
      }
    }
  }
  const graph = /* @__PURE__ */ new Map();
  for (const name of names) {
    const task = tasks[name];
    graph.set(name, isRecord(task) ? stringList(task["depends_on"]).filter((target) => target !== name) : []);
  }
  const cycle = findCycle(graph);
  if (cycle) {
    const [first = "", second = ""] = cycle;
    const index = stringList(tasks[first]?.["depends_on"]).indexOf(second);
    at(
      ["tasks", first, "depends_on", index],
      `dependency cycle: ${cycle.join(" -> ")} (each task depends on the next). Remove one of these depends_on entries.`
    );
  }
}
function semanticProblems(source, value, context) {
  const problems = [];
  if (!isRecord(value)) return problems;
  const at = (path, message, options = {}) => problems.push(problemAt(source, path, message, options));
  scheduleProblems(value, at);
  problems.push(...dagDurationProblems(source, value));
  const defaults = isRecord(value["defaults"]) ? value["defaults"] : void 0;
  if (defaults) problems.push(...settingsProblems(source, defaults, ["defaults"], context));
  const tasks = value["tasks"];
  if (isRecord(tasks)) {
    for (const [name, task] of Object.entries(tasks)) {
      if (isRecord(task)) problems.push(...settingsProblems(source, task, ["tasks", name], context));
    }
    taskGraphProblems(tasks, at);
    problems.push(...taskIdProblems(source, tasks));
  }
  problems.push(...callbackProblems(source, value), ...literalProblems(source, value));
  problems.push(...templateProblems(source, value, context.profile), ...platformProblems(source, value, context.profile));
  return problems;
}

// src/dagfile/normalise-pod.ts
function normalisePod(task, defaults) {
  const volumes = mergeVolumes(defaults.volumes, task.volumes);
  const names = volumeNames(volumes);
  const pod = {
    tolerations: (task.tolerations ?? defaults.tolerations ?? []).map(toleration2),
    annotations: [...new Map([...Object.entries(defaults.annotations ?? {}), ...Object.entries(task.annotations ?? {})])],
    configMaps: mergeConfigMaps(defaults.config_maps, task.config_maps),
    volumes: volumes.map((volume2, index) => podVolume(volume2, names[index])),
    onFinish: task.on_finish ?? defaults.on_finish ?? "delete_pod",
    imagePullPolicy: task.image_pull_policy ?? defaults.image_pull_policy ?? "IfNotPresent"
  };
  const serviceAccount = task.service_account ?? defaults.service_account;
  if (serviceAccount !== void 0) pod.serviceAccount = serviceAccount;
  const xcom = task.xcom ?? defaults.xcom;
  if (xcom !== void 0) pod.xcom = xcom;
  const deferrable = task.deferrable ?? defaults.deferrable;
  if (deferrable !== void 0) pod.deferrable = deferrable;
  return pod;
}
function mergeConfigMaps(defaults = [], task = []) {
  const named = new Set(task);
  return [...defaults.filter((name) => !named.has(name)), ...task];
}
function mountKey(path) {
  let end = path.length;
  while (end > 1 && path.charCodeAt(end - 1) === 47) end -= 1;
  return path.slice(0, end);
}
function mergeVolumes(defaults = [], task = []) {
  const byMount = /* @__PURE__ */ new Map();
  for (const volume2 of [...defaults, ...task]) byMount.set(mountKey(volume2.mount), volume2);
  return [...byMount.values()];
}
var DNS_LABEL_LENGTH = 63;
var DNS_LABEL = /^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?$/;
function dnsLabel(text, length = DNS_LABEL_LENGTH) {
  if (text.length <= length && DNS_LABEL.test(text)) return text;
  const cleaned = text.toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/-+/g, "-").replace(/^-/, "");
  return cleaned.slice(0, length).replace(/-+$/, "") || "volume";
}
function derivedName(volume2) {
  if (volume2.secret !== void 0) return dnsLabel(`secret-${volume2.secret}`);
  if (volume2.config_map !== void 0) return dnsLabel(`config-map-${volume2.config_map}`);
  return dnsLabel(`empty-dir-${volume2.mount}`);
}
function volumeNames(volumes) {
  const taken = /* @__PURE__ */ new Set();
  for (const volume2 of volumes) if (volume2.name !== void 0) taken.add(volume2.name);
  return volumes.map((volume2) => {
    if (volume2.name !== void 0) return volume2.name;
    const base = derivedName(volume2);
    let name = base;
    for (let counter = 2; taken.has(name); counter += 1) {
      const suffix = `-${counter}`;
      name = `${dnsLabel(base, DNS_LABEL_LENGTH - suffix.length)}${suffix}`;
    }
    taken.add(name);
    return name;
  });
}
function volumeSource(volume2) {
  if (volume2.secret !== void 0) return { kind: "secret", secretName: volume2.secret };
  if (volume2.config_map !== void 0) return { kind: "config_map", configMapName: volume2.config_map };
  const source = { kind: "empty_dir" };
  if (volume2.empty_dir?.size_limit !== void 0) source.sizeLimit = volume2.empty_dir.size_limit;
  if (volume2.empty_dir?.medium !== void 0) source.medium = volume2.empty_dir.medium;
  return source;
}
function podVolume(volume2, name) {
  const source = volumeSource(volume2);
  return { name, source, mountPath: volume2.mount, readOnly: volume2.read_only ?? source.kind !== "empty_dir" };
}
function toleration2(raw) {
  const out = {};
  if (raw.key !== void 0) out.key = raw.key;
  if (raw.operator !== void 0) out.operator = raw.operator;
  if (raw.value !== void 0) out.value = raw.value;
  if (raw.effect !== void 0) out.effect = raw.effect;
  if (raw.toleration_seconds !== void 0) out.tolerationSeconds = raw.toleration_seconds;
  return out;
}

// src/dagfile/check-pod.ts
var records = (value) => Array.isArray(value) ? value.map((item) => isRecord(item) ? item : {}) : [];
var VOLUME_SOURCES = ["secret", "config_map", "empty_dir"];
var ANNOTATIONS_MAX_BYTES = 256 * 1024;
var KUBERNETES_ANNOTATIONS = "https://kubernetes.io/docs/concepts/overview/working-with-objects/annotations/#syntax-and-character-set";
var KUBERNETES_TOLERATIONS = "https://kubernetes.io/docs/concepts/scheduling-eviction/taint-and-toleration/";
var XCOM_VOLUME_NAME = "xcom";
var XCOM_MOUNT_PATH = "/airflow/xcom";
function checkVolumes(settings, path, at) {
  const seenMounts = /* @__PURE__ */ new Map();
  const seenNames = /* @__PURE__ */ new Map();
  for (const [index, volume2] of records(settings["volumes"]).entries()) {
    const where = [...path, "volumes", index];
    const sources = VOLUME_SOURCES.filter((source) => source in volume2);
    if (sources.length === 0) {
      at(
        where,
        `${describePath(where)}: a volume needs exactly one source: secret, config_map or empty_dir; this one has none. Add e.g. \`secret: gcp-key\` or \`empty_dir: {}\`.`
      );
    } else if (sources.length > 1) {
      at(
        where,
        `${describePath(where)}: a volume needs exactly one source, but this one has ${sources.join(" and ")}. Split it into one volume per source, each with its own mount.`
      );
    }
    const sizeLimit = isRecord(volume2["empty_dir"]) ? volume2["empty_dir"]["size_limit"] : void 0;
    if (typeof sizeLimit === "string" && !isByteQuantity(sizeLimit)) {
      const sizePath = [...where, "empty_dir", "size_limit"];
      at(
        sizePath,
        `${describePath(sizePath)}: ${JSON.stringify(sizeLimit)} is not a Kubernetes quantity: expected e.g. 512Mi, 4Gi or 1G.${byteQuantityHint(sizeLimit)}`
      );
    }
    const mount = volume2["mount"];
    if (typeof mount === "string") {
      if (mount.includes("\0")) at([...where, "mount"], `${describePath([...where, "mount"])}: a path cannot contain the NUL character.`);
      const earlier = seenMounts.get(mountKey(mount));
      if (earlier !== void 0) {
        at(
          [...where, "mount"],
          `${describePath([...where, "mount"])}: ${JSON.stringify(mount)} is mounted by ${describePath([...path, "volumes", earlier])} already: a path takes one volume.`
        );
      } else {
        seenMounts.set(mountKey(mount), index);
      }
    }
    const name = volume2["name"];
    if (typeof name === "string") {
      const earlier = seenNames.get(name);
      if (earlier !== void 0)
        at(
          [...where, "name"],
          `${describePath([...where, "name"])}: "${name}" is the name of ${describePath([...path, "volumes", earlier])} already: volume names are unique in a pod. Rename one, or leave name out to have one derived.`
        );
      else seenNames.set(name, index);
    }
  }
}
function checkTolerations(settings, path, at) {
  const see = `See ${KUBERNETES_TOLERATIONS}`;
  for (const [index, toleration3] of records(settings["tolerations"]).entries()) {
    const where = [...path, "tolerations", index];
    const { key, operator, value, effect } = toleration3;
    const keyed = typeof key === "string" && key !== "";
    if (keyed && !isLabelKey(key)) {
      at(
        [...where, "key"],
        `${describePath([...where, "key"])}: "${key}" is not a valid taint key (at most 63 characters of letters, digits, '-', '_', '.', with an optional DNS prefix and '/'). ${see}`
      );
    }
    if (!keyed && operator !== "Exists") {
      at(
        "operator" in toleration3 ? [...where, "operator"] : where,
        `${describePath(where)}: a toleration without a key matches every taint, which Kubernetes allows only with operator: Exists. Add a key, or set operator: Exists. ${see}`
      );
    }
    if ("toleration_seconds" in toleration3 && effect !== "NoExecute") {
      at(
        [...where, "toleration_seconds"],
        `${describePath([...where, "toleration_seconds"])} applies only to effect: NoExecute, and Kubernetes refuses it otherwise. Set effect: NoExecute, or remove toleration_seconds. ${see}`,
        { anchor: "key" }
      );
    }
    if (typeof value === "string") {
      if (operator === "Exists" && value !== "") {
        at(
          [...where, "value"],
          `${describePath([...where, "value"])}: operator Exists matches any value, and Kubernetes requires the value to be empty. Remove the value, or use operator: Equal. ${see}`
        );
      } else if (operator !== "Exists" && !isLabelValue(value)) {
        at(
          [...where, "value"],
          `${describePath([...where, "value"])}: ${JSON.stringify(value)} is not a valid taint value (at most 63 characters of letters, digits, '-', '_', '.', starting and ending with a letter or digit). ${see}`
        );
      }
    }
  }
}
function annotationBytes(annotations, except) {
  let bytes = 0;
  if (!isRecord(annotations)) return bytes;
  for (const key in annotations) {
    const value = annotations[key];
    if (except !== void 0 && key in except) continue;
    bytes += Buffer.byteLength(key) + (typeof value === "string" ? Buffer.byteLength(value) : 0);
  }
  return bytes;
}
function checkAnnotations(settings, path, at) {
  const annotations = settings["annotations"];
  if (!isRecord(annotations)) return;
  for (const key of Object.keys(annotations)) {
    if (!isLabelKey(key.toLowerCase())) {
      at(
        [...path, "annotations", key],
        `${describePath([...path, "annotations"])}: "${key}" is not a valid Kubernetes annotation key (at most 63 characters of letters, digits, '-', '_', '.', with an optional DNS prefix and '/'). See ${KUBERNETES_ANNOTATIONS}`,
        { anchor: "key" }
      );
    }
  }
}
function checkBlock(settings, path, at) {
  checkVolumes(settings, path, at);
  checkTolerations(settings, path, at);
  checkAnnotations(settings, path, at);
}
function locatedVolumes(block, path) {
  const located = [];
  for (const [index, volume2] of records(block["volumes"]).entries()) {
    const mount = volume2["mount"];
    if (typeof mount === "string") located.push({ path: [...path, "volumes", index], volume: volume2, mount });
  }
  return located;
}
function checkMerged(defaults, task, taskPath, at) {
  const merged = mergeVolumes(defaults.volumes, locatedVolumes(task, taskPath));
  const byName = /* @__PURE__ */ new Map();
  for (const entry of merged) {
    const name = entry.volume["name"];
    if (typeof name !== "string") continue;
    const earlier = byName.get(name);
    if (earlier && earlier.path[0] !== entry.path[0]) {
      at(
        [...entry.path, "name"],
        `${describePath([...entry.path, "name"])}: "${name}" is the name of ${describePath(earlier.path)} already, which this task also mounts: volume names are unique in a pod. Rename one, or leave name out to have one derived.`
      );
    }
    if (!earlier) byName.set(name, entry);
  }
  const xcom = "xcom" in task ? task["xcom"] : defaults.settings["xcom"];
  if (xcom === true) {
    for (const entry of merged) {
      if (entry.volume["name"] === XCOM_VOLUME_NAME) {
        at(
          [...entry.path, "name"],
          `${describePath([...entry.path, "name"])}: "${XCOM_VOLUME_NAME}" is the volume Airflow adds for XCom to a task with xcom: true. Choose another name.`
        );
      }
      if (mountKey(entry.mount) === XCOM_MOUNT_PATH) {
        at(
          [...entry.path, "mount"],
          `${describePath([...entry.path, "mount"])}: ${XCOM_MOUNT_PATH} is where Airflow mounts its XCom volume in a task with xcom: true. Mount this volume elsewhere.`
        );
      }
    }
  }
  const own = task["annotations"];
  if (isRecord(own)) {
    const bytes = annotationBytes(defaults.settings["annotations"], own) + annotationBytes(own);
    if (bytes > ANNOTATIONS_MAX_BYTES) tooManyAnnotationBytes([...taskPath, "annotations"], bytes, at);
  }
}
function tooManyAnnotationBytes(path, bytes, at) {
  at(
    path,
    `${describePath(path)}: the pod's annotations take ${bytes} bytes, more than the ${ANNOTATIONS_MAX_BYTES} Kubernetes allows in all. Move large values into a ConfigMap.`,
    { anchor: "key" }
  );
}
function podProblems(source, value) {
  if (!isRecord(value)) return [];
  const problems = /* @__PURE__ */ new Map();
  const at = (path, message, options = {}) => {
    const problem = problemAt(source, path, message, options);
    problems.set(`${problem.line}:${problem.column}:${problem.message}`, problem);
  };
  const settings = isRecord(value["defaults"]) ? value["defaults"] : {};
  checkBlock(settings, ["defaults"], at);
  const defaults = { settings, volumes: locatedVolumes(settings, ["defaults"]), annotationBytes: annotationBytes(settings["annotations"]) };
  const tasks = isRecord(value["tasks"]) ? value["tasks"] : {};
  let inheritsAnnotations = false;
  for (const [name, task] of Object.entries(tasks)) {
    if (!isRecord(task)) continue;
    checkBlock(task, ["tasks", name], at);
    checkMerged(defaults, task, ["tasks", name], at);
    inheritsAnnotations ||= !isRecord(task["annotations"]);
  }
  if (inheritsAnnotations && defaults.annotationBytes > ANNOTATIONS_MAX_BYTES)
    tooManyAnnotationBytes(["defaults", "annotations"], defaults.annotationBytes, at);
  return [...problems.values()];
}

// src/dagfile/assets.ts
var USES_NETLOC = /* @__PURE__ */ new Set([
  "",
  "ftp",
  "http",
  "gopher",
  "nntp",
  "telnet",
  "imap",
  "wais",
  "file",
  "mms",
  "https",
  "shttp",
  "snews",
  "prospero",
  "rtsp",
  "rtsps",
  "rtspu",
  "rsync",
  "svn",
  "svn+ssh",
  "sftp",
  "nfs",
  "git",
  "git+ssh",
  "ws",
  "wss"
]);
var SCHEME_CHARS = /^[A-Za-z][A-Za-z0-9+.-]*$/;
function urlSplit(uri) {
  let start = 0;
  while (start < uri.length && uri.charCodeAt(start) <= 32) start += 1;
  let rest = uri.slice(start).replace(/[\t\r\n]/g, "");
  let scheme = "";
  const colon = rest.indexOf(":");
  if (colon > 0 && SCHEME_CHARS.test(rest.slice(0, colon))) {
    scheme = rest.slice(0, colon).toLowerCase();
    rest = rest.slice(colon + 1);
  }
  let netloc = "";
  if (rest.startsWith("//")) {
    const end = rest.slice(2).search(/[/?#]/);
    netloc = end < 0 ? rest.slice(2) : rest.slice(2, end + 2);
    rest = end < 0 ? "" : rest.slice(end + 2);
  }
  const hash = rest.indexOf("#");
  if (hash >= 0) rest = rest.slice(0, hash);
  const question = rest.indexOf("?");
  return question < 0 ? { scheme, netloc, path: rest, query: "" } : { scheme, netloc, path: rest.slice(0, question), query: rest.slice(question + 1) };
}
function unquote(text) {
  if (!text.includes("%")) return text;
  const bytes = [];
  for (let index = 0; index < text.length; index += 1) {
    const hex2 = text.slice(index + 1, index + 3);
    if (text[index] === "%" && /^[0-9A-Fa-f]{2}$/.test(hex2)) {
      bytes.push(Number.parseInt(hex2, 16));
      index += 2;
    } else {
      bytes.push(text.charCodeAt(index));
    }
  }
  return new TextDecoder("utf-8").decode(Uint8Array.from(bytes));
}
function quotePlus(text) {
  let out = "";
  for (const byte of new TextEncoder().encode(text)) {
    const char = String.fromCharCode(byte);
    if (/[A-Za-z0-9_.~-]/.test(char)) out += char;
    else if (char === " ") out += "+";
    else out += `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}
function compareCodePoints(a, b) {
  const left = Array.from(a);
  const right = Array.from(b);
  for (let index = 0; index < Math.min(left.length, right.length); index += 1) {
    const difference = (left[index]?.codePointAt(0) ?? 0) - (right[index]?.codePointAt(0) ?? 0);
    if (difference !== 0) return difference;
  }
  return left.length - right.length;
}
function normaliseQuery(query) {
  const pairs = [];
  for (const field of query.split("&")) {
    const equals = field.indexOf("=");
    if (equals < 0 || equals === field.length - 1) continue;
    pairs.push([unquote(field.slice(0, equals).replace(/\+/g, " ")), unquote(field.slice(equals + 1).replace(/\+/g, " "))]);
  }
  pairs.sort(([keyA, valueA], [keyB, valueB]) => compareCodePoints(keyA, keyB) || compareCodePoints(valueA, valueB));
  return pairs.map(([key, value]) => `${quotePlus(key)}=${quotePlus(value)}`).join("&");
}
function normaliseAssetUri(uri) {
  if (unusableUri(uri, 2) !== void 0) return uri;
  const { scheme, netloc, path, query } = urlSplit(uri);
  if (scheme === "" || scheme.startsWith("x-")) return uri;
  const host = netloc.slice(netloc.lastIndexOf("@") + 1);
  let rest = path.replace(/\/+$/, "") || "/";
  if (host !== "" || USES_NETLOC.has(scheme) && !rest.startsWith("//")) rest = `//${host}${rest.startsWith("/") ? "" : "/"}${rest}`;
  const normalisedQuery = query === "" ? "" : normaliseQuery(query);
  return `${scheme}:${rest}${normalisedQuery === "" ? "" : `?${normalisedQuery}`}`;
}
var MAX_ASSET_URI_LENGTH = { 2: 3e3, 3: 1500 };
function unusableUri(uri, airflow) {
  if (!/^[\x20-\x7e]*$/.test(uri)) return "must be printable ASCII (Airflow refuses other characters; percent-encode them, e.g. %C3%A9)";
  if (uri.trim() === "") return uri === "" ? "is empty" : "is only whitespace";
  if (uri !== uri.trim()) return "starts or ends with a space";
  if (uri.length > MAX_ASSET_URI_LENGTH[airflow])
    return `is ${uri.length} characters long; Airflow ${airflow} accepts at most ${MAX_ASSET_URI_LENGTH[airflow]}`;
  const { scheme, netloc, path } = urlSplit(uri);
  if (netloc.includes("[") || netloc.includes("]")) return "has '[' or ']' in its host, which Python's urlsplit refuses (Invalid IPv6 URL)";
  if (scheme === "airflow") return "uses the scheme airflow://, which Airflow reserves";
  if (airflow === 3 && (uri === "self" || uri === "context")) return `is "${uri}", a name Airflow 3 reserves`;
  const host = netloc.slice(netloc.lastIndexOf("@") + 1);
  if ((scheme === "gs" || scheme === "s3") && host === "") return `needs a bucket: ${scheme}://BUCKET/path`;
  if (scheme === "bigquery" && (host === "" || (path.replace(/\/+$/, "") || "/").split("/").length !== 3))
    return "must name a table: bigquery://PROJECT/DATASET/TABLE";
  return void 0;
}
function assetUriProblem(uri, airflow = 2) {
  const unusable = unusableUri(uri, airflow);
  if (unusable !== void 0) return unusable;
  const { scheme, netloc } = urlSplit(uri);
  if (scheme !== "" && !scheme.startsWith("x-") && netloc.includes("@"))
    return "carries credentials (user@host): Airflow 2.9 refuses them and later versions drop them, which changes which asset it is. Remove them";
  return void 0;
}

// src/dagfile/doc.ts
function docPathProblem(path) {
  if (path.includes("\0")) return "contains a NUL character.";
  if (path.includes("\\")) return "uses '\\': separate folders with '/', e.g. docs/README.md.";
  if (path.startsWith("/") || /^[A-Za-z]:/.test(path)) return "is absolute: give a path relative to dag.yaml inside the project folder, e.g. README.md.";
  let depth = 0;
  for (const segment of path.split("/")) {
    if (segment === "..") depth -= 1;
    else if (segment !== "." && segment !== "") depth += 1;
    if (depth < 0)
      return "leaves the project folder: the doc must be one of the project's own files (they are what a change to the project is), e.g. README.md.";
  }
  return depth === 0 ? "names the project folder itself, not a file: e.g. README.md." : void 0;
}
function attachDoc(result, file, text, read) {
  if (!result.ok || result.dag.docFile === void 0) return result;
  if (read.ok) return { ...result, dag: { ...result.dag, docMarkdown: read.text } };
  const problem = problemAt(new SourceDocument(file, text), ["doc"], `doc: ${JSON.stringify(result.dag.docFile)} ${read.reason}`);
  return { ok: false, problems: [...result.problems, problem] };
}

// src/dagfile/param-value.ts
var TYPE_WORDS = {
  string: "a string",
  integer: "a whole number",
  number: "a number",
  boolean: "true or false",
  array: "a list",
  object: "a mapping",
  null: "null"
};
function hasType(value, type) {
  switch (type) {
    case "string":
      return typeof value === "string";
    case "integer":
      return typeof value === "number" && Number.isInteger(value);
    case "number":
      return typeof value === "number";
    case "boolean":
      return typeof value === "boolean";
    case "array":
      return Array.isArray(value);
    case "object":
      return typeof value === "object" && value !== null && !Array.isArray(value);
    case "null":
      return value === null;
  }
}
function jsonEqual(a, b) {
  if (Array.isArray(a) || Array.isArray(b))
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, index) => jsonEqual(item, b[index]));
  if (typeof a === "object" && a !== null && typeof b === "object" && b !== null) {
    const left = Object.entries(a);
    const right = b;
    return left.length === Object.keys(right).length && left.every(([key, value]) => key in right && jsonEqual(value, right[key]));
  }
  return a === b;
}
function paramValueProblem(param, value) {
  const shown2 = describeValue(value);
  if (param.type !== void 0 && !hasType(value, param.type)) return `${shown2} is not ${TYPE_WORDS[param.type]} (type: ${param.type})`;
  if (param.enum !== void 0 && !param.enum.some((option) => jsonEqual(option, value))) {
    return `${shown2} is not one of the enum values ${param.enum.map((option) => JSON.stringify(option)).join(", ")}`;
  }
  if (typeof value === "number") {
    if (param.minimum !== void 0 && value < param.minimum) return `${shown2} is below the minimum ${param.minimum}`;
    if (param.maximum !== void 0 && value > param.maximum) return `${shown2} is above the maximum ${param.maximum}`;
  }
  if (typeof value === "string") {
    const length = Array.from(value).length;
    if (param.min_length !== void 0 && length < param.min_length) return `${shown2} is shorter than min_length ${param.min_length}`;
    if (param.max_length !== void 0 && length > param.max_length) return `${shown2} is longer than max_length ${param.max_length}`;
    if (param.pattern !== void 0) {
      let pattern;
      try {
        pattern = new RegExp(param.pattern, "u");
      } catch {
        pattern = void 0;
      }
      if (pattern && !pattern.test(value)) return `${shown2} does not match the pattern ${JSON.stringify(param.pattern)}`;
    }
  }
  return void 0;
}

// src/dagfile/check-dag.ts
var CONDITIONAL_DATASETS = "https://airflow.apache.org/docs/apache-airflow/2.9.0/authoring-and-scheduling/datasets.html";
var entriesOf = (value) => isRecord(value) ? Object.entries(value) : [];
var itemsOf = (value) => Array.isArray(value) ? value : [];
function checkAssets(at, list, path, airflow) {
  for (const [index, uri] of itemsOf(list).entries()) {
    const problem = typeof uri === "string" ? assetUriProblem(uri, airflow) : void 0;
    if (problem !== void 0) at([...path, index], `${describePath([...path, index])}: asset URI ${JSON.stringify(uri)} ${problem}.`);
  }
}
function checkSchedule(at, value, context) {
  const schedule = value["schedule"];
  if (!isRecord(schedule)) return;
  const airflow = context.profile.airflow;
  if ("assets_any" in schedule && !("assets" in schedule) && airflow === 2) {
    at(
      ["schedule", "assets_any"],
      `schedule.assets_any needs DatasetAny, which Airflow 2.9 added; the Airflow 2 profile also promises 2.7 and 2.8. Use assets (run when all were updated), or render for Airflow 3 (--airflow 3). See ${CONDITIONAL_DATASETS}`,
      "key"
    );
  }
  for (const key of ["assets", "assets_any"]) checkAssets(at, schedule[key], ["schedule", key], airflow);
  if (("assets" in schedule || "assets_any" in schedule) && value["start_date"] === void 0) {
    at(["schedule"], "a DAG scheduled on assets needs a start_date (Airflow 2 refuses it without one): add e.g. `start_date: 2024-01-01`.", "key");
  }
}
function checkParams(at, value, context) {
  const scheduled = value["schedule"] !== void 0 && value["schedule"] !== null;
  for (const [name, raw] of entriesOf(value["params"])) {
    if (!isRecord(raw)) continue;
    const param = raw;
    if (!("default" in param)) {
      if (context.profile.airflow === 2) {
        at(
          ["params", name],
          `params.${name} has no default: Airflow 2.7 refuses to load a DAG with a param that has none (2.8+ only when the DAG has a schedule). Add \`default: ...\` (it is also the trigger form's initial value).`,
          "key"
        );
      } else if (scheduled) {
        at(
          ["params", name],
          `params.${name} has no default, but the DAG has a schedule: Airflow refuses to load a scheduled DAG whose params cannot all be resolved. Add \`default: ...\`, or set \`schedule: null\` (then each manual run gives the value).`,
          "key"
        );
      }
      continue;
    }
    const problem = paramValueProblem(param, param.default);
    if (problem !== void 0)
      at(
        ["params", name, "default"],
        `params.${name}.default: ${problem}. Airflow validates the default against the param's own schema (and refuses to load a scheduled DAG whose default fails): fix the default or the schema.`
      );
  }
}
function checkGroups(at, tasks) {
  if (!Object.values(tasks).some((task) => isRecord(task) && typeof task["group"] === "string")) return;
  const taskIds = new Set(expandTaskIds(tasks).map(([taskId]) => taskId));
  const pathOfLeaf = /* @__PURE__ */ new Map();
  for (const [name, task] of Object.entries(tasks)) {
    const group = isRecord(task) ? task["group"] : void 0;
    if (typeof group !== "string") continue;
    const segments = group.split(".");
    for (let depth = 1; depth <= segments.length; depth += 1) {
      const path = segments.slice(0, depth).join(".");
      const leaf = segments[depth - 1] ?? "";
      const earlier = pathOfLeaf.get(leaf);
      if (earlier !== void 0 && earlier !== path) {
        at(
          ["tasks", name, "group"],
          `tasks.${name}.group: group "${leaf}" of "${group}" is also the group "${earlier}": Airflow group ids are unique in a DAG, and dagship keeps task ids unprefixed, so a group is known by its last name alone. Rename one of them.`
        );
        break;
      }
      pathOfLeaf.set(leaf, path);
      if (taskIds.has(leaf)) {
        at(
          ["tasks", name, "group"],
          `tasks.${name}.group: group "${leaf}" has the id of task "${leaf}": Airflow keeps task and group ids in one namespace. Rename the group or the task.`
        );
        break;
      }
    }
  }
}
function checkDoc(at, value) {
  const doc = value["doc"];
  const docProblem = typeof doc === "string" ? docPathProblem(doc) : void 0;
  if (docProblem !== void 0) at(["doc"], `doc: ${JSON.stringify(doc)} ${docProblem}`);
}
function dagKeyProblems(source, value, context) {
  const problems = [];
  if (!isRecord(value)) return problems;
  const at = (path, message, anchor = "value") => problems.push(problemAt(source, path, message, { anchor }));
  checkSchedule(at, value, context);
  checkParams(at, value, context);
  checkDoc(at, value);
  const tasks = value["tasks"];
  if (!isRecord(tasks)) return problems;
  for (const [name, task] of Object.entries(tasks)) {
    if (!isRecord(task)) continue;
    checkAssets(at, task["outlets"], ["tasks", name, "outlets"], context.profile.airflow);
  }
  checkGroups(at, tasks);
  return problems;
}

// src/dagfile/normalise-dag.ts
function normaliseParam(name, raw) {
  const param = { name, hasDefault: "default" in raw };
  if (raw.type !== void 0) param.type = raw.type;
  if ("default" in raw) param.default = raw.default;
  if (raw.description !== void 0) param.description = raw.description;
  if (raw.title !== void 0) param.title = raw.title;
  if (raw.enum !== void 0) param.enum = [...raw.enum];
  if (raw.minimum !== void 0) param.minimum = raw.minimum;
  if (raw.maximum !== void 0) param.maximum = raw.maximum;
  if (raw.min_length !== void 0) param.minLength = raw.min_length;
  if (raw.max_length !== void 0) param.maxLength = raw.max_length;
  if (raw.pattern !== void 0) param.pattern = raw.pattern;
  return param;
}
function normaliseNotifier(raw) {
  if (raw.callback !== void 0) return { kind: "callback", path: raw.callback };
  if (raw.slack !== void 0) {
    const slack = { kind: "slack", connection: raw.slack.connection };
    if (raw.slack.channel !== void 0) slack.channel = raw.slack.channel;
    if (raw.slack.text !== void 0) slack.text = raw.slack.text;
    return slack;
  }
  const email = raw.email ?? [];
  if (Array.isArray(email)) return { kind: "email", to: [...email] };
  const notifier = { kind: "email", to: [...email.to] };
  if (email.subject !== void 0) notifier.subject = email.subject;
  if (email.html_content !== void 0) notifier.htmlContent = email.html_content;
  if (email.from_email !== void 0) notifier.fromEmail = email.from_email;
  if (email.connection !== void 0) notifier.connection = email.connection;
  return notifier;
}
var EVENTS2 = [
  ["on_failure", "onFailure"],
  ["on_success", "onSuccess"],
  ["on_retry", "onRetry"]
];
function dagNotify(raw) {
  return taskNotify(raw, void 0);
}
function taskNotify(defaults, task) {
  const notify = {};
  for (const [written, event] of EVENTS2) {
    const list = task?.[written] ?? defaults?.[written];
    if (list !== void 0 && list.length > 0) notify[event] = list.map(normaliseNotifier);
  }
  return Object.keys(notify).length > 0 ? notify : void 0;
}
function assetList(uris, substitute2 = (text) => text) {
  return [...new Set(uris.map((uri) => normaliseAssetUri(substitute2(uri))))];
}
function assetSchedule(written) {
  if (written === null || typeof written !== "object") return void 0;
  if (written.assets_any !== void 0) return { kind: "assets", mode: "any", uris: assetList(written.assets_any) };
  return { kind: "assets", mode: "all", uris: assetList(written.assets ?? []) };
}
function taskGraphKeys(task, defaults, substitute2) {
  const keys = {};
  const notify = taskNotify(defaults.notify, task.notify);
  if (notify) keys.notify = notify;
  if (task.outlets !== void 0) keys.outlets = assetList(task.outlets, substitute2);
  if (task.group !== void 0) keys.group = task.group.split(".");
  return keys;
}
function dagLevelKeys(spec) {
  const keys = {};
  const end = spec.end_date === void 0 ? void 0 : parseLocalDateTime(spec.end_date);
  if (end) keys.endDate = end;
  const timeout = spec.dagrun_timeout === void 0 ? void 0 : parseDuration(spec.dagrun_timeout);
  if (timeout !== void 0) keys.dagrunTimeoutSeconds = timeout;
  if (spec.doc !== void 0) keys.docFile = spec.doc;
  const notify = dagNotify(spec.notify);
  if (notify) keys.notify = notify;
  return keys;
}

// src/dagfile/normalise.ts
function snakeCase(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").replace(/[^A-Za-z0-9_.]+/g, "_").replace(/_+/g, "_").replace(/^_|_$/g, "").toLowerCase();
}
function mergeMaps(...maps) {
  const merged = /* @__PURE__ */ new Map();
  for (const map of maps) for (const [key, value] of Object.entries(map ?? {})) merged.set(key, value);
  return [...merged.entries()];
}
function mergeSecrets(defaults, task) {
  const byEnv = /* @__PURE__ */ new Map();
  for (const secret of [...defaults ?? [], ...task ?? []]) byEnv.set(secret.env, { env: secret.env, secret: secret.secret, key: secret.key });
  return [...byEnv.values()];
}
function substitute(text, value) {
  return value === void 0 ? text : text.split(MATRIX_TOKEN).join(value);
}
function imageSource(image, project) {
  if (image === void 0) return { kind: "project", project };
  return PROJECT_NAME.test(image) ? { kind: "project", project: image } : { kind: "reference", reference: image };
}
function duration(text) {
  return text === void 0 ? void 0 : parseDuration(text);
}
function scheduleOf(written) {
  if (written === null || written === void 0) return { kind: "none" };
  const assets = assetSchedule(written);
  if (assets) return assets;
  if (typeof written !== "string") throw new Error("normalise called on an invalid schedule");
  const parsed = parseSchedule(written.trim());
  if (!parsed.ok) throw new Error(`normalise called on an invalid schedule: ${written}`);
  return parsed.expression === "@once" ? { kind: "once" } : { kind: "cron", expression: parsed.expression, written };
}
function normaliseTask(taskId, sourceTask, matrixValue, task, defaults, project) {
  const pick = (key) => task[key] !== void 0 ? task[key] : defaults[key];
  const resources2 = { ...defaults.resources, ...task.resources };
  const normalised = {
    taskId,
    sourceTask,
    image: imageSource(pick("image"), project),
    env: mergeMaps(defaults.env, task.env).map(([key, value]) => [key, substitute(value, matrixValue)]),
    secrets: mergeSecrets(defaults.secrets, task.secrets),
    labels: mergeMaps(defaults.labels, task.labels),
    startupTimeoutSeconds: duration(pick("startup_timeout")) ?? DEFAULT_STARTUP_TIMEOUT_SECONDS,
    pod: normalisePod(task, defaults)
  };
  if (matrixValue !== void 0) normalised.matrixValue = matrixValue;
  if (task.command) normalised.command = task.command.map((part) => substitute(part, matrixValue));
  if (task.args) normalised.args = task.args.map((part) => substitute(part, matrixValue));
  if (Object.keys(resources2).length > 0) {
    normalised.resources = {};
    if (resources2.cpu !== void 0) normalised.resources.cpu = String(resources2.cpu);
    if (resources2.memory !== void 0) normalised.resources.memory = resources2.memory;
    if (resources2.ephemeral_storage !== void 0) normalised.resources.ephemeralStorage = resources2.ephemeral_storage;
  }
  const retries = pick("retries");
  if (retries !== void 0) normalised.retries = retries;
  const retryDelay = duration(pick("retry_delay"));
  if (retryDelay !== void 0) normalised.retryDelaySeconds = retryDelay;
  const timeout = duration(pick("timeout"));
  if (timeout !== void 0) normalised.timeoutSeconds = timeout;
  const triggerRule = pick("trigger_rule");
  if (triggerRule !== void 0) normalised.triggerRule = triggerRule;
  const pool = pick("pool");
  if (pool !== void 0) normalised.pool = pool;
  const priorityWeight = pick("priority_weight");
  if (priorityWeight !== void 0) normalised.priorityWeight = priorityWeight;
  const email = pick("email");
  if (email !== void 0) normalised.email = [...email];
  const emailOnRetry = pick("email_on_retry");
  if (emailOnRetry !== void 0) normalised.emailOnRetry = emailOnRetry;
  const namespace = pick("namespace");
  if (namespace !== void 0) normalised.namespace = namespace;
  if (defaults.node_selector !== void 0 || task.node_selector !== void 0) normalised.nodeSelector = mergeMaps(defaults.node_selector, task.node_selector);
  const affinity = pick("affinity");
  if (affinity !== void 0) normalised.affinity = affinity;
  const sidecars = pick("sidecars");
  if (sidecars !== void 0) normalised.sidecars = sidecars;
  Object.assign(
    normalised,
    taskGraphKeys(task, defaults, (text) => substitute(text, matrixValue))
  );
  return normalised;
}
function normaliseSpec(spec, project, sourceFile) {
  const defaults = spec.defaults ?? {};
  const expanded = expandTaskIds(spec.tasks);
  const instances = /* @__PURE__ */ new Map();
  for (const [taskId, sourceTask] of expanded) {
    const ids = instances.get(sourceTask);
    if (ids) ids.push(taskId);
    else instances.set(sourceTask, [taskId]);
  }
  const tasks = expanded.map(
    ([taskId, sourceTask, matrixValue]) => normaliseTask(taskId, sourceTask, matrixValue, spec.tasks[sourceTask], defaults, project)
  );
  const edges2 = [];
  for (const task of tasks) {
    for (const upstreamName of spec.tasks[task.sourceTask]?.depends_on ?? []) {
      for (const upstream of instances.get(upstreamName) ?? []) edges2.push({ upstream, downstream: task.taskId });
    }
  }
  const dag = {
    dagId: spec.dag_id ?? snakeCase(project),
    project,
    sourceFile,
    schedule: scheduleOf(spec.schedule),
    timezone: spec.timezone ?? "UTC",
    catchup: spec.catchup ?? false,
    tags: [...spec.tags ?? []],
    params: Object.entries(spec.params ?? {}).map(([name, raw]) => normaliseParam(name, raw)),
    tasks,
    edges: edges2
  };
  if (spec.description !== void 0) dag.description = spec.description;
  const start = spec.start_date === void 0 ? void 0 : parseLocalDateTime(spec.start_date);
  if (start) dag.startDate = start;
  if (spec.max_active_runs !== void 0) dag.maxActiveRuns = spec.max_active_runs;
  if (spec.max_active_tasks !== void 0) dag.maxActiveTasks = spec.max_active_tasks;
  if (spec.owner !== void 0) dag.owner = spec.owner;
  Object.assign(dag, dagLevelKeys(spec));
  return dag;
}

// src/dagfile/check-size.ts
var MAX_TASKS_PER_DAG = 5e3;
var MAX_EDGES_PER_DAG = 25e3;
var isRecord2 = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var count = (value) => value.toLocaleString("en-US");
function sizeProblems(source, value) {
  const tasks = isRecord2(value) ? value["tasks"] : void 0;
  if (!isRecord2(tasks)) return [];
  const instances = /* @__PURE__ */ new Map();
  for (const [, sourceTask] of expandTaskIds(tasks)) instances.set(sourceTask, (instances.get(sourceTask) ?? 0) + 1);
  const problems = [];
  let taskCount = 0;
  let largest;
  for (const [name, size] of instances) {
    taskCount += size;
    const task = tasks[name];
    const matrix = isRecord2(task) ? task["matrix"] : void 0;
    if (Array.isArray(matrix) && size > (largest?.size ?? 1)) largest = { name, size };
  }
  if (taskCount > MAX_TASKS_PER_DAG) {
    const where = largest ? ["tasks", largest.name, "matrix"] : ["tasks"];
    const biggest = largest ? ` The largest matrix: tasks.${largest.name} (${count(largest.size)} values).` : "";
    problems.push(
      problemAt(
        source,
        where,
        `this DAG has ${count(taskCount)} tasks after matrix expansion, more than the ${count(MAX_TASKS_PER_DAG)} a DAG may have: Airflow's scheduler slows down beyond a few thousand tasks in one DAG and fails to store one of ten thousand. Split the work into several DAGs (linked by assets), or fan out inside a task.${biggest}`,
        { anchor: largest ? "value" : "key" }
      )
    );
  }
  let edgeCount = 0;
  let densest;
  for (const [name, size] of instances) {
    const task = tasks[name];
    const dependsOn = isRecord2(task) ? task["depends_on"] : void 0;
    if (!Array.isArray(dependsOn)) continue;
    for (const [index, upstream] of dependsOn.entries()) {
      if (typeof upstream !== "string" || upstream === name) continue;
      const edges2 = size * (instances.get(upstream) ?? 0);
      edgeCount += edges2;
      if (edges2 > (densest?.edges ?? 0)) densest = { path: ["tasks", name, "depends_on", index], downstream: name, upstream, edges: edges2 };
    }
  }
  if (edgeCount > MAX_EDGES_PER_DAG && densest) {
    const upstreamSize = instances.get(densest.upstream) ?? 0;
    const downstreamSize = instances.get(densest.downstream) ?? 0;
    const fix = upstreamSize > 1 && downstreamSize > 1 ? "Put one task between two matrices (a join) instead of making every task of one depend on every task of the other." : "Split the work into several DAGs (linked by assets), or fan out inside a task.";
    problems.push(
      problemAt(
        source,
        densest.path,
        `this DAG has ${count(edgeCount)} dependencies after matrix expansion, more than the ${count(MAX_EDGES_PER_DAG)} a DAG may have: each one is checked by Airflow's scheduler on every pass. The most: tasks.${densest.downstream} depends on tasks.${densest.upstream} (${count(downstreamSize)} x ${count(upstreamSize)} = ${count(densest.edges)}). ${fix}`
      )
    );
  }
  return problems;
}

// src/dagfile/asset-uses.ts
var isRecord3 = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
function references2(source, list, path) {
  if (!Array.isArray(list)) return [];
  const found = [];
  for (const [index, written] of list.entries()) {
    if (typeof written !== "string" || written.trim() === "") continue;
    const at = [...path, index];
    found.push({ uri: normaliseAssetUri(written), written, path: at, ...positionOf(source, nodeAt(source, at)?.range?.[0] ?? 0) });
  }
  return found;
}
function dagAssets(source, value) {
  const uses = { outlets: [] };
  if (!isRecord3(value)) return uses;
  if (typeof value["dag_id"] === "string") uses.dagId = value["dag_id"];
  const schedule = value["schedule"];
  if (isRecord3(schedule)) {
    const key = "assets" in schedule ? "assets" : "assets_any" in schedule ? "assets_any" : void 0;
    if (key) uses.schedule = { mode: key === "assets" ? "all" : "any", assets: references2(source, schedule[key], ["schedule", key]) };
  }
  const tasks = value["tasks"];
  if (isRecord3(tasks)) {
    for (const [task, settings] of Object.entries(tasks)) {
      const assets = isRecord3(settings) ? references2(source, settings["outlets"], ["tasks", task, "outlets"]) : [];
      if (assets.length > 0) uses.outlets.push({ task, assets });
    }
  }
  return uses;
}

// src/dagfile/index.ts
function compileSpec(file, text, project, context) {
  const loaded = loadSpecText(file, text);
  if (loaded.value === void 0) return { ok: false, problems: loaded.problems };
  const problems = [
    ...schemaProblems(loaded.source, loaded.value),
    ...semanticProblems(loaded.source, loaded.value, context),
    ...podProblems(loaded.source, loaded.value),
    ...dagKeyProblems(loaded.source, loaded.value, context),
    ...sizeProblems(loaded.source, loaded.value)
  ];
  const spec = loaded.value;
  if (problems.length === 0 && typeof spec === "object" && spec.dag_id === void 0 && !TASK_ID_PATTERN.test(snakeCase(project))) {
    problems.push({
      file,
      line: 1,
      column: 1,
      message: `the folder name "${project}" does not make a valid dag_id: set dag_id explicitly.`,
      severity: "error"
    });
  }
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  const assets = dagAssets(loaded.source, loaded.value);
  if (problems.some((problem) => problem.severity === "error")) return { ok: false, problems, assets };
  return { ok: true, dag: normaliseSpec(spec, project, file), problems, assets };
}

// src/pipeline.ts
async function readProjectDoc(projectDir, docFile) {
  let bytes;
  try {
    const root = await realpath(projectDir);
    const target = await realpath(resolve(projectDir, docFile));
    if (!target.startsWith(`${root}${sep}`)) {
      return {
        ok: false,
        reason: "leads outside the project folder through a symlink: dagship reads only the project's own files. Put the file itself in the project."
      };
    }
    if (!(await stat(target)).isFile()) return { ok: false, reason: "is not a file: name a Markdown file, e.g. README.md." };
    bytes = await readFile(target);
  } catch (thrown) {
    const code = thrown.code;
    return {
      ok: false,
      reason: code === "ENOENT" ? "does not exist in the project folder: add the file, or fix the path (it is relative to dag.yaml)." : `cannot be read (${code ?? messageOf(thrown)}).`
    };
  }
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, reason: "is not UTF-8 text: save it as UTF-8." };
  }
}
async function compileProjects(projects, profile, options = {}) {
  const knownProjects = options.knownProjects === void 0 ? projects.map((project) => project.name) : options.knownProjects;
  return Promise.all(
    projects.map(async (project) => {
      const text = await readFile(project.specFile, "utf8");
      const context = knownProjects === null ? { profile } : { profile, knownProjects };
      const compiled = compileSpec(project.specPath, text, project.name, context);
      const docFile = compiled.ok ? compiled.dag.docFile : void 0;
      const result = docFile === void 0 ? compiled : attachDoc(compiled, project.specPath, text, await readProjectDoc(project.dir, docFile));
      const assets = compiled.assets ? { assets: compiled.assets } : {};
      return result.ok ? { project, dag: result.dag, problems: result.problems, ...assets } : { project, problems: result.problems, ...assets };
    })
  );
}
function dagIdClashes(compiled) {
  const seen = /* @__PURE__ */ new Map();
  const problems = [];
  for (const entry of compiled) {
    if (!entry.dag) continue;
    const other = seen.get(entry.dag.dagId);
    if (other) {
      problems.push({
        file: entry.project.specPath,
        line: 1,
        column: 1,
        message: `dag_id "${entry.dag.dagId}" is also used by ${other.project.specPath}: Airflow would silently drop one of them. Give each DAG its own dag_id.`,
        severity: "error"
      });
    } else {
      seen.set(entry.dag.dagId, entry);
    }
  }
  return problems;
}
function renderProject(dag, profile, images) {
  return renderDag({ dag, profile, images });
}
function repositoryDags(compiled) {
  return compiled.flatMap(
    (entry) => entry.assets ? [
      {
        project: entry.project.name,
        specPath: entry.project.specPath,
        dagId: entry.dag?.dagId ?? entry.assets.dagId ?? snakeCase(entry.project.name),
        assets: entry.assets
      }
    ] : []
  );
}
function withAssetWarnings(compiled, rest = []) {
  const warnings = unproducedAssetWarnings(repositoryDags([...compiled, ...rest]));
  return compiled.map((entry) => {
    const own = warnings.filter((warning) => warning.file === entry.project.specPath);
    if (own.length === 0) return entry;
    return { ...entry, problems: [...entry.problems, ...own].sort((a, b) => a.line - b.line || a.column - b.column) };
  });
}
async function assetUsesOf(projects) {
  return Promise.all(
    projects.map(async (project) => {
      const loaded = loadSpecText(project.specPath, await readFile(project.specFile, "utf8"));
      return loaded.value === void 0 ? { project, problems: [] } : { project, problems: [], assets: dagAssets(loaded.source, loaded.value) };
    })
  );
}
async function compileRepositoryGraph(root, profile) {
  const projects = await discoverProjects(root);
  if (projects.length === 0) throw new UserError(`no ${SPEC_FILE} found below ${root}`);
  const compiled = await compileProjects(projects, profile);
  const errors = [...compiled.flatMap((entry) => entry.problems), ...dagIdClashes(compiled)].filter((problem) => problem.severity === "error");
  if (errors.length > 0) {
    const files = new Set(errors.map((problem) => problem.file)).size;
    throw new UserError(`${files} dag.yaml file(s) have errors; fix them to draw the repository graph`, errors);
  }
  return repositoryGraph(repositoryDags(compiled));
}

export {
  imageProjects,
  profileName,
  resolveProfile,
  PYTHON_KEYWORDS,
  dagFileName,
  mermaidGraph,
  graphJson,
  repositoryGraph,
  graphSize,
  repoGraphMermaid,
  repoGraphJson,
  tokenize2 as tokenize,
  parse2 as parse,
  lexTemplate,
  snakeCase,
  dagAssets,
  compileProjects,
  dagIdClashes,
  renderProject,
  withAssetWarnings,
  assetUsesOf,
  compileRepositoryGraph
};
//# sourceMappingURL=chunk-VRMTMOE7.js.map
