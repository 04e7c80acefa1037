import { createRequire as __dagshipCreateRequire } from 'node:module'; import { fileURLToPath as __dagshipFileURLToPath } from 'node:url'; const require = __dagshipCreateRequire(import.meta.url); const __filename = __dagshipFileURLToPath(import.meta.url); const __dirname = __dagshipFileURLToPath(new URL('.', import.meta.url));

// src/log.ts
import { AsyncLocalStorage } from "node:async_hooks";

// src/secrets.ts
import { readFileSync, statSync } from "node:fs";
var MIN_SECRET_LENGTH = 4;
var SECRET_NAME = /(?:^|[_-])(?:PASSWORD|PASSWD|TOKEN|SECRET|PRIVATE_KEY|API_KEY|ACCESS_KEY)$/i;
var SECRET_NAMES = /* @__PURE__ */ new Set(["DOCKER_AUTH_CONFIG"]);
var CREDENTIAL_FILE_VARIABLES = [
  "GOOGLE_APPLICATION_CREDENTIALS",
  "CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE",
  "GOOGLE_GHA_CREDS_PATH"
];
var SECRET_FIELD = /private_key|secret|token|password/i;
var MAX_CREDENTIALS_BYTES = 1 << 20;
function isSecretVariable(name) {
  return SECRET_NAMES.has(name.toUpperCase()) || SECRET_NAME.test(name);
}
function credentialSecrets(document) {
  const found = [];
  const visit = (value, secretKey) => {
    if (typeof value === "string") {
      if (secretKey) found.push(value);
    } else if (Array.isArray(value)) {
      for (const item of value) visit(item, secretKey);
    } else if (typeof value === "object" && value !== null) {
      for (const [key, item] of Object.entries(value)) visit(item, secretKey || SECRET_FIELD.test(key));
    }
  };
  visit(document, false);
  return found;
}
function credentialFileSecrets(file) {
  try {
    const info = statSync(file);
    if (!info.isFile() || info.size > MAX_CREDENTIALS_BYTES) return [];
    return credentialSecrets(JSON.parse(readFileSync(file, "utf8")));
  } catch {
    return [];
  }
}
function environmentSecrets(env) {
  const secrets = [];
  for (const [name, value] of Object.entries(env)) {
    if (value === void 0 || value === "") continue;
    if (isSecretVariable(name)) secrets.push(value);
    if (CREDENTIAL_FILE_VARIABLES.includes(name)) secrets.push(...credentialFileSecrets(value));
  }
  return secrets;
}
function forms(secret) {
  const out = /* @__PURE__ */ new Set([secret, JSON.stringify(secret).slice(1, -1)]);
  try {
    out.add(encodeURIComponent(secret));
  } catch {
  }
  for (const line of secret.split(/\r?\n/)) out.add(line.trim());
  return [...out].filter((form) => form.length >= MIN_SECRET_LENGTH);
}
var SecretMask = class _SecretMask {
  secrets = /* @__PURE__ */ new Set();
  /** Longest first, so a secret containing another is replaced whole. */
  ordered = [];
  /** A mask of the environment's secrets (see the module comment). */
  static fromEnvironment(env) {
    const mask = new _SecretMask();
    for (const secret of environmentSecrets(env)) mask.add(secret);
    return mask;
  }
  /** Registers a secret: no later output through this mask shows it. */
  add(secret) {
    for (const form of forms(secret)) {
      if (!this.secrets.has(form)) {
        this.secrets.add(form);
        this.ordered = void 0;
      }
    }
  }
  /** How many forms are masked (a test can see the environment's secrets were picked up). */
  get size() {
    return this.secrets.size;
  }
  /** `text` with every registered secret replaced by `***`. */
  redact(text) {
    if (this.secrets.size === 0) return text;
    this.ordered ??= [...this.secrets].sort((a, b) => b.length - a.length);
    let out = text;
    for (const secret of this.ordered) if (out.includes(secret)) out = out.split(secret).join("***");
    return out;
  }
};

// src/log.ts
var StreamLogger = class {
  constructor(write, verbose = false, secrets = new SecretMask()) {
    this.write = write;
    this.verbose = verbose;
    this.secrets = secrets;
  }
  write;
  verbose;
  secrets;
  info(message) {
    this.write(this.secrets.redact(message));
  }
  warn(message) {
    this.write(this.secrets.redact(`warning: ${message}`));
  }
  debug(message) {
    if (this.verbose) this.write(this.secrets.redact(`debug: ${message}`));
  }
  async group(title, body) {
    this.write(this.secrets.redact(`== ${title}`));
    return body();
  }
  mask(secret) {
    this.secrets.add(secret);
  }
};
async function replayEntries(entries, target) {
  for (const entry of entries) {
    if (entry.kind === "group") await target.group(entry.title, () => replayEntries(entry.entries, target));
    else target[entry.kind](entry.message);
  }
}
var BufferedLogger = class {
  constructor(masks) {
    this.masks = masks;
  }
  masks;
  entries = [];
  // Which group a line belongs to follows the async call chain, not a depth counter: work inside
  // one unit may itself run concurrently, inside and outside its groups.
  openGroup = new AsyncLocalStorage();
  info(message) {
    this.sink().push({ kind: "info", message });
  }
  warn(message) {
    this.sink().push({ kind: "warn", message });
  }
  debug(message) {
    this.sink().push({ kind: "debug", message });
  }
  group(title, body) {
    const entries = [];
    this.sink().push({ kind: "group", title, entries });
    return this.openGroup.run(entries, body);
  }
  mask(secret) {
    this.masks.mask(secret);
  }
  /** Nothing recorded yet. */
  get empty() {
    return this.entries.length === 0;
  }
  /**
   * Writes everything recorded so far into one group of `target` titled `title`. Several buffers
   * written to one target must go one after the other (a replay awaits its nested groups).
   */
  writeTo(target, title) {
    return target.group(title, () => replayEntries(this.entries, target));
  }
  sink() {
    return this.openGroup.getStore() ?? this.entries;
  }
};
var routes = new AsyncLocalStorage();
function routeLogs(logger, body) {
  return routes.run(logger, body);
}
function routedLogger(base) {
  const current = () => routes.getStore() ?? base;
  return {
    info: (message) => current().info(message),
    warn: (message) => current().warn(message),
    debug: (message) => current().debug(message),
    group: (title, body) => current().group(title, body),
    mask: (secret) => current().mask(secret)
  };
}
var MaskingLogger = class {
  constructor(inner, secrets) {
    this.inner = inner;
    this.secrets = secrets;
  }
  inner;
  secrets;
  info(message) {
    this.inner.info(this.secrets.redact(message));
  }
  warn(message) {
    this.inner.warn(this.secrets.redact(message));
  }
  debug(message) {
    this.inner.debug(this.secrets.redact(message));
  }
  group(title, body) {
    return this.inner.group(this.secrets.redact(title), body);
  }
  mask(secret) {
    this.secrets.add(secret);
    this.inner.mask(secret);
  }
};

export {
  SecretMask,
  StreamLogger,
  BufferedLogger,
  routeLogs,
  routedLogger,
  MaskingLogger
};
//# sourceMappingURL=chunk-BDMO263D.js.map
