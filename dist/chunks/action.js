import { createRequire as __dagshipCreateRequire } from 'node:module'; import { fileURLToPath as __dagshipFileURLToPath } from 'node:url'; const require = __dagshipCreateRequire(import.meta.url); const __filename = __dagshipFileURLToPath(import.meta.url); const __dirname = __dagshipFileURLToPath(new URL('.', import.meta.url));
import {
  CONFIG_FILE,
  CliChangeGit,
  changedProjects,
  environmentForEvent,
  loadRepositoryConfig,
  posixRelative,
  projectFolders,
  promotionFrom,
  promotionSource,
  registryOf,
  selectByGlobs
} from "./chunk-JW3LTQOK.js";
import {
  deployImageDeps,
  readRegistryLogin
} from "./chunk-EPNLD5CX.js";
import {
  deployRepository,
  formatFailure,
  outcomeLine,
  pinnedReferenceProblem,
  reportJson
} from "./chunk-SVXXV4NM.js";
import {
  ensureProjectImage
} from "./chunk-HBAEMCTU.js";
import {
  parseRegistryRef
} from "./chunk-LZF7COQX.js";
import "./chunk-4TMTO46N.js";
import {
  CliGit,
  GoogleApiError,
  GoogleHttp,
  LocalFolderStore,
  NO_CREDENTIALS,
  REASON_WORDS,
  bearerToken,
  githubIdentity,
  isCommitId,
  legacyRepositoryKey,
  objectTextReader,
  readRepositoryIdentity,
  repositoryKey,
  runGit
} from "./chunk-SU2R3ERK.js";
import "./chunk-KBOZO5VR.js";
import "./chunk-VZ5TGKER.js";
import {
  DEFAULT_RETRY
} from "./chunk-VHEWEDXM.js";
import {
  require_tunnel,
  require_undici
} from "./chunk-VZOCFYNP.js";
import {
  importCheckNotes
} from "./chunk-IEWZFXIO.js";
import {
  dagAssets,
  graphSize,
  mermaidGraph,
  repoGraphMermaid,
  repositoryGraph,
  snakeCase
} from "./chunk-VRMTMOE7.js";
import {
  SPEC_FILE,
  didYouMean,
  discoverProjects,
  loadSpecText
} from "./chunk-4R5KA2VE.js";
import {
  VERSION,
  parseDestination
} from "./chunk-NLAMMUB7.js";
import {
  MaskingLogger,
  SecretMask,
  StreamLogger
} from "./chunk-BDMO263D.js";
import "./chunk-JVA4ALWN.js";
import {
  UserError,
  formatProblem,
  messageOf
} from "./chunk-K7TMSU63.js";
import "./chunk-ONV25YFF.js";
import "./chunk-L4ZEUERM.js";
import {
  __toESM
} from "./chunk-LHRLJ43V.js";

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
function issue(name, message = "") {
  issueCommand(name, {}, message);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/http-client/lib/index.js
import * as http from "http";
import * as https from "https";

// node_modules/@actions/http-client/lib/proxy.js
function getProxyUrl(reqUrl) {
  const usingSsl = reqUrl.protocol === "https:";
  if (checkBypass(reqUrl)) {
    return void 0;
  }
  const proxyVar = (() => {
    if (usingSsl) {
      return process.env["https_proxy"] || process.env["HTTPS_PROXY"];
    } else {
      return process.env["http_proxy"] || process.env["HTTP_PROXY"];
    }
  })();
  if (proxyVar) {
    try {
      return new DecodedURL(proxyVar);
    } catch (_a) {
      if (!proxyVar.startsWith("http://") && !proxyVar.startsWith("https://"))
        return new DecodedURL(`http://${proxyVar}`);
    }
  } else {
    return void 0;
  }
}
function checkBypass(reqUrl) {
  if (!reqUrl.hostname) {
    return false;
  }
  const reqHost = reqUrl.hostname;
  if (isLoopbackAddress(reqHost)) {
    return true;
  }
  const noProxy = process.env["no_proxy"] || process.env["NO_PROXY"] || "";
  if (!noProxy) {
    return false;
  }
  let reqPort;
  if (reqUrl.port) {
    reqPort = Number(reqUrl.port);
  } else if (reqUrl.protocol === "http:") {
    reqPort = 80;
  } else if (reqUrl.protocol === "https:") {
    reqPort = 443;
  }
  const upperReqHosts = [reqUrl.hostname.toUpperCase()];
  if (typeof reqPort === "number") {
    upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
  }
  for (const upperNoProxyItem of noProxy.split(",").map((x) => x.trim().toUpperCase()).filter((x) => x)) {
    if (upperNoProxyItem === "*" || upperReqHosts.some((x) => x === upperNoProxyItem || x.endsWith(`.${upperNoProxyItem}`) || upperNoProxyItem.startsWith(".") && x.endsWith(`${upperNoProxyItem}`))) {
      return true;
    }
  }
  return false;
}
function isLoopbackAddress(host) {
  const hostLower = host.toLowerCase();
  return hostLower === "localhost" || hostLower.startsWith("127.") || hostLower.startsWith("[::1]") || hostLower.startsWith("[0:0:0:0:0:0:0:1]");
}
var DecodedURL = class extends URL {
  constructor(url, base) {
    super(url, base);
    this._decodedUsername = decodeURIComponent(super.username);
    this._decodedPassword = decodeURIComponent(super.password);
  }
  get username() {
    return this._decodedUsername;
  }
  get password() {
    return this._decodedPassword;
  }
};

// node_modules/@actions/http-client/lib/index.js
var tunnel = __toESM(require_tunnel(), 1);
var import_undici = __toESM(require_undici(), 1);
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var HttpCodes;
(function(HttpCodes2) {
  HttpCodes2[HttpCodes2["OK"] = 200] = "OK";
  HttpCodes2[HttpCodes2["MultipleChoices"] = 300] = "MultipleChoices";
  HttpCodes2[HttpCodes2["MovedPermanently"] = 301] = "MovedPermanently";
  HttpCodes2[HttpCodes2["ResourceMoved"] = 302] = "ResourceMoved";
  HttpCodes2[HttpCodes2["SeeOther"] = 303] = "SeeOther";
  HttpCodes2[HttpCodes2["NotModified"] = 304] = "NotModified";
  HttpCodes2[HttpCodes2["UseProxy"] = 305] = "UseProxy";
  HttpCodes2[HttpCodes2["SwitchProxy"] = 306] = "SwitchProxy";
  HttpCodes2[HttpCodes2["TemporaryRedirect"] = 307] = "TemporaryRedirect";
  HttpCodes2[HttpCodes2["PermanentRedirect"] = 308] = "PermanentRedirect";
  HttpCodes2[HttpCodes2["BadRequest"] = 400] = "BadRequest";
  HttpCodes2[HttpCodes2["Unauthorized"] = 401] = "Unauthorized";
  HttpCodes2[HttpCodes2["PaymentRequired"] = 402] = "PaymentRequired";
  HttpCodes2[HttpCodes2["Forbidden"] = 403] = "Forbidden";
  HttpCodes2[HttpCodes2["NotFound"] = 404] = "NotFound";
  HttpCodes2[HttpCodes2["MethodNotAllowed"] = 405] = "MethodNotAllowed";
  HttpCodes2[HttpCodes2["NotAcceptable"] = 406] = "NotAcceptable";
  HttpCodes2[HttpCodes2["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
  HttpCodes2[HttpCodes2["RequestTimeout"] = 408] = "RequestTimeout";
  HttpCodes2[HttpCodes2["Conflict"] = 409] = "Conflict";
  HttpCodes2[HttpCodes2["Gone"] = 410] = "Gone";
  HttpCodes2[HttpCodes2["TooManyRequests"] = 429] = "TooManyRequests";
  HttpCodes2[HttpCodes2["InternalServerError"] = 500] = "InternalServerError";
  HttpCodes2[HttpCodes2["NotImplemented"] = 501] = "NotImplemented";
  HttpCodes2[HttpCodes2["BadGateway"] = 502] = "BadGateway";
  HttpCodes2[HttpCodes2["ServiceUnavailable"] = 503] = "ServiceUnavailable";
  HttpCodes2[HttpCodes2["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function(Headers2) {
  Headers2["Accept"] = "accept";
  Headers2["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function(MediaTypes2) {
  MediaTypes2["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
var HttpRedirectCodes = [
  HttpCodes.MovedPermanently,
  HttpCodes.ResourceMoved,
  HttpCodes.SeeOther,
  HttpCodes.TemporaryRedirect,
  HttpCodes.PermanentRedirect
];
var HttpResponseRetryCodes = [
  HttpCodes.BadGateway,
  HttpCodes.ServiceUnavailable,
  HttpCodes.GatewayTimeout
];
var RetryableHttpVerbs = ["OPTIONS", "GET", "DELETE", "HEAD"];
var ExponentialBackoffCeiling = 10;
var ExponentialBackoffTimeSlice = 5;
var HttpClientError = class _HttpClientError extends Error {
  constructor(message, statusCode) {
    super(message);
    this.name = "HttpClientError";
    this.statusCode = statusCode;
    Object.setPrototypeOf(this, _HttpClientError.prototype);
  }
};
var HttpClientResponse = class {
  constructor(message) {
    this.message = message;
  }
  readBody() {
    return __awaiter(this, void 0, void 0, function* () {
      return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
        let output = Buffer.alloc(0);
        this.message.on("data", (chunk) => {
          output = Buffer.concat([output, chunk]);
        });
        this.message.on("end", () => {
          resolve(output.toString());
        });
      }));
    });
  }
  readBodyBuffer() {
    return __awaiter(this, void 0, void 0, function* () {
      return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
        const chunks = [];
        this.message.on("data", (chunk) => {
          chunks.push(chunk);
        });
        this.message.on("end", () => {
          resolve(Buffer.concat(chunks));
        });
      }));
    });
  }
};
var HttpClient = class {
  constructor(userAgent, handlers, requestOptions) {
    this._ignoreSslError = false;
    this._allowRedirects = true;
    this._allowRedirectDowngrade = false;
    this._maxRedirects = 50;
    this._allowRetries = false;
    this._maxRetries = 1;
    this._keepAlive = false;
    this._disposed = false;
    this.userAgent = this._getUserAgentWithOrchestrationId(userAgent);
    this.handlers = handlers || [];
    this.requestOptions = requestOptions;
    if (requestOptions) {
      if (requestOptions.ignoreSslError != null) {
        this._ignoreSslError = requestOptions.ignoreSslError;
      }
      this._socketTimeout = requestOptions.socketTimeout;
      if (requestOptions.allowRedirects != null) {
        this._allowRedirects = requestOptions.allowRedirects;
      }
      if (requestOptions.allowRedirectDowngrade != null) {
        this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
      }
      if (requestOptions.maxRedirects != null) {
        this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
      }
      if (requestOptions.keepAlive != null) {
        this._keepAlive = requestOptions.keepAlive;
      }
      if (requestOptions.allowRetries != null) {
        this._allowRetries = requestOptions.allowRetries;
      }
      if (requestOptions.maxRetries != null) {
        this._maxRetries = requestOptions.maxRetries;
      }
    }
  }
  options(requestUrl, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("OPTIONS", requestUrl, null, additionalHeaders || {});
    });
  }
  get(requestUrl, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("GET", requestUrl, null, additionalHeaders || {});
    });
  }
  del(requestUrl, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("DELETE", requestUrl, null, additionalHeaders || {});
    });
  }
  post(requestUrl, data, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("POST", requestUrl, data, additionalHeaders || {});
    });
  }
  patch(requestUrl, data, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("PATCH", requestUrl, data, additionalHeaders || {});
    });
  }
  put(requestUrl, data, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("PUT", requestUrl, data, additionalHeaders || {});
    });
  }
  head(requestUrl, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("HEAD", requestUrl, null, additionalHeaders || {});
    });
  }
  sendStream(verb, requestUrl, stream, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request(verb, requestUrl, stream, additionalHeaders);
    });
  }
  /**
   * Gets a typed object from an endpoint
   * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
   */
  getJson(requestUrl_1) {
    return __awaiter(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
      additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
      const res = yield this.get(requestUrl, additionalHeaders);
      return this._processResponse(res, this.requestOptions);
    });
  }
  postJson(requestUrl_1, obj_1) {
    return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
      const data = JSON.stringify(obj, null, 2);
      additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
      additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
      const res = yield this.post(requestUrl, data, additionalHeaders);
      return this._processResponse(res, this.requestOptions);
    });
  }
  putJson(requestUrl_1, obj_1) {
    return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
      const data = JSON.stringify(obj, null, 2);
      additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
      additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
      const res = yield this.put(requestUrl, data, additionalHeaders);
      return this._processResponse(res, this.requestOptions);
    });
  }
  patchJson(requestUrl_1, obj_1) {
    return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
      const data = JSON.stringify(obj, null, 2);
      additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
      additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
      const res = yield this.patch(requestUrl, data, additionalHeaders);
      return this._processResponse(res, this.requestOptions);
    });
  }
  /**
   * Makes a raw http request.
   * All other methods such as get, post, patch, and request ultimately call this.
   * Prefer get, del, post and patch
   */
  request(verb, requestUrl, data, headers) {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._disposed) {
        throw new Error("Client has already been disposed.");
      }
      const parsedUrl = new URL(requestUrl);
      let info2 = this._prepareRequest(verb, parsedUrl, headers);
      const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb) ? this._maxRetries + 1 : 1;
      let numTries = 0;
      let response;
      do {
        response = yield this.requestRaw(info2, data);
        if (response && response.message && response.message.statusCode === HttpCodes.Unauthorized) {
          let authenticationHandler;
          for (const handler of this.handlers) {
            if (handler.canHandleAuthentication(response)) {
              authenticationHandler = handler;
              break;
            }
          }
          if (authenticationHandler) {
            return authenticationHandler.handleAuthentication(this, info2, data);
          } else {
            return response;
          }
        }
        let redirectsRemaining = this._maxRedirects;
        while (response.message.statusCode && HttpRedirectCodes.includes(response.message.statusCode) && this._allowRedirects && redirectsRemaining > 0) {
          const redirectUrl = response.message.headers["location"];
          if (!redirectUrl) {
            break;
          }
          const parsedRedirectUrl = new URL(redirectUrl);
          if (parsedUrl.protocol === "https:" && parsedUrl.protocol !== parsedRedirectUrl.protocol && !this._allowRedirectDowngrade) {
            throw new Error("Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.");
          }
          yield response.readBody();
          if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
            for (const header in headers) {
              if (header.toLowerCase() === "authorization") {
                delete headers[header];
              }
            }
          }
          info2 = this._prepareRequest(verb, parsedRedirectUrl, headers);
          response = yield this.requestRaw(info2, data);
          redirectsRemaining--;
        }
        if (!response.message.statusCode || !HttpResponseRetryCodes.includes(response.message.statusCode)) {
          return response;
        }
        numTries += 1;
        if (numTries < maxTries) {
          yield response.readBody();
          yield this._performExponentialBackoff(numTries);
        }
      } while (numTries < maxTries);
      return response;
    });
  }
  /**
   * Needs to be called if keepAlive is set to true in request options.
   */
  dispose() {
    if (this._agent) {
      this._agent.destroy();
    }
    this._disposed = true;
  }
  /**
   * Raw request.
   * @param info
   * @param data
   */
  requestRaw(info2, data) {
    return __awaiter(this, void 0, void 0, function* () {
      return new Promise((resolve, reject) => {
        function callbackForResult(err, res) {
          if (err) {
            reject(err);
          } else if (!res) {
            reject(new Error("Unknown error"));
          } else {
            resolve(res);
          }
        }
        this.requestRawWithCallback(info2, data, callbackForResult);
      });
    });
  }
  /**
   * Raw request with callback.
   * @param info
   * @param data
   * @param onResult
   */
  requestRawWithCallback(info2, data, onResult) {
    if (typeof data === "string") {
      if (!info2.options.headers) {
        info2.options.headers = {};
      }
      info2.options.headers["Content-Length"] = Buffer.byteLength(data, "utf8");
    }
    let callbackCalled = false;
    function handleResult(err, res) {
      if (!callbackCalled) {
        callbackCalled = true;
        onResult(err, res);
      }
    }
    const req = info2.httpModule.request(info2.options, (msg) => {
      const res = new HttpClientResponse(msg);
      handleResult(void 0, res);
    });
    let socket;
    req.on("socket", (sock) => {
      socket = sock;
    });
    req.setTimeout(this._socketTimeout || 3 * 6e4, () => {
      if (socket) {
        socket.end();
      }
      handleResult(new Error(`Request timeout: ${info2.options.path}`));
    });
    req.on("error", function(err) {
      handleResult(err);
    });
    if (data && typeof data === "string") {
      req.write(data, "utf8");
    }
    if (data && typeof data !== "string") {
      data.on("close", function() {
        req.end();
      });
      data.pipe(req);
    } else {
      req.end();
    }
  }
  /**
   * Gets an http agent. This function is useful when you need an http agent that handles
   * routing through a proxy server - depending upon the url and proxy environment variables.
   * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
   */
  getAgent(serverUrl) {
    const parsedUrl = new URL(serverUrl);
    return this._getAgent(parsedUrl);
  }
  getAgentDispatcher(serverUrl) {
    const parsedUrl = new URL(serverUrl);
    const proxyUrl = getProxyUrl(parsedUrl);
    const useProxy = proxyUrl && proxyUrl.hostname;
    if (!useProxy) {
      return;
    }
    return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
  }
  _prepareRequest(method, requestUrl, headers) {
    const info2 = {};
    info2.parsedUrl = requestUrl;
    const usingSsl = info2.parsedUrl.protocol === "https:";
    info2.httpModule = usingSsl ? https : http;
    const defaultPort = usingSsl ? 443 : 80;
    info2.options = {};
    info2.options.host = info2.parsedUrl.hostname;
    info2.options.port = info2.parsedUrl.port ? parseInt(info2.parsedUrl.port) : defaultPort;
    info2.options.path = (info2.parsedUrl.pathname || "") + (info2.parsedUrl.search || "");
    info2.options.method = method;
    info2.options.headers = this._mergeHeaders(headers);
    if (this.userAgent != null) {
      info2.options.headers["user-agent"] = this.userAgent;
    }
    info2.options.agent = this._getAgent(info2.parsedUrl);
    if (this.handlers) {
      for (const handler of this.handlers) {
        handler.prepareRequest(info2.options);
      }
    }
    return info2;
  }
  _mergeHeaders(headers) {
    if (this.requestOptions && this.requestOptions.headers) {
      return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
    }
    return lowercaseKeys(headers || {});
  }
  /**
   * Gets an existing header value or returns a default.
   * Handles converting number header values to strings since HTTP headers must be strings.
   * Note: This returns string | string[] since some headers can have multiple values.
   * For headers that must always be a single string (like Content-Type), use the
   * specialized _getExistingOrDefaultContentTypeHeader method instead.
   */
  _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
    let clientHeader;
    if (this.requestOptions && this.requestOptions.headers) {
      const headerValue = lowercaseKeys(this.requestOptions.headers)[header];
      if (headerValue) {
        clientHeader = typeof headerValue === "number" ? headerValue.toString() : headerValue;
      }
    }
    const additionalValue = additionalHeaders[header];
    if (additionalValue !== void 0) {
      return typeof additionalValue === "number" ? additionalValue.toString() : additionalValue;
    }
    if (clientHeader !== void 0) {
      return clientHeader;
    }
    return _default;
  }
  /**
   * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
   * Always returns a single string (not an array) since Content-Type should be a single value.
   * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
   * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
   * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
   */
  _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
    let clientHeader;
    if (this.requestOptions && this.requestOptions.headers) {
      const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
      if (headerValue) {
        if (typeof headerValue === "number") {
          clientHeader = String(headerValue);
        } else if (Array.isArray(headerValue)) {
          clientHeader = headerValue.join(", ");
        } else {
          clientHeader = headerValue;
        }
      }
    }
    const additionalValue = additionalHeaders[Headers.ContentType];
    if (additionalValue !== void 0) {
      if (typeof additionalValue === "number") {
        return String(additionalValue);
      } else if (Array.isArray(additionalValue)) {
        return additionalValue.join(", ");
      } else {
        return additionalValue;
      }
    }
    if (clientHeader !== void 0) {
      return clientHeader;
    }
    return _default;
  }
  _getAgent(parsedUrl) {
    let agent;
    const proxyUrl = getProxyUrl(parsedUrl);
    const useProxy = proxyUrl && proxyUrl.hostname;
    if (this._keepAlive && useProxy) {
      agent = this._proxyAgent;
    }
    if (!useProxy) {
      agent = this._agent;
    }
    if (agent) {
      return agent;
    }
    const usingSsl = parsedUrl.protocol === "https:";
    let maxSockets = 100;
    if (this.requestOptions) {
      maxSockets = this.requestOptions.maxSockets || http.globalAgent.maxSockets;
    }
    if (proxyUrl && proxyUrl.hostname) {
      const agentOptions = {
        maxSockets,
        keepAlive: this._keepAlive,
        proxy: Object.assign(Object.assign({}, (proxyUrl.username || proxyUrl.password) && {
          proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
        }), { host: proxyUrl.hostname, port: proxyUrl.port })
      };
      let tunnelAgent;
      const overHttps = proxyUrl.protocol === "https:";
      if (usingSsl) {
        tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
      } else {
        tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
      }
      agent = tunnelAgent(agentOptions);
      this._proxyAgent = agent;
    }
    if (!agent) {
      const options = { keepAlive: this._keepAlive, maxSockets };
      agent = usingSsl ? new https.Agent(options) : new http.Agent(options);
      this._agent = agent;
    }
    if (usingSsl && this._ignoreSslError) {
      agent.options = Object.assign(agent.options || {}, {
        rejectUnauthorized: false
      });
    }
    return agent;
  }
  _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
    let proxyAgent;
    if (this._keepAlive) {
      proxyAgent = this._proxyAgentDispatcher;
    }
    if (proxyAgent) {
      return proxyAgent;
    }
    const usingSsl = parsedUrl.protocol === "https:";
    proxyAgent = new import_undici.ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, (proxyUrl.username || proxyUrl.password) && {
      token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString("base64")}`
    }));
    this._proxyAgentDispatcher = proxyAgent;
    if (usingSsl && this._ignoreSslError) {
      proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
        rejectUnauthorized: false
      });
    }
    return proxyAgent;
  }
  _getUserAgentWithOrchestrationId(userAgent) {
    const baseUserAgent = userAgent || "actions/http-client";
    const orchId = process.env["ACTIONS_ORCHESTRATION_ID"];
    if (orchId) {
      const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, "_");
      return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
    }
    return baseUserAgent;
  }
  _performExponentialBackoff(retryNumber) {
    return __awaiter(this, void 0, void 0, function* () {
      retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
      const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
      return new Promise((resolve) => setTimeout(() => resolve(), ms));
    });
  }
  _processResponse(res, options) {
    return __awaiter(this, void 0, void 0, function* () {
      return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
        const statusCode = res.message.statusCode || 0;
        const response = {
          statusCode,
          result: null,
          headers: {}
        };
        if (statusCode === HttpCodes.NotFound) {
          resolve(response);
        }
        function dateTimeDeserializer(key, value) {
          if (typeof value === "string") {
            const a = new Date(value);
            if (!isNaN(a.valueOf())) {
              return a;
            }
          }
          return value;
        }
        let obj;
        let contents;
        try {
          contents = yield res.readBody();
          if (contents && contents.length > 0) {
            if (options && options.deserializeDates) {
              obj = JSON.parse(contents, dateTimeDeserializer);
            } else {
              obj = JSON.parse(contents);
            }
            response.result = obj;
          }
          response.headers = res.message.headers;
        } catch (err) {
        }
        if (statusCode > 299) {
          let msg;
          if (obj && obj.message) {
            msg = obj.message;
          } else if (contents && contents.length > 0) {
            msg = contents;
          } else {
            msg = `Failed request: (${statusCode})`;
          }
          const err = new HttpClientError(msg, statusCode);
          err.result = response.result;
          reject(err);
        } else {
          resolve(response);
        }
      }));
    });
  }
};
var lowercaseKeys = (obj) => Object.keys(obj).reduce((c, k) => (c[k.toLowerCase()] = obj[k], c), {});

// node_modules/@actions/http-client/lib/auth.js
var __awaiter2 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var BearerCredentialHandler = class {
  constructor(token) {
    this.token = token;
  }
  // currently implements pre-authorization
  // TODO: support preAuth = false where it hooks on 401
  prepareRequest(options) {
    if (!options.headers) {
      throw Error("The request has no headers");
    }
    options.headers["Authorization"] = `Bearer ${this.token}`;
  }
  // This handler cannot handle 401
  canHandleAuthentication() {
    return false;
  }
  handleAuthentication() {
    return __awaiter2(this, void 0, void 0, function* () {
      throw new Error("not implemented");
    });
  }
};

// node_modules/@actions/core/lib/oidc-utils.js
var __awaiter3 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var OidcClient = class _OidcClient {
  static createHttpClient(allowRetry = true, maxRetry = 10) {
    const requestOptions = {
      allowRetries: allowRetry,
      maxRetries: maxRetry
    };
    return new HttpClient("actions/oidc-client", [new BearerCredentialHandler(_OidcClient.getRequestToken())], requestOptions);
  }
  static getRequestToken() {
    const token = process.env["ACTIONS_ID_TOKEN_REQUEST_TOKEN"];
    if (!token) {
      throw new Error("Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable");
    }
    return token;
  }
  static getIDTokenUrl() {
    const runtimeUrl = process.env["ACTIONS_ID_TOKEN_REQUEST_URL"];
    if (!runtimeUrl) {
      throw new Error("Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable");
    }
    return runtimeUrl;
  }
  static getCall(id_token_url) {
    return __awaiter3(this, void 0, void 0, function* () {
      var _a;
      const httpclient = _OidcClient.createHttpClient();
      const res = yield httpclient.getJson(id_token_url).catch((error2) => {
        throw new Error(`Failed to get ID Token. 
 
        Error Code : ${error2.statusCode}
 
        Error Message: ${error2.message}`);
      });
      const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
      if (!id_token) {
        throw new Error("Response json body do not have ID Token field");
      }
      return id_token;
    });
  }
  static getIDToken(audience) {
    return __awaiter3(this, void 0, void 0, function* () {
      try {
        let id_token_url = _OidcClient.getIDTokenUrl();
        if (audience) {
          const encodedAudience = encodeURIComponent(audience);
          id_token_url = `${id_token_url}&audience=${encodedAudience}`;
        }
        debug(`ID token url is ${id_token_url}`);
        const id_token = yield _OidcClient.getCall(id_token_url);
        setSecret(id_token);
        return id_token;
      } catch (error2) {
        throw new Error(`Error message: ${error2.message}`);
      }
    });
  }
};

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter4 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter4(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter4(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter4(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code2, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code2), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os3 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var __awaiter5 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function debug(message) {
  issueCommand("debug", {}, message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}
function startGroup(name) {
  issue("group", name);
}
function endGroup() {
  issue("endgroup");
}
function group(name, fn) {
  return __awaiter5(this, void 0, void 0, function* () {
    startGroup(name);
    let result;
    try {
      result = yield fn();
    } finally {
      endGroup();
    }
    return result;
  });
}
function saveState(name, value) {
  const filePath = process.env["GITHUB_STATE"] || "";
  if (filePath) {
    return issueFileCommand("STATE", prepareKeyValueMessage(name, value));
  }
  issueCommand("save-state", { name }, toCommandValue(value));
}
function getState(name) {
  return process.env[`STATE_${name}`] || "";
}
function getIDToken(aud) {
  return __awaiter5(this, void 0, void 0, function* () {
    return yield OidcClient.getIDToken(aud);
  });
}

// src/github/event.ts
import { readFile } from "node:fs/promises";
var ZERO_SHA = /^0+$/;
var PULL_REQUEST_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target"]);
var MANUAL_EVENTS = /* @__PURE__ */ new Set(["workflow_dispatch", "schedule", "repository_dispatch", "workflow_run"]);
function pullRequestOf(event) {
  const pr = event.payload.pull_request;
  if (!pr) throw new UserError(`the ${event.name} event has no pull_request in its payload (GITHUB_EVENT_PATH)`);
  const headRepo = pr.head.repo?.full_name;
  const baseRepo = pr.base.repo?.full_name ?? event.repository;
  return {
    number: pr.number,
    baseSha: pr.base.sha,
    baseRef: pr.base.ref,
    headSha: pr.head.sha,
    // A deleted fork has no head repository: treat it as a fork, the safe side.
    fromFork: headRepo === void 0 || headRepo !== baseRepo
  };
}
function pushCompare(event) {
  const before = event.payload.before ?? "";
  if (before === "" || ZERO_SHA.test(before)) return { kind: "all", why: "first push of this branch: every project" };
  if (event.payload.forced === true) return { kind: "all", why: "force push: the previous commit may be gone, so every project" };
  return { kind: "since", base: before, why: `projects changed since ${before.slice(0, 7)}` };
}
function decideRun(event, given) {
  const mode = given === "plan" || given === "build" ? "deploy" : given;
  if (PULL_REQUEST_EVENTS.has(event.name)) {
    const pullRequest = pullRequestOf(event);
    const why = given === "deploy" ? `pull request #${pullRequest.number}: a dry run (pull requests never deploy; mode: deploy applies to pushes)` : `pull request #${pullRequest.number}: a dry run`;
    return { kind: "dry-run", why, pullRequest, compare: { kind: "since", base: pullRequest.baseSha, why: `projects changed by #${pullRequest.number}` } };
  }
  if (event.name === "merge_group") {
    const base = event.payload.merge_group?.base_sha;
    const compare = base ? { kind: "since", base, why: "projects changed by the merge group" } : { kind: "all", why: "every project" };
    return { kind: "dry-run", why: "merge queue check: a dry run", compare };
  }
  const tag = event.ref.startsWith("refs/tags/") ? event.ref.slice("refs/tags/".length) : void 0;
  const branch = event.ref.startsWith("refs/heads/") ? event.ref.slice("refs/heads/".length) : void 0;
  const dryRun2 = mode === "dry-run";
  if (event.name === "push") {
    if (event.payload.deleted === true) return { kind: "skip", why: `${event.ref} was deleted: nothing to deploy` };
    if (tag !== void 0) {
      if (dryRun2) return { kind: "dry-run", why: `tag ${tag} with mode: dry-run`, compare: { kind: "all", why: "a release covers every project" } };
      return { kind: "release", tag, why: `tag ${tag}: release deploy of commit ${event.sha.slice(0, 7)}'s images` };
    }
    if (branch !== void 0) {
      const compare = pushCompare(event);
      return dryRun2 ? { kind: "dry-run", why: `push to ${branch} with mode: dry-run`, compare } : { kind: "deploy", why: `push to ${branch}`, compare };
    }
    throw new UserError(`push of ${JSON.stringify(event.ref)}, which is neither a branch nor a tag: nothing dagship knows how to deploy`);
  }
  const all = { kind: "all", why: `${event.name} run: every project` };
  if (mode === "auto" && !MANUAL_EVENTS.has(event.name)) {
    throw new UserError(`input "mode": the ${event.name} event has no default mode; set mode to deploy or dry-run`);
  }
  if (dryRun2) return { kind: "dry-run", why: `${event.name} with mode: dry-run`, compare: all };
  if (tag !== void 0) return { kind: "release", tag, why: `${event.name} on tag ${tag}: release deploy` };
  return { kind: "deploy", why: `${event.name} on ${branch ?? event.ref}`, compare: all };
}
async function readEvent(source) {
  if (source.name === "")
    throw new UserError("GITHUB_EVENT_NAME is not set: dagship's action runs inside a GitHub Actions workflow (use the dagship CLI elsewhere)");
  let payload = {};
  if (source.path !== "") {
    let text;
    try {
      text = await readFile(source.path, "utf8");
    } catch (thrown) {
      throw new UserError(`cannot read the event payload GITHUB_EVENT_PATH=${source.path}: ${messageOf(thrown)}`);
    }
    payload = JSON.parse(text);
  }
  return { name: source.name, ref: source.ref, sha: source.sha, repository: source.repository, payload };
}

// src/github/environment.ts
import { tmpdir } from "node:os";
import path from "node:path";
var DEFAULT_GITHUB_API_URL = "https://api.github.com";
var DEFAULT_GITHUB_SERVER_URL = "https://github.com";
function readRunnerEnvironment(env, cwd) {
  const value = (name) => env[name] ?? "";
  const requestUrl = value("ACTIONS_ID_TOKEN_REQUEST_URL");
  const requestToken = value("ACTIONS_ID_TOKEN_REQUEST_TOKEN");
  const runner = {
    workspace: path.resolve(cwd, value("GITHUB_WORKSPACE")),
    temp: value("RUNNER_TEMP") || tmpdir(),
    event: {
      name: value("GITHUB_EVENT_NAME"),
      path: value("GITHUB_EVENT_PATH"),
      ref: value("GITHUB_REF"),
      sha: value("GITHUB_SHA"),
      repository: value("GITHUB_REPOSITORY")
    },
    githubApiUrl: value("GITHUB_API_URL") || DEFAULT_GITHUB_API_URL,
    githubServerUrl: value("GITHUB_SERVER_URL") || DEFAULT_GITHUB_SERVER_URL,
    googleCredentials: ["GOOGLE_APPLICATION_CREDENTIALS", "GOOGLE_GHA_CREDS_PATH", "CLOUDSDK_AUTH_ACCESS_TOKEN"].some((name) => value(name) !== ""),
    storageEmulator: value("STORAGE_EMULATOR_HOST") !== "",
    registryLogin: readRegistryLogin(env)
  };
  if (requestUrl !== "" && requestToken !== "") runner.idTokenSource = { requestUrl, requestToken };
  return runner;
}

// src/github/inputs.ts
import path2 from "node:path";

// src/github/fan-out-inputs.ts
var ACTION_MODES = ["auto", "deploy", "dry-run", "plan", "build"];
var projectProblem = (message) => ({ problem: { input: "project", message } });
var digestsProblem = (message) => ({ problem: { input: "digests", message } });
function projectSetting(mode, raw) {
  const project = raw.trim();
  if (mode === "build" && project === "")
    return projectProblem("is required with mode: build: the project whose image this job builds (a folder name, e.g. ${{ matrix.project }})");
  if (mode !== "build" && project !== "") return projectProblem(`is read only with mode: build (mode is ${mode})`);
  return { value: project === "" ? void 0 : project };
}
function digestsSetting(mode, raw, registry) {
  const text = raw.trim();
  if (text === "") return { value: void 0 };
  if (mode === "plan" || mode === "build") return digestsProblem(`is read only by the deploy job (mode: auto, deploy or dry-run), not with mode: ${mode}`);
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (thrown) {
    return digestsProblem(
      `is not JSON (${thrown instanceof Error ? thrown.message : String(thrown)}): expected an object of project -> image reference with digest, the build jobs' images outputs merged`
    );
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    return digestsProblem(
      `expected a JSON object of project -> image reference with digest, got ${Array.isArray(parsed) ? "an array" : JSON.stringify(parsed)}`
    );
  }
  const digests = {};
  for (const [project, reference] of Object.entries(parsed)) {
    if (typeof reference !== "string") return digestsProblem(`the image of "${project}" must be a string, got ${JSON.stringify(reference)}`);
    const problem = pinnedReferenceProblem(registry, project, reference);
    if (problem !== void 0) return digestsProblem(`"${project}": ${problem}`);
    digests[project] = reference;
  }
  return { value: digests };
}
function readFanOutSettings(mode, raw, registry) {
  const project = projectSetting(mode, raw.project);
  if ("problem" in project) return project;
  const digests = digestsSetting(mode, raw.digests, registry);
  if ("problem" in digests) return digests;
  return { ...project.value === void 0 ? {} : { project: project.value }, ...digests.value === void 0 ? {} : { digests: digests.value } };
}

// src/github/inputs.ts
var INPUT_DEFAULTS = {
  registry: "",
  "composer-environment": "",
  "dags-destination": "",
  projects: "",
  mode: "auto",
  "airflow-version": "auto",
  "composer-version": "auto",
  // action.yml defaults this to `${{ github.token }}`, which only the runner can expand.
  "github-token": "",
  comment: "true",
  prune: "true",
  "create-repository": "false",
  // Empty: the destination decides (on for a Composer environment).
  "import-check": "",
  "workload-identity-provider": "",
  "service-account": "",
  "working-directory": ".",
  jobs: "",
  project: "",
  digests: "",
  environment: ""
};
var InputError = class extends UserError {
  constructor(input, message) {
    super(`input "${input}": ${message}`);
    this.input = input;
  }
  input;
};
var TRUE = ["true", "True", "TRUE"];
var FALSE = ["false", "False", "FALSE"];
function parseBoolean(name, raw) {
  const value = raw.trim();
  if (TRUE.includes(value)) return true;
  if (FALSE.includes(value)) return false;
  throw new InputError(name, `expected true or false, got ${JSON.stringify(raw)}`);
}
function choice(name, raw, allowed) {
  const value = raw.trim();
  if (allowed.includes(value)) return value;
  const hint = didYouMean(value, allowed);
  throw new InputError(name, `expected one of ${allowed.join(", ")}, got ${JSON.stringify(raw)}${hint === "" ? "" : `.${hint}`}`);
}
var PROVIDER = /^projects\/\d+\/locations\/global\/workloadIdentityPools\/[a-z0-9-]{4,32}\/providers\/[a-z0-9-]{4,32}$/;
var SERVICE_ACCOUNT = /^[a-z][a-z0-9-]{4,28}[a-z0-9]@[a-z0-9.:-]+\.iam\.gserviceaccount\.com$/;
function oidcSettings(read) {
  const provider = read("workload-identity-provider").trim();
  const account = read("service-account").trim();
  if (provider === "" && account === "") return void 0;
  if (provider === "" || account === "") {
    const missing = provider === "" ? "workload-identity-provider" : "service-account";
    throw new InputError(missing, 'is needed too: "workload-identity-provider" and "service-account" are set together or not at all');
  }
  if (!PROVIDER.test(provider)) {
    throw new InputError(
      "workload-identity-provider",
      `expected projects/PROJECT_NUMBER/locations/global/workloadIdentityPools/POOL/providers/PROVIDER, got ${JSON.stringify(provider)}`
    );
  }
  if (!SERVICE_ACCOUNT.test(account)) {
    throw new InputError("service-account", `expected a service account email, NAME@PROJECT.iam.gserviceaccount.com, got ${JSON.stringify(account)}`);
  }
  return { workloadIdentityProvider: provider, serviceAccount: account };
}
function destinationSettings(read, workingDirectory) {
  const composer = read("composer-environment").trim();
  const folder = read("dags-destination").trim();
  if (composer !== "" && folder !== "") {
    throw new InputError("dags-destination", `and "composer-environment" are both set: set one of them (the environment's bucket is looked up from it)`);
  }
  if (composer === "" && folder === "") {
    throw new InputError(
      "composer-environment",
      'is not set, and neither is "dags-destination": set composer-environment to projects/P/locations/L/environments/E, or dags-destination to gs://BUCKET/dags'
    );
  }
  const input = composer !== "" ? "composer-environment" : "dags-destination";
  const value = composer !== "" ? composer : folder;
  let parsed;
  try {
    parsed = parseDestination(value, workingDirectory);
  } catch (thrown) {
    throw new InputError(input, messageOf(thrown));
  }
  if (input === "composer-environment" && parsed.kind !== "composer") {
    throw new InputError(
      input,
      `expected projects/PROJECT/locations/REGION/environments/NAME, got ${JSON.stringify(composer)} (a bucket or folder goes in dags-destination)`
    );
  }
  if (input === "dags-destination" && parsed.kind === "composer") {
    throw new InputError(input, `${JSON.stringify(folder)} is a Composer environment: put it in composer-environment instead`);
  }
  return { input, value, parsed };
}
function registrySetting(raw) {
  if (raw === "") {
    throw new InputError("registry", "is required: the registry images are pushed to, e.g. us-central1-docker.pkg.dev/PROJECT/REPO or gcr.io/PROJECT");
  }
  try {
    return parseRegistryRef(raw);
  } catch (thrown) {
    throw new InputError("registry", messageOf(thrown));
  }
}
function jobsSetting(raw) {
  const value = raw.trim();
  if (value === "") return void 0;
  const jobs = /^[1-9][0-9]*$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(jobs)) {
    throw new InputError("jobs", `expected a positive integer (image builds at once), or nothing for the runner's CPU count; got ${JSON.stringify(raw)}`);
  }
  return jobs;
}
function projectGlobs(raw) {
  const globs = raw.split(/[\n,]/).map((glob) => glob.trim()).filter((glob) => glob !== "");
  return globs.length === 0 ? void 0 : globs;
}
function readSettings(read, workspace) {
  const value = (name) => {
    const raw = read(name);
    return raw.trim() === "" ? INPUT_DEFAULTS[name] : raw;
  };
  const workingDirectory = path2.resolve(workspace, value("working-directory").trim());
  const settings = {
    registry: registrySetting(read("registry").trim()),
    destination: destinationSettings(read, workingDirectory),
    projects: projectGlobs(read("projects")),
    mode: choice("mode", value("mode"), ACTION_MODES),
    airflow: choice("airflow-version", value("airflow-version"), ["auto", "2", "3"]),
    composer: choice("composer-version", value("composer-version"), ["auto", "2", "3", "none"]),
    githubToken: read("github-token").trim(),
    comment: parseBoolean("comment", value("comment")),
    prune: parseBoolean("prune", value("prune")),
    createRepository: parseBoolean("create-repository", value("create-repository")),
    workingDirectory,
    jobs: jobsSetting(read("jobs"))
  };
  const importCheck = value("import-check");
  if (importCheck.trim() !== "") settings.importCheck = parseBoolean("import-check", importCheck);
  const oidc = oidcSettings(read);
  if (oidc) settings.oidc = oidc;
  const fanOut = readFanOutSettings(settings.mode, { project: read("project"), digests: read("digests") }, settings.registry);
  if ("problem" in fanOut) throw new InputError(fanOut.problem.input, fanOut.problem.message);
  return { ...settings, ...fanOut };
}

// src/github/outputs.ts
function actionOutputs(report, facts) {
  const projects = report?.projects ?? [];
  const images = Object.fromEntries(
    projects.filter((project) => project.image.reference.includes("@sha256:")).map((project) => [project.project, project.image.reference])
  );
  const dags = report === void 0 || report.dryRun ? [] : projects.flatMap(
    (project) => project.sync.actions.filter((action) => action.action !== "delete").map((action) => `${project.sync.location}${action.path}`)
  );
  const plan = {
    mode: facts.plan.kind,
    why: facts.plan.why,
    changedProjects: facts.changed,
    changedWhy: facts.changedWhy,
    ...report === void 0 ? { pruned: [], failed: [] } : reportJson(report)
  };
  return {
    images: JSON.stringify(images),
    dags: JSON.stringify(dags),
    plan: JSON.stringify(plan),
    "changed-projects": JSON.stringify(projects.length > 0 ? projects.map((project) => project.project) : facts.changed)
  };
}
function planJobOutputs(facts, promotesFrom) {
  const buildNeeded = facts.plan.kind === "deploy" && facts.changed.length > 0 && promotesFrom === void 0;
  return { ...actionOutputs(void 0, facts), matrix: JSON.stringify({ project: facts.changed }), "build-needed": String(buildNeeded) };
}
function buildJobOutputs(facts, project, reference) {
  return { ...actionOutputs(void 0, facts), images: JSON.stringify(reference === void 0 ? {} : { [project]: reference }), image: reference ?? "" };
}

// src/action/cleanups.ts
var Cleanups = class {
  steps = [];
  add(step) {
    this.steps.push(step);
  }
  async run(log) {
    for (const step of this.steps.splice(0).reverse()) await step().catch((thrown) => log.debug(`cleanup: ${messageOf(thrown)}`));
  }
};

// src/action/context.ts
import path3 from "node:path";

// src/github/logger.ts
var ActionsLogger = class {
  depth = 0;
  info(message) {
    info(message);
  }
  warn(message) {
    warning(message);
  }
  debug(message) {
    debug(message);
  }
  async group(title, body) {
    if (this.depth > 0) {
      info(`-- ${title}`);
      return body();
    }
    this.depth++;
    try {
      return await group(title, body);
    } finally {
      this.depth--;
    }
  }
  mask(secret) {
    if (secret !== "") setSecret(secret);
  }
};

// src/action/io.ts
var MASKED = /* @__PURE__ */ new WeakSet();
function withSecretMask(io) {
  if (MASKED.has(io)) return io;
  const secrets = io.secrets ?? SecretMask.fromEnvironment(io.env);
  const masked = {
    ...io,
    secrets,
    log: new MaskingLogger(io.log, secrets),
    setOutput: (name, value) => io.setOutput(name, secrets.redact(value)),
    summary: (markdown) => io.summary(secrets.redact(markdown)),
    annotate: (problem, file) => io.annotate({ ...problem, message: secrets.redact(problem.message) }, file)
  };
  MASKED.add(masked);
  return masked;
}
function redactFor(io) {
  const secrets = withSecretMask(io).secrets ?? new SecretMask();
  return (text) => secrets.redact(text);
}
function coreIo() {
  return {
    env: process.env,
    log: new ActionsLogger(),
    getInput: (name) => getInput(name),
    setOutput: (name, value) => setOutput(name, value),
    summary: async (markdown) => {
      await summary.addRaw(markdown, true).write();
    },
    annotate: (problem, file) => {
      const properties = { title: "dag.yaml", file, startLine: problem.line, startColumn: problem.column };
      if (problem.severity === "warning") warning(problem.message, properties);
      else error(problem.message, properties);
    },
    getIdToken: (audience) => getIDToken(audience),
    fetch: (input, init) => fetch(input, init),
    state: {
      get: (name) => getState(name),
      save: (name, value) => saveState(name, value)
    }
  };
}
function writeOutputs(io, outputs) {
  for (const [name, value] of Object.entries(outputs)) if (value !== void 0) io.setOutput(name, value);
}

// src/action/context.ts
async function runRepository(settings, runner, event, folder) {
  const checkout = path3.basename(settings.workingDirectory);
  const identity = githubIdentity(runner.githubServerUrl, event.repository) ?? await readRepositoryIdentity(new CliGit(settings.workingDirectory));
  return { repoName: repositoryKey(event.repository, folder, checkout), legacyRepoName: legacyRepositoryKey(event.repository, folder, checkout), identity };
}
function configuredTarget(ctx) {
  return { destination: ctx.settings.destination.parsed, registry: ctx.settings.registry };
}
function runDeployOptions(ctx, plan, target) {
  const { settings } = ctx;
  return {
    repoRoot: settings.workingDirectory,
    repoName: ctx.repoName,
    ...ctx.legacyRepoName === ctx.repoName ? {} : { legacyRepoName: ctx.legacyRepoName },
    repository: ctx.identity,
    prune: settings.prune,
    destination: target.destination,
    ...target.registry === void 0 ? {} : { registry: target.registry },
    projects: ctx.toRun,
    includeImageUsers: !ctx.changed.all,
    composer: settings.composer,
    airflow: settings.airflow,
    ...ctx.environment?.environment.namespace === void 0 ? {} : { namespace: ctx.environment.environment.namespace },
    dryRun: plan.kind === "dry-run",
    noBuild: plan.kind === "release",
    ...plan.kind === "release" ? { releaseTag: plan.tag } : {},
    createRepository: settings.createRepository,
    ...settings.importCheck === void 0 ? {} : { importCheck: { enabled: settings.importCheck } },
    discovered: ctx.discovered,
    ...settings.jobs === void 0 ? {} : { jobs: settings.jobs },
    // The fan-out's deploy job: the build jobs' images, exactly; a dry run previews as usual.
    ...plan.kind === "deploy" && settings.digests !== void 0 ? { pinnedImages: settings.digests } : {}
  };
}
function runDeployDeps(ctx) {
  const { io, runner, google, settings } = ctx;
  const token = google.accessToken;
  return {
    log: io.log,
    git: new CliGit(settings.workingDirectory),
    images: deployImageDeps({ log: io.log, login: runner.registryLogin, ...token === void 0 ? {} : { googleAccessToken: token } }),
    target: token === void 0 ? {} : { composer: { getAccessToken: () => Promise.resolve(token) } }
  };
}
function annotate(ctx, problems) {
  for (const problem of problems) {
    ctx.io.annotate(problem, posixRelative(ctx.runner.workspace, path3.join(ctx.settings.workingDirectory, problem.file)));
  }
}
function setRunOutputs(ctx, plan, report) {
  writeOutputs(ctx.io, actionOutputs(report, { plan, changed: ctx.toRun, changedWhy: ctx.changed.why }));
}
function failedProjectsError(report) {
  if (report === void 0 || report.failed.length === 0) return void 0;
  return new UserError(`${outcomeLine(report)}
${report.failed.map(formatFailure).join("\n")}`);
}
function previewScope(ctx) {
  return { folder: ctx.folder, destination: ctx.settings.destination.value, changedWhy: ctx.changed.why, inScope: ctx.inScope };
}

// src/action/credentials.ts
import { mkdtemp, rm as rm2, stat as stat2 } from "node:fs/promises";
import path4 from "node:path";
var CREDENTIALS_STATE = "credentialsFolders";
function recordedCredentialFolders(state) {
  const raw = state.get(CREDENTIALS_STATE);
  if (raw === "") return [];
  let parsed;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return [];
  }
  return Array.isArray(parsed) ? parsed.filter((entry) => typeof entry === "string" && path4.isAbsolute(entry)) : [];
}
async function credentialsFolder(temp, state, cleanups) {
  const folder = await mkdtemp(path4.join(temp, "dagship-credentials-"));
  state.save(CREDENTIALS_STATE, JSON.stringify([...recordedCredentialFolders(state), folder]));
  cleanups.add(() => rm2(folder, { recursive: true, force: true }));
  return folder;
}
async function removeRecordedCredentials(state, log) {
  for (const folder of recordedCredentialFolders(state)) {
    const present = await stat2(folder).then(
      () => true,
      () => false
    );
    if (!present) {
      log.debug(`credentials folder ${folder}: already removed`);
      continue;
    }
    try {
      await rm2(folder, { recursive: true, force: true });
      log.info(`removed the credentials left in ${folder}`);
    } catch (thrown) {
      log.warn(`could not remove the credentials in ${folder}: ${messageOf(thrown)}`);
    }
  }
}

// src/report/words.ts
var IMAGE_ACTION_WORDS = {
  built: "rebuilt",
  reused: "reused (tagged, not rebuilt)",
  unchanged: "reused (already tagged)",
  "would-build": "would be rebuilt",
  "would-reuse": "would be reused",
  unknown: "not checked (registry not readable)",
  refused: "missing (building is off)",
  local: "not checked",
  pinned: "pushed by its build job",
  "looked-up": "existing (looked up, not rebuilt)",
  promoted: "promoted (the digest the source environment runs)"
};
var UNCHECKED_IMAGE_ACTIONS = /* @__PURE__ */ new Set(["unknown", "local"]);

// src/report/comment.ts
var COMMENT_LIMIT = 65536;
function commentMarker(key) {
  return `<!-- dagship-preview ${key.replace(/--+/g, "-").replace(/[<>]/g, "")} -->`;
}
var encoder = new TextEncoder();
function sizeOf(text) {
  return encoder.encode(text).length;
}
function inline(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");
}
function code(text) {
  const clean = text.replace(/\s*\n\s*/g, " ");
  const longest = Math.max(0, ...[...clean.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = "`".repeat(longest + 1);
  return longest > 0 ? `${fence} ${clean} ${fence}` : `\`${clean.replace(/\|/g, "\\|")}\``;
}
function fenced(language, body) {
  const longest = Math.max(2, ...[...body.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = "`".repeat(longest + 1);
  return `${fence}${language}
${body.endsWith("\n") ? body : `${body}
`}${fence}`;
}
function fileCounts(project) {
  if (project.files.length === 0) return "no DAG file";
  return project.files.map((file) => {
    if (file.commitOnly) return `${file.status} (commit id only)`;
    return file.diff ? `${file.status} (+${file.diff.added} \u2212${file.diff.removed})` : file.status;
  }).join(", ");
}
function tableRow(project) {
  const image = project.image ? IMAGE_ACTION_WORDS[project.image.action] : "\u2014";
  const dag = project.removed ? "_project removed_" : code(project.dagId);
  return `| ${inline(project.project)} | ${dag} | ${project.removed ? "\u2014" : project.taskCount} | ${project.removed ? "\u2014" : inline(project.schedule)} | ${fileCounts(project)} | ${image} |`;
}
var TABLE_HEAD = "| Project | DAG | Tasks | Schedule | DAG file | Image |\n|---|---|---|---|---|---|";
function truncateDiff(diff, budget) {
  if (sizeOf(diff) <= budget) return { text: diff, cut: false };
  const lines = diff.split("\n");
  const kept = [];
  let used = 0;
  for (const line of lines) {
    const size = sizeOf(line) + 1;
    if (used + size > budget) break;
    kept.push(line);
    used += size;
  }
  return { text: kept.join("\n"), cut: true };
}
var DIFF_OVERHEAD = 200;
function projectDetails(project, level, diffBudget) {
  const head = `${inline(project.project)}</b> \u2014 ${project.removed ? "removed from the repository" : `<code>${inline(project.dagId)}</code>`}: ${fileCounts(project)}${project.image ? `, image ${IMAGE_ACTION_WORDS[project.image.action]}` : ""}`;
  const parts = [`<details><summary><b>${head}</summary>`, ""];
  if (!project.removed) {
    parts.push(`**Source:** ${code(project.specPath)} \xB7 **Schedule:** ${inline(project.schedule)} \xB7 **Tasks:** ${project.taskCount}`);
  }
  if (project.image) {
    const checked = !UNCHECKED_IMAGE_ACTIONS.has(project.image.action);
    parts.push("", `**Image:** ${checked ? code(project.image.reference) : "not checked"} \u2014 ${inline(project.image.reason)}`);
  }
  for (const file of project.files) parts.push("", `- ${code(file.path)}: **${file.status}** \u2014 ${inline(file.reason)}`);
  for (const warning2 of project.warnings) parts.push("", `> [!WARNING]
> ${inline(warning2)}`);
  if (level === "summary") {
    parts.push("", "_Graph and diff left out to stay within GitHub's comment size limit; the job summary has more._");
  } else {
    if (level === "full" && project.graph !== "") parts.push("", fenced("mermaid", project.graph));
    else if (project.graphNote) parts.push("", `_${inline(project.graphNote)}_`);
    else if (project.graph !== "") parts.push("", "_Task graph left out to stay within GitHub's comment size limit._");
    let remaining = diffBudget ?? 0;
    for (const file of project.files) {
      if (diffBudget === void 0 || !file.diff || file.diff.text === "") continue;
      const { text, cut } = truncateDiff(file.diff.text, Math.max(0, remaining));
      remaining -= sizeOf(text);
      if (text !== "") parts.push("", fenced("diff", text));
      if (cut)
        parts.push("", `_Diff of ${code(file.path)} shortened to fit GitHub's comment size limit (+${file.diff.added} \u2212${file.diff.removed} lines in all)._`);
    }
  }
  parts.push("", "</details>");
  return parts.join("\n");
}
function fullSize(project) {
  return sizeOf(projectDetails(project, "full", diffSize(project)));
}
function diffSize(project) {
  return project.files.reduce((sum, file) => sum + (file.diff ? sizeOf(file.diff.text) : 0), 0);
}
function cappedList(lines, budget, more) {
  const kept = [];
  let used = 0;
  for (const [index, line] of lines.entries()) {
    const size = sizeOf(line) + 1;
    if (used + size > budget) {
      kept.push(more(lines.length - index));
      break;
    }
    kept.push(line);
    used += size;
  }
  return kept;
}
function renderPreview(model, limit = COMMENT_LIMIT) {
  const marker = commentMarker(model.key);
  const head = [marker, `### ${inline(model.title)}`, ""];
  const facts = [`commit ${code(model.commit.slice(0, 12))}`, `destination ${code(model.destination)}`];
  if (model.profile) facts.push(`profile ${code(model.profile)}`);
  head.push(facts.join(" \xB7 "), "", inline(model.baseline));
  for (const note of model.notes) head.push("", `> ${inline(note)}`);
  if (model.failure) head.push("", "> [!CAUTION]", `> ${inline(model.failure)}`);
  const blocks = [head.join("\n")];
  if (model.problems.length > 0) {
    const files = new Set(model.problems.map((problem) => problem.file)).size;
    const lines = model.problems.map((problem) => `- ${code(formatProblem(problem))}`);
    blocks.push(
      [
        `#### Validation errors: ${model.problems.length} in ${files} dag.yaml file${files === 1 ? "" : "s"}`,
        "",
        ...cappedList(lines, limit * 0.3, (n) => `- \u2026 and ${n} more (all of them are annotations on the files)`)
      ].join("\n")
    );
  }
  if ((model.failed ?? []).length > 0) {
    const failed = model.failed ?? [];
    const lines = failed.map((failure) => `- **${inline(failure.project)}** failed at ${failure.stage}: ${inline(failure.message)}`);
    blocks.push(
      [
        `#### Failed: ${failed.length} project${failed.length === 1 ? "" : "s"}`,
        "",
        ...cappedList(lines, limit * 0.2, (n) => `- \u2026 and ${n} more (the job log has all of them)`)
      ].join("\n")
    );
  }
  if (model.projects.length > 0) {
    const rows = cappedList(model.projects.map(tableRow), limit * 0.25, (n) => `| \u2026 and ${n} more | | | | | |`);
    blocks.push([TABLE_HEAD, ...rows].join("\n"));
  } else if (model.problems.length === 0 && !model.failure && (model.failed ?? []).length === 0) {
    blocks.push("No project is affected: nothing would be deployed.");
  }
  if (model.repositoryGraph) blocks.push(repositoryGraphBlock(model.repositoryGraph, limit * 0.2));
  if (model.unaffected.length > 0) {
    const names = model.unaffected.map(inline);
    const shown2 = cappedList(names, limit * 0.05, (n) => `and ${n} more`);
    blocks.push(`Not affected (no change in their folders): ${shown2.join(", ")}.`);
  }
  const footer = "<sub>Generated by dagship: this comment is updated in place on every push to the pull request.</sub>";
  const fixed = blocks.join("\n\n");
  const reserve = sizeOf(fixed) + sizeOf(footer) + 256;
  let budget = limit - reserve;
  const details = /* @__PURE__ */ new Map();
  const pending = [...model.projects].sort((a, b) => fullSize(a) - fullSize(b));
  while (pending.length > 0) {
    const project = pending.shift();
    const share = Math.floor(budget / (pending.length + 1));
    let chosen = "";
    const diffs = project.files.filter((file) => file.diff !== void 0).length;
    for (const level of ["full", "no-graph", "summary"]) {
      const room = share - sizeOf(projectDetails(project, level, void 0)) - diffs * DIFF_OVERHEAD;
      if (level === "full" && project.graph !== "" && diffSize(project) > room) continue;
      if (room < 0 && level !== "summary") continue;
      const candidate = projectDetails(project, level, Math.max(0, room));
      if (sizeOf(candidate) <= share) {
        chosen = candidate;
        break;
      }
    }
    if (chosen !== "") {
      details.set(project, chosen);
      budget -= sizeOf(chosen) + 2;
    }
  }
  const omitted = model.projects.length - details.size;
  const tail = omitted > 0 ? [`_Details of ${omitted} project(s) left out to stay within GitHub's comment size limit._`] : [];
  const shown = model.projects.flatMap((project) => details.get(project) ?? []);
  const body = [fixed, ...shown, ...tail, footer].join("\n\n");
  return fitWithin(body, limit);
}
function repositoryGraphBlock(section, budget) {
  const names = section.changed.map(code);
  const changed = cappedList(names, budget * 0.25, (n) => `and ${n} more`).join(", ");
  const head = [
    "#### Assets across the repository",
    "",
    `Asset schedules or outlets change in ${changed}. Boxes are DAGs, cylinders the assets they update or wait for (dashed: no DAG of this repository updates it).`
  ];
  const note = section.note ?? "The repository graph is too large for this comment; `dagship graph --repo` prints it.";
  const picture = section.graph === "" ? "" : fenced("mermaid", section.graph);
  if (picture !== "" && sizeOf(head.join("\n")) + sizeOf(picture) + 2 <= budget) return [...head, "", picture].join("\n");
  return [...head, "", `_${inline(note)}_`].join("\n");
}
function fitWithin(body, limit) {
  if (sizeOf(body) <= limit) return body;
  const note = "\n\n_(cut to fit GitHub's comment size limit)_";
  const lines = body.split("\n");
  const kept = [];
  let used = sizeOf(note);
  for (const line of lines) {
    const size = sizeOf(line) + 1;
    if (used + size > limit) break;
    kept.push(line);
    used += size;
  }
  return `${kept.join("\n")}${note}`;
}

// src/report/cron-words.ts
var DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
var MONTHS = ["", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
var DAY_NAMES = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];
var MONTH_NAMES = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
function number(text, names, offset) {
  if (/^\d+$/.test(text)) return Number(text);
  const index = names?.indexOf(text.toUpperCase()) ?? -1;
  if (index < 0) throw new Error(`not a cron value: ${text}`);
  return index + offset;
}
function parseField(text, names, offset = 0) {
  if (text === "*") return { kind: "any" };
  const step = /^(\*|[A-Za-z0-9]+(?:-[A-Za-z0-9]+)?)\/(\d+)$/.exec(text);
  if (step) {
    const [range = "*", by = "1"] = [step[1], step[2]];
    if (range === "*") return { kind: "step", from: -1, to: void 0, step: Number(by) };
    const [from = "", to] = range.split("-");
    return { kind: "step", from: number(from, names, offset), to: to === void 0 ? void 0 : number(to, names, offset), step: Number(by) };
  }
  const items = text.split(",").map((part) => {
    const [from = "", to] = part.split("-");
    const low = number(from, names, offset);
    return { from: low, to: to === void 0 ? low : number(to, names, offset) };
  });
  return { kind: "list", items };
}
function singles(field) {
  if (field.kind !== "list" || field.items.some((item) => item.from !== item.to)) return void 0;
  return field.items.map((item) => item.from);
}
function joinWords(words) {
  if (words.length <= 1) return words[0] ?? "";
  return `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}
function ordinal(n) {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${["th", "st", "nd", "rd"][n % 10] ?? "th"}`;
}
var pad = (n) => String(n).padStart(2, "0");
function listWords(field, name, through = "through") {
  return joinWords(field.items.map((item) => item.from === item.to ? name(item.from) : `${name(item.from)} ${through} ${name(item.to)}`));
}
function stepWords(field, unit, name, first) {
  const every = field.step === 1 ? `every ${unit}` : `every ${ordinal(field.step)} ${unit}`;
  const from = field.from < 0 ? first : field.from;
  if (field.to !== void 0) return `${every} from ${name(from)} through ${name(field.to)}`;
  return from === first ? every : `${every} from ${name(from)}`;
}
function timeWords(minute, hour) {
  const minutes = singles(minute);
  const hours = singles(hour);
  if (minute.kind === "any" && hour.kind === "any") return "every minute";
  if (minute.kind === "step" && minute.from < 0 && minute.to === void 0 && hour.kind === "any") {
    return minute.step === 1 ? "every minute" : `every ${minute.step} minutes`;
  }
  if (minutes && hours && minutes.length * hours.length <= 6) {
    const times = hours.flatMap((h) => minutes.map((m) => `${pad(h)}:${pad(m)}`));
    return `at ${joinWords(times)}`;
  }
  const minutePart = minutes !== void 0 ? `at minute${minutes.length > 1 ? "s" : ""} ${joinWords(minutes.map(String))}` : minute.kind === "any" ? "every minute" : minute.kind === "step" ? stepWords(minute, "minute", String, 0) : `at minutes ${listWords(minute, String)}`;
  if (hour.kind === "any") return `${minutePart} of every hour`;
  if (hour.kind === "step") {
    if (hour.from < 0 && hour.to === void 0) return `${minutePart} of every ${hour.step === 1 ? "hour" : `${ordinal(hour.step)} hour`}`;
    return `${minutePart} of ${stepWords(hour, "hour", (h) => `${pad(h)}:00`, 0)}`;
  }
  return `${minutePart} past ${hour.items.length === 1 && hours ? "hour" : "hours"} ${listWords(hour, (h) => `${pad(h)}:00`)}`;
}
function dayWords(dayOfMonth, dayOfWeek) {
  const dom = dayOfMonth.kind === "any" ? void 0 : dayOfMonth.kind === "step" ? `${stepWords(dayOfMonth, "day", String, 1)} of the month` : `on day${singles(dayOfMonth)?.length === 1 ? "" : "s"} ${listWords(dayOfMonth, String)} of the month`;
  const dayName = (n) => DAYS[n] ?? String(n);
  const dow = dayOfWeek.kind === "any" ? void 0 : dayOfWeek.kind === "step" ? stepWords(dayOfWeek, "day of the week", dayName, 0) : `on ${listWords(dayOfWeek, dayName)}`;
  if (dom && dow) return `${dom} or ${dow}`;
  return dom ?? dow ?? "every day";
}
function monthWords(month) {
  if (month.kind === "any") return void 0;
  const name = (n) => MONTHS[n] ?? String(n);
  if (month.kind === "step") {
    const from = month.from < 0 ? 1 : month.from;
    const to = month.to ?? 12;
    const months = [];
    for (let m = from; m <= to; m += month.step) months.push(name(m));
    return `in ${joinWords(months)}`;
  }
  return `in ${listWords(month, name)}`;
}
function describeCron(expression) {
  const parts = expression.trim().split(/\s+/);
  if (parts.length !== 5) return `cron "${expression}"`;
  const [m = "", h = "", dom = "", mon = "", dow = ""] = parts;
  try {
    const minute = parseField(m);
    const hour = parseField(h);
    const dayOfMonth = parseField(dom);
    const month = parseField(mon, MONTH_NAMES, 1);
    const dayOfWeek = parseField(dow, DAY_NAMES, 0);
    const time = timeWords(minute, hour);
    const day = dayWords(dayOfMonth, dayOfWeek);
    const months = monthWords(month);
    const clauses = [time];
    if (!(day === "every day" && (time.startsWith("every") || time.includes("of every")))) clauses.push(day);
    if (months) clauses.push(months);
    return clauses.join(", ");
  } catch {
    return `cron "${expression}"`;
  }
}
function describeSchedule(schedule, timezone) {
  switch (schedule.kind) {
    case "none":
      return "no schedule: runs only when triggered";
    case "once":
      return "once, at the start date";
    case "cron": {
      const words = `${describeCron(schedule.expression)} (${timezone})`;
      return schedule.written.startsWith("@") ? `${schedule.written}: ${words}` : words;
    }
    case "assets":
      return `when ${schedule.mode === "all" ? "every one" : "any"} of ${schedule.uris.join(", ")} has been updated (asset schedule)`;
  }
}

// src/report/diff.ts
var LCS_CELLS = 1e6;
function lcsGap(a, aLo, aHi, b, bLo, bHi, out) {
  const n = aHi - aLo;
  const m = bHi - bLo;
  if (n * m > LCS_CELLS) {
    for (let i2 = 0; i2 < n; i2++) out.push("-");
    for (let j2 = 0; j2 < m; j2++) out.push("+");
    return;
  }
  const width = m + 1;
  const table = new Uint32Array((n + 1) * width);
  for (let i2 = n - 1; i2 >= 0; i2--) {
    for (let j2 = m - 1; j2 >= 0; j2--) {
      table[i2 * width + j2] = a[aLo + i2] === b[bLo + j2] ? (table[(i2 + 1) * width + j2 + 1] ?? 0) + 1 : Math.max(table[(i2 + 1) * width + j2] ?? 0, table[i2 * width + j2 + 1] ?? 0);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[aLo + i] === b[bLo + j]) {
      out.push("=");
      i++;
      j++;
    } else if ((table[(i + 1) * width + j] ?? 0) >= (table[i * width + j + 1] ?? 0)) {
      out.push("-");
      i++;
    } else {
      out.push("+");
      j++;
    }
  }
  for (; i < n; i++) out.push("-");
  for (; j < m; j++) out.push("+");
}
function anchors(pairs) {
  const tails = [];
  const previous = new Array(pairs.length).fill(-1);
  for (let k = 0; k < pairs.length; k++) {
    const value = pairs[k][1];
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (pairs[tails[mid]][1] < value) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[k] = tails[lo - 1];
    tails[lo] = k;
  }
  const result = [];
  for (let k = tails.length > 0 ? tails[tails.length - 1] : -1; k >= 0; k = previous[k]) result.push(pairs[k]);
  return result.reverse();
}
function diffRange(a, aLo, aHi, b, bLo, bHi, out) {
  let start = 0;
  while (aLo + start < aHi && bLo + start < bHi && a[aLo + start] === b[bLo + start]) start++;
  let end = 0;
  while (aHi - end > aLo + start && bHi - end > bLo + start && a[aHi - end - 1] === b[bHi - end - 1]) end++;
  for (let k = 0; k < start; k++) out.push("=");
  const a0 = aLo + start;
  const a1 = aHi - end;
  const b0 = bLo + start;
  const b1 = bHi - end;
  if (a0 === a1 || b0 === b1) {
    for (let k = a0; k < a1; k++) out.push("-");
    for (let k = b0; k < b1; k++) out.push("+");
  } else {
    const countA = /* @__PURE__ */ new Map();
    for (let k = a0; k < a1; k++) {
      const line = a[k];
      const seen = countA.get(line);
      if (seen) seen.count++;
      else countA.set(line, { count: 1, index: k });
    }
    const countB = /* @__PURE__ */ new Map();
    for (let k = b0; k < b1; k++) {
      const line = b[k];
      const seen = countB.get(line);
      if (seen) seen.count++;
      else countB.set(line, { count: 1, index: k });
    }
    const pairs = [];
    for (const [line, left] of countA) {
      const right = countB.get(line);
      if (left.count === 1 && right?.count === 1) pairs.push([left.index, right.index]);
    }
    pairs.sort((x, y) => x[0] - y[0]);
    const chain = anchors(pairs);
    if (chain.length === 0) {
      lcsGap(a, a0, a1, b, b0, b1, out);
    } else {
      let i = a0;
      let j = b0;
      for (const [ai, bj] of chain) {
        diffRange(a, i, ai, b, j, bj, out);
        out.push("=");
        i = ai + 1;
        j = bj + 1;
      }
      diffRange(a, i, a1, b, j, b1, out);
    }
  }
  for (let k = 0; k < end; k++) out.push("=");
}
function splitLines(text) {
  if (text === "") return [];
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}
function unifiedDiff(before, after, names, context = 3) {
  const a = splitLines(before);
  const b = splitLines(after);
  const ops = [];
  diffRange(a, 0, a.length, b, 0, b.length, ops);
  const added = ops.filter((op) => op === "+").length;
  const removed = ops.filter((op) => op === "-").length;
  if (added === 0 && removed === 0) return { text: "", added, removed };
  const lines = [`--- ${names.before}`, `+++ ${names.after}`];
  const changeAt = ops.map((op) => op !== "=");
  let k = 0;
  let ai = 0;
  let bi = 0;
  const oldAt = [];
  const newAt = [];
  for (const op of ops) {
    oldAt.push(ai);
    newAt.push(bi);
    if (op !== "+") ai++;
    if (op !== "-") bi++;
  }
  while (k < ops.length) {
    if (!changeAt[k]) {
      k++;
      continue;
    }
    const start = Math.max(0, k - context);
    let end = k;
    for (; ; ) {
      while (end < ops.length && changeAt[end]) end++;
      let next = end;
      while (next < ops.length && !changeAt[next] && next - end < 2 * context) next++;
      if (next < ops.length && changeAt[next]) end = next;
      else break;
    }
    const stop = Math.min(ops.length, end + context);
    const body = [];
    let oldCount = 0;
    let newCount = 0;
    for (let x = start; x < stop; x++) {
      const op = ops[x];
      if (op === "=") {
        body.push(` ${a[oldAt[x]]}`);
        oldCount++;
        newCount++;
      } else if (op === "-") {
        body.push(`-${a[oldAt[x]]}`);
        oldCount++;
      } else {
        body.push(`+${b[newAt[x]]}`);
        newCount++;
      }
    }
    const oldStart = oldCount === 0 ? oldAt[start] : oldAt[start] + 1;
    const newStart = newCount === 0 ? newAt[start] : newAt[start] + 1;
    lines.push(`@@ -${oldStart},${oldCount} +${newStart},${newCount} @@`, ...body);
    k = stop;
  }
  return { text: `${lines.join("\n")}
`, added, removed };
}

// src/report/preview.ts
var MAX_GRAPH_TASKS = 150;
var MAX_GRAPH_EDGES = 400;
async function filePreviews(sync, rendered, readBaseline) {
  const files = [];
  const commits = [sync.commit, sync.previous?.commit].filter((sha) => sha !== void 0 && sha !== "");
  for (const action of sync.actions) {
    const { outcome: status, why } = REASON_WORDS[action.reason];
    const preview = { path: action.path, status, reason: why };
    if (readBaseline && status !== "unchanged") {
      let before = status === "new" ? "" : await readBaseline(action.key) ?? "";
      let after = status === "removed" ? "" : rendered.get(action.path) ?? "";
      if (status === "changed") {
        [before, after] = [before, after].map((text) => commits.reduce((out, sha) => out.split(sha).join("<commit>"), text));
        preview.commitOnly = before === after;
      }
      const diff = unifiedDiff(before, after, {
        before: status === "new" ? "/dev/null" : `deployed/${action.path}`,
        after: status === "removed" ? "/dev/null" : `rendered/${action.path}`
      });
      if (diff.text !== "") preview.diff = diff;
    }
    files.push(preview);
  }
  return files;
}
async function projectPreview(project, readBaseline) {
  const { dag } = project;
  const tooBig = dag.tasks.length > MAX_GRAPH_TASKS || dag.edges.length > MAX_GRAPH_EDGES;
  const preview = {
    project: project.project,
    specPath: project.specPath,
    dagId: project.dagId,
    schedule: describeSchedule(dag.schedule, dag.timezone),
    taskCount: dag.tasks.length,
    graph: tooBig ? "" : mermaidGraph(dag),
    image: project.image,
    files: await filePreviews(project.sync, /* @__PURE__ */ new Map([[project.rendered.fileName, project.rendered.content]]), readBaseline),
    warnings: [...project.sync.warnings]
  };
  if (tooBig)
    preview.graphNote = `The task graph (${dag.tasks.length} tasks, ${dag.edges.length} edges) is too large to draw here; \`dagship graph ${project.specPath.replace(/\/?dag\.yaml$/, "") || "."}\` prints it.`;
  return preview;
}
async function removedProjectPreview(sync, readBaseline) {
  return {
    project: sync.project,
    specPath: "",
    dagId: "",
    removed: true,
    schedule: "",
    taskCount: 0,
    graph: "",
    files: await filePreviews(sync, /* @__PURE__ */ new Map(), readBaseline),
    warnings: [...sync.warnings]
  };
}

// src/report/model.ts
var SUMMARY_LIMIT = 1e6;
function previewKey(scope) {
  return `${scope.folder || "."} ${scope.destination}`;
}
async function projectPreviews(report, pruned, read) {
  const previews = [];
  for (const project of report?.projects ?? []) previews.push(await projectPreview(project, read));
  for (const result of pruned) previews.push(await removedProjectPreview(result, read));
  return previews;
}
function previewModel(run2, scope, projects) {
  const failed = (run2.report?.failed ?? []).map(({ project, stage, message }) => ({ project, stage, message }));
  const shown = /* @__PURE__ */ new Set([...projects.map((preview) => preview.project), ...failed.map((failure) => failure.project)]);
  const common = {
    key: previewKey(scope),
    projects: [...projects],
    unaffected: scope.inScope.filter((name) => !shown.has(name)),
    ...failed.length > 0 ? { failed } : {}
  };
  if (run2.kind === "deploy") {
    const { report: report2 } = run2;
    return {
      ...common,
      title: `dagship ${run2.releaseTag === void 0 ? "deploy" : `release ${run2.releaseTag}`}: ${report2.projects.length} project(s) to ${scope.destination}`,
      commit: report2.commit,
      profile: report2.profile,
      destination: report2.destination,
      baseline: `${run2.why}. ${scope.changedWhy}.`,
      notes: [...report2.airflowUri ? [`Airflow UI: ${report2.airflowUri}`] : [], ...importCheckNotes(report2.importCheck)],
      problems: []
    };
  }
  const { report } = run2;
  return {
    ...common,
    title: run2.pullRequest === void 0 ? "dagship dry run: nothing was deployed" : `dagship preview of #${run2.pullRequest}: nothing is deployed from a pull request`,
    commit: report?.commit ?? run2.sha,
    ...report ? { profile: report.profile } : {},
    destination: scope.destination,
    baseline: `${scope.changedWhy}. ${run2.comparedWith ?? ""}`.trim(),
    notes: [...run2.notes],
    problems: [...run2.problems],
    ...run2.failure === void 0 ? {} : { failure: run2.failure }
  };
}

// src/action/environment.ts
import path5 from "node:path";
function environmentInputs(config, env) {
  const registry = registryOf(env, new Map(config.environments.map((entry) => [entry.name, entry])));
  const composer = env.destination.parsed.kind === "composer";
  return {
    ...registry === void 0 ? {} : { registry: registry.raw },
    [composer ? "composer-environment" : "dags-destination"]: env.destination.text,
    "composer-version": env.composer,
    "airflow-version": env.airflow
  };
}
function readerWithEnvironment(read, values, name, log) {
  const destinationGiven = read("composer-environment").trim() !== "" || read("dags-destination").trim() !== "";
  for (const input of Object.keys(values)) {
    if (read(input).trim() !== "") log.info(`input "${input}" is set: it wins over environment ${name}'s value in ${CONFIG_FILE}`);
  }
  return (input) => {
    const given = read(input);
    if (given.trim() !== "") return given;
    if ((input === "composer-environment" || input === "dags-destination") && destinationGiven) return given;
    return values[input] ?? given;
  };
}
async function readConfiguredEnvironments(read, runner) {
  const workingDirectory = path5.resolve(runner.workspace, read("working-directory").trim() || ".");
  const named = read("environment").trim();
  const config = await loadRepositoryConfig(workingDirectory);
  if (config === void 0 && named !== "")
    throw new InputError("environment", `is "${named}", but ${workingDirectory} has no ${CONFIG_FILE} naming environments`);
  return { ...config === void 0 ? {} : { config }, named, workingDirectory };
}
function selectEnvironment(configured, read, event, log) {
  const { config, named } = configured;
  if (config === void 0) return { read };
  let choice2;
  try {
    choice2 = environmentForEvent(config, event, named);
  } catch (thrown) {
    if (named !== "" && thrown instanceof UserError) throw new InputError("environment", thrown.message);
    throw thrown;
  }
  if (choice2.kind === "none") {
    const destinationGiven = read("composer-environment").trim() !== "" || read("dags-destination").trim() !== "";
    if (!destinationGiven) return { read, skip: `${choice2.why}, and no destination input is set: nothing to deploy` };
    log.info(`${choice2.why}: deploying to the destination the inputs name`);
    return { read };
  }
  const env = choice2.environment;
  log.info(choice2.why);
  const source = promotionSource(config, env);
  return {
    read: readerWithEnvironment(read, environmentInputs(config, env), env.name, log),
    environment: { environment: env, ...source === void 0 ? {} : { promoteFrom: source } }
  };
}
async function withRunEnvironment(ctx, options, deps) {
  const source = ctx.environment?.promoteFrom;
  if (source === void 0 || options.dryRun) return options;
  const log = ctx.io.log;
  const scope = { repoRoot: ctx.settings.workingDirectory, repo: ctx.repoName, projects: ctx.inScope, folders: ctx.projects };
  const promotion = await promotionFrom(source, scope, { log, git: new CliGit(ctx.settings.workingDirectory), target: deps.target });
  if (options.pinnedImages !== void 0)
    log.warn(`environment ${ctx.environment?.environment.name ?? ""} promotes from ${source.name}: the digests given by build jobs are not deployed`);
  const rest = { ...options };
  delete rest.pinnedImages;
  return { ...rest, projects: ctx.inScope, includeImageUsers: false, noBuild: true, promotion };
}

// src/action/deploy-run.ts
async function deployRun(ctx, plan) {
  const { io } = ctx;
  let report;
  try {
    const deps = runDeployDeps(ctx);
    report = await deployRepository(await withRunEnvironment(ctx, runDeployOptions(ctx, plan, configuredTarget(ctx)), deps), deps);
  } catch (thrown) {
    if (thrown instanceof UserError && thrown.problems.length > 0) annotate(ctx, thrown.problems);
    throw thrown;
  }
  setRunOutputs(ctx, plan, report);
  const previews = await projectPreviews(report, report.pruned, void 0);
  const run2 = { kind: "deploy", why: plan.why, report, ...plan.kind === "release" ? { releaseTag: plan.tag } : {} };
  const model = previewModel(run2, previewScope(ctx), previews);
  await io.summary(renderPreview(model, SUMMARY_LIMIT));
  const failed = failedProjectsError(report);
  if (failed !== void 0) throw failed;
}

// src/google/workload-identity.ts
import { chmod as chmod2, rm as rm3, writeFile as writeFile2 } from "node:fs/promises";
import path6 from "node:path";
var GOOGLE_ENDPOINTS = {
  sts: "https://sts.googleapis.com/v1/token",
  iamCredentials: "https://iamcredentials.googleapis.com/v1"
};
var CLOUD_PLATFORM = "https://www.googleapis.com/auth/cloud-platform";
var JWT_TYPE = "urn:ietf:params:oauth:token-type:jwt";
function idTokenAudience(identity) {
  return `https://iam.googleapis.com/${identity.workloadIdentityProvider}`;
}
function stsAudience(identity) {
  return `//iam.googleapis.com/${identity.workloadIdentityProvider}`;
}
async function postJson(http2, url, body, step, fix) {
  try {
    return await http2.request(step, "POST", url, body);
  } catch (thrown) {
    if (!(thrown instanceof GoogleApiError)) throw thrown;
    if (thrown.status === void 0) throw new UserError(`${step}: ${thrown.message}`);
    throw new UserError(`${step} failed (HTTP ${thrown.status}: ${thrown.message}). ${fix}`);
  }
}
async function exchangeForAccessToken(identity, deps) {
  const transport = { ...deps.fetch ? { fetch: deps.fetch } : {}, ...deps.retry ? { retry: deps.retry } : {}, ...deps.log ? { log: deps.log } : {} };
  const endpoints = deps.endpoints ?? GOOGLE_ENDPOINTS;
  let idToken;
  try {
    idToken = await deps.getIdToken(idTokenAudience(identity));
  } catch (thrown) {
    throw new UserError(
      `cannot get the workflow's OIDC token (${messageOf(thrown)}): give the job "permissions: id-token: write" (pull requests from forks never get one)`
    );
  }
  const federated = await postJson(
    new GoogleHttp({ ...transport, credentials: NO_CREDENTIALS }),
    endpoints.sts,
    {
      grantType: "urn:ietf:params:oauth:grant-type:token-exchange",
      audience: stsAudience(identity),
      scope: CLOUD_PLATFORM,
      requestedTokenType: "urn:ietf:params:oauth:token-type:access_token",
      subjectToken: idToken,
      subjectTokenType: JWT_TYPE
    },
    "exchanging the GitHub OIDC token at Google's Security Token Service",
    `Check the input "workload-identity-provider" and the provider's attribute condition (it must accept this repository).`
  );
  const federatedToken = federated["access_token"];
  if (typeof federatedToken !== "string" || federatedToken === "") throw new UserError("Google's Security Token Service answered without an access_token");
  const account = await postJson(
    new GoogleHttp({ ...transport, credentials: bearerToken(() => Promise.resolve(federatedToken), "IAM Credentials") }),
    `${endpoints.iamCredentials}/projects/-/serviceAccounts/${encodeURIComponent(identity.serviceAccount)}:generateAccessToken`,
    { scope: [CLOUD_PLATFORM], lifetime: "3600s" },
    `getting an access token for ${identity.serviceAccount}`,
    `Check the input "service-account", and that the workload identity pool's principal has roles/iam.workloadIdentityUser on it.`
  );
  const accessToken = account["accessToken"];
  const expireTime = account["expireTime"];
  if (typeof accessToken !== "string" || accessToken === "") throw new UserError("IAM Credentials answered without an accessToken");
  return { accessToken, expireTime: typeof expireTime === "string" ? expireTime : "" };
}
function externalAccountConfig(identity, source, endpoints = GOOGLE_ENDPOINTS) {
  const url = new URL(source.requestUrl);
  url.searchParams.set("audience", idTokenAudience(identity));
  return {
    type: "external_account",
    audience: stsAudience(identity),
    subject_token_type: JWT_TYPE,
    token_url: endpoints.sts,
    service_account_impersonation_url: `${endpoints.iamCredentials}/projects/-/serviceAccounts/${identity.serviceAccount}:generateAccessToken`,
    credential_source: {
      url: url.toString(),
      headers: { Authorization: `Bearer ${source.requestToken}` },
      format: { type: "json", subject_token_field_name: "value" }
    }
  };
}
async function installApplicationDefaultCredentials(identity, source, folder, env) {
  const file = path6.join(folder, `dagship-adc-${process.pid}-${Date.now()}.json`);
  await writeFile2(file, JSON.stringify(externalAccountConfig(identity, source)), { mode: 384 });
  await chmod2(file, 384);
  const previous = env["GOOGLE_APPLICATION_CREDENTIALS"];
  env["GOOGLE_APPLICATION_CREDENTIALS"] = file;
  return async () => {
    if (previous === void 0) delete env["GOOGLE_APPLICATION_CREDENTIALS"];
    else env["GOOGLE_APPLICATION_CREDENTIALS"] = previous;
    await rm3(file, { force: true });
  };
}

// src/action/google.ts
async function authenticate(settings, runner, plan, io, cleanups) {
  const identity = settings.oidc;
  if (!identity) return {};
  const source = runner.idTokenSource;
  if (plan.kind === "dry-run" && source === void 0) {
    return { missing: "this run gets no OIDC token (a pull request from a fork, or no id-token: write permission)" };
  }
  return io.log.group("Google credentials (workload identity federation)", async () => {
    try {
      const token = await exchangeForAccessToken(identity, { getIdToken: (audience) => io.getIdToken(audience), fetch: io.fetch });
      io.log.mask(token.accessToken);
      io.log.info(`authenticated as ${identity.serviceAccount} (token expires ${token.expireTime || "in an hour"})`);
      if (source !== void 0) {
        const folder = await credentialsFolder(runner.temp, io.state, cleanups);
        cleanups.add(await installApplicationDefaultCredentials(identity, source, folder, io.env));
      }
      return { accessToken: token.accessToken };
    } catch (thrown) {
      if (plan.kind !== "dry-run") throw thrown;
      return { missing: `Google refused the workload identity (${messageOf(thrown)})` };
    }
  });
}
function credentialsProblem(access2) {
  if (access2.google.missing) return access2.google.missing;
  const google = access2.google.accessToken !== void 0 || access2.runner.googleCredentials;
  if (access2.destination === "composer" && !google) return "no Google credentials in this run to read the Composer environment";
  if (access2.destination === "gcs" && !google && !access2.runner.storageEmulator) return "no Google credentials in this run to read the bucket";
  const registryReadable = access2.runner.registryLogin.password !== void 0 || access2.googleRegistry && google;
  return registryReadable ? void 0 : "no registry credentials in this run";
}

// src/action/fan-out.ts
var MATRIX_LIMIT = 256;
async function planJob(io, plan, scope, promotesFrom) {
  const outputs = planJobOutputs({ plan, changed: scope.toRun, changedWhy: scope.changed.why }, promotesFrom);
  if (outputs["build-needed"] === "true" && scope.toRun.length > MATRIX_LIMIT) {
    throw new UserError(
      `${scope.toRun.length} projects changed, more than the ${MATRIX_LIMIT} jobs a GitHub Actions matrix can hold: deploy this push with the single-job workflow (dagship.yml, whose builds run concurrently on one runner), or narrow the projects input per workflow`
    );
  }
  writeOutputs(io, outputs);
  const names = scope.toRun.join(", ") || "none";
  await io.summary(
    `dagship plan: ${plan.why}. ${outputs["build-needed"] === "true" ? `Images to build, one job each: ${names}.` : `No build jobs (changed: ${names}${promotesFrom === void 0 ? "" : `; the environment promotes what ${promotesFrom} runs`}).`}
`
  );
}
async function buildJob(ctx) {
  const { io, settings, runner, plan } = ctx;
  const name = settings.project;
  if (name === void 0) throw new Error("mode: build without a project passed the input checks");
  const projects = await discoverProjects(settings.workingDirectory);
  const project = projects.find((candidate) => candidate.name === name);
  if (project === void 0) {
    const names = projects.map((candidate) => candidate.name);
    throw new InputError(
      "project",
      `${JSON.stringify(name)} is not a project of ${settings.workingDirectory}. Projects: ${names.join(", ") || "none"}.${didYouMean(name, names)}`
    );
  }
  const facts = { plan, changed: [name], changedWhy: `the project input: ${name}` };
  if (plan.kind !== "deploy") {
    io.log.info(
      plan.kind === "release" ? "a release deploys the images the tagged commit deployed: nothing to build" : "a dry run: nothing is built or pushed"
    );
    writeOutputs(io, buildJobOutputs(facts, name, void 0));
    return;
  }
  const google = await authenticate(settings, runner, plan, io, ctx.cleanups);
  const commitSha = await new CliGit(settings.workingDirectory).headSha();
  const images = deployImageDeps({
    log: io.log,
    login: runner.registryLogin,
    ...google.accessToken === void 0 ? {} : { googleAccessToken: google.accessToken }
  });
  const request = { project: name, contextDir: project.dir, registry: settings.registry, commitSha, createRepository: settings.createRepository };
  const image = await io.log.group(`Image of ${name}`, () => ensureProjectImage(request, images));
  io.log.info(`${name}: ${image.action} ${image.reference} (${image.reason})`);
  writeOutputs(io, buildJobOutputs(facts, name, image.reference));
  await io.summary(`dagship build: ${name} ${image.action} \`${image.reference}\` (${image.reason}).
`);
}
function checkDigests(settings, plan, scope, log) {
  const digests = settings.digests;
  if (digests === void 0) return;
  const names = scope.projects.map((project) => project.name);
  const unknown = Object.keys(digests).filter((project) => !names.includes(project));
  if (unknown.length > 0) {
    const hint = didYouMean(unknown[0], names);
    throw new InputError(
      "digests",
      `names ${unknown.map((project) => JSON.stringify(project)).join(", ")}, which is not a project. Projects: ${names.join(", ") || "none"}.${hint}`
    );
  }
  if (plan.kind === "release" && Object.keys(digests).length > 0) {
    throw new InputError(
      "digests",
      `a release (tag ${plan.tag}) deploys the images the tagged commit deployed, never new builds: give no digests on tag pushes`
    );
  }
  if (plan.kind === "dry-run") log.info("digests are not used: a dry run deploys nothing");
}

// src/report/repo-graph-preview.ts
import { readFile as readFile2 } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
var MAX_GRAPH_NODES = 150;
var MAX_GRAPH_EDGES2 = 400;
function assetSignature(assets) {
  if (!assets) return "";
  const schedule = assets.schedule ? `${assets.schedule.mode}:${[...new Set(assets.schedule.assets.map((reference) => reference.uri))].sort().join("\n")}` : "";
  const outlets = [...new Set(assets.outlets.flatMap((outlet) => outlet.assets.map((reference) => `${outlet.task}\0${reference.uri}`)))].sort().join("\n");
  return schedule === "" && outlets === "" ? "" : `${schedule}${outlets}`;
}
function changedAssetDags(before, after) {
  const old = new Map(before.map((dag) => [dag.specPath, dag]));
  const changed = [];
  for (const dag of after) {
    if (assetSignature(dag.assets) !== assetSignature(old.get(dag.specPath)?.assets)) changed.push(dag.dagId);
  }
  const current = new Set(after.map((dag) => dag.specPath));
  for (const dag of before) if (!current.has(dag.specPath) && assetSignature(dag.assets) !== "") changed.push(dag.dagId);
  return [...new Set(changed)];
}
function repositoryGraphPreview(head, changed) {
  if (changed.length === 0) return void 0;
  const graph = repositoryGraph(head);
  const size = graphSize(graph, { connectedOnly: true });
  if (size.nodes > MAX_GRAPH_NODES || size.edges > MAX_GRAPH_EDGES2) {
    return {
      changed: [...changed],
      graph: "",
      note: `The repository graph (${size.nodes} DAGs and assets, ${size.edges} edges) is too large to draw here; \`dagship graph --repo\` prints it.`
    };
  }
  return { changed: [...changed], graph: repoGraphMermaid(graph, { connectedOnly: true }) };
}
function repoDagOf(specPath, text, project = basename(dirname(`/${specPath}`))) {
  const loaded = loadSpecText(specPath, text);
  const assets = dagAssets(loaded.source, loaded.value);
  return { project, specPath, dagId: assets.dagId ?? snakeCase(project), assets };
}
async function previewRepositoryGraph(input) {
  const { workDir, projects, changedFiles, base } = input;
  if (changedFiles === void 0 || base === void 0 || !isCommitId(base)) return void 0;
  const changedSpecs = changedFiles.filter((file) => basename(file) === SPEC_FILE);
  if (changedSpecs.length === 0) return void 0;
  const readHead = (specPath) => readFile2(join(workDir, specPath), "utf8").catch(() => void 0);
  const head = await Promise.all(projects.map(async (project) => repoDagOf(project.specPath, await readHead(project.specPath) ?? "", project.name)));
  const mergeBase = await runGit(workDir, ["merge-base", base, "HEAD"]);
  const from = mergeBase.code === 0 ? mergeBase.stdout.trim() : base;
  const versions = async (read) => (await Promise.all(changedSpecs.map(async (path8) => ({ path: path8, text: await read(path8) })))).flatMap(
    ({ path: path8, text }) => text === void 0 ? [] : [repoDagOf(path8, text)]
  );
  const before = await versions(async (path8) => {
    const shown = await runGit(workDir, ["show", `${from}:./${path8}`]);
    return shown.code === 0 ? shown.stdout : void 0;
  });
  const after = await versions(readHead);
  return repositoryGraphPreview(head, changedAssetDags(before, after));
}

// src/action/base-branch.ts
import { mkdtemp as mkdtemp2, readFile as readFile3, rm as rm4, stat as stat3 } from "node:fs/promises";
import path7 from "node:path";

// src/action/baseline.ts
function chooseBaseline(access2) {
  const missing = credentialsProblem(access2);
  if (missing === void 0) return { kind: "deployed" };
  return {
    kind: "base-branch",
    note: `${missing[0]?.toUpperCase()}${missing.slice(1)}: nothing was read from the destination or the registry, and images were not checked.`
  };
}
function fallbackNote(error2) {
  return `Could not read the deployed state (${error2}); comparing with the base branch instead.`;
}
async function planned(run2) {
  try {
    return { report: await run2(), problems: [] };
  } catch (thrown) {
    if (thrown instanceof UserError && thrown.problems.length > 0) return { problems: thrown.problems };
    if (thrown instanceof UserError) return { problems: [], error: messageOf(thrown) };
    throw thrown;
  }
}
function deployedBaseline(ctx, dryRun2) {
  return {
    async plan() {
      const outcome = await planned(() => deployRepository(runDeployOptions(ctx, dryRun2, configuredTarget(ctx)), runDeployDeps(ctx)));
      if (outcome.report === void 0) return { ...outcome, notes: [] };
      const { target } = outcome.report;
      return {
        ...outcome,
        baseline: { words: `Diffs are against what is deployed in \`${target.display}\`.`, read: objectTextReader(target.store, ctx.io.log), target },
        notes: []
      };
    }
  };
}

// src/action/base-branch.ts
function baseCommitOf(plan) {
  return plan.pullRequest?.baseSha ?? (plan.compare.kind === "since" ? plan.compare.base : void 0);
}
function baseBranchBaseline(ctx, dryRun2) {
  return {
    async plan() {
      const notes = [];
      const baseline = await renderBase(ctx, dryRun2, notes);
      const local = { destination: { kind: "local", folder: baseline.target.store.location }, registry: void 0 };
      const outcome = await planned(
        () => deployRepository(runDeployOptions(ctx, dryRun2, local), { log: ctx.io.log, git: new CliGit(ctx.settings.workingDirectory) })
      );
      for (const project of outcome.report?.projects ?? [])
        project.image = { reference: "not checked", action: "unknown", reason: "no registry credentials in this run" };
      return { ...outcome, baseline, notes };
    }
  };
}
async function renderBase(ctx, dryRun2, notes) {
  const { settings, io, cleanups } = ctx;
  const dir = await mkdtemp2(path7.join(ctx.runner.temp, "dagship-"));
  cleanups.add(() => rm4(dir, { recursive: true, force: true }));
  const folder = path7.join(dir, "dags");
  const target = { store: new LocalFolderStore(folder), dagsFolder: "", display: "base branch render" };
  const read = async (key) => readFile3(path7.join(folder, key), "utf8").catch(() => void 0);
  const nothing = (why) => {
    notes.push(why);
    return { words: "Every DAG is shown as new.", read, target };
  };
  const base = baseCommitOf(dryRun2);
  if (base === void 0) return nothing("There is no base commit to compare with.");
  const git = new CliChangeGit(settings.workingDirectory);
  if (!await git.hasCommit(base) && !await git.fetchCommit(base)) {
    return nothing(`The base commit ${base.slice(0, 7)} is not in this clone (use actions/checkout with fetch-depth: 0).`);
  }
  const tree = path7.join(dir, "base");
  await git.addWorktree(base, tree);
  cleanups.add(() => git.removeWorktree(tree));
  const baseRoot = path7.join(tree, await git.prefix());
  const words = `Diffs are against the render of the base branch${dryRun2.pullRequest ? ` \`${dryRun2.pullRequest.baseRef}\`` : ""} (${base.slice(0, 7)}).`;
  if (!(await stat3(baseRoot).catch(() => void 0))?.isDirectory()) return nothing(`The base commit has no ${ctx.folder || "project folder"}.`);
  const quiet = new StreamLogger((line) => io.log.debug(`base render: ${line}`), true);
  try {
    await deployRepository(
      {
        repoRoot: baseRoot,
        repoName: ctx.repoName,
        repository: ctx.identity,
        destination: { kind: "local", folder },
        includeImageUsers: false,
        composer: settings.composer,
        airflow: settings.airflow,
        dryRun: false,
        noBuild: true,
        createRepository: false
      },
      { log: quiet, git: new CliGit(baseRoot) }
    );
  } catch (thrown) {
    notes.push(`The base branch could not be rendered (${messageOf(thrown).split("\n")[0]}); its DAGs count as absent.`);
  }
  return { words, read, target };
}

// src/github/github-api.ts
var GitHubApiError = class extends UserError {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
  status;
};
var RATE_LIMIT_RETRIES = 2;
var LONGEST_RATE_LIMIT_WAIT_S = 120;
var HEADERS = { accept: "application/vnd.github+json", "x-github-api-version": "2022-11-28" };
var clients = 0;
function rateLimitHandler(kind) {
  return (retryAfter, request, octokit, retryCount) => {
    const what = `GitHub's ${kind} rate limit on ${request.method} ${request.url}`;
    if (retryCount >= RATE_LIMIT_RETRIES || retryAfter > LONGEST_RATE_LIMIT_WAIT_S) {
      octokit.log.warn(`${what}: not waiting ${retryAfter} s again (${retryCount} waits so far)`);
      return false;
    }
    octokit.log.warn(`${what}: waiting ${retryAfter} s as GitHub asks (wait ${retryCount + 1} of ${RATE_LIMIT_RETRIES})`);
    return true;
  };
}
function withTimeout(base, timeoutMs) {
  return (input, init) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    return base(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout });
  };
}
async function createClient(options) {
  const [{ getOctokit }, { defaults }, { retry }, { throttling }, { default: Bottleneck }] = await Promise.all([
    import("./github-36MB5GWW.js"),
    import("./utils-P2MNEWSE.js"),
    import("./dist-bundle-H2ZQD3WI.js"),
    import("./dist-bundle-B3Y6YGMD.js"),
    import("./light-GPT3CI6H.js")
  ]);
  const spacing = options.writeSpacingMs;
  const pacing = spacing === void 0 ? {} : { write: new Bottleneck.Group({ maxConcurrent: 1, minTime: spacing }), notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: spacing }) };
  const policy = options.retry ?? DEFAULT_RETRY;
  const baseFetch = options.fetch ?? defaults.request?.fetch ?? fetch;
  const log = options.log;
  const octokit = getOctokit(
    options.token,
    {
      baseUrl: options.baseUrl.replace(/\/+$/, ""),
      userAgent: "dagship",
      request: { fetch: withTimeout(baseFetch, options.timeoutMs ?? 3e4) },
      ...log ? {
        log: {
          debug: (message) => log.debug(message),
          info: (message) => log.debug(message),
          warn: (message) => log.warn(message),
          error: (message) => log.warn(message)
        }
      } : {},
      // Rate limits (403/429 that say so) are the throttling plugin's; the retry plugin takes
      // server errors and network failures (which Octokit reports as 500).
      retry: { retries: policy.attempts - 1, retryAfterBaseValue: policy.baseDelayMs, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
      throttle: {
        // Writes are paced per client (GitHub asks for a second between them), not across clients.
        id: `dagship-${++clients}`,
        onRateLimit: rateLimitHandler("primary"),
        onSecondaryRateLimit: rateLimitHandler("secondary"),
        ...pacing
      }
    },
    retry,
    throttling
  );
  octokit.hook.before("request", (request) => {
    Object.assign(request.headers, HEADERS);
  });
  return octokit;
}
var GitHubApi = class {
  constructor(options) {
    this.options = options;
  }
  options;
  client;
  async call(what, operation) {
    this.client ??= createClient(this.options);
    const octokit = await this.client;
    try {
      return await operation(octokit);
    } catch (thrown) {
      const status = thrown.status;
      if (typeof status !== "number") throw thrown;
      const data = thrown.response?.data;
      const message = data?.message;
      const detail = typeof message === "string" ? message : thrown instanceof Error ? thrown.message : String(thrown);
      throw new GitHubApiError(status, `${what} failed: HTTP ${status} ${detail}`);
    }
  }
  /** Every comment of an issue or pull request, following pagination. */
  async listIssueComments(owner, repo, issue2) {
    return this.findIssueComments(owner, repo, issue2, () => true, false);
  }
  /** The comments matching `wanted`, page by page; with `firstOnly`, stops at the first page that has one. */
  async findIssueComments(owner, repo, issue2, wanted, firstOnly = true) {
    return this.call(
      `GET /repos/${owner}/${repo}/issues/${issue2}/comments`,
      (octokit) => octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: issue2, per_page: 100 }, (response, done) => {
        const hits = response.data.filter((comment) => wanted(comment));
        if (firstOnly && hits.length > 0) done();
        return hits;
      })
    );
  }
  async createIssueComment(owner, repo, issue2, body) {
    return this.call(
      `POST /repos/${owner}/${repo}/issues/${issue2}/comments`,
      async (octokit) => (await octokit.rest.issues.createComment({ owner, repo, issue_number: issue2, body })).data
    );
  }
  async updateIssueComment(owner, repo, commentId, body) {
    return this.call(
      `PATCH /repos/${owner}/${repo}/issues/comments/${commentId}`,
      async (octokit) => (await octokit.rest.issues.updateComment({ owner, repo, comment_id: commentId, body })).data
    );
  }
};
async function upsertComment(api, target, marker, body) {
  const [existing] = await api.findIssueComments(target.owner, target.repo, target.issue, (comment) => comment.body?.includes(marker) === true);
  if (existing) {
    const updated = await api.updateIssueComment(target.owner, target.repo, existing.id, body);
    return { action: "updated", id: updated.id, url: updated.html_url };
  }
  const created = await api.createIssueComment(target.owner, target.repo, target.issue, body);
  return { action: "created", id: created.id, url: created.html_url };
}

// src/action/comment.ts
async function postComment(ctx, issue2, body, key) {
  const { io, settings, event, runner } = ctx;
  if (settings.githubToken === "") {
    io.log.warn('no "github-token": the preview is in the job summary only');
    return false;
  }
  const [owner = "", repo = ""] = event.repository.split("/");
  const api = new GitHubApi({ token: settings.githubToken, baseUrl: runner.githubApiUrl, fetch: io.fetch });
  try {
    const result = await upsertComment(api, { owner, repo, issue: issue2 }, commentMarker(key), redactFor(io)(body));
    io.log.info(`preview comment ${result.action}: ${result.url}`);
    return true;
  } catch (thrown) {
    if (thrown instanceof GitHubApiError && (thrown.status === 403 || thrown.status === 404)) {
      io.log.warn(`could not post the preview comment (${thrown.message}); it is in the job summary. A pull request from a fork gets a read-only token.`);
      return false;
    }
    throw thrown;
  }
}

// src/action/dry-run.ts
async function planAgainstBaseline(ctx, plan) {
  const { settings, runner, google } = ctx;
  const choice2 = chooseBaseline({ google, runner, destination: settings.destination.parsed.kind, googleRegistry: settings.registry.google });
  if (choice2.kind === "deployed") {
    const deployed = await deployedBaseline(ctx, plan).plan();
    if (deployed.error === void 0) return deployed;
    const base2 = await baseBranchBaseline(ctx, plan).plan();
    return { ...base2, notes: [fallbackNote(deployed.error), ...base2.notes] };
  }
  const base = await baseBranchBaseline(ctx, plan).plan();
  return { ...base, notes: [choice2.note, ...base.notes] };
}
async function dryRun(ctx, plan) {
  const { io, settings } = ctx;
  const { report, problems, error: failure, baseline, notes } = await planAgainstBaseline(ctx, plan);
  if (problems.length > 0) annotate(ctx, problems);
  setRunOutputs(ctx, plan, report);
  const previews = await projectPreviews(report, report?.pruned ?? [], baseline?.read);
  const run2 = {
    kind: "dry-run",
    sha: ctx.event.sha,
    notes,
    problems,
    ...plan.pullRequest ? { pullRequest: plan.pullRequest.number } : {},
    ...report ? { report } : {},
    ...baseline ? { comparedWith: baseline.words } : {},
    ...failure === void 0 ? {} : { failure }
  };
  const scope = previewScope(ctx);
  const repositoryGraph2 = await previewRepositoryGraph({
    workDir: settings.workingDirectory,
    projects: ctx.discovered,
    changedFiles: ctx.changed.files,
    base: baseCommitOf(plan)
  });
  const model = { ...previewModel(run2, scope, previews), ...repositoryGraph2 ? { repositoryGraph: repositoryGraph2 } : {} };
  await io.summary(renderPreview(model, SUMMARY_LIMIT));
  const commented = plan.pullRequest !== void 0 && settings.comment && await postComment(ctx, plan.pullRequest.number, renderPreview(model, COMMENT_LIMIT), previewKey(scope));
  if (problems.length > 0) {
    const files = new Set(problems.map((problem) => problem.file)).size;
    throw new UserError(`${problems.length} problem(s) in ${files} dag.yaml file(s); see the annotations${commented ? " and the pull request comment" : ""}`);
  }
  if (failure !== void 0) throw new UserError(failure);
  const failed = failedProjectsError(report);
  if (failed !== void 0) throw failed;
}

// src/action/scope.ts
import { stat as stat4 } from "node:fs/promises";
async function checkWorkingDirectory(settings) {
  const info2 = await stat4(settings.workingDirectory).catch(() => void 0);
  if (!info2?.isDirectory())
    throw new InputError("working-directory", `${settings.workingDirectory} is not a folder of the checkout (did actions/checkout run first?)`);
}
async function findScope(settings, plan, log) {
  return log.group("Projects and changes", async () => {
    const discovered = await discoverProjects(settings.workingDirectory);
    const projects = projectFolders(settings.workingDirectory, discovered);
    const inScope = settings.projects === void 0 ? projects.map((project) => project.name) : selectByGlobs(settings.projects, projects);
    if (settings.projects !== void 0 && inScope.length === 0) {
      throw new InputError(
        "projects",
        `${JSON.stringify(settings.projects.join(", "))} matches no project. Projects: ${projects.map((project) => project.path || project.name).join(", ") || "none"}`
      );
    }
    const changed = plan.kind === "release" ? { names: projects.map((project) => project.name), all: true, why: `release ${plan.tag}: every project` } : await changedProjects(plan.compare, projects, new CliChangeGit(settings.workingDirectory));
    const toRun = changed.names.filter((name) => inScope.includes(name));
    log.info(
      `${changed.why}: ${toRun.length === 0 ? "none" : toRun.join(", ")}${settings.projects ? ` (of ${inScope.length} selected by the projects input)` : ""}`
    );
    return { discovered, projects, inScope, changed, toRun };
  });
}

// src/action.ts
var IS_POST_STATE = "isPost";
async function run(io) {
  process.setSourceMapsEnabled(true);
  let redact = (text) => text;
  try {
    const runner = withSecretMask(io ?? coreIo());
    redact = redactFor(runner);
    if (runner.state.get(IS_POST_STATE) !== "") {
      await removeRecordedCredentials(runner.state, runner.log);
      return;
    }
    runner.state.save(IS_POST_STATE, "true");
    await runAction(runner);
  } catch (thrown) {
    if (!(thrown instanceof UserError) && thrown instanceof Error && thrown.stack !== void 0) debug(redact(thrown.stack));
    setFailed(redact(`dagship failed: ${messageOf(thrown)}`));
  }
}
async function runAction(unmasked) {
  const io = withSecretMask(unmasked);
  const runner = readRunnerEnvironment(io.env, process.cwd());
  const getInput2 = (name) => io.getInput(name);
  const configured = await readConfiguredEnvironments(getInput2, runner);
  const early = configured.config === void 0 ? readSettings(getInput2, runner.workspace) : void 0;
  const event = await readEvent(runner.event);
  const selection = selectEnvironment(configured, getInput2, event, io.log);
  const settings = early ?? (selection.skip === void 0 ? readSettings(selection.read, runner.workspace) : void 0);
  const plan = settings === void 0 ? { kind: "skip", why: selection.skip ?? "" } : decideRun(event, settings.mode);
  io.log.info(`dagship ${VERSION}: ${plan.why}`);
  if (plan.kind === "skip" || settings === void 0) {
    const facts = { plan, changed: [], changedWhy: plan.why };
    writeOutputs(io, (settings?.mode ?? getInput2("mode").trim()) === "plan" ? planJobOutputs(facts) : actionOutputs(void 0, facts));
    return;
  }
  await checkWorkingDirectory(settings);
  const cleanups = new Cleanups();
  try {
    if (settings.mode === "build") {
      await buildJob({ io, settings, runner, plan, cleanups });
      return;
    }
    const scope = await findScope(settings, plan, io.log);
    if (settings.mode === "plan") {
      await planJob(io, plan, scope, selection.environment?.promoteFrom?.name);
      return;
    }
    checkDigests(settings, plan, scope, io.log);
    const google = await authenticate(settings, runner, plan, io, cleanups);
    const folder = posixRelative(runner.workspace, settings.workingDirectory);
    const repository = await runRepository(settings, runner, event, folder);
    const ctx = {
      io,
      settings,
      runner,
      event,
      folder,
      ...repository,
      google,
      cleanups,
      ...scope,
      ...selection.environment ? { environment: selection.environment } : {}
    };
    if (plan.kind === "dry-run") await dryRun(ctx, plan);
    else await deployRun(ctx, plan);
  } finally {
    await cleanups.run(io.log);
  }
}

// src/index.ts
void run();
//# sourceMappingURL=action.js.map
