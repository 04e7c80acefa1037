import { createRequire as __dagshipCreateRequire } from 'node:module'; import { fileURLToPath as __dagshipFileURLToPath } from 'node:url'; const require = __dagshipCreateRequire(import.meta.url); const __filename = __dagshipFileURLToPath(import.meta.url); const __dirname = __dagshipFileURLToPath(new URL('.', import.meta.url));
import {
  SymlinkRefusedError,
  isInside,
  locateInside
} from "./chunk-3KFNCMHA.js";
import {
  UserError,
  excerpt,
  messageOf
} from "./chunk-K7TMSU63.js";
import {
  __commonJS,
  __export,
  __require,
  __toESM
} from "./chunk-LHRLJ43V.js";

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode2(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode2;
    exports.isPair = isPair2;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit2(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit2;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit2.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit2.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count2, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count2);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit2 = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit2.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count2 = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count2)
            count2 = c;
        }
        return count2;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format: format2, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format2 && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count2, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count2);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError2 = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count2 = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count2 = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count2);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError2;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep2, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep2) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep2 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep2, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep2 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep2 + cb;
              sep2 = "";
              break;
            }
            case "newline":
              if (comment)
                sep2 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep2, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep2 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep2 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep2, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep2 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep2)
                for (const st of sep2) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep2, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep2 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep2 === " ")
            sep2 = "\n";
          else if (!prevMoreIndented && sep2 === "\n")
            sep2 = "\n\n";
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep2 === "\n")
            value += "\n";
          else
            sep2 = "\n";
        } else {
          value += sep2 + content;
          sep2 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep2 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep2 === "\n")
            res += sep2;
          else
            sep2 = "\n";
        } else {
          res += sep2 + lm;
          sep2 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep2 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range: range2 } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range2;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep2, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep2)
        for (const st of sep2)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit2(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    visit2.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit2.parentCollection = (cst, path) => {
      const parent = visit2.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit2;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep2;
          if (scalar.end) {
            sep2 = scalar.end;
            sep2.push(this.sourceToken);
            delete scalar.end;
          } else
            sep2 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep2 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep2 = it.sep;
                  sep2.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep2 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep2 = fc.end.splice(1, fc.end.length);
            sep2.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep2 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse3(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse3;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit2 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit2.visit;
    exports.visitAsync = visit2.visitAsync;
  }
});

// src/dagfile/model.ts
var DEFAULT_STARTUP_TIMEOUT_SECONDS = 300;
function imageProjects(dag) {
  return [...new Set(dag.tasks.flatMap((task) => task.image.kind === "project" ? [task.image.project] : []))];
}

// src/project.ts
import { lstat, readdir, readFile, readlink, stat } from "node:fs/promises";
import { basename, join, relative, resolve } from "node:path";
var SPEC_FILE = "dag.yaml";
var SKIPPED = /* @__PURE__ */ new Set(["node_modules", ".git", "dist", "__pycache__", ".venv", "venv"]);
var MAX_DEPTH = 8;
function repository(root) {
  return { root, name: "the repository" };
}
function projectAt(displayRoot, dir, root = displayRoot) {
  const specFile = join(dir, SPEC_FILE);
  return { name: basename(dir), dir, specFile, specPath: relative(displayRoot, specFile).split("\\").join("/") || SPEC_FILE, root };
}
function notAFile(boundary, file, kind) {
  const shown2 = relative(boundary.root, file).split("\\").join("/");
  return new UserError(`${shown2} is ${kind}, not a file: a project's ${SPEC_FILE} must be a regular file (or a symlink to one inside the repository)`);
}
async function followedFolder(state, link) {
  let located;
  try {
    located = await locateInside(state.boundary, link);
  } catch (thrown) {
    if (thrown instanceof SymlinkRefusedError && thrown.problem === "outside" && thrown.resolved !== void 0) {
      const target = await stat(thrown.resolved).catch(() => void 0);
      if (target !== void 0 && !target.isDirectory()) return void 0;
    }
    throw thrown;
  }
  if (located.state !== "present" || located.kind !== "dir") return void 0;
  if (state.ancestors.has(located.real)) {
    throw new SymlinkRefusedError(link, link, await readlink(link), "loop", state.boundary);
  }
  return located.real;
}
async function walk(state, dir, realDir, depth) {
  if (depth > MAX_DEPTH) return;
  const entries = await readdir(realDir, { withFileTypes: true });
  const spec = entries.find((entry) => entry.name === SPEC_FILE);
  if (spec !== void 0 && !spec.isDirectory()) {
    const specFile = join(dir, SPEC_FILE);
    if (spec.isSymbolicLink()) {
      const located = await locateInside(state.boundary, specFile);
      if (located.state !== "present") throw notAFile(state.boundary, specFile, "missing");
      if (located.kind !== "file") throw notAFile(state.boundary, specFile, located.kind === "dir" ? "a symlink to a folder" : "a symlink to a special file");
    } else if (!spec.isFile()) {
      throw notAFile(state.boundary, specFile, "a special file (a socket, a pipe or a device)");
    }
    state.found.push(projectAt(state.displayRoot, dir, state.boundary.root));
  }
  for (const entry of entries) {
    if (SKIPPED.has(entry.name) || entry.name.startsWith(".")) continue;
    const childDir = join(dir, entry.name);
    let childReal;
    if (entry.isDirectory()) childReal = join(realDir, entry.name);
    else if (entry.isSymbolicLink() && entry.name !== SPEC_FILE) childReal = await followedFolder(state, childDir);
    if (childReal === void 0) continue;
    state.ancestors.add(childReal);
    try {
      await walk(state, childDir, childReal, depth + 1);
    } finally {
      state.ancestors.delete(childReal);
    }
  }
}
async function discoverProjects(repoRoot, displayRoot = repoRoot, repositoryRoot) {
  const root = resolve(repoRoot);
  const display = resolve(displayRoot);
  const info = await stat(root).catch(() => void 0);
  if (!info?.isDirectory()) throw new UserError(`${repoRoot} is not a folder: pass the repository (or a folder of projects) that holds the ${SPEC_FILE} files`);
  const outer = repositoryRoot === void 0 ? void 0 : resolve(repositoryRoot);
  const boundary = repository(outer !== void 0 && isInside(outer, root) ? outer : isInside(display, root) ? display : root);
  const located = await locateInside(boundary, root);
  const realRoot = located.state === "present" ? located.real : root;
  const state = { boundary, displayRoot: display, found: [], ancestors: /* @__PURE__ */ new Set([realRoot]) };
  await walk(state, root, realRoot, 0);
  const found = state.found;
  found.sort((a, b) => a.specPath.localeCompare(b.specPath));
  const byName = /* @__PURE__ */ new Map();
  for (const project of found) {
    const other = byName.get(project.name);
    if (other) {
      throw new UserError(`two projects are named "${project.name}" (${other.specPath} and ${project.specPath}): the folder name names the image, so rename one`);
    }
    byName.set(project.name, project);
  }
  return found;
}
async function projectFromPath(path, repoRoot = process.cwd()) {
  const absolute = resolve(path);
  const dir = basename(absolute) === SPEC_FILE && !await lstat(absolute).then((entry) => entry.isDirectory(), () => false) ? resolve(absolute, "..") : absolute;
  const cwdRoot = resolve(repoRoot);
  const root = isInside(cwdRoot, dir) ? cwdRoot : resolve(dir, "..");
  const located = await locateInside(repository(root), join(dir, SPEC_FILE));
  if (located.state !== "present" || located.kind !== "file") throw new UserError(`${path} has no ${SPEC_FILE}: pass a project folder (one that holds a ${SPEC_FILE})`);
  return projectAt(root, dir);
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
  "False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield".split(" ")
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
    const keywords = [["group_id", segments[segments.length - 1] ?? path], ["prefix_group_id", false]];
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

// src/dagfile/source.ts
var import_yaml = __toESM(require_dist(), 1);
var YAML_OPTIONS = {
  version: "1.2",
  schema: "core",
  strict: true,
  // Duplicate keys are errors, found by duplicateKeyErrors: the parser's own check compares
  // each key with every earlier one, quadratic in the keys of a map.
  uniqueKeys: false,
  merge: false,
  resolveKnownTags: false,
  prettyErrors: false,
  // Collection keys are stringified by toJS; the default level would print a Node warning.
  logLevel: "error"
};
var SourceDocument = class {
  constructor(file, text) {
    this.file = file;
    this.text = text;
    this.document = (0, import_yaml.parseDocument)(text, { ...YAML_OPTIONS, lineCounter: this.lineCounter });
    this.document.errors.push(...duplicateKeyErrors(this.document));
  }
  file;
  text;
  document;
  lineCounter = new import_yaml.LineCounter();
  /** Key -> pair of each map looked up so far; built on the first lookup, so a lookup is O(1). */
  pairIndex = /* @__PURE__ */ new WeakMap();
  /** The pair of `map` whose scalar key reads `key` (the first one, should a key repeat). */
  pairOf(map, key) {
    let index = this.pairIndex.get(map);
    if (!index) {
      index = /* @__PURE__ */ new Map();
      for (const pair of map.items) {
        if (!(0, import_yaml.isScalar)(pair.key)) continue;
        const name = String(pair.key.value);
        if (!index.has(name)) index.set(name, pair);
      }
      this.pairIndex.set(map, index);
    }
    return index.get(String(key));
  }
};
function duplicateKeyErrors(document) {
  const errors = [];
  (0, import_yaml.visit)(document, {
    Map(_, map) {
      const seen = /* @__PURE__ */ new Set();
      for (const pair of map.items) {
        if (!(0, import_yaml.isScalar)(pair.key) || Number.isNaN(pair.key.value)) continue;
        if (seen.has(pair.key.value)) errors.push(new import_yaml.YAMLParseError([pair.key.range?.[0] ?? 0, pair.key.range?.[1] ?? 0], "DUPLICATE_KEY", "Map keys must be unique"));
        else seen.add(pair.key.value);
      }
    }
  });
  return errors;
}
function positionOf(source, offset) {
  const { line, col } = source.lineCounter.linePos(offset);
  return { line, column: col };
}
function nodeAt(source, path, anchor = "value") {
  let current = source.document.contents;
  for (let index = 0; index < path.length; index += 1) {
    const segment = path[index];
    const isLast = index === path.length - 1;
    if ((0, import_yaml.isMap)(current)) {
      const pair = source.pairOf(current, segment);
      if (!pair) return current;
      if (isLast && anchor === "key") return (0, import_yaml.isScalar)(pair.key) ? pair.key : current;
      current = pair.value ?? pair.key;
    } else if ((0, import_yaml.isSeq)(current) && typeof segment === "number") {
      const item = current.items[segment];
      if (item === void 0) return current;
      current = item;
    } else {
      break;
    }
  }
  if ((0, import_yaml.isPair)(current)) return null;
  return current ?? null;
}
function problemAt(source, path, message, options = {}) {
  const node = nodeAt(source, path, options.anchor ?? "value");
  let offset = node?.range?.[0] ?? 0;
  if (options.offsetInValue !== void 0 && node && (0, import_yaml.isScalar)(node)) {
    const quoted = node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE";
    offset += options.offsetInValue + (quoted ? 1 : 0);
  }
  return { file: source.file, ...positionOf(source, offset), message, severity: options.severity ?? "error" };
}
function describePath(path) {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out === "" ? segment : `.${segment}`;
  }
  return out === "" ? "the document" : out;
}

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
        if (problem) problems.push(problemAt(source, [...path, event, index, "callback"], `${describePath([...path, event, index, "callback"])}: ${problem}. The generated DAG imports it, so Airflow could not load the file.`));
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
    if (!Number.isFinite(value)) return [path, `${describePath(path)} is infinite (.inf), which has no Python literal (and no JSON form, which is how Airflow stores params)`];
    if (Number.isInteger(value) && !Number.isSafeInteger(value)) return [path, `${describePath(path)} has more digits than a number can carry exactly (beyond \xB1${Number.MAX_SAFE_INTEGER}); quote it to keep it as text`];
    return void 0;
  }
  if (typeof value !== "object" || value === null) return void 0;
  if (depth >= MAX_VALUE_DEPTH) return [path, `${describePath(root)} nests more than ${MAX_VALUE_DEPTH} levels deep; Python's parser limits nesting in one expression, and the generated file must load on every supported Python`];
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
      if (notifier.channel === void 0) return new PyCall("SlackWebhookNotifier", [["slack_webhook_conn_id", notifier.connection], ["text", text]]);
      return new PyCall("SlackNotifier", [["slack_conn_id", notifier.connection], ["channel", notifier.channel], ["text", text]]);
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
  if (notifiers.some((notifier) => notifier.kind === "slack" && notifier.channel !== void 0)) names.push({ module: "airflow.providers.slack.notifications.slack", name: "SlackNotifier" });
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
      return new PyCall("k8s.V1Volume", [["name", name], ["secret", new PyCall("k8s.V1SecretVolumeSource", [["secret_name", source.secretName]])]]);
    case "config_map":
      return new PyCall("k8s.V1Volume", [["name", name], ["config_map", new PyCall("k8s.V1ConfigMapVolumeSource", [["name", source.configMapName]])]]);
    case "empty_dir": {
      const keywords = [];
      if (source.medium !== void 0) keywords.push(["medium", source.medium]);
      if (source.sizeLimit !== void 0) keywords.push(["size_limit", source.sizeLimit]);
      return new PyCall("k8s.V1Volume", [["name", name], ["empty_dir", new PyCall("k8s.V1EmptyDirVolumeSource", keywords)]]);
    }
  }
};
var volumeMount = ({ name, mountPath, readOnly }) => new PyCall("k8s.V1VolumeMount", [["name", name], ["mount_path", mountPath], ["read_only", readOnly]]);
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
  return new PyCall("k8s.V1ResourceRequirements", [["requests", amounts], ["limits", amounts]]);
}
function sidecarPod(task) {
  if (!task.sidecars || task.sidecars.length === 0) return void 0;
  const containers = [new PyCall("k8s.V1Container", [["name", "base"]])];
  for (const sidecar of task.sidecars) {
    const keywords = [["name", sidecar.name], ["image", sidecar.image]];
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
        (secret) => new PyCall("Secret", [["deploy_type", "env"], ["deploy_target", secret.env], ["secret", secret.secret], ["key", secret.key]])
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
  const names = variableNames(dag.tasks.map((task) => task.taskId), allocator);
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
    else if (upstream.length > 1) body.push(`${indent}${pyLiteral(upstream.map((name) => new PyCode(name)), indent)} >> ${names.get(task.taskId)}`);
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
import { readFile as readFile2, realpath, stat as stat2 } from "node:fs/promises";
import { resolve as resolve2, sep } from "node:path";

// src/dagfile/suggest.ts
function boundedDistance(left, right, cap) {
  let previous = new Uint32Array(right.length + 1);
  let current = new Uint32Array(right.length + 1);
  for (let j = 0; j <= right.length; j += 1) previous[j] = j;
  for (let i = 1; i <= left.length; i += 1) {
    current[0] = i;
    let rowMinimum = i;
    for (let j = 1; j <= right.length; j += 1) {
      const cost = left[i - 1] === right[j - 1] ? 0 : 1;
      const cell = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      current[j] = cell;
      if (cell < rowMinimum) rowMinimum = cell;
    }
    if (rowMinimum > cap) return cap + 1;
    [previous, current] = [current, previous];
  }
  return previous[right.length];
}
function closest(word, candidates) {
  const lower = word.toLowerCase();
  const limit = Math.min(Math.max(2, Math.floor(word.length / 3)), word.length - 1);
  let best;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const cap = Math.min(limit, bestDistance - 1);
    const other = candidate.toLowerCase();
    if (Math.abs(other.length - lower.length) > cap) continue;
    const distance = boundedDistance(lower, other, cap);
    if (distance <= cap) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
function didYouMean(word, candidates) {
  const match = closest(word, candidates);
  return match === void 0 ? "" : ` Did you mean "${match}"?`;
}

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
var BYTE_UNITS = { "": 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18, Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
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
  if ("namespace" in settings) at([...path, "namespace"], `namespace is not allowed on Composer 3: pods always run in ${COMPOSER_NAMESPACE}. Remove it, ${elsewhere} ${see}`, { anchor: "key" });
  if ("sidecars" in settings) {
    at([...path, "sidecars"], `sidecars are not allowed on Composer 3: the only extra container it runs is KubernetesPodOperator's own airflow-xcom-sidecar (xcom: true). Remove them, ${elsewhere} ${see}`, { anchor: "key" });
  }
  const account = settings["service_account"];
  if (typeof account === "string" && account !== "default") {
    at([...path, "service_account"], `service_account is not allowed on Composer 3: only Secrets and ConfigMaps can be created in ${COMPOSER_NAMESPACE}, so no service account "${account}" can exist there; pods there run as its default account, which has access to the project's resources without further configuration. Remove it, ${elsewhere} ${see}`, { anchor: "key" });
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
  const over = (field, what, limit) => at(written(field), `${describePath(written(field))}: ${what} is more than GKE Autopilot schedules for one general-purpose pod (at most ${limit}), and ${platform}: the pod would be rejected. Request at most ${limit}, or render for plain Kubernetes (--composer none). ${see}`);
  if (cores !== void 0 && cores > AUTOPILOT.maxCpu) over("cpu", formatCpu(cores), formatCpu(AUTOPILOT.maxCpu));
  if (memoryGi !== void 0 && memoryGi > AUTOPILOT.maxMemoryGi) over("memory", String(memory), `${AUTOPILOT.maxMemoryGi}Gi`);
  if (storageGi !== void 0 && storageGi > AUTOPILOT.maxEphemeralGi) over("ephemeral_storage", String(storage), `${AUTOPILOT.maxEphemeralGi}Gi`);
  if (cores === void 0 || memoryGi === void 0 || cores > AUTOPILOT.maxCpu || memoryGi > AUTOPILOT.maxMemoryGi) return;
  const ratio = memoryGi / cores;
  if (ratio >= AUTOPILOT.minGiPerCpu && ratio <= AUTOPILOT.maxGiPerCpu) return;
  const raise = ratio < AUTOPILOT.minGiPerCpu ? `memory to ${formatGi(cores * AUTOPILOT.minGiPerCpu)}` : `CPU to ${formatCpu(memoryGi / AUTOPILOT.maxGiPerCpu)}`;
  const fix = `memory between ${formatGi(cores * AUTOPILOT.minGiPerCpu)} and ${formatGi(cores * AUTOPILOT.maxGiPerCpu)} for ${formatCpu(cores)}`;
  at(written(ratio < AUTOPILOT.minGiPerCpu ? "memory" : "cpu"), `${describePath(["tasks", task, "resources"])}: ${formatCpu(cores)} with ${String(memory)} of memory is outside GKE Autopilot's CPU:memory range for general-purpose pods (1 vCPU to ${AUTOPILOT.minGiPerCpu}-${AUTOPILOT.maxGiPerCpu} GiB), so Autopilot raises ${raise} and bills for it. Request ${fix}. ${see}`, { severity: "warning" });
}
function deferrableRule(settings, path, profile, at) {
  if (settings["deferrable"] !== true) return;
  const where = describePath([...path, "deferrable"]);
  const needs = `${where}: the pod is awaited in Airflow's triggerer, so`;
  if (profile.platform === "kubernetes") {
    at([...path, "deferrable"], `${needs} the Airflow deployment must run a triggerer (airflow triggerer), or the task stays deferred until it times out. See ${PLATFORM_PAGES.airflowDeferrable}`, { severity: "warning" });
    return;
  }
  const page = profile.platform === "composer-2" ? PLATFORM_PAGES.composer2Deferrable : PLATFORM_PAGES.composer3Deferrable;
  at([...path, "deferrable"], `${needs} the environment needs at least one triggerer (two in highly resilient environments), or the task stays deferred until it times out. Enable one with: gcloud composer environments update ENVIRONMENT --location LOCATION --triggerer-count 1. See ${page}`, { severity: "warning" });
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
  const blocks = [[defaults, ["defaults"]], ...Object.entries(tasks).filter((entry) => isRecord(entry[1])).map(([name, task]) => [task, ["tasks", name]])];
  for (const [settings, path] of blocks) {
    if (profile.platform === "composer-3") composer3Rules(settings, path, at);
    if (profile.platform !== "kubernetes" && "affinity" in settings) {
      const page = profile.platform === "composer-2" ? PLATFORM_PAGES.composer2Pods : PLATFORM_PAGES.composer3Pods;
      const name = profile.platform === "composer-2" ? "Composer 2" : "Composer 3";
      at([...path, "affinity"], `affinity is not allowed on ${name}: pod affinity cannot be configured for its environment's cluster. Remove it, or render for plain Kubernetes (--composer none), or start the pod in another cluster with GKEStartPodOperator. See ${page}`, { anchor: "key" });
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

// src/dagfile/duration.ts
var DURATION = /^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/;
function parseDuration(text) {
  const match = DURATION.exec(text);
  if (!match || text === "") return void 0;
  const [, days, hours, minutes, seconds] = match;
  const total = Number(days ?? 0) * 86400 + Number(hours ?? 0) * 3600 + Number(minutes ?? 0) * 60 + Number(seconds ?? 0);
  return Number.isSafeInteger(total) ? total : void 0;
}
function durationHint(text) {
  const trimmed = text.replace(/\s+/g, "");
  const words = { sec: "s", secs: "s", second: "s", seconds: "s", min: "m", mins: "m", minute: "m", minutes: "m", hr: "h", hrs: "h", hour: "h", hours: "h", day: "d", days: "d" };
  const match = /^(\d+)([a-z]+)$/i.exec(trimmed);
  if (match?.[2] && words[match[2].toLowerCase()]) return ` Did you mean "${match[1]}${words[match[2].toLowerCase()]}"?`;
  if (/^\d+$/.test(trimmed)) return ` Did you mean "${trimmed}s"?`;
  return "";
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
      at([field], `${where}: "${value}" is longer than Python's timedelta can hold (at most 999999999 days), the longest span Airflow can represent. Use a shorter duration.`);
    } else if (seconds <= 0) {
      at([field], `${where} must be longer than 0s, got "${value}".`);
    }
  }
}
function checkResources(resources2, at, path) {
  if (!isRecord(resources2)) return;
  const cpu = resources2["cpu"];
  if ((typeof cpu === "string" || typeof cpu === "number") && !isCpuQuantity(cpu)) {
    at(["resources", "cpu"], `${describePath([...path, "resources", "cpu"])}: ${JSON.stringify(cpu)} is not a Kubernetes CPU quantity: expected e.g. 500m, 0.5 or 2.`);
  }
  for (const field of ["memory", "ephemeral_storage"]) {
    const value = resources2[field];
    if (typeof value === "string" && !isByteQuantity(value)) {
      at(["resources", field], `${describePath([...path, "resources", field])}: ${JSON.stringify(value)} is not a Kubernetes quantity: expected e.g. 512Mi, 4Gi or 1G.${byteQuantityHint(value)}`);
    }
  }
}
function checkLabelMaps(settings, path, at) {
  const labels = settings["labels"];
  if (isRecord(labels)) {
    for (const [key, value] of Object.entries(labels)) {
      if (!isLabelKey(key)) at(["labels", key], `${describePath([...path, "labels"])}: "${key}" is not a valid Kubernetes label key (at most 63 characters of letters, digits, '-', '_', '.', with an optional DNS prefix and '/').`, { anchor: "key" });
      if (typeof value === "string" && !isLabelValue(value)) at(["labels", key], `${describePath([...path, "labels", key])}: ${JSON.stringify(value)} is not a valid Kubernetes label value (at most 63 characters of letters, digits, '-', '_', '.', starting and ending with a letter or digit).`);
    }
  }
  const selector = settings["node_selector"];
  if (isRecord(selector)) {
    for (const [key, value] of Object.entries(selector)) {
      const where = describePath([...path, "node_selector"]);
      if (!isLabelKey(key)) at(["node_selector", key], `${where}: "${key}" is not a valid node label key, and Kubernetes would refuse the pod. See ${KUBERNETES_LABELS}`, { anchor: "key" });
      else if (typeof value === "string" && !isLabelValue(value)) at(["node_selector", key], `${where}.${key}: ${JSON.stringify(value)} is not a valid node label value (at most 63 characters of letters, digits, '-', '_', '.', alphanumeric at both ends). See ${KUBERNETES_LABELS}`);
    }
  }
}
function checkImage(image, sub, path, context, at) {
  if (typeof image !== "string") return;
  const where = describePath([...path, ...sub]);
  if (context && PROJECT_NAME.test(image)) {
    if (context.knownProjects && !context.knownProjects.includes(image)) {
      at(sub, `${where}: "${image}" is neither a project of this repository nor a full image reference (projects: ${context.knownProjects.join(", ") || "none"}).${didYouMean(image, context.knownProjects)}`);
    }
    return;
  }
  if (!image.includes("@sha256:")) {
    const tagged = /:[^/]*$/.test(image);
    at(sub, `${where}: "${image}" names ${tagged ? "a tag" : "no tag (so latest)"}, not a digest: deploy resolves it to the digest the registry serves then and pins that in the DAG, so a later push to the tag changes nothing until the next deploy. Write ${image.replace(/:[^/:]*$/, "")}@sha256:... to choose the digest yourself.`, { severity: "warning" });
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
      if (!ENV_NAME.test(name)) at(["env", name], `${describePath([...path, "env"])}: "${name}" is not a valid environment variable name (letters, digits, '_', '-', '.'; not starting with a digit).`, { anchor: "key" });
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
        visit2(parameter.defaultValue);
      }
    }
  };
  const visitFilter = (filter) => {
    if (filter.type === "CallExpression") {
      visit2(filter.args);
    }
  };
  const visit2 = (node) => {
    if (Array.isArray(node)) {
      for (const item of node) {
        visit2(item);
      }
      return;
    }
    if (node instanceof Map) {
      for (const [key, value] of node) {
        visit2(key);
        visit2(value);
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
          visit2(iterable.lhs);
          visit2(statement.body);
          visit2(statement.defaultBlock);
          visit2(iterable.test);
          return;
        }
        visit2(statement.iterable);
        visit2(statement.body);
        visit2(statement.defaultBlock);
        return;
      }
      case "Set": {
        const statement = node;
        declareTarget(statement.assignee);
        visit2(statement.value);
        visit2(statement.body);
        return;
      }
      case "Macro": {
        const statement = node;
        for (const argument of statement.args) {
          declareArgument(argument);
        }
        visitArgumentDefaults(statement.args);
        visit2(statement.body);
        return;
      }
      case "CallStatement": {
        const statement = node;
        visit2(statement.call);
        for (const argument of statement.callerArgs ?? []) {
          declareArgument(argument);
        }
        visitArgumentDefaults(statement.callerArgs ?? []);
        visit2(statement.body);
        return;
      }
      case "FilterStatement": {
        const statement = node;
        visit2(statement.body);
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
        visit2(expression.object);
        if (expression.computed) {
          visit2(expression.property);
        }
        return;
      }
      case "FilterExpression": {
        const expression = node;
        visit2(expression.operand);
        visitFilter(expression.filter);
        return;
      }
      case "TestExpression":
        visit2(node.operand);
        return;
      case "SelectExpression": {
        const expression = node;
        visit2(expression.test);
        visit2(expression.lhs);
        return;
      }
      case "KeywordArgumentExpression":
        visit2(node.value);
        return;
      default:
        for (const child of Object.values(node)) {
          visit2(child);
        }
    }
  };
  for (const parameter of parameters) {
    declareArgument(parameter);
  }
  visit2(body);
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
function forEngine(text, inert, tags) {
  const units = text.split("");
  for (const [start, end] of inert) for (let index = start; index < end; index += 1) units[index] = text[index] === "\n" ? "\n" : " ";
  for (const tag of tags) {
    if (tag.kind === "statement") units.splice(tag.start, tag.end - tag.start, ...plainDelimiters(text.slice(tag.start, tag.end)).split(""));
  }
  return units.join("");
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
  const whole = lacking ? void 0 : tryParse(forEngine(text, lexed.inert, lexed.tags));
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
      error: { offset: 0, message: `a cron expression needs 5 fields (minute hour day-of-month month day-of-week), found ${fields.length}.${hint} Example: "0 6 * * *"` }
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
  const visit2 = (node) => {
    state.set(node, "open");
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (state.get(next) === "open") return [...stack.slice(stack.indexOf(next)), next];
      if (!state.has(next)) {
        const cycle = visit2(next);
        if (cycle) return cycle;
      }
    }
    stack.pop();
    state.set(node, "done");
    return void 0;
  };
  for (const node of graph.keys()) {
    if (!state.has(node)) {
      const cycle = visit2(node);
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
    at(["start_date"], `start_date: ${JSON.stringify(startDate)} is not a valid date: expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS] (1970 or later), e.g. 2024-01-01.`);
  }
  const endDate = value["end_date"];
  const end = typeof endDate === "string" ? parseLocalDateTime(endDate) : void 0;
  if (typeof endDate === "string" && !end) {
    at(["end_date"], `end_date: ${JSON.stringify(endDate)} is not a valid date: expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS] (1970 or later), e.g. 2025-12-31.`);
  }
  const order = (date) => [date.year, date.month, date.day, date.hour, date.minute, date.second].map((part) => String(part).padStart(4, "0")).join("");
  if (start && end && order(end) < order(start)) {
    at(["end_date"], `end_date ${String(endDate)} is before start_date ${String(startDate)}: the DAG would never run. Move end_date after start_date, or remove it.`);
  }
  if (typeof schedule === "string" && schedule !== "@once" && startDate === void 0) {
    at(["schedule"], "a scheduled DAG needs a start_date: add e.g. `start_date: 2024-01-01` (the first data interval starts then).", { anchor: "key" });
  }
  const timezone = value["timezone"];
  if (typeof timezone === "string" && !isTimeZone(timezone)) {
    at(["timezone"], `timezone: "${timezone}" is not a time zone pendulum knows: it needs an IANA name, written exactly (e.g. UTC, Europe/Paris, America/New_York).${timeZoneHint(timezone)}`);
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
        at(["tasks", name, "matrix", index], `matrix value ${JSON.stringify(item)} cannot be part of a task id ("${name}_${String(item)}"): use letters, digits, '_', '.' or '-'.`);
      }
    }
    if (!matrix) {
      for (const field of ["command", "args"]) {
        for (const [index, item] of stringList(task[field]).entries()) {
          if (item.includes(MATRIX_TOKEN)) at(["tasks", name, field, index], `${MATRIX_TOKEN} is used in ${field} but task "${name}" has no matrix: add \`matrix: [...]\` or remove the placeholder.`);
        }
      }
      const env = task["env"];
      if (isRecord(env)) {
        for (const [key, item] of Object.entries(env)) {
          if (typeof item === "string" && item.includes(MATRIX_TOKEN)) at(["tasks", name, "env", key], `${MATRIX_TOKEN} is used in env but task "${name}" has no matrix: add \`matrix: [...]\` or remove the placeholder.`);
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
    at(["tasks", first, "depends_on", index], `dependency cycle: ${cycle.join(" -> ")} (each task depends on the next). Remove one of these depends_on entries.`);
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
      at(where, `${describePath(where)}: a volume needs exactly one source: secret, config_map or empty_dir; this one has none. Add e.g. \`secret: gcp-key\` or \`empty_dir: {}\`.`);
    } else if (sources.length > 1) {
      at(where, `${describePath(where)}: a volume needs exactly one source, but this one has ${sources.join(" and ")}. Split it into one volume per source, each with its own mount.`);
    }
    const sizeLimit = isRecord(volume2["empty_dir"]) ? volume2["empty_dir"]["size_limit"] : void 0;
    if (typeof sizeLimit === "string" && !isByteQuantity(sizeLimit)) {
      const sizePath = [...where, "empty_dir", "size_limit"];
      at(sizePath, `${describePath(sizePath)}: ${JSON.stringify(sizeLimit)} is not a Kubernetes quantity: expected e.g. 512Mi, 4Gi or 1G.${byteQuantityHint(sizeLimit)}`);
    }
    const mount = volume2["mount"];
    if (typeof mount === "string") {
      if (mount.includes("\0")) at([...where, "mount"], `${describePath([...where, "mount"])}: a path cannot contain the NUL character.`);
      const earlier = seenMounts.get(mountKey(mount));
      if (earlier !== void 0) {
        at([...where, "mount"], `${describePath([...where, "mount"])}: ${JSON.stringify(mount)} is mounted by ${describePath([...path, "volumes", earlier])} already: a path takes one volume.`);
      } else {
        seenMounts.set(mountKey(mount), index);
      }
    }
    const name = volume2["name"];
    if (typeof name === "string") {
      const earlier = seenNames.get(name);
      if (earlier !== void 0) at([...where, "name"], `${describePath([...where, "name"])}: "${name}" is the name of ${describePath([...path, "volumes", earlier])} already: volume names are unique in a pod. Rename one, or leave name out to have one derived.`);
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
      at([...where, "key"], `${describePath([...where, "key"])}: "${key}" is not a valid taint key (at most 63 characters of letters, digits, '-', '_', '.', with an optional DNS prefix and '/'). ${see}`);
    }
    if (!keyed && operator !== "Exists") {
      at("operator" in toleration3 ? [...where, "operator"] : where, `${describePath(where)}: a toleration without a key matches every taint, which Kubernetes allows only with operator: Exists. Add a key, or set operator: Exists. ${see}`);
    }
    if ("toleration_seconds" in toleration3 && effect !== "NoExecute") {
      at([...where, "toleration_seconds"], `${describePath([...where, "toleration_seconds"])} applies only to effect: NoExecute, and Kubernetes refuses it otherwise. Set effect: NoExecute, or remove toleration_seconds. ${see}`, { anchor: "key" });
    }
    if (typeof value === "string") {
      if (operator === "Exists" && value !== "") {
        at([...where, "value"], `${describePath([...where, "value"])}: operator Exists matches any value, and Kubernetes requires the value to be empty. Remove the value, or use operator: Equal. ${see}`);
      } else if (operator !== "Exists" && !isLabelValue(value)) {
        at([...where, "value"], `${describePath([...where, "value"])}: ${JSON.stringify(value)} is not a valid taint value (at most 63 characters of letters, digits, '-', '_', '.', starting and ending with a letter or digit). ${see}`);
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
      at([...path, "annotations", key], `${describePath([...path, "annotations"])}: "${key}" is not a valid Kubernetes annotation key (at most 63 characters of letters, digits, '-', '_', '.', with an optional DNS prefix and '/'). See ${KUBERNETES_ANNOTATIONS}`, { anchor: "key" });
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
      at([...entry.path, "name"], `${describePath([...entry.path, "name"])}: "${name}" is the name of ${describePath(earlier.path)} already, which this task also mounts: volume names are unique in a pod. Rename one, or leave name out to have one derived.`);
    }
    if (!earlier) byName.set(name, entry);
  }
  const xcom = "xcom" in task ? task["xcom"] : defaults.settings["xcom"];
  if (xcom === true) {
    for (const entry of merged) {
      if (entry.volume["name"] === XCOM_VOLUME_NAME) {
        at([...entry.path, "name"], `${describePath([...entry.path, "name"])}: "${XCOM_VOLUME_NAME}" is the volume Airflow adds for XCom to a task with xcom: true. Choose another name.`);
      }
      if (mountKey(entry.mount) === XCOM_MOUNT_PATH) {
        at([...entry.path, "mount"], `${describePath([...entry.path, "mount"])}: ${XCOM_MOUNT_PATH} is where Airflow mounts its XCom volume in a task with xcom: true. Mount this volume elsewhere.`);
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
  at(path, `${describePath(path)}: the pod's annotations take ${bytes} bytes, more than the ${ANNOTATIONS_MAX_BYTES} Kubernetes allows in all. Move large values into a ConfigMap.`, { anchor: "key" });
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
  if (inheritsAnnotations && defaults.annotationBytes > ANNOTATIONS_MAX_BYTES) tooManyAnnotationBytes(["defaults", "annotations"], defaults.annotationBytes, at);
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
  if (uri.length > MAX_ASSET_URI_LENGTH[airflow]) return `is ${uri.length} characters long; Airflow ${airflow} accepts at most ${MAX_ASSET_URI_LENGTH[airflow]}`;
  const { scheme, netloc, path } = urlSplit(uri);
  if (netloc.includes("[") || netloc.includes("]")) return "has '[' or ']' in its host, which Python's urlsplit refuses (Invalid IPv6 URL)";
  if (scheme === "airflow") return "uses the scheme airflow://, which Airflow reserves";
  if (airflow === 3 && (uri === "self" || uri === "context")) return `is "${uri}", a name Airflow 3 reserves`;
  const host = netloc.slice(netloc.lastIndexOf("@") + 1);
  if ((scheme === "gs" || scheme === "s3") && host === "") return `needs a bucket: ${scheme}://BUCKET/path`;
  if (scheme === "bigquery" && (host === "" || (path.replace(/\/+$/, "") || "/").split("/").length !== 3)) return "must name a table: bigquery://PROJECT/DATASET/TABLE";
  return void 0;
}
function assetUriProblem(uri, airflow = 2) {
  const unusable = unusableUri(uri, airflow);
  if (unusable !== void 0) return unusable;
  const { scheme, netloc } = urlSplit(uri);
  if (scheme !== "" && !scheme.startsWith("x-") && netloc.includes("@")) return "carries credentials (user@host): Airflow 2.9 refuses them and later versions drop them, which changes which asset it is. Remove them";
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
    if (depth < 0) return "leaves the project folder: the doc must be one of the project's own files (they are what a change to the project is), e.g. README.md.";
  }
  return depth === 0 ? "names the project folder itself, not a file: e.g. README.md." : void 0;
}
function attachDoc(result, file, text, read) {
  if (!result.ok || result.dag.docFile === void 0) return result;
  if (read.ok) return { ...result, dag: { ...result.dag, docMarkdown: read.text } };
  const problem = problemAt(new SourceDocument(file, text), ["doc"], `doc: ${JSON.stringify(result.dag.docFile)} ${read.reason}`);
  return { ok: false, problems: [...result.problems, problem] };
}

// src/dagfile/dag-validator.generated.js
var validate = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/dagship/dagship/blob/v1/schema/dag.schema.json", "title": "dagship dag.yaml (v1.1)", "description": "One Airflow DAG whose tasks run this project's container image with KubernetesPodOperator.", "type": "object", "additionalProperties": false, "required": ["tasks"], "properties": { "dag_id": { "description": "Airflow DAG id. Default: the project folder's name, snake_cased.", "type": "string", "pattern": "^[A-Za-z0-9_.-]{1,200}$", "x-expected": "letters, digits, '_', '.' or '-' (at most 200 characters), e.g. salesforce_sync" }, "description": { "description": "Shown in the Airflow UI.", "type": "string" }, "schedule": { "description": "A cron expression (5 fields), a preset (@hourly, @daily, @weekly, @monthly, @quarterly, @yearly, @once), null for manual runs only, or {assets: [...]} (run when all were updated) / {assets_any: [...]} (when any was; Airflow 2.9+ and 3).", "type": ["string", "null", "object"], "additionalProperties": false, "minProperties": 1, "maxProperties": 1, "properties": { "assets": { "description": "Run when every one of these assets was updated since the last run.", "$ref": "#/definitions/assetList" }, "assets_any": { "description": "Run when any of these assets was updated (DatasetAny / AssetAny: Airflow 2.9+ and 3).", "$ref": "#/definitions/assetList" } } }, "start_date": { "description": "First data interval start, YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS], in `timezone`.", "type": "string", "x-expected": "a date like 2024-01-01 or a date-time like 2024-01-01T06:00" }, "end_date": { "description": "Last data interval start; no run is scheduled after it. Same format as start_date.", "$ref": "#/definitions/date" }, "timezone": { "description": "IANA time zone of the schedule and start_date. Default UTC.", "type": "string" }, "catchup": { "description": "Run missed intervals since start_date. Default false.", "type": "boolean" }, "max_active_runs": { "description": "Concurrent runs of this DAG.", "type": "integer", "minimum": 1 }, "max_active_tasks": { "description": "Concurrent tasks across runs of this DAG.", "type": "integer", "minimum": 1 }, "dagrun_timeout": { "description": "A run still going after this long is failed (dagrun_timeout).", "$ref": "#/definitions/duration" }, "tags": { "description": "Tags shown in the Airflow UI.", "type": "array", "items": { "type": "string" }, "uniqueItems": true }, "owner": { "description": "Owner shown in the Airflow UI.", "type": "string" }, "doc": { "description": "A Markdown file of the project (path relative to dag.yaml, e.g. README.md), inlined as the DAG's doc_md at render time.", "type": "string", "minLength": 1 }, "params": { "description": "Run parameters by name (a Python identifier): shown in the trigger form, available in templates as {{ params.NAME }}.", "type": "object", "propertyNames": { "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "additionalProperties": { "$ref": "#/definitions/param" } }, "notify": { "description": "DAG-level notifications: once per failed or succeeded run.", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "on_failure": { "$ref": "#/definitions/notifierList" }, "on_success": { "$ref": "#/definitions/notifierList" } } }, "defaults": { "description": "Settings every task inherits; a task may override any of them.", "$ref": "#/definitions/taskSettings" }, "tasks": { "description": "The tasks, by task id (letters, digits, '_', '.', '-').", "type": "object", "minProperties": 1, "additionalProperties": { "$ref": "#/definitions/task" } } }, "definitions": { "duration": { "type": "string", "pattern": "^(?:[0-9]+d)?(?:[0-9]+h)?(?:[0-9]+m)?(?:[0-9]+s)?$", "x-expected": "a duration like 30s, 5m, 1h or 1h30m", "description": "A duration: whole days, hours, minutes and seconds in that order, e.g. 30s, 5m, 1h, 1h30m, 2d." }, "stringList": { "type": "array", "items": { "type": "string" } }, "stringMap": { "type": "object", "additionalProperties": { "type": "string" } }, "resources": { "description": "Requests and limits of the task's container (set equal, as GKE Autopilot requires).", "type": "object", "additionalProperties": false, "properties": { "cpu": { "description": "Kubernetes CPU quantity, e.g. 500m or 2.", "type": ["string", "number"] }, "memory": { "description": "Kubernetes memory quantity, e.g. 512Mi or 4Gi.", "type": "string" }, "ephemeral_storage": { "description": "Kubernetes storage quantity, e.g. 1Gi.", "type": "string" } } }, "secret": { "description": "A Kubernetes secret key exposed as an environment variable.", "type": "object", "additionalProperties": false, "required": ["env", "secret", "key"], "properties": { "env": { "description": "Environment variable name.", "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$", "x-expected": "an environment variable name like SF_PASSWORD" }, "secret": { "description": "Kubernetes Secret name.", "type": "string", "minLength": 1 }, "key": { "description": "Key inside the Secret.", "type": "string", "minLength": 1 } } }, "sidecar": { "description": "An extra container in the task's pod (not allowed on Composer 3).", "type": "object", "additionalProperties": false, "required": ["name", "image"], "properties": { "name": { "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$", "x-expected": "a lowercase DNS label like log-shipper" }, "image": { "type": "string", "minLength": 1 }, "command": { "$ref": "#/definitions/stringList" }, "args": { "$ref": "#/definitions/stringList" } } }, "taskSettings": { "type": "object", "additionalProperties": false, "properties": { "image": { "description": "Another project of this repository (by folder name) or a full image reference. Default: this project's image.", "type": "string", "minLength": 1 }, "retries": { "type": "integer", "minimum": 0, "maximum": 100 }, "retry_delay": { "description": "Wait between retries.", "$ref": "#/definitions/duration" }, "timeout": { "description": "execution_timeout of the task.", "$ref": "#/definitions/duration" }, "startup_timeout": { "description": "How long the pod may take to start (Autopilot can take minutes).", "$ref": "#/definitions/duration" }, "resources": { "$ref": "#/definitions/resources" }, "env": { "description": "Environment variables; Jinja is kept for Airflow to render.", "$ref": "#/definitions/stringMap" }, "secrets": { "type": "array", "items": { "$ref": "#/definitions/secret" } }, "trigger_rule": { "type": "string", "enum": ["all_success", "all_failed", "all_done", "all_skipped", "one_success", "one_failed", "one_done", "none_failed", "none_failed_min_one_success", "none_skipped", "always"] }, "pool": { "type": "string", "minLength": 1 }, "priority_weight": { "type": "integer" }, "labels": { "description": "Kubernetes labels of the pod.", "$ref": "#/definitions/stringMap" }, "email": { "description": "Addresses emailed when the task fails.", "type": "array", "items": { "type": "string", "pattern": "^[^@\\s]+@[^@\\s]+$", "x-expected": "an email address like data-eng@example.com" }, "minItems": 1 }, "email_on_retry": { "description": "Also email on each retry. Default false.", "type": "boolean" }, "namespace": { "description": "Kubernetes namespace (plain Kubernetes and Composer 2 only).", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$", "x-expected": "a lowercase DNS label like etl-jobs" }, "node_selector": { "$ref": "#/definitions/stringMap" }, "affinity": { "description": "A Kubernetes V1Affinity object (not allowed on Composer 3).", "type": "object" }, "sidecars": { "type": "array", "items": { "$ref": "#/definitions/sidecar" } }, "notify": { "description": "Task-level notifications: per task instance that fails, succeeds or is retried. Merged with defaults.notify event by event: an event a task names replaces the defaults' list for it.", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "on_failure": { "$ref": "#/definitions/notifierList" }, "on_success": { "$ref": "#/definitions/notifierList" }, "on_retry": { "$ref": "#/definitions/notifierList" } } }, "service_account": { "description": "Kubernetes service account of the pod (service_account_name), where the platform allows one. A task's value replaces the defaults'.", "$ref": "#/definitions/kubernetesName" }, "tolerations": { "description": "Kubernetes tolerations of the pod (k8s.V1Toleration). A task's list replaces the defaults' whole; [] for none.", "type": "array", "items": { "$ref": "#/definitions/toleration" } }, "annotations": { "description": "Kubernetes annotations of the pod, merged key by key with the defaults' (a task's value wins). Values are Jinja templates from cncf.kubernetes 7.10 on.", "$ref": "#/definitions/stringMap" }, "config_maps": { "description": "ConfigMaps whose every key becomes an environment variable (env_from); a later one wins a key two of them set. Merged: the defaults' that a task does not list, then the task's in its order.", "type": "array", "uniqueItems": true, "items": { "$ref": "#/definitions/kubernetesName" } }, "volumes": { "description": "Volumes mounted into the task's container (volumes and volume_mounts). Merged with the defaults' by mount path: a task's volume at a path the defaults mount replaces that one.", "type": "array", "items": { "$ref": "#/definitions/volume" } }, "xcom": { "description": "true: push the task's /airflow/xcom/return.json as its XCom (do_xcom_push=True; Airflow adds a sidecar and a volume named xcom). Default false. A task's value replaces the defaults'.", "type": "boolean" }, "deferrable": { "description": "true: wait for the pod in the triggerer, freeing a worker slot (the environment needs a triggerer). Unset: Airflow's [operators] default_deferrable, false unless changed. A task's value replaces the defaults'.", "type": "boolean" }, "on_finish": { "description": "What happens to the pod when the task ends (on_finish_action). Default delete_pod. A task's value replaces the defaults'.", "type": "string", "enum": ["delete_pod", "delete_succeeded_pod", "keep_pod"] }, "image_pull_policy": { "description": "Kubernetes imagePullPolicy of the task's container. Default IfNotPresent (the image is pinned by digest). A task's value replaces the defaults'.", "type": "string", "enum": ["IfNotPresent", "Always", "Never"] } } }, "task": { "description": "One KubernetesPodOperator task. Every setting of defaults may be overridden here.", "type": "object", "additionalProperties": false, "properties": { "command": { "description": "Container entrypoint (cmds).", "type": "array", "items": { "type": "string" }, "minItems": 1 }, "args": { "description": "Container arguments; Jinja is kept for Airflow to render.", "$ref": "#/definitions/stringList" }, "depends_on": { "description": "Task ids that must finish first.", "type": "array", "items": { "type": "string" }, "uniqueItems": true }, "matrix": { "description": "Static fan-out: one task per value, ids <task>_<value>; ${matrix} in command, args and env is replaced by the value.", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": ["string", "integer"] } }, "image": { "$ref": "#/definitions/taskSettings/properties/image" }, "retries": { "$ref": "#/definitions/taskSettings/properties/retries" }, "retry_delay": { "$ref": "#/definitions/taskSettings/properties/retry_delay" }, "timeout": { "$ref": "#/definitions/taskSettings/properties/timeout" }, "startup_timeout": { "$ref": "#/definitions/taskSettings/properties/startup_timeout" }, "resources": { "$ref": "#/definitions/taskSettings/properties/resources" }, "env": { "$ref": "#/definitions/taskSettings/properties/env" }, "secrets": { "$ref": "#/definitions/taskSettings/properties/secrets" }, "trigger_rule": { "$ref": "#/definitions/taskSettings/properties/trigger_rule" }, "pool": { "$ref": "#/definitions/taskSettings/properties/pool" }, "priority_weight": { "$ref": "#/definitions/taskSettings/properties/priority_weight" }, "labels": { "$ref": "#/definitions/taskSettings/properties/labels" }, "email": { "$ref": "#/definitions/taskSettings/properties/email" }, "email_on_retry": { "$ref": "#/definitions/taskSettings/properties/email_on_retry" }, "namespace": { "$ref": "#/definitions/taskSettings/properties/namespace" }, "node_selector": { "$ref": "#/definitions/taskSettings/properties/node_selector" }, "affinity": { "$ref": "#/definitions/taskSettings/properties/affinity" }, "sidecars": { "$ref": "#/definitions/taskSettings/properties/sidecars" }, "notify": { "$ref": "#/definitions/taskSettings/properties/notify" }, "service_account": { "$ref": "#/definitions/taskSettings/properties/service_account" }, "tolerations": { "$ref": "#/definitions/taskSettings/properties/tolerations" }, "annotations": { "$ref": "#/definitions/taskSettings/properties/annotations" }, "config_maps": { "$ref": "#/definitions/taskSettings/properties/config_maps" }, "volumes": { "$ref": "#/definitions/taskSettings/properties/volumes" }, "xcom": { "$ref": "#/definitions/taskSettings/properties/xcom" }, "deferrable": { "$ref": "#/definitions/taskSettings/properties/deferrable" }, "on_finish": { "$ref": "#/definitions/taskSettings/properties/on_finish" }, "image_pull_policy": { "$ref": "#/definitions/taskSettings/properties/image_pull_policy" }, "group": { "description": "TaskGroup the task is shown in (nested groups with '.', e.g. ingest.raw); task ids stay the dag.yaml keys, so depends_on still names them, and a group's last name must differ from every other group's and task's.", "type": "string", "pattern": "^[A-Za-z0-9_-]{1,100}(\\.[A-Za-z0-9_-]{1,100})*$", "x-expected": "a group id of letters, digits, '_' or '-' (nested with '.'), e.g. ingest" }, "outlets": { "description": "Assets this task updates when it succeeds (Dataset on Airflow 2, Asset on Airflow 3).", "$ref": "#/definitions/assetList" } } }, "date": { "description": "A calendar date YYYY-MM-DD or date-time YYYY-MM-DDTHH:MM[:SS], in the DAG's timezone.", "type": "string", "x-expected": "a date like 2024-01-01 or a date-time like 2024-01-01T06:00" }, "assetUri": { "description": "An asset (Airflow 2: Dataset) URI, e.g. gs://lake/orders/ or bigquery://project/dataset/table. Compared normalised (a trailing slash is dropped, as Airflow 2.10+ and 3 do).", "type": "string", "minLength": 1 }, "assetList": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "#/definitions/assetUri" } }, "kubernetesName": { "type": "string", "pattern": "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$", "x-expected": "a Kubernetes object name (lowercase letters, digits, '-', '.'), e.g. etl-settings" }, "param": { "description": "A run parameter, shown in the trigger form and available in templates as {{ params.NAME }}: Airflow's Param(default, type=...).", "type": "object", "additionalProperties": false, "properties": { "type": { "description": "JSON Schema type of the value.", "type": "string", "enum": ["string", "integer", "number", "boolean", "array", "object", "null"] }, "default": { "description": "Value of a scheduled run, and the form's initial value. Without one, a manual trigger must give it." }, "description": { "description": "Help text under the field in the trigger form.", "type": "string" }, "title": { "description": "Label of the field in the trigger form (default: the name).", "type": "string" }, "enum": { "description": "The values allowed (a drop-down in the form).", "type": "array", "minItems": 1, "uniqueItems": true }, "minimum": { "description": "Smallest allowed number.", "type": "number" }, "maximum": { "description": "Largest allowed number.", "type": "number" }, "min_length": { "description": "Shortest allowed string (minLength).", "type": "integer", "minimum": 0 }, "max_length": { "description": "Longest allowed string (maxLength).", "type": "integer", "minimum": 0 }, "pattern": { "description": "Regular expression a string must match.", "type": "string" } } }, "notifier": { "description": "One notification: exactly one of email, slack or callback.", "type": "object", "additionalProperties": false, "minProperties": 1, "maxProperties": 1, "properties": { "email": { "description": "Email through the smtp provider's SmtpNotifier: a list of addresses, or {to, subject, html_content, from_email, connection}.", "type": ["array", "object"], "minItems": 1, "items": { "type": "string", "pattern": "^[^@\\s]+@[^@\\s]+$", "x-expected": "an email address like data-eng@example.com" }, "additionalProperties": false, "required": ["to"], "properties": { "to": { "type": "array", "minItems": 1, "items": { "type": "string", "pattern": "^[^@\\s]+@[^@\\s]+$", "x-expected": "an email address like data-eng@example.com" } }, "subject": { "description": "Subject (Jinja). Default: names the DAG, task and run.", "type": "string" }, "html_content": { "description": "Body (Jinja, HTML). Default: names the DAG, task, run and log URL.", "type": "string" }, "from_email": { "description": "Sender address. Default: the smtp connection's from_email.", "type": "string" }, "connection": { "description": "Airflow smtp connection id. Default smtp_default.", "type": "string", "minLength": 1 } } }, "slack": { "description": "Slack through the Slack provider: without channel, the incoming-webhook notifier (connection is a Slack Incoming Webhook connection); with channel, the Web API notifier (a Slack API connection).", "type": "object", "additionalProperties": false, "required": ["connection"], "properties": { "connection": { "description": "Airflow connection id.", "type": "string", "minLength": 1 }, "channel": { "description": "Channel name or id (Web API notifier), e.g. #etl.", "type": "string", "minLength": 1 }, "text": { "description": "Message (Jinja). Default: names the DAG, task, run and log URL.", "type": "string", "minLength": 1 } } }, "callback": { "description": "Dotted path of a callable importable in Airflow (e.g. a module in the environment's plugins or dags folder): called with Airflow's context.", "type": "string", "minLength": 1 } } }, "notifierList": { "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/notifier" } }, "toleration": { "description": "A Kubernetes toleration (V1Toleration).", "type": "object", "additionalProperties": false, "properties": { "key": { "type": "string", "minLength": 1 }, "operator": { "type": "string", "enum": ["Equal", "Exists"] }, "value": { "type": "string" }, "effect": { "type": "string", "enum": ["NoSchedule", "PreferNoSchedule", "NoExecute"] }, "toleration_seconds": { "description": "Only with effect NoExecute.", "type": "integer", "minimum": 0 } } }, "volume": { "description": "A volume mounted into the task's container: exactly one of secret, config_map or empty_dir, and its mount path.", "type": "object", "additionalProperties": false, "required": ["mount"], "properties": { "secret": { "description": "Name of a Kubernetes Secret; each key becomes a file.", "$ref": "#/definitions/kubernetesName" }, "config_map": { "description": "Name of a Kubernetes ConfigMap; each key becomes a file.", "$ref": "#/definitions/kubernetesName" }, "empty_dir": { "description": "Scratch space that lives as long as the pod.", "type": "object", "additionalProperties": false, "properties": { "size_limit": { "description": "Kubernetes quantity, e.g. 2Gi.", "type": "string" }, "medium": { "description": "Memory: a tmpfs counted against the container's memory.", "type": "string", "enum": ["Memory"] } } }, "mount": { "description": "Absolute path in the container.", "type": "string", "pattern": "^/", "x-expected": "an absolute path like /var/secrets/gcp" }, "read_only": { "description": "Mount read-only. Default: true for secret and config_map, false for empty_dir.", "type": "boolean" }, "name": { "description": "Volume name in the pod. Default: derived from the source (secret-NAME, config-map-NAME, empty-dir-PATH), unique in the pod.", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$", "x-expected": "a lowercase DNS label (at most 63 letters, digits or '-'), e.g. gcp-key" } } } } };
var schema14 = { "description": "A calendar date YYYY-MM-DD or date-time YYYY-MM-DDTHH:MM[:SS], in the DAG's timezone.", "type": "string", "x-expected": "a date like 2024-01-01 or a date-time like 2024-01-01T06:00" };
var schema15 = { "type": "string", "pattern": "^(?:[0-9]+d)?(?:[0-9]+h)?(?:[0-9]+m)?(?:[0-9]+s)?$", "x-expected": "a duration like 30s, 5m, 1h or 1h30m", "description": "A duration: whole days, hours, minutes and seconds in that order, e.g. 30s, 5m, 1h, 1h30m, 2d." };
var schema16 = { "description": "A run parameter, shown in the trigger form and available in templates as {{ params.NAME }}: Airflow's Param(default, type=...).", "type": "object", "additionalProperties": false, "properties": { "type": { "description": "JSON Schema type of the value.", "type": "string", "enum": ["string", "integer", "number", "boolean", "array", "object", "null"] }, "default": { "description": "Value of a scheduled run, and the form's initial value. Without one, a manual trigger must give it." }, "description": { "description": "Help text under the field in the trigger form.", "type": "string" }, "title": { "description": "Label of the field in the trigger form (default: the name).", "type": "string" }, "enum": { "description": "The values allowed (a drop-down in the form).", "type": "array", "minItems": 1, "uniqueItems": true }, "minimum": { "description": "Smallest allowed number.", "type": "number" }, "maximum": { "description": "Largest allowed number.", "type": "number" }, "min_length": { "description": "Shortest allowed string (minLength).", "type": "integer", "minimum": 0 }, "max_length": { "description": "Longest allowed string (maxLength).", "type": "integer", "minimum": 0 }, "pattern": { "description": "Regular expression a string must match.", "type": "string" } } };
var func4 = Object.prototype.hasOwnProperty;
var func0 = (function firstDuplicate(items) {
  const canonical = (value) => {
    if (typeof value === "string") return JSON.stringify(value);
    if (typeof value === "number") return Number.isNaN(value) ? "NaN" : String(value === 0 ? 0 : value);
    if (value === null || typeof value !== "object") return String(value);
    if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
    return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`).join(",")}}`;
  };
  const seen = /* @__PURE__ */ new Map();
  for (let index = 0; index < items.length; index += 1) {
    const key = canonical(items[index]);
    const earlier = seen.get(key);
    if (earlier !== void 0) return [earlier, index];
    seen.set(key, index);
  }
  return void 0;
});
var func5 = (text) => {
  let length = 0;
  for (const _ of text) length += 1;
  return length;
};
var pattern0 = new RegExp("^[A-Za-z0-9_.-]{1,200}$", "u");
var pattern1 = new RegExp("^(?:[0-9]+d)?(?:[0-9]+h)?(?:[0-9]+m)?(?:[0-9]+s)?$", "u");
var pattern2 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
var schema12 = { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "#/definitions/assetUri" } };
var schema13 = { "description": "An asset (Airflow 2: Dataset) URI, e.g. gs://lake/orders/ or bigquery://project/dataset/table. Compared normalised (a trailing slash is dropped, as Airflow 2.10+ and 3 do).", "type": "string", "minLength": 1 };
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (Array.isArray(data)) {
    if (data.length < 1) {
      const err0 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (func5(data0) < 1) {
          const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/assetUri/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/assetUri/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    const duplicate0 = func0(data);
    if (duplicate0 !== void 0) {
      const err3 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: duplicate0[0], j: duplicate0[1] }, message: "must NOT have duplicate items (items ## " + duplicate0[1] + " and " + duplicate0[0] + " are identical)", schema: true, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.type, parentSchema: schema12, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var schema17 = { "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/notifier" } };
var schema18 = { "description": "One notification: exactly one of email, slack or callback.", "type": "object", "additionalProperties": false, "minProperties": 1, "maxProperties": 1, "properties": { "email": { "description": "Email through the smtp provider's SmtpNotifier: a list of addresses, or {to, subject, html_content, from_email, connection}.", "type": ["array", "object"], "minItems": 1, "items": { "type": "string", "pattern": "^[^@\\s]+@[^@\\s]+$", "x-expected": "an email address like data-eng@example.com" }, "additionalProperties": false, "required": ["to"], "properties": { "to": { "type": "array", "minItems": 1, "items": { "type": "string", "pattern": "^[^@\\s]+@[^@\\s]+$", "x-expected": "an email address like data-eng@example.com" } }, "subject": { "description": "Subject (Jinja). Default: names the DAG, task and run.", "type": "string" }, "html_content": { "description": "Body (Jinja, HTML). Default: names the DAG, task, run and log URL.", "type": "string" }, "from_email": { "description": "Sender address. Default: the smtp connection's from_email.", "type": "string" }, "connection": { "description": "Airflow smtp connection id. Default smtp_default.", "type": "string", "minLength": 1 } } }, "slack": { "description": "Slack through the Slack provider: without channel, the incoming-webhook notifier (connection is a Slack Incoming Webhook connection); with channel, the Web API notifier (a Slack API connection).", "type": "object", "additionalProperties": false, "required": ["connection"], "properties": { "connection": { "description": "Airflow connection id.", "type": "string", "minLength": 1 }, "channel": { "description": "Channel name or id (Web API notifier), e.g. #etl.", "type": "string", "minLength": 1 }, "text": { "description": "Message (Jinja). Default: names the DAG, task, run and log URL.", "type": "string", "minLength": 1 } } }, "callback": { "description": "Dotted path of a callable importable in Airflow (e.g. a module in the environment's plugins or dags folder): called with Airflow's context.", "type": "string", "minLength": 1 } } };
var pattern3 = new RegExp("^[^@\\s]+@[^@\\s]+$", "u");
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (Array.isArray(data)) {
    if (data.length < 1) {
      const err0 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema17, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (Object.keys(data0).length > 1) {
          const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/notifier/maxProperties", keyword: "maxProperties", params: { limit: 1 }, message: "must NOT have more than 1 properties", schema: 1, parentSchema: schema18, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (Object.keys(data0).length < 1) {
          const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/notifier/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema18, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === "email" || key0 === "slack" || key0 === "callback")) {
            const err3 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/notifier/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema18, data: data0 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data0.email !== void 0) {
          let data1 = data0.email;
          if (!data1 || typeof data1 != "object") {
            const err4 = { instancePath: instancePath + "/" + i0 + "/email", schemaPath: "#/definitions/notifier/properties/email/type", keyword: "type", params: { type: schema18.properties.email.type }, message: "must be array,object", schema: schema18.properties.email.type, parentSchema: schema18.properties.email, data: data1 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
          if (Array.isArray(data1)) {
            if (data1.length < 1) {
              const err5 = { instancePath: instancePath + "/" + i0 + "/email", schemaPath: "#/definitions/notifier/properties/email/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema18.properties.email, data: data1 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            const len1 = data1.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data2 = data1[i1];
              if (typeof data2 === "string") {
                if (!pattern3.test(data2)) {
                  const err6 = { instancePath: instancePath + "/" + i0 + "/email/" + i1, schemaPath: "#/definitions/notifier/properties/email/items/pattern", keyword: "pattern", params: { pattern: "^[^@\\s]+@[^@\\s]+$" }, message: 'must match pattern "^[^@\\s]+@[^@\\s]+$"', schema: "^[^@\\s]+@[^@\\s]+$", parentSchema: schema18.properties.email.items, data: data2 };
                  if (vErrors === null) {
                    vErrors = [err6];
                  } else {
                    vErrors.push(err6);
                  }
                  errors++;
                }
              } else {
                const err7 = { instancePath: instancePath + "/" + i0 + "/email/" + i1, schemaPath: "#/definitions/notifier/properties/email/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.email.items.type, parentSchema: schema18.properties.email.items, data: data2 };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
          }
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (data1.to === void 0) {
              const err8 = { instancePath: instancePath + "/" + i0 + "/email", schemaPath: "#/definitions/notifier/properties/email/required", keyword: "required", params: { missingProperty: "to" }, message: "must have required property 'to'", schema: schema18.properties.email.required, parentSchema: schema18.properties.email, data: data1 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            for (const key1 in data1) {
              if (!(key1 === "to" || key1 === "subject" || key1 === "html_content" || key1 === "from_email" || key1 === "connection")) {
                const err9 = { instancePath: instancePath + "/" + i0 + "/email", schemaPath: "#/definitions/notifier/properties/email/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema18.properties.email, data: data1 };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (data1.to !== void 0) {
              let data3 = data1.to;
              if (Array.isArray(data3)) {
                if (data3.length < 1) {
                  const err10 = { instancePath: instancePath + "/" + i0 + "/email/to", schemaPath: "#/definitions/notifier/properties/email/properties/to/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema18.properties.email.properties.to, data: data3 };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
                const len2 = data3.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data4 = data3[i2];
                  if (typeof data4 === "string") {
                    if (!pattern3.test(data4)) {
                      const err11 = { instancePath: instancePath + "/" + i0 + "/email/to/" + i2, schemaPath: "#/definitions/notifier/properties/email/properties/to/items/pattern", keyword: "pattern", params: { pattern: "^[^@\\s]+@[^@\\s]+$" }, message: 'must match pattern "^[^@\\s]+@[^@\\s]+$"', schema: "^[^@\\s]+@[^@\\s]+$", parentSchema: schema18.properties.email.properties.to.items, data: data4 };
                      if (vErrors === null) {
                        vErrors = [err11];
                      } else {
                        vErrors.push(err11);
                      }
                      errors++;
                    }
                  } else {
                    const err12 = { instancePath: instancePath + "/" + i0 + "/email/to/" + i2, schemaPath: "#/definitions/notifier/properties/email/properties/to/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.email.properties.to.items.type, parentSchema: schema18.properties.email.properties.to.items, data: data4 };
                    if (vErrors === null) {
                      vErrors = [err12];
                    } else {
                      vErrors.push(err12);
                    }
                    errors++;
                  }
                }
              } else {
                const err13 = { instancePath: instancePath + "/" + i0 + "/email/to", schemaPath: "#/definitions/notifier/properties/email/properties/to/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema18.properties.email.properties.to.type, parentSchema: schema18.properties.email.properties.to, data: data3 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data1.subject !== void 0) {
              let data5 = data1.subject;
              if (typeof data5 !== "string") {
                const err14 = { instancePath: instancePath + "/" + i0 + "/email/subject", schemaPath: "#/definitions/notifier/properties/email/properties/subject/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.email.properties.subject.type, parentSchema: schema18.properties.email.properties.subject, data: data5 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data1.html_content !== void 0) {
              let data6 = data1.html_content;
              if (typeof data6 !== "string") {
                const err15 = { instancePath: instancePath + "/" + i0 + "/email/html_content", schemaPath: "#/definitions/notifier/properties/email/properties/html_content/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.email.properties.html_content.type, parentSchema: schema18.properties.email.properties.html_content, data: data6 };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            if (data1.from_email !== void 0) {
              let data7 = data1.from_email;
              if (typeof data7 !== "string") {
                const err16 = { instancePath: instancePath + "/" + i0 + "/email/from_email", schemaPath: "#/definitions/notifier/properties/email/properties/from_email/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.email.properties.from_email.type, parentSchema: schema18.properties.email.properties.from_email, data: data7 };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (data1.connection !== void 0) {
              let data8 = data1.connection;
              if (typeof data8 === "string") {
                if (func5(data8) < 1) {
                  const err17 = { instancePath: instancePath + "/" + i0 + "/email/connection", schemaPath: "#/definitions/notifier/properties/email/properties/connection/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.properties.email.properties.connection, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
              } else {
                const err18 = { instancePath: instancePath + "/" + i0 + "/email/connection", schemaPath: "#/definitions/notifier/properties/email/properties/connection/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.email.properties.connection.type, parentSchema: schema18.properties.email.properties.connection, data: data8 };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
          }
        }
        if (data0.slack !== void 0) {
          let data9 = data0.slack;
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            if (data9.connection === void 0) {
              const err19 = { instancePath: instancePath + "/" + i0 + "/slack", schemaPath: "#/definitions/notifier/properties/slack/required", keyword: "required", params: { missingProperty: "connection" }, message: "must have required property 'connection'", schema: schema18.properties.slack.required, parentSchema: schema18.properties.slack, data: data9 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            for (const key2 in data9) {
              if (!(key2 === "connection" || key2 === "channel" || key2 === "text")) {
                const err20 = { instancePath: instancePath + "/" + i0 + "/slack", schemaPath: "#/definitions/notifier/properties/slack/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema18.properties.slack, data: data9 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data9.connection !== void 0) {
              let data10 = data9.connection;
              if (typeof data10 === "string") {
                if (func5(data10) < 1) {
                  const err21 = { instancePath: instancePath + "/" + i0 + "/slack/connection", schemaPath: "#/definitions/notifier/properties/slack/properties/connection/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.properties.slack.properties.connection, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
              } else {
                const err22 = { instancePath: instancePath + "/" + i0 + "/slack/connection", schemaPath: "#/definitions/notifier/properties/slack/properties/connection/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.slack.properties.connection.type, parentSchema: schema18.properties.slack.properties.connection, data: data10 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data9.channel !== void 0) {
              let data11 = data9.channel;
              if (typeof data11 === "string") {
                if (func5(data11) < 1) {
                  const err23 = { instancePath: instancePath + "/" + i0 + "/slack/channel", schemaPath: "#/definitions/notifier/properties/slack/properties/channel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.properties.slack.properties.channel, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
              } else {
                const err24 = { instancePath: instancePath + "/" + i0 + "/slack/channel", schemaPath: "#/definitions/notifier/properties/slack/properties/channel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.slack.properties.channel.type, parentSchema: schema18.properties.slack.properties.channel, data: data11 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data9.text !== void 0) {
              let data12 = data9.text;
              if (typeof data12 === "string") {
                if (func5(data12) < 1) {
                  const err25 = { instancePath: instancePath + "/" + i0 + "/slack/text", schemaPath: "#/definitions/notifier/properties/slack/properties/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.properties.slack.properties.text, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
              } else {
                const err26 = { instancePath: instancePath + "/" + i0 + "/slack/text", schemaPath: "#/definitions/notifier/properties/slack/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.slack.properties.text.type, parentSchema: schema18.properties.slack.properties.text, data: data12 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
          } else {
            const err27 = { instancePath: instancePath + "/" + i0 + "/slack", schemaPath: "#/definitions/notifier/properties/slack/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.properties.slack.type, parentSchema: schema18.properties.slack, data: data9 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data0.callback !== void 0) {
          let data13 = data0.callback;
          if (typeof data13 === "string") {
            if (func5(data13) < 1) {
              const err28 = { instancePath: instancePath + "/" + i0 + "/callback", schemaPath: "#/definitions/notifier/properties/callback/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.properties.callback, data: data13 };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          } else {
            const err29 = { instancePath: instancePath + "/" + i0 + "/callback", schemaPath: "#/definitions/notifier/properties/callback/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.callback.type, parentSchema: schema18.properties.callback, data: data13 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
      } else {
        const err30 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/notifier/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.type, parentSchema: schema18, data: data0 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
  } else {
    const err31 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema17.type, parentSchema: schema17, data };
    if (vErrors === null) {
      vErrors = [err31];
    } else {
      vErrors.push(err31);
    }
    errors++;
  }
  validate14.errors = vErrors;
  return errors === 0;
}
var schema19 = { "type": "object", "additionalProperties": false, "properties": { "image": { "description": "Another project of this repository (by folder name) or a full image reference. Default: this project's image.", "type": "string", "minLength": 1 }, "retries": { "type": "integer", "minimum": 0, "maximum": 100 }, "retry_delay": { "description": "Wait between retries.", "$ref": "#/definitions/duration" }, "timeout": { "description": "execution_timeout of the task.", "$ref": "#/definitions/duration" }, "startup_timeout": { "description": "How long the pod may take to start (Autopilot can take minutes).", "$ref": "#/definitions/duration" }, "resources": { "$ref": "#/definitions/resources" }, "env": { "description": "Environment variables; Jinja is kept for Airflow to render.", "$ref": "#/definitions/stringMap" }, "secrets": { "type": "array", "items": { "$ref": "#/definitions/secret" } }, "trigger_rule": { "type": "string", "enum": ["all_success", "all_failed", "all_done", "all_skipped", "one_success", "one_failed", "one_done", "none_failed", "none_failed_min_one_success", "none_skipped", "always"] }, "pool": { "type": "string", "minLength": 1 }, "priority_weight": { "type": "integer" }, "labels": { "description": "Kubernetes labels of the pod.", "$ref": "#/definitions/stringMap" }, "email": { "description": "Addresses emailed when the task fails.", "type": "array", "items": { "type": "string", "pattern": "^[^@\\s]+@[^@\\s]+$", "x-expected": "an email address like data-eng@example.com" }, "minItems": 1 }, "email_on_retry": { "description": "Also email on each retry. Default false.", "type": "boolean" }, "namespace": { "description": "Kubernetes namespace (plain Kubernetes and Composer 2 only).", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$", "x-expected": "a lowercase DNS label like etl-jobs" }, "node_selector": { "$ref": "#/definitions/stringMap" }, "affinity": { "description": "A Kubernetes V1Affinity object (not allowed on Composer 3).", "type": "object" }, "sidecars": { "type": "array", "items": { "$ref": "#/definitions/sidecar" } }, "notify": { "description": "Task-level notifications: per task instance that fails, succeeds or is retried. Merged with defaults.notify event by event: an event a task names replaces the defaults' list for it.", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "on_failure": { "$ref": "#/definitions/notifierList" }, "on_success": { "$ref": "#/definitions/notifierList" }, "on_retry": { "$ref": "#/definitions/notifierList" } } }, "service_account": { "description": "Kubernetes service account of the pod (service_account_name), where the platform allows one. A task's value replaces the defaults'.", "$ref": "#/definitions/kubernetesName" }, "tolerations": { "description": "Kubernetes tolerations of the pod (k8s.V1Toleration). A task's list replaces the defaults' whole; [] for none.", "type": "array", "items": { "$ref": "#/definitions/toleration" } }, "annotations": { "description": "Kubernetes annotations of the pod, merged key by key with the defaults' (a task's value wins). Values are Jinja templates from cncf.kubernetes 7.10 on.", "$ref": "#/definitions/stringMap" }, "config_maps": { "description": "ConfigMaps whose every key becomes an environment variable (env_from); a later one wins a key two of them set. Merged: the defaults' that a task does not list, then the task's in its order.", "type": "array", "uniqueItems": true, "items": { "$ref": "#/definitions/kubernetesName" } }, "volumes": { "description": "Volumes mounted into the task's container (volumes and volume_mounts). Merged with the defaults' by mount path: a task's volume at a path the defaults mount replaces that one.", "type": "array", "items": { "$ref": "#/definitions/volume" } }, "xcom": { "description": "true: push the task's /airflow/xcom/return.json as its XCom (do_xcom_push=True; Airflow adds a sidecar and a volume named xcom). Default false. A task's value replaces the defaults'.", "type": "boolean" }, "deferrable": { "description": "true: wait for the pod in the triggerer, freeing a worker slot (the environment needs a triggerer). Unset: Airflow's [operators] default_deferrable, false unless changed. A task's value replaces the defaults'.", "type": "boolean" }, "on_finish": { "description": "What happens to the pod when the task ends (on_finish_action). Default delete_pod. A task's value replaces the defaults'.", "type": "string", "enum": ["delete_pod", "delete_succeeded_pod", "keep_pod"] }, "image_pull_policy": { "description": "Kubernetes imagePullPolicy of the task's container. Default IfNotPresent (the image is pinned by digest). A task's value replaces the defaults'.", "type": "string", "enum": ["IfNotPresent", "Always", "Never"] } } };
var schema23 = { "description": "Requests and limits of the task's container (set equal, as GKE Autopilot requires).", "type": "object", "additionalProperties": false, "properties": { "cpu": { "description": "Kubernetes CPU quantity, e.g. 500m or 2.", "type": ["string", "number"] }, "memory": { "description": "Kubernetes memory quantity, e.g. 512Mi or 4Gi.", "type": "string" }, "ephemeral_storage": { "description": "Kubernetes storage quantity, e.g. 1Gi.", "type": "string" } } };
var schema24 = { "type": "object", "additionalProperties": { "type": "string" } };
var schema25 = { "description": "A Kubernetes secret key exposed as an environment variable.", "type": "object", "additionalProperties": false, "required": ["env", "secret", "key"], "properties": { "env": { "description": "Environment variable name.", "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$", "x-expected": "an environment variable name like SF_PASSWORD" }, "secret": { "description": "Kubernetes Secret name.", "type": "string", "minLength": 1 }, "key": { "description": "Key inside the Secret.", "type": "string", "minLength": 1 } } };
var schema31 = { "type": "string", "pattern": "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$", "x-expected": "a Kubernetes object name (lowercase letters, digits, '-', '.'), e.g. etl-settings" };
var schema32 = { "description": "A Kubernetes toleration (V1Toleration).", "type": "object", "additionalProperties": false, "properties": { "key": { "type": "string", "minLength": 1 }, "operator": { "type": "string", "enum": ["Equal", "Exists"] }, "value": { "type": "string" }, "effect": { "type": "string", "enum": ["NoSchedule", "PreferNoSchedule", "NoExecute"] }, "toleration_seconds": { "description": "Only with effect NoExecute.", "type": "integer", "minimum": 0 } } };
var pattern10 = new RegExp("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$", "u");
var pattern12 = new RegExp("^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$", "u");
var schema28 = { "description": "An extra container in the task's pod (not allowed on Composer 3).", "type": "object", "additionalProperties": false, "required": ["name", "image"], "properties": { "name": { "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$", "x-expected": "a lowercase DNS label like log-shipper" }, "image": { "type": "string", "minLength": 1 }, "command": { "$ref": "#/definitions/stringList" }, "args": { "$ref": "#/definitions/stringList" } } };
var schema29 = { "type": "array", "items": { "type": "string" } };
function validate18(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema28.required, parentSchema: schema28, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.image === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "image" }, message: "must have required property 'image'", schema: schema28.required, parentSchema: schema28, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "image" || key0 === "command" || key0 === "args")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema28, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (!pattern10.test(data0)) {
          const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"', schema: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$", parentSchema: schema28.properties.name, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema28.properties.name.type, parentSchema: schema28.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.image !== void 0) {
      let data1 = data.image;
      if (typeof data1 === "string") {
        if (func5(data1) < 1) {
          const err5 = { instancePath: instancePath + "/image", schemaPath: "#/properties/image/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema28.properties.image, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/image", schemaPath: "#/properties/image/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema28.properties.image.type, parentSchema: schema28.properties.image, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.command !== void 0) {
      let data2 = data.command;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 !== "string") {
            const err7 = { instancePath: instancePath + "/command/" + i0, schemaPath: "#/definitions/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.items.type, parentSchema: schema29.items, data: data3 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/command", schemaPath: "#/definitions/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema29.type, parentSchema: schema29, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.args !== void 0) {
      let data4 = data.args;
      if (Array.isArray(data4)) {
        const len1 = data4.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data5 = data4[i1];
          if (typeof data5 !== "string") {
            const err9 = { instancePath: instancePath + "/args/" + i1, schemaPath: "#/definitions/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.items.type, parentSchema: schema29.items, data: data5 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/args", schemaPath: "#/definitions/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema29.type, parentSchema: schema29, data: data4 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema28.type, parentSchema: schema28, data };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate18.errors = vErrors;
  return errors === 0;
}
var schema35 = { "description": "A volume mounted into the task's container: exactly one of secret, config_map or empty_dir, and its mount path.", "type": "object", "additionalProperties": false, "required": ["mount"], "properties": { "secret": { "description": "Name of a Kubernetes Secret; each key becomes a file.", "$ref": "#/definitions/kubernetesName" }, "config_map": { "description": "Name of a Kubernetes ConfigMap; each key becomes a file.", "$ref": "#/definitions/kubernetesName" }, "empty_dir": { "description": "Scratch space that lives as long as the pod.", "type": "object", "additionalProperties": false, "properties": { "size_limit": { "description": "Kubernetes quantity, e.g. 2Gi.", "type": "string" }, "medium": { "description": "Memory: a tmpfs counted against the container's memory.", "type": "string", "enum": ["Memory"] } } }, "mount": { "description": "Absolute path in the container.", "type": "string", "pattern": "^/", "x-expected": "an absolute path like /var/secrets/gcp" }, "read_only": { "description": "Mount read-only. Default: true for secret and config_map, false for empty_dir.", "type": "boolean" }, "name": { "description": "Volume name in the pod. Default: derived from the source (secret-NAME, config-map-NAME, empty-dir-PATH), unique in the pod.", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$", "x-expected": "a lowercase DNS label (at most 63 letters, digits or '-'), e.g. gcp-key" } } };
var pattern16 = new RegExp("^/", "u");
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.mount === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "mount" }, message: "must have required property 'mount'", schema: schema35.required, parentSchema: schema35, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "secret" || key0 === "config_map" || key0 === "empty_dir" || key0 === "mount" || key0 === "read_only" || key0 === "name")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.secret !== void 0) {
      let data0 = data.secret;
      if (typeof data0 === "string") {
        if (!pattern12.test(data0)) {
          const err2 = { instancePath: instancePath + "/secret", schemaPath: "#/definitions/kubernetesName/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$"', schema: "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$", parentSchema: schema31, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/secret", schemaPath: "#/definitions/kubernetesName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.type, parentSchema: schema31, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.config_map !== void 0) {
      let data1 = data.config_map;
      if (typeof data1 === "string") {
        if (!pattern12.test(data1)) {
          const err4 = { instancePath: instancePath + "/config_map", schemaPath: "#/definitions/kubernetesName/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$"', schema: "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$", parentSchema: schema31, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/config_map", schemaPath: "#/definitions/kubernetesName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.type, parentSchema: schema31, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.empty_dir !== void 0) {
      let data2 = data.empty_dir;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key1 in data2) {
          if (!(key1 === "size_limit" || key1 === "medium")) {
            const err6 = { instancePath: instancePath + "/empty_dir", schemaPath: "#/properties/empty_dir/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.properties.empty_dir, data: data2 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data2.size_limit !== void 0) {
          let data3 = data2.size_limit;
          if (typeof data3 !== "string") {
            const err7 = { instancePath: instancePath + "/empty_dir/size_limit", schemaPath: "#/properties/empty_dir/properties/size_limit/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.empty_dir.properties.size_limit.type, parentSchema: schema35.properties.empty_dir.properties.size_limit, data: data3 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data2.medium !== void 0) {
          let data4 = data2.medium;
          if (typeof data4 !== "string") {
            const err8 = { instancePath: instancePath + "/empty_dir/medium", schemaPath: "#/properties/empty_dir/properties/medium/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.empty_dir.properties.medium.type, parentSchema: schema35.properties.empty_dir.properties.medium, data: data4 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
          if (!(data4 === "Memory")) {
            const err9 = { instancePath: instancePath + "/empty_dir/medium", schemaPath: "#/properties/empty_dir/properties/medium/enum", keyword: "enum", params: { allowedValues: schema35.properties.empty_dir.properties.medium.enum }, message: "must be equal to one of the allowed values", schema: schema35.properties.empty_dir.properties.medium.enum, parentSchema: schema35.properties.empty_dir.properties.medium, data: data4 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/empty_dir", schemaPath: "#/properties/empty_dir/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.empty_dir.type, parentSchema: schema35.properties.empty_dir, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.mount !== void 0) {
      let data5 = data.mount;
      if (typeof data5 === "string") {
        if (!pattern16.test(data5)) {
          const err11 = { instancePath: instancePath + "/mount", schemaPath: "#/properties/mount/pattern", keyword: "pattern", params: { pattern: "^/" }, message: 'must match pattern "^/"', schema: "^/", parentSchema: schema35.properties.mount, data: data5 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/mount", schemaPath: "#/properties/mount/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.mount.type, parentSchema: schema35.properties.mount, data: data5 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.read_only !== void 0) {
      let data6 = data.read_only;
      if (typeof data6 !== "boolean") {
        const err13 = { instancePath: instancePath + "/read_only", schemaPath: "#/properties/read_only/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema35.properties.read_only.type, parentSchema: schema35.properties.read_only, data: data6 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data7 = data.name;
      if (typeof data7 === "string") {
        if (!pattern10.test(data7)) {
          const err14 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"', schema: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$", parentSchema: schema35.properties.name, data: data7 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.name.type, parentSchema: schema35.properties.name, data: data7 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
  } else {
    const err16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
function validate17(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func4.call(schema19.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.image !== void 0) {
      let data0 = data.image;
      if (typeof data0 === "string") {
        if (func5(data0) < 1) {
          const err1 = { instancePath: instancePath + "/image", schemaPath: "#/properties/image/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.image, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath: instancePath + "/image", schemaPath: "#/properties/image/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.image.type, parentSchema: schema19.properties.image, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.retries !== void 0) {
      let data1 = data.retries;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err3 = { instancePath: instancePath + "/retries", schemaPath: "#/properties/retries/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema19.properties.retries.type, parentSchema: schema19.properties.retries, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 100 || isNaN(data1)) {
          const err4 = { instancePath: instancePath + "/retries", schemaPath: "#/properties/retries/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema19.properties.retries, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data1 < 0 || isNaN(data1)) {
          const err5 = { instancePath: instancePath + "/retries", schemaPath: "#/properties/retries/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema19.properties.retries, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    }
    if (data.retry_delay !== void 0) {
      let data2 = data.retry_delay;
      if (typeof data2 === "string") {
        if (!pattern1.test(data2)) {
          const err6 = { instancePath: instancePath + "/retry_delay", schemaPath: "#/definitions/duration/pattern", keyword: "pattern", params: { pattern: "^(?:[0-9]+d)?(?:[0-9]+h)?(?:[0-9]+m)?(?:[0-9]+s)?$" }, message: 'must match pattern "^(?:[0-9]+d)?(?:[0-9]+h)?(?:[0-9]+m)?(?:[0-9]+s)?$"', schema: "^(?:[0-9]+d)?(?:[0-9]+h)?(?:[0-9]+m)?(?:[0-9]+s)?$", parentSchema: schema15, data: data2 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/retry_delay", schemaPath: "#/definitions/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.timeout !== void 0) {
      let data3 = data.timeout;
      if (typeof data3 === "string") {
        if (!pattern1.test(data3)) {
          const err8 = { instancePath: instancePath + "/timeout", schemaPath: "#/definitions/duration/pattern", keyword: "pattern", params: { pattern: "^(?:[0-9]+d)?(?:[0-9]+h)?(?:[0-9]+m)?(?:[0-9]+s)?$" }, message: 'must match pattern "^(?:[0-9]+d)?(?:[0-9]+h)?(?:[0-9]+m)?(?:[0-9]+s)?$"', schema: "^(?:[0-9]+d)?(?:[0-9]+h)?(?:[0-9]+m)?(?:[0-9]+s)?$", parentSchema: schema15, data: data3 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/timeout", schemaPath: "#/definitions/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data3 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.startup_timeout !== void 0) {
      let data4 = data.startup_timeout;
      if (typeof data4 === "string") {
        if (!pattern1.test(data4)) {
          const err10 = { instancePath: instancePath + "/startup_timeout", schemaPath: "#/definitions/duration/pattern", keyword: "pattern", params: { pattern: "^(?:[0-9]+d)?(?:[0-9]+h)?(?:[0-9]+m)?(?:[0-9]+s)?$" }, message: 'must match pattern "^(?:[0-9]+d)?(?:[0-9]+h)?(?:[0-9]+m)?(?:[0-9]+s)?$"', schema: "^(?:[0-9]+d)?(?:[0-9]+h)?(?:[0-9]+m)?(?:[0-9]+s)?$", parentSchema: schema15, data: data4 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/startup_timeout", schemaPath: "#/definitions/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data4 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.resources !== void 0) {
      let data5 = data.resources;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (const key1 in data5) {
          if (!(key1 === "cpu" || key1 === "memory" || key1 === "ephemeral_storage")) {
            const err12 = { instancePath: instancePath + "/resources", schemaPath: "#/definitions/resources/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema23, data: data5 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data5.cpu !== void 0) {
          let data6 = data5.cpu;
          if (typeof data6 !== "string" && !(typeof data6 == "number" && isFinite(data6))) {
            const err13 = { instancePath: instancePath + "/resources/cpu", schemaPath: "#/definitions/resources/properties/cpu/type", keyword: "type", params: { type: schema23.properties.cpu.type }, message: "must be string,number", schema: schema23.properties.cpu.type, parentSchema: schema23.properties.cpu, data: data6 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data5.memory !== void 0) {
          let data7 = data5.memory;
          if (typeof data7 !== "string") {
            const err14 = { instancePath: instancePath + "/resources/memory", schemaPath: "#/definitions/resources/properties/memory/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.memory.type, parentSchema: schema23.properties.memory, data: data7 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data5.ephemeral_storage !== void 0) {
          let data8 = data5.ephemeral_storage;
          if (typeof data8 !== "string") {
            const err15 = { instancePath: instancePath + "/resources/ephemeral_storage", schemaPath: "#/definitions/resources/properties/ephemeral_storage/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.ephemeral_storage.type, parentSchema: schema23.properties.ephemeral_storage, data: data8 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/resources", schemaPath: "#/definitions/resources/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema23.type, parentSchema: schema23, data: data5 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.env !== void 0) {
      let data9 = data.env;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        for (const key2 in data9) {
          let data10 = data9[key2];
          if (typeof data10 !== "string") {
            const err17 = { instancePath: instancePath + "/env/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/stringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.additionalProperties.type, parentSchema: schema24.additionalProperties, data: data10 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/env", schemaPath: "#/definitions/stringMap/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.type, parentSchema: schema24, data: data9 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.secrets !== void 0) {
      let data11 = data.secrets;
      if (Array.isArray(data11)) {
        const len0 = data11.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data12 = data11[i0];
          if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
            if (data12.env === void 0) {
              const err19 = { instancePath: instancePath + "/secrets/" + i0, schemaPath: "#/definitions/secret/required", keyword: "required", params: { missingProperty: "env" }, message: "must have required property 'env'", schema: schema25.required, parentSchema: schema25, data: data12 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            if (data12.secret === void 0) {
              const err20 = { instancePath: instancePath + "/secrets/" + i0, schemaPath: "#/definitions/secret/required", keyword: "required", params: { missingProperty: "secret" }, message: "must have required property 'secret'", schema: schema25.required, parentSchema: schema25, data: data12 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            if (data12.key === void 0) {
              const err21 = { instancePath: instancePath + "/secrets/" + i0, schemaPath: "#/definitions/secret/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'", schema: schema25.required, parentSchema: schema25, data: data12 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            for (const key3 in data12) {
              if (!(key3 === "env" || key3 === "secret" || key3 === "key")) {
                const err22 = { instancePath: instancePath + "/secrets/" + i0, schemaPath: "#/definitions/secret/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25, data: data12 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data12.env !== void 0) {
              let data13 = data12.env;
              if (typeof data13 === "string") {
                if (!pattern2.test(data13)) {
                  const err23 = { instancePath: instancePath + "/secrets/" + i0 + "/env", schemaPath: "#/definitions/secret/properties/env/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema25.properties.env, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
              } else {
                const err24 = { instancePath: instancePath + "/secrets/" + i0 + "/env", schemaPath: "#/definitions/secret/properties/env/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.env.type, parentSchema: schema25.properties.env, data: data13 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data12.secret !== void 0) {
              let data14 = data12.secret;
              if (typeof data14 === "string") {
                if (func5(data14) < 1) {
                  const err25 = { instancePath: instancePath + "/secrets/" + i0 + "/secret", schemaPath: "#/definitions/secret/properties/secret/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema25.properties.secret, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
              } else {
                const err26 = { instancePath: instancePath + "/secrets/" + i0 + "/secret", schemaPath: "#/definitions/secret/properties/secret/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.secret.type, parentSchema: schema25.properties.secret, data: data14 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data12.key !== void 0) {
              let data15 = data12.key;
              if (typeof data15 === "string") {
                if (func5(data15) < 1) {
                  const err27 = { instancePath: instancePath + "/secrets/" + i0 + "/key", schemaPath: "#/definitions/secret/properties/key/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema25.properties.key, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
              } else {
                const err28 = { instancePath: instancePath + "/secrets/" + i0 + "/key", schemaPath: "#/definitions/secret/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.key.type, parentSchema: schema25.properties.key, data: data15 };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
          } else {
            const err29 = { instancePath: instancePath + "/secrets/" + i0, schemaPath: "#/definitions/secret/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.type, parentSchema: schema25, data: data12 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
      } else {
        const err30 = { instancePath: instancePath + "/secrets", schemaPath: "#/properties/secrets/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.secrets.type, parentSchema: schema19.properties.secrets, data: data11 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.trigger_rule !== void 0) {
      let data16 = data.trigger_rule;
      if (typeof data16 !== "string") {
        const err31 = { instancePath: instancePath + "/trigger_rule", schemaPath: "#/properties/trigger_rule/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.trigger_rule.type, parentSchema: schema19.properties.trigger_rule, data: data16 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
      if (!(data16 === "all_success" || data16 === "all_failed" || data16 === "all_done" || data16 === "all_skipped" || data16 === "one_success" || data16 === "one_failed" || data16 === "one_done" || data16 === "none_failed" || data16 === "none_failed_min_one_success" || data16 === "none_skipped" || data16 === "always")) {
        const err32 = { instancePath: instancePath + "/trigger_rule", schemaPath: "#/properties/trigger_rule/enum", keyword: "enum", params: { allowedValues: schema19.properties.trigger_rule.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.trigger_rule.enum, parentSchema: schema19.properties.trigger_rule, data: data16 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.pool !== void 0) {
      let data17 = data.pool;
      if (typeof data17 === "string") {
        if (func5(data17) < 1) {
          const err33 = { instancePath: instancePath + "/pool", schemaPath: "#/properties/pool/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.pool, data: data17 };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
      } else {
        const err34 = { instancePath: instancePath + "/pool", schemaPath: "#/properties/pool/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.pool.type, parentSchema: schema19.properties.pool, data: data17 };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.priority_weight !== void 0) {
      let data18 = data.priority_weight;
      if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)) && isFinite(data18))) {
        const err35 = { instancePath: instancePath + "/priority_weight", schemaPath: "#/properties/priority_weight/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema19.properties.priority_weight.type, parentSchema: schema19.properties.priority_weight, data: data18 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.labels !== void 0) {
      let data19 = data.labels;
      if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
        for (const key4 in data19) {
          let data20 = data19[key4];
          if (typeof data20 !== "string") {
            const err36 = { instancePath: instancePath + "/labels/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/stringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.additionalProperties.type, parentSchema: schema24.additionalProperties, data: data20 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
      } else {
        const err37 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/stringMap/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.type, parentSchema: schema24, data: data19 };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.email !== void 0) {
      let data21 = data.email;
      if (Array.isArray(data21)) {
        if (data21.length < 1) {
          const err38 = { instancePath: instancePath + "/email", schemaPath: "#/properties/email/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema19.properties.email, data: data21 };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
        const len1 = data21.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data22 = data21[i1];
          if (typeof data22 === "string") {
            if (!pattern3.test(data22)) {
              const err39 = { instancePath: instancePath + "/email/" + i1, schemaPath: "#/properties/email/items/pattern", keyword: "pattern", params: { pattern: "^[^@\\s]+@[^@\\s]+$" }, message: 'must match pattern "^[^@\\s]+@[^@\\s]+$"', schema: "^[^@\\s]+@[^@\\s]+$", parentSchema: schema19.properties.email.items, data: data22 };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
          } else {
            const err40 = { instancePath: instancePath + "/email/" + i1, schemaPath: "#/properties/email/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.email.items.type, parentSchema: schema19.properties.email.items, data: data22 };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
      } else {
        const err41 = { instancePath: instancePath + "/email", schemaPath: "#/properties/email/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.email.type, parentSchema: schema19.properties.email, data: data21 };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.email_on_retry !== void 0) {
      let data23 = data.email_on_retry;
      if (typeof data23 !== "boolean") {
        const err42 = { instancePath: instancePath + "/email_on_retry", schemaPath: "#/properties/email_on_retry/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema19.properties.email_on_retry.type, parentSchema: schema19.properties.email_on_retry, data: data23 };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data.namespace !== void 0) {
      let data24 = data.namespace;
      if (typeof data24 === "string") {
        if (!pattern10.test(data24)) {
          const err43 = { instancePath: instancePath + "/namespace", schemaPath: "#/properties/namespace/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"', schema: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$", parentSchema: schema19.properties.namespace, data: data24 };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
      } else {
        const err44 = { instancePath: instancePath + "/namespace", schemaPath: "#/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.namespace.type, parentSchema: schema19.properties.namespace, data: data24 };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
    if (data.node_selector !== void 0) {
      let data25 = data.node_selector;
      if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
        for (const key5 in data25) {
          let data26 = data25[key5];
          if (typeof data26 !== "string") {
            const err45 = { instancePath: instancePath + "/node_selector/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/stringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.additionalProperties.type, parentSchema: schema24.additionalProperties, data: data26 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
      } else {
        const err46 = { instancePath: instancePath + "/node_selector", schemaPath: "#/definitions/stringMap/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.type, parentSchema: schema24, data: data25 };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data.affinity !== void 0) {
      let data27 = data.affinity;
      if (!(data27 && typeof data27 == "object" && !Array.isArray(data27))) {
        const err47 = { instancePath: instancePath + "/affinity", schemaPath: "#/properties/affinity/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.affinity.type, parentSchema: schema19.properties.affinity, data: data27 };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
    if (data.sidecars !== void 0) {
      let data28 = data.sidecars;
      if (Array.isArray(data28)) {
        const len2 = data28.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!validate18(data28[i2], { instancePath: instancePath + "/sidecars/" + i2, parentData: data28, parentDataProperty: i2, rootData })) {
            vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err48 = { instancePath: instancePath + "/sidecars", schemaPath: "#/properties/sidecars/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.sidecars.type, parentSchema: schema19.properties.sidecars, data: data28 };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      }
    }
    if (data.notify !== void 0) {
      let data30 = data.notify;
      if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
        if (Object.keys(data30).length < 1) {
          const err49 = { instancePath: instancePath + "/notify", schemaPath: "#/properties/notify/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema19.properties.notify, data: data30 };
          if (vErrors === null) {
            vErrors = [err49];
          } else {
            vErrors.push(err49);
          }
          errors++;
        }
        for (const key6 in data30) {
          if (!(key6 === "on_failure" || key6 === "on_success" || key6 === "on_retry")) {
            const err50 = { instancePath: instancePath + "/notify", schemaPath: "#/properties/notify/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.notify, data: data30 };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
        if (data30.on_failure !== void 0) {
          if (!validate14(data30.on_failure, { instancePath: instancePath + "/notify/on_failure", parentData: data30, parentDataProperty: "on_failure", rootData })) {
            vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
            errors = vErrors.length;
          }
        }
        if (data30.on_success !== void 0) {
          if (!validate14(data30.on_success, { instancePath: instancePath + "/notify/on_success", parentData: data30, parentDataProperty: "on_success", rootData })) {
            vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
            errors = vErrors.length;
          }
        }
        if (data30.on_retry !== void 0) {
          if (!validate14(data30.on_retry, { instancePath: instancePath + "/notify/on_retry", parentData: data30, parentDataProperty: "on_retry", rootData })) {
            vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err51 = { instancePath: instancePath + "/notify", schemaPath: "#/properties/notify/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.notify.type, parentSchema: schema19.properties.notify, data: data30 };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
    }
    if (data.service_account !== void 0) {
      let data34 = data.service_account;
      if (typeof data34 === "string") {
        if (!pattern12.test(data34)) {
          const err52 = { instancePath: instancePath + "/service_account", schemaPath: "#/definitions/kubernetesName/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$"', schema: "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$", parentSchema: schema31, data: data34 };
          if (vErrors === null) {
            vErrors = [err52];
          } else {
            vErrors.push(err52);
          }
          errors++;
        }
      } else {
        const err53 = { instancePath: instancePath + "/service_account", schemaPath: "#/definitions/kubernetesName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.type, parentSchema: schema31, data: data34 };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
    }
    if (data.tolerations !== void 0) {
      let data35 = data.tolerations;
      if (Array.isArray(data35)) {
        const len3 = data35.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data36 = data35[i3];
          if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
            for (const key7 in data36) {
              if (!(key7 === "key" || key7 === "operator" || key7 === "value" || key7 === "effect" || key7 === "toleration_seconds")) {
                const err54 = { instancePath: instancePath + "/tolerations/" + i3, schemaPath: "#/definitions/toleration/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32, data: data36 };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
            }
            if (data36.key !== void 0) {
              let data37 = data36.key;
              if (typeof data37 === "string") {
                if (func5(data37) < 1) {
                  const err55 = { instancePath: instancePath + "/tolerations/" + i3 + "/key", schemaPath: "#/definitions/toleration/properties/key/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.key, data: data37 };
                  if (vErrors === null) {
                    vErrors = [err55];
                  } else {
                    vErrors.push(err55);
                  }
                  errors++;
                }
              } else {
                const err56 = { instancePath: instancePath + "/tolerations/" + i3 + "/key", schemaPath: "#/definitions/toleration/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.key.type, parentSchema: schema32.properties.key, data: data37 };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
            }
            if (data36.operator !== void 0) {
              let data38 = data36.operator;
              if (typeof data38 !== "string") {
                const err57 = { instancePath: instancePath + "/tolerations/" + i3 + "/operator", schemaPath: "#/definitions/toleration/properties/operator/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.operator.type, parentSchema: schema32.properties.operator, data: data38 };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
              if (!(data38 === "Equal" || data38 === "Exists")) {
                const err58 = { instancePath: instancePath + "/tolerations/" + i3 + "/operator", schemaPath: "#/definitions/toleration/properties/operator/enum", keyword: "enum", params: { allowedValues: schema32.properties.operator.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.operator.enum, parentSchema: schema32.properties.operator, data: data38 };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
            }
            if (data36.value !== void 0) {
              let data39 = data36.value;
              if (typeof data39 !== "string") {
                const err59 = { instancePath: instancePath + "/tolerations/" + i3 + "/value", schemaPath: "#/definitions/toleration/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.value.type, parentSchema: schema32.properties.value, data: data39 };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
            }
            if (data36.effect !== void 0) {
              let data40 = data36.effect;
              if (typeof data40 !== "string") {
                const err60 = { instancePath: instancePath + "/tolerations/" + i3 + "/effect", schemaPath: "#/definitions/toleration/properties/effect/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.effect.type, parentSchema: schema32.properties.effect, data: data40 };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
              if (!(data40 === "NoSchedule" || data40 === "PreferNoSchedule" || data40 === "NoExecute")) {
                const err61 = { instancePath: instancePath + "/tolerations/" + i3 + "/effect", schemaPath: "#/definitions/toleration/properties/effect/enum", keyword: "enum", params: { allowedValues: schema32.properties.effect.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.effect.enum, parentSchema: schema32.properties.effect, data: data40 };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
            if (data36.toleration_seconds !== void 0) {
              let data41 = data36.toleration_seconds;
              if (!(typeof data41 == "number" && (!(data41 % 1) && !isNaN(data41)) && isFinite(data41))) {
                const err62 = { instancePath: instancePath + "/tolerations/" + i3 + "/toleration_seconds", schemaPath: "#/definitions/toleration/properties/toleration_seconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.properties.toleration_seconds.type, parentSchema: schema32.properties.toleration_seconds, data: data41 };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
              if (typeof data41 == "number" && isFinite(data41)) {
                if (data41 < 0 || isNaN(data41)) {
                  const err63 = { instancePath: instancePath + "/tolerations/" + i3 + "/toleration_seconds", schemaPath: "#/definitions/toleration/properties/toleration_seconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema32.properties.toleration_seconds, data: data41 };
                  if (vErrors === null) {
                    vErrors = [err63];
                  } else {
                    vErrors.push(err63);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err64 = { instancePath: instancePath + "/tolerations/" + i3, schemaPath: "#/definitions/toleration/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data: data36 };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
        }
      } else {
        const err65 = { instancePath: instancePath + "/tolerations", schemaPath: "#/properties/tolerations/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.tolerations.type, parentSchema: schema19.properties.tolerations, data: data35 };
        if (vErrors === null) {
          vErrors = [err65];
        } else {
          vErrors.push(err65);
        }
        errors++;
      }
    }
    if (data.annotations !== void 0) {
      let data42 = data.annotations;
      if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
        for (const key8 in data42) {
          let data43 = data42[key8];
          if (typeof data43 !== "string") {
            const err66 = { instancePath: instancePath + "/annotations/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/stringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.additionalProperties.type, parentSchema: schema24.additionalProperties, data: data43 };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
        }
      } else {
        const err67 = { instancePath: instancePath + "/annotations", schemaPath: "#/definitions/stringMap/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.type, parentSchema: schema24, data: data42 };
        if (vErrors === null) {
          vErrors = [err67];
        } else {
          vErrors.push(err67);
        }
        errors++;
      }
    }
    if (data.config_maps !== void 0) {
      let data44 = data.config_maps;
      if (Array.isArray(data44)) {
        const len4 = data44.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data45 = data44[i4];
          if (typeof data45 === "string") {
            if (!pattern12.test(data45)) {
              const err68 = { instancePath: instancePath + "/config_maps/" + i4, schemaPath: "#/definitions/kubernetesName/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$"', schema: "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$", parentSchema: schema31, data: data45 };
              if (vErrors === null) {
                vErrors = [err68];
              } else {
                vErrors.push(err68);
              }
              errors++;
            }
          } else {
            const err69 = { instancePath: instancePath + "/config_maps/" + i4, schemaPath: "#/definitions/kubernetesName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.type, parentSchema: schema31, data: data45 };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
        }
        const duplicate0 = func0(data44);
        if (duplicate0 !== void 0) {
          const err70 = { instancePath: instancePath + "/config_maps", schemaPath: "#/properties/config_maps/uniqueItems", keyword: "uniqueItems", params: { i: duplicate0[0], j: duplicate0[1] }, message: "must NOT have duplicate items (items ## " + duplicate0[1] + " and " + duplicate0[0] + " are identical)", schema: true, parentSchema: schema19.properties.config_maps, data: data44 };
          if (vErrors === null) {
            vErrors = [err70];
          } else {
            vErrors.push(err70);
          }
          errors++;
        }
      } else {
        const err71 = { instancePath: instancePath + "/config_maps", schemaPath: "#/properties/config_maps/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.config_maps.type, parentSchema: schema19.properties.config_maps, data: data44 };
        if (vErrors === null) {
          vErrors = [err71];
        } else {
          vErrors.push(err71);
        }
        errors++;
      }
    }
    if (data.volumes !== void 0) {
      let data46 = data.volumes;
      if (Array.isArray(data46)) {
        const len5 = data46.length;
        for (let i5 = 0; i5 < len5; i5++) {
          if (!validate23(data46[i5], { instancePath: instancePath + "/volumes/" + i5, parentData: data46, parentDataProperty: i5, rootData })) {
            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err72 = { instancePath: instancePath + "/volumes", schemaPath: "#/properties/volumes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.volumes.type, parentSchema: schema19.properties.volumes, data: data46 };
        if (vErrors === null) {
          vErrors = [err72];
        } else {
          vErrors.push(err72);
        }
        errors++;
      }
    }
    if (data.xcom !== void 0) {
      let data48 = data.xcom;
      if (typeof data48 !== "boolean") {
        const err73 = { instancePath: instancePath + "/xcom", schemaPath: "#/properties/xcom/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema19.properties.xcom.type, parentSchema: schema19.properties.xcom, data: data48 };
        if (vErrors === null) {
          vErrors = [err73];
        } else {
          vErrors.push(err73);
        }
        errors++;
      }
    }
    if (data.deferrable !== void 0) {
      let data49 = data.deferrable;
      if (typeof data49 !== "boolean") {
        const err74 = { instancePath: instancePath + "/deferrable", schemaPath: "#/properties/deferrable/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema19.properties.deferrable.type, parentSchema: schema19.properties.deferrable, data: data49 };
        if (vErrors === null) {
          vErrors = [err74];
        } else {
          vErrors.push(err74);
        }
        errors++;
      }
    }
    if (data.on_finish !== void 0) {
      let data50 = data.on_finish;
      if (typeof data50 !== "string") {
        const err75 = { instancePath: instancePath + "/on_finish", schemaPath: "#/properties/on_finish/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.on_finish.type, parentSchema: schema19.properties.on_finish, data: data50 };
        if (vErrors === null) {
          vErrors = [err75];
        } else {
          vErrors.push(err75);
        }
        errors++;
      }
      if (!(data50 === "delete_pod" || data50 === "delete_succeeded_pod" || data50 === "keep_pod")) {
        const err76 = { instancePath: instancePath + "/on_finish", schemaPath: "#/properties/on_finish/enum", keyword: "enum", params: { allowedValues: schema19.properties.on_finish.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.on_finish.enum, parentSchema: schema19.properties.on_finish, data: data50 };
        if (vErrors === null) {
          vErrors = [err76];
        } else {
          vErrors.push(err76);
        }
        errors++;
      }
    }
    if (data.image_pull_policy !== void 0) {
      let data51 = data.image_pull_policy;
      if (typeof data51 !== "string") {
        const err77 = { instancePath: instancePath + "/image_pull_policy", schemaPath: "#/properties/image_pull_policy/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.image_pull_policy.type, parentSchema: schema19.properties.image_pull_policy, data: data51 };
        if (vErrors === null) {
          vErrors = [err77];
        } else {
          vErrors.push(err77);
        }
        errors++;
      }
      if (!(data51 === "IfNotPresent" || data51 === "Always" || data51 === "Never")) {
        const err78 = { instancePath: instancePath + "/image_pull_policy", schemaPath: "#/properties/image_pull_policy/enum", keyword: "enum", params: { allowedValues: schema19.properties.image_pull_policy.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.image_pull_policy.enum, parentSchema: schema19.properties.image_pull_policy, data: data51 };
        if (vErrors === null) {
          vErrors = [err78];
        } else {
          vErrors.push(err78);
        }
        errors++;
      }
    }
  } else {
    const err79 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.type, parentSchema: schema19, data };
    if (vErrors === null) {
      vErrors = [err79];
    } else {
      vErrors.push(err79);
    }
    errors++;
  }
  validate17.errors = vErrors;
  return errors === 0;
}
var schema38 = { "description": "One KubernetesPodOperator task. Every setting of defaults may be overridden here.", "type": "object", "additionalProperties": false, "properties": { "command": { "description": "Container entrypoint (cmds).", "type": "array", "items": { "type": "string" }, "minItems": 1 }, "args": { "description": "Container arguments; Jinja is kept for Airflow to render.", "$ref": "#/definitions/stringList" }, "depends_on": { "description": "Task ids that must finish first.", "type": "array", "items": { "type": "string" }, "uniqueItems": true }, "matrix": { "description": "Static fan-out: one task per value, ids <task>_<value>; ${matrix} in command, args and env is replaced by the value.", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": ["string", "integer"] } }, "image": { "$ref": "#/definitions/taskSettings/properties/image" }, "retries": { "$ref": "#/definitions/taskSettings/properties/retries" }, "retry_delay": { "$ref": "#/definitions/taskSettings/properties/retry_delay" }, "timeout": { "$ref": "#/definitions/taskSettings/properties/timeout" }, "startup_timeout": { "$ref": "#/definitions/taskSettings/properties/startup_timeout" }, "resources": { "$ref": "#/definitions/taskSettings/properties/resources" }, "env": { "$ref": "#/definitions/taskSettings/properties/env" }, "secrets": { "$ref": "#/definitions/taskSettings/properties/secrets" }, "trigger_rule": { "$ref": "#/definitions/taskSettings/properties/trigger_rule" }, "pool": { "$ref": "#/definitions/taskSettings/properties/pool" }, "priority_weight": { "$ref": "#/definitions/taskSettings/properties/priority_weight" }, "labels": { "$ref": "#/definitions/taskSettings/properties/labels" }, "email": { "$ref": "#/definitions/taskSettings/properties/email" }, "email_on_retry": { "$ref": "#/definitions/taskSettings/properties/email_on_retry" }, "namespace": { "$ref": "#/definitions/taskSettings/properties/namespace" }, "node_selector": { "$ref": "#/definitions/taskSettings/properties/node_selector" }, "affinity": { "$ref": "#/definitions/taskSettings/properties/affinity" }, "sidecars": { "$ref": "#/definitions/taskSettings/properties/sidecars" }, "notify": { "$ref": "#/definitions/taskSettings/properties/notify" }, "service_account": { "$ref": "#/definitions/taskSettings/properties/service_account" }, "tolerations": { "$ref": "#/definitions/taskSettings/properties/tolerations" }, "annotations": { "$ref": "#/definitions/taskSettings/properties/annotations" }, "config_maps": { "$ref": "#/definitions/taskSettings/properties/config_maps" }, "volumes": { "$ref": "#/definitions/taskSettings/properties/volumes" }, "xcom": { "$ref": "#/definitions/taskSettings/properties/xcom" }, "deferrable": { "$ref": "#/definitions/taskSettings/properties/deferrable" }, "on_finish": { "$ref": "#/definitions/taskSettings/properties/on_finish" }, "image_pull_policy": { "$ref": "#/definitions/taskSettings/properties/image_pull_policy" }, "group": { "description": "TaskGroup the task is shown in (nested groups with '.', e.g. ingest.raw); task ids stay the dag.yaml keys, so depends_on still names them, and a group's last name must differ from every other group's and task's.", "type": "string", "pattern": "^[A-Za-z0-9_-]{1,100}(\\.[A-Za-z0-9_-]{1,100})*$", "x-expected": "a group id of letters, digits, '_' or '-' (nested with '.'), e.g. ingest" }, "outlets": { "description": "Assets this task updates when it succeeds (Dataset on Airflow 2, Asset on Airflow 3).", "$ref": "#/definitions/assetList" } } };
var schema40 = { "description": "Another project of this repository (by folder name) or a full image reference. Default: this project's image.", "type": "string", "minLength": 1 };
var schema41 = { "type": "integer", "minimum": 0, "maximum": 100 };
var schema49 = { "type": "string", "enum": ["all_success", "all_failed", "all_done", "all_skipped", "one_success", "one_failed", "one_done", "none_failed", "none_failed_min_one_success", "none_skipped", "always"] };
var schema50 = { "type": "string", "minLength": 1 };
var schema51 = { "type": "integer" };
var schema53 = { "description": "Addresses emailed when the task fails.", "type": "array", "items": { "type": "string", "pattern": "^[^@\\s]+@[^@\\s]+$", "x-expected": "an email address like data-eng@example.com" }, "minItems": 1 };
var schema54 = { "description": "Also email on each retry. Default false.", "type": "boolean" };
var schema55 = { "description": "Kubernetes namespace (plain Kubernetes and Composer 2 only).", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$", "x-expected": "a lowercase DNS label like etl-jobs" };
var schema57 = { "description": "A Kubernetes V1Affinity object (not allowed on Composer 3).", "type": "object" };
var schema67 = { "description": "true: push the task's /airflow/xcom/return.json as its XCom (do_xcom_push=True; Airflow adds a sidecar and a volume named xcom). Default false. A task's value replaces the defaults'.", "type": "boolean" };
var schema68 = { "description": "true: wait for the pod in the triggerer, freeing a worker slot (the environment needs a triggerer). Unset: Airflow's [operators] default_deferrable, false unless changed. A task's value replaces the defaults'.", "type": "boolean" };
var schema69 = { "description": "What happens to the pod when the task ends (on_finish_action). Default delete_pod. A task's value replaces the defaults'.", "type": "string", "enum": ["delete_pod", "delete_succeeded_pod", "keep_pod"] };
var schema70 = { "description": "Kubernetes imagePullPolicy of the task's container. Default IfNotPresent (the image is pinned by digest). A task's value replaces the defaults'.", "type": "string", "enum": ["IfNotPresent", "Always", "Never"] };
var pattern26 = new RegExp("^[A-Za-z0-9_-]{1,100}(\\.[A-Za-z0-9_-]{1,100})*$", "u");
var schema47 = { "type": "array", "items": { "$ref": "#/definitions/secret" } };
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.env === void 0) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/secret/required", keyword: "required", params: { missingProperty: "env" }, message: "must have required property 'env'", schema: schema25.required, parentSchema: schema25, data: data0 };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data0.secret === void 0) {
          const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/secret/required", keyword: "required", params: { missingProperty: "secret" }, message: "must have required property 'secret'", schema: schema25.required, parentSchema: schema25, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data0.key === void 0) {
          const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/secret/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'", schema: schema25.required, parentSchema: schema25, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === "env" || key0 === "secret" || key0 === "key")) {
            const err3 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/secret/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25, data: data0 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data0.env !== void 0) {
          let data1 = data0.env;
          if (typeof data1 === "string") {
            if (!pattern2.test(data1)) {
              const err4 = { instancePath: instancePath + "/" + i0 + "/env", schemaPath: "#/definitions/secret/properties/env/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema25.properties.env, data: data1 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = { instancePath: instancePath + "/" + i0 + "/env", schemaPath: "#/definitions/secret/properties/env/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.env.type, parentSchema: schema25.properties.env, data: data1 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data0.secret !== void 0) {
          let data2 = data0.secret;
          if (typeof data2 === "string") {
            if (func5(data2) < 1) {
              const err6 = { instancePath: instancePath + "/" + i0 + "/secret", schemaPath: "#/definitions/secret/properties/secret/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema25.properties.secret, data: data2 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = { instancePath: instancePath + "/" + i0 + "/secret", schemaPath: "#/definitions/secret/properties/secret/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.secret.type, parentSchema: schema25.properties.secret, data: data2 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data0.key !== void 0) {
          let data3 = data0.key;
          if (typeof data3 === "string") {
            if (func5(data3) < 1) {
              const err8 = { instancePath: instancePath + "/" + i0 + "/key", schemaPath: "#/definitions/secret/properties/key/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema25.properties.key, data: data3 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/" + i0 + "/key", schemaPath: "#/definitions/secret/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.key.type, parentSchema: schema25.properties.key, data: data3 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/secret/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.type, parentSchema: schema25, data: data0 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema47.type, parentSchema: schema47, data };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate27.errors = vErrors;
  return errors === 0;
}
var schema58 = { "type": "array", "items": { "$ref": "#/definitions/sidecar" } };
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate18(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData })) {
        vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema58.type, parentSchema: schema58, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate29.errors = vErrors;
  return errors === 0;
}
var schema59 = { "description": "Task-level notifications: per task instance that fails, succeeds or is retried. Merged with defaults.notify event by event: an event a task names replaces the defaults' list for it.", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "on_failure": { "$ref": "#/definitions/notifierList" }, "on_success": { "$ref": "#/definitions/notifierList" }, "on_retry": { "$ref": "#/definitions/notifierList" } } };
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length < 1) {
      const err0 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema59, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "on_failure" || key0 === "on_success" || key0 === "on_retry")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema59, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.on_failure !== void 0) {
      if (!validate14(data.on_failure, { instancePath: instancePath + "/on_failure", parentData: data, parentDataProperty: "on_failure", rootData })) {
        vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
        errors = vErrors.length;
      }
    }
    if (data.on_success !== void 0) {
      if (!validate14(data.on_success, { instancePath: instancePath + "/on_success", parentData: data, parentDataProperty: "on_success", rootData })) {
        vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
        errors = vErrors.length;
      }
    }
    if (data.on_retry !== void 0) {
      if (!validate14(data.on_retry, { instancePath: instancePath + "/on_retry", parentData: data, parentDataProperty: "on_retry", rootData })) {
        vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema59.type, parentSchema: schema59, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate32.errors = vErrors;
  return errors === 0;
}
var schema61 = { "description": "Kubernetes tolerations of the pod (k8s.V1Toleration). A task's list replaces the defaults' whole; [] for none.", "type": "array", "items": { "$ref": "#/definitions/toleration" } };
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key0 in data0) {
          if (!(key0 === "key" || key0 === "operator" || key0 === "value" || key0 === "effect" || key0 === "toleration_seconds")) {
            const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/toleration/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32, data: data0 };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
        }
        if (data0.key !== void 0) {
          let data1 = data0.key;
          if (typeof data1 === "string") {
            if (func5(data1) < 1) {
              const err1 = { instancePath: instancePath + "/" + i0 + "/key", schemaPath: "#/definitions/toleration/properties/key/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.key, data: data1 };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
          } else {
            const err2 = { instancePath: instancePath + "/" + i0 + "/key", schemaPath: "#/definitions/toleration/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.key.type, parentSchema: schema32.properties.key, data: data1 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data0.operator !== void 0) {
          let data2 = data0.operator;
          if (typeof data2 !== "string") {
            const err3 = { instancePath: instancePath + "/" + i0 + "/operator", schemaPath: "#/definitions/toleration/properties/operator/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.operator.type, parentSchema: schema32.properties.operator, data: data2 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
          if (!(data2 === "Equal" || data2 === "Exists")) {
            const err4 = { instancePath: instancePath + "/" + i0 + "/operator", schemaPath: "#/definitions/toleration/properties/operator/enum", keyword: "enum", params: { allowedValues: schema32.properties.operator.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.operator.enum, parentSchema: schema32.properties.operator, data: data2 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data0.value !== void 0) {
          let data3 = data0.value;
          if (typeof data3 !== "string") {
            const err5 = { instancePath: instancePath + "/" + i0 + "/value", schemaPath: "#/definitions/toleration/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.value.type, parentSchema: schema32.properties.value, data: data3 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data0.effect !== void 0) {
          let data4 = data0.effect;
          if (typeof data4 !== "string") {
            const err6 = { instancePath: instancePath + "/" + i0 + "/effect", schemaPath: "#/definitions/toleration/properties/effect/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.effect.type, parentSchema: schema32.properties.effect, data: data4 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
          if (!(data4 === "NoSchedule" || data4 === "PreferNoSchedule" || data4 === "NoExecute")) {
            const err7 = { instancePath: instancePath + "/" + i0 + "/effect", schemaPath: "#/definitions/toleration/properties/effect/enum", keyword: "enum", params: { allowedValues: schema32.properties.effect.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.effect.enum, parentSchema: schema32.properties.effect, data: data4 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data0.toleration_seconds !== void 0) {
          let data5 = data0.toleration_seconds;
          if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
            const err8 = { instancePath: instancePath + "/" + i0 + "/toleration_seconds", schemaPath: "#/definitions/toleration/properties/toleration_seconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.properties.toleration_seconds.type, parentSchema: schema32.properties.toleration_seconds, data: data5 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
          if (typeof data5 == "number" && isFinite(data5)) {
            if (data5 < 0 || isNaN(data5)) {
              const err9 = { instancePath: instancePath + "/" + i0 + "/toleration_seconds", schemaPath: "#/definitions/toleration/properties/toleration_seconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema32.properties.toleration_seconds, data: data5 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/toleration/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data: data0 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema61.type, parentSchema: schema61, data };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate37.errors = vErrors;
  return errors === 0;
}
var schema64 = { "description": "ConfigMaps whose every key becomes an environment variable (env_from); a later one wins a key two of them set. Merged: the defaults' that a task does not list, then the task's in its order.", "type": "array", "uniqueItems": true, "items": { "$ref": "#/definitions/kubernetesName" } };
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (!pattern12.test(data0)) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/kubernetesName/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$"', schema: "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$", parentSchema: schema31, data: data0 };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/kubernetesName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.type, parentSchema: schema31, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    const duplicate0 = func0(data);
    if (duplicate0 !== void 0) {
      const err2 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: duplicate0[0], j: duplicate0[1] }, message: "must NOT have duplicate items (items ## " + duplicate0[1] + " and " + duplicate0[0] + " are identical)", schema: true, parentSchema: schema64, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema64.type, parentSchema: schema64, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate39.errors = vErrors;
  return errors === 0;
}
var schema66 = { "description": "Volumes mounted into the task's container (volumes and volume_mounts). Merged with the defaults' by mount path: a task's volume at a path the defaults mount replaces that one.", "type": "array", "items": { "$ref": "#/definitions/volume" } };
function validate41(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate23(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema66.type, parentSchema: schema66, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate41.errors = vErrors;
  return errors === 0;
}
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func4.call(schema38.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema38, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.command !== void 0) {
      let data0 = data.command;
      if (Array.isArray(data0)) {
        if (data0.length < 1) {
          const err1 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema38.properties.command, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 !== "string") {
            const err2 = { instancePath: instancePath + "/command/" + i0, schemaPath: "#/properties/command/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.command.items.type, parentSchema: schema38.properties.command.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
      } else {
        const err3 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema38.properties.command.type, parentSchema: schema38.properties.command, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.args !== void 0) {
      let data2 = data.args;
      if (Array.isArray(data2)) {
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data3 = data2[i1];
          if (typeof data3 !== "string") {
            const err4 = { instancePath: instancePath + "/args/" + i1, schemaPath: "#/definitions/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.items.type, parentSchema: schema29.items, data: data3 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/args", schemaPath: "#/definitions/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema29.type, parentSchema: schema29, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.depends_on !== void 0) {
      let data4 = data.depends_on;
      if (Array.isArray(data4)) {
        const len2 = data4.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data5 = data4[i2];
          if (typeof data5 !== "string") {
            const err6 = { instancePath: instancePath + "/depends_on/" + i2, schemaPath: "#/properties/depends_on/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.depends_on.items.type, parentSchema: schema38.properties.depends_on.items, data: data5 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        const duplicate0 = func0(data4);
        if (duplicate0 !== void 0) {
          const err7 = { instancePath: instancePath + "/depends_on", schemaPath: "#/properties/depends_on/uniqueItems", keyword: "uniqueItems", params: { i: duplicate0[0], j: duplicate0[1] }, message: "must NOT have duplicate items (items ## " + duplicate0[1] + " and " + duplicate0[0] + " are identical)", schema: true, parentSchema: schema38.properties.depends_on, data: data4 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/depends_on", schemaPath: "#/properties/depends_on/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema38.properties.depends_on.type, parentSchema: schema38.properties.depends_on, data: data4 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.matrix !== void 0) {
      let data6 = data.matrix;
      if (Array.isArray(data6)) {
        if (data6.length < 1) {
          const err9 = { instancePath: instancePath + "/matrix", schemaPath: "#/properties/matrix/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema38.properties.matrix, data: data6 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        const len3 = data6.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data7 = data6[i3];
          if (typeof data7 !== "string" && !(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
            const err10 = { instancePath: instancePath + "/matrix/" + i3, schemaPath: "#/properties/matrix/items/type", keyword: "type", params: { type: schema38.properties.matrix.items.type }, message: "must be string,integer", schema: schema38.properties.matrix.items.type, parentSchema: schema38.properties.matrix.items, data: data7 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        const duplicate1 = func0(data6);
        if (duplicate1 !== void 0) {
          const err11 = { instancePath: instancePath + "/matrix", schemaPath: "#/properties/matrix/uniqueItems", keyword: "uniqueItems", params: { i: duplicate1[0], j: duplicate1[1] }, message: "must NOT have duplicate items (items ## " + duplicate1[1] + " and " + duplicate1[0] + " are identical)", schema: true, parentSchema: schema38.properties.matrix, data: data6 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/matrix", schemaPath: "#/properties/matrix/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema38.properties.matrix.type, parentSchema: schema38.properties.matrix, data: data6 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.image !== void 0) {
      let data8 = data.image;
      if (typeof data8 === "string") {
        if (func5(data8) < 1) {
          const err13 = { instancePath: instancePath + "/image", schemaPath: "#/definitions/taskSettings/properties/image/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema40, data: data8 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/image", schemaPath: "#/definitions/taskSettings/properties/image/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.type, parentSchema: schema40, data: data8 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.retries !== void 0) {
      let data9 = data.retries;
      if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
        const err15 = { instancePath: instancePath + "/retries", schemaPath: "#/definitions/taskSettings/properties/retries/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema41.type, parentSchema: schema41, data: data9 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      if (typeof data9 == "number" && isFinite(data9)) {
        if (data9 > 100 || isNaN(data9)) {
          const err16 = { instancePath: instancePath + "/retries", schemaPath: "#/definitions/taskSettings/properties/retries/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema41, data: data9 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (data9 < 0 || isNaN(data9)) {
          const err17 = { instancePath: instancePath + "/retries", schemaPath: "#/definitions/taskSettings/properties/retries/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema41, data: data9 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      }
    }
    if (data.retry_delay !== void 0) {
      let data10 = data.retry_delay;
      if (typeof data10 === "string") {
        if (!pattern1.test(data10)) {
          const err18 = { instancePath: instancePath + "/retry_delay", schemaPath: "#/definitions/taskSettings/properties/retry_delay/pattern", keyword: "pattern", params: { pattern: "^(?:[0-9]+d)?(?:[0-9]+h)?(?:[0-9]+m)?(?:[0-9]+s)?$" }, message: 'must match pattern "^(?:[0-9]+d)?(?:[0-9]+h)?(?:[0-9]+m)?(?:[0-9]+s)?$"', schema: "^(?:[0-9]+d)?(?:[0-9]+h)?(?:[0-9]+m)?(?:[0-9]+s)?$", parentSchema: schema15, data: data10 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/retry_delay", schemaPath: "#/definitions/taskSettings/properties/retry_delay/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data10 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.timeout !== void 0) {
      let data11 = data.timeout;
      if (typeof data11 === "string") {
        if (!pattern1.test(data11)) {
          const err20 = { instancePath: instancePath + "/timeout", schemaPath: "#/definitions/taskSettings/properties/timeout/pattern", keyword: "pattern", params: { pattern: "^(?:[0-9]+d)?(?:[0-9]+h)?(?:[0-9]+m)?(?:[0-9]+s)?$" }, message: 'must match pattern "^(?:[0-9]+d)?(?:[0-9]+h)?(?:[0-9]+m)?(?:[0-9]+s)?$"', schema: "^(?:[0-9]+d)?(?:[0-9]+h)?(?:[0-9]+m)?(?:[0-9]+s)?$", parentSchema: schema15, data: data11 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = { instancePath: instancePath + "/timeout", schemaPath: "#/definitions/taskSettings/properties/timeout/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data11 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.startup_timeout !== void 0) {
      let data12 = data.startup_timeout;
      if (typeof data12 === "string") {
        if (!pattern1.test(data12)) {
          const err22 = { instancePath: instancePath + "/startup_timeout", schemaPath: "#/definitions/taskSettings/properties/startup_timeout/pattern", keyword: "pattern", params: { pattern: "^(?:[0-9]+d)?(?:[0-9]+h)?(?:[0-9]+m)?(?:[0-9]+s)?$" }, message: 'must match pattern "^(?:[0-9]+d)?(?:[0-9]+h)?(?:[0-9]+m)?(?:[0-9]+s)?$"', schema: "^(?:[0-9]+d)?(?:[0-9]+h)?(?:[0-9]+m)?(?:[0-9]+s)?$", parentSchema: schema15, data: data12 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      } else {
        const err23 = { instancePath: instancePath + "/startup_timeout", schemaPath: "#/definitions/taskSettings/properties/startup_timeout/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data12 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.resources !== void 0) {
      let data13 = data.resources;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        for (const key1 in data13) {
          if (!(key1 === "cpu" || key1 === "memory" || key1 === "ephemeral_storage")) {
            const err24 = { instancePath: instancePath + "/resources", schemaPath: "#/definitions/taskSettings/properties/resources/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema23, data: data13 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data13.cpu !== void 0) {
          let data14 = data13.cpu;
          if (typeof data14 !== "string" && !(typeof data14 == "number" && isFinite(data14))) {
            const err25 = { instancePath: instancePath + "/resources/cpu", schemaPath: "#/definitions/taskSettings/properties/resources/properties/cpu/type", keyword: "type", params: { type: schema23.properties.cpu.type }, message: "must be string,number", schema: schema23.properties.cpu.type, parentSchema: schema23.properties.cpu, data: data14 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data13.memory !== void 0) {
          let data15 = data13.memory;
          if (typeof data15 !== "string") {
            const err26 = { instancePath: instancePath + "/resources/memory", schemaPath: "#/definitions/taskSettings/properties/resources/properties/memory/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.memory.type, parentSchema: schema23.properties.memory, data: data15 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data13.ephemeral_storage !== void 0) {
          let data16 = data13.ephemeral_storage;
          if (typeof data16 !== "string") {
            const err27 = { instancePath: instancePath + "/resources/ephemeral_storage", schemaPath: "#/definitions/taskSettings/properties/resources/properties/ephemeral_storage/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.ephemeral_storage.type, parentSchema: schema23.properties.ephemeral_storage, data: data16 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/resources", schemaPath: "#/definitions/taskSettings/properties/resources/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema23.type, parentSchema: schema23, data: data13 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.env !== void 0) {
      let data17 = data.env;
      if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
        for (const key2 in data17) {
          let data18 = data17[key2];
          if (typeof data18 !== "string") {
            const err29 = { instancePath: instancePath + "/env/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/taskSettings/properties/env/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.additionalProperties.type, parentSchema: schema24.additionalProperties, data: data18 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
      } else {
        const err30 = { instancePath: instancePath + "/env", schemaPath: "#/definitions/taskSettings/properties/env/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.type, parentSchema: schema24, data: data17 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.secrets !== void 0) {
      if (!validate27(data.secrets, { instancePath: instancePath + "/secrets", parentData: data, parentDataProperty: "secrets", rootData })) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
    if (data.trigger_rule !== void 0) {
      let data20 = data.trigger_rule;
      if (typeof data20 !== "string") {
        const err31 = { instancePath: instancePath + "/trigger_rule", schemaPath: "#/definitions/taskSettings/properties/trigger_rule/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.type, parentSchema: schema49, data: data20 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
      if (!(data20 === "all_success" || data20 === "all_failed" || data20 === "all_done" || data20 === "all_skipped" || data20 === "one_success" || data20 === "one_failed" || data20 === "one_done" || data20 === "none_failed" || data20 === "none_failed_min_one_success" || data20 === "none_skipped" || data20 === "always")) {
        const err32 = { instancePath: instancePath + "/trigger_rule", schemaPath: "#/definitions/taskSettings/properties/trigger_rule/enum", keyword: "enum", params: { allowedValues: schema49.enum }, message: "must be equal to one of the allowed values", schema: schema49.enum, parentSchema: schema49, data: data20 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.pool !== void 0) {
      let data21 = data.pool;
      if (typeof data21 === "string") {
        if (func5(data21) < 1) {
          const err33 = { instancePath: instancePath + "/pool", schemaPath: "#/definitions/taskSettings/properties/pool/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema50, data: data21 };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
      } else {
        const err34 = { instancePath: instancePath + "/pool", schemaPath: "#/definitions/taskSettings/properties/pool/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.type, parentSchema: schema50, data: data21 };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.priority_weight !== void 0) {
      let data22 = data.priority_weight;
      if (!(typeof data22 == "number" && (!(data22 % 1) && !isNaN(data22)) && isFinite(data22))) {
        const err35 = { instancePath: instancePath + "/priority_weight", schemaPath: "#/definitions/taskSettings/properties/priority_weight/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema51.type, parentSchema: schema51, data: data22 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.labels !== void 0) {
      let data23 = data.labels;
      if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
        for (const key3 in data23) {
          let data24 = data23[key3];
          if (typeof data24 !== "string") {
            const err36 = { instancePath: instancePath + "/labels/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/taskSettings/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.additionalProperties.type, parentSchema: schema24.additionalProperties, data: data24 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
      } else {
        const err37 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/taskSettings/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.type, parentSchema: schema24, data: data23 };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.email !== void 0) {
      let data25 = data.email;
      if (Array.isArray(data25)) {
        if (data25.length < 1) {
          const err38 = { instancePath: instancePath + "/email", schemaPath: "#/definitions/taskSettings/properties/email/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema53, data: data25 };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
        const len4 = data25.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data26 = data25[i4];
          if (typeof data26 === "string") {
            if (!pattern3.test(data26)) {
              const err39 = { instancePath: instancePath + "/email/" + i4, schemaPath: "#/definitions/taskSettings/properties/email/items/pattern", keyword: "pattern", params: { pattern: "^[^@\\s]+@[^@\\s]+$" }, message: 'must match pattern "^[^@\\s]+@[^@\\s]+$"', schema: "^[^@\\s]+@[^@\\s]+$", parentSchema: schema53.items, data: data26 };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
          } else {
            const err40 = { instancePath: instancePath + "/email/" + i4, schemaPath: "#/definitions/taskSettings/properties/email/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema53.items.type, parentSchema: schema53.items, data: data26 };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
      } else {
        const err41 = { instancePath: instancePath + "/email", schemaPath: "#/definitions/taskSettings/properties/email/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema53.type, parentSchema: schema53, data: data25 };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.email_on_retry !== void 0) {
      let data27 = data.email_on_retry;
      if (typeof data27 !== "boolean") {
        const err42 = { instancePath: instancePath + "/email_on_retry", schemaPath: "#/definitions/taskSettings/properties/email_on_retry/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema54.type, parentSchema: schema54, data: data27 };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data.namespace !== void 0) {
      let data28 = data.namespace;
      if (typeof data28 === "string") {
        if (!pattern10.test(data28)) {
          const err43 = { instancePath: instancePath + "/namespace", schemaPath: "#/definitions/taskSettings/properties/namespace/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"', schema: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$", parentSchema: schema55, data: data28 };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
      } else {
        const err44 = { instancePath: instancePath + "/namespace", schemaPath: "#/definitions/taskSettings/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.type, parentSchema: schema55, data: data28 };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
    if (data.node_selector !== void 0) {
      let data29 = data.node_selector;
      if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
        for (const key4 in data29) {
          let data30 = data29[key4];
          if (typeof data30 !== "string") {
            const err45 = { instancePath: instancePath + "/node_selector/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/taskSettings/properties/node_selector/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.additionalProperties.type, parentSchema: schema24.additionalProperties, data: data30 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
      } else {
        const err46 = { instancePath: instancePath + "/node_selector", schemaPath: "#/definitions/taskSettings/properties/node_selector/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.type, parentSchema: schema24, data: data29 };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data.affinity !== void 0) {
      let data31 = data.affinity;
      if (!(data31 && typeof data31 == "object" && !Array.isArray(data31))) {
        const err47 = { instancePath: instancePath + "/affinity", schemaPath: "#/definitions/taskSettings/properties/affinity/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema57.type, parentSchema: schema57, data: data31 };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
    if (data.sidecars !== void 0) {
      if (!validate29(data.sidecars, { instancePath: instancePath + "/sidecars", parentData: data, parentDataProperty: "sidecars", rootData })) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
    if (data.notify !== void 0) {
      if (!validate32(data.notify, { instancePath: instancePath + "/notify", parentData: data, parentDataProperty: "notify", rootData })) {
        vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
        errors = vErrors.length;
      }
    }
    if (data.service_account !== void 0) {
      let data34 = data.service_account;
      if (typeof data34 === "string") {
        if (!pattern12.test(data34)) {
          const err48 = { instancePath: instancePath + "/service_account", schemaPath: "#/definitions/taskSettings/properties/service_account/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$"', schema: "^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$", parentSchema: schema31, data: data34 };
          if (vErrors === null) {
            vErrors = [err48];
          } else {
            vErrors.push(err48);
          }
          errors++;
        }
      } else {
        const err49 = { instancePath: instancePath + "/service_account", schemaPath: "#/definitions/taskSettings/properties/service_account/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.type, parentSchema: schema31, data: data34 };
        if (vErrors === null) {
          vErrors = [err49];
        } else {
          vErrors.push(err49);
        }
        errors++;
      }
    }
    if (data.tolerations !== void 0) {
      if (!validate37(data.tolerations, { instancePath: instancePath + "/tolerations", parentData: data, parentDataProperty: "tolerations", rootData })) {
        vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
        errors = vErrors.length;
      }
    }
    if (data.annotations !== void 0) {
      let data36 = data.annotations;
      if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
        for (const key5 in data36) {
          let data37 = data36[key5];
          if (typeof data37 !== "string") {
            const err50 = { instancePath: instancePath + "/annotations/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/taskSettings/properties/annotations/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.additionalProperties.type, parentSchema: schema24.additionalProperties, data: data37 };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
      } else {
        const err51 = { instancePath: instancePath + "/annotations", schemaPath: "#/definitions/taskSettings/properties/annotations/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.type, parentSchema: schema24, data: data36 };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
    }
    if (data.config_maps !== void 0) {
      if (!validate39(data.config_maps, { instancePath: instancePath + "/config_maps", parentData: data, parentDataProperty: "config_maps", rootData })) {
        vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
        errors = vErrors.length;
      }
    }
    if (data.volumes !== void 0) {
      if (!validate41(data.volumes, { instancePath: instancePath + "/volumes", parentData: data, parentDataProperty: "volumes", rootData })) {
        vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
        errors = vErrors.length;
      }
    }
    if (data.xcom !== void 0) {
      let data40 = data.xcom;
      if (typeof data40 !== "boolean") {
        const err52 = { instancePath: instancePath + "/xcom", schemaPath: "#/definitions/taskSettings/properties/xcom/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema67.type, parentSchema: schema67, data: data40 };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
    }
    if (data.deferrable !== void 0) {
      let data41 = data.deferrable;
      if (typeof data41 !== "boolean") {
        const err53 = { instancePath: instancePath + "/deferrable", schemaPath: "#/definitions/taskSettings/properties/deferrable/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema68.type, parentSchema: schema68, data: data41 };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
    }
    if (data.on_finish !== void 0) {
      let data42 = data.on_finish;
      if (typeof data42 !== "string") {
        const err54 = { instancePath: instancePath + "/on_finish", schemaPath: "#/definitions/taskSettings/properties/on_finish/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema69.type, parentSchema: schema69, data: data42 };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
      if (!(data42 === "delete_pod" || data42 === "delete_succeeded_pod" || data42 === "keep_pod")) {
        const err55 = { instancePath: instancePath + "/on_finish", schemaPath: "#/definitions/taskSettings/properties/on_finish/enum", keyword: "enum", params: { allowedValues: schema69.enum }, message: "must be equal to one of the allowed values", schema: schema69.enum, parentSchema: schema69, data: data42 };
        if (vErrors === null) {
          vErrors = [err55];
        } else {
          vErrors.push(err55);
        }
        errors++;
      }
    }
    if (data.image_pull_policy !== void 0) {
      let data43 = data.image_pull_policy;
      if (typeof data43 !== "string") {
        const err56 = { instancePath: instancePath + "/image_pull_policy", schemaPath: "#/definitions/taskSettings/properties/image_pull_policy/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema70.type, parentSchema: schema70, data: data43 };
        if (vErrors === null) {
          vErrors = [err56];
        } else {
          vErrors.push(err56);
        }
        errors++;
      }
      if (!(data43 === "IfNotPresent" || data43 === "Always" || data43 === "Never")) {
        const err57 = { instancePath: instancePath + "/image_pull_policy", schemaPath: "#/definitions/taskSettings/properties/image_pull_policy/enum", keyword: "enum", params: { allowedValues: schema70.enum }, message: "must be equal to one of the allowed values", schema: schema70.enum, parentSchema: schema70, data: data43 };
        if (vErrors === null) {
          vErrors = [err57];
        } else {
          vErrors.push(err57);
        }
        errors++;
      }
    }
    if (data.group !== void 0) {
      let data44 = data.group;
      if (typeof data44 === "string") {
        if (!pattern26.test(data44)) {
          const err58 = { instancePath: instancePath + "/group", schemaPath: "#/properties/group/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_-]{1,100}(\\.[A-Za-z0-9_-]{1,100})*$" }, message: 'must match pattern "^[A-Za-z0-9_-]{1,100}(\\.[A-Za-z0-9_-]{1,100})*$"', schema: "^[A-Za-z0-9_-]{1,100}(\\.[A-Za-z0-9_-]{1,100})*$", parentSchema: schema38.properties.group, data: data44 };
          if (vErrors === null) {
            vErrors = [err58];
          } else {
            vErrors.push(err58);
          }
          errors++;
        }
      } else {
        const err59 = { instancePath: instancePath + "/group", schemaPath: "#/properties/group/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.group.type, parentSchema: schema38.properties.group, data: data44 };
        if (vErrors === null) {
          vErrors = [err59];
        } else {
          vErrors.push(err59);
        }
        errors++;
      }
    }
    if (data.outlets !== void 0) {
      if (!validate11(data.outlets, { instancePath: instancePath + "/outlets", parentData: data, parentDataProperty: "outlets", rootData })) {
        vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err60 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema38.type, parentSchema: schema38, data };
    if (vErrors === null) {
      vErrors = [err60];
    } else {
      vErrors.push(err60);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tasks === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tasks" }, message: "must have required property 'tasks'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func4.call(schema11.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.dag_id !== void 0) {
      let data0 = data.dag_id;
      if (typeof data0 === "string") {
        if (!pattern0.test(data0)) {
          const err2 = { instancePath: instancePath + "/dag_id", schemaPath: "#/properties/dag_id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.-]{1,200}$" }, message: 'must match pattern "^[A-Za-z0-9_.-]{1,200}$"', schema: "^[A-Za-z0-9_.-]{1,200}$", parentSchema: schema11.properties.dag_id, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/dag_id", schemaPath: "#/properties/dag_id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.dag_id.type, parentSchema: schema11.properties.dag_id, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data1 = data.description;
      if (typeof data1 !== "string") {
        const err4 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.description.type, parentSchema: schema11.properties.description, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.schedule !== void 0) {
      let data2 = data.schedule;
      if (typeof data2 !== "string" && data2 !== null && !(data2 && typeof data2 == "object" && !Array.isArray(data2))) {
        const err5 = { instancePath: instancePath + "/schedule", schemaPath: "#/properties/schedule/type", keyword: "type", params: { type: schema11.properties.schedule.type }, message: "must be string,null,object", schema: schema11.properties.schedule.type, parentSchema: schema11.properties.schedule, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (Object.keys(data2).length > 1) {
          const err6 = { instancePath: instancePath + "/schedule", schemaPath: "#/properties/schedule/maxProperties", keyword: "maxProperties", params: { limit: 1 }, message: "must NOT have more than 1 properties", schema: 1, parentSchema: schema11.properties.schedule, data: data2 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (Object.keys(data2).length < 1) {
          const err7 = { instancePath: instancePath + "/schedule", schemaPath: "#/properties/schedule/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema11.properties.schedule, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        for (const key1 in data2) {
          if (!(key1 === "assets" || key1 === "assets_any")) {
            const err8 = { instancePath: instancePath + "/schedule", schemaPath: "#/properties/schedule/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.schedule, data: data2 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data2.assets !== void 0) {
          if (!validate11(data2.assets, { instancePath: instancePath + "/schedule/assets", parentData: data2, parentDataProperty: "assets", rootData })) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
          }
        }
        if (data2.assets_any !== void 0) {
          if (!validate11(data2.assets_any, { instancePath: instancePath + "/schedule/assets_any", parentData: data2, parentDataProperty: "assets_any", rootData })) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.start_date !== void 0) {
      let data5 = data.start_date;
      if (typeof data5 !== "string") {
        const err9 = { instancePath: instancePath + "/start_date", schemaPath: "#/properties/start_date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.start_date.type, parentSchema: schema11.properties.start_date, data: data5 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.end_date !== void 0) {
      let data6 = data.end_date;
      if (typeof data6 !== "string") {
        const err10 = { instancePath: instancePath + "/end_date", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data6 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.timezone !== void 0) {
      let data7 = data.timezone;
      if (typeof data7 !== "string") {
        const err11 = { instancePath: instancePath + "/timezone", schemaPath: "#/properties/timezone/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.timezone.type, parentSchema: schema11.properties.timezone, data: data7 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.catchup !== void 0) {
      let data8 = data.catchup;
      if (typeof data8 !== "boolean") {
        const err12 = { instancePath: instancePath + "/catchup", schemaPath: "#/properties/catchup/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.catchup.type, parentSchema: schema11.properties.catchup, data: data8 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.max_active_runs !== void 0) {
      let data9 = data.max_active_runs;
      if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
        const err13 = { instancePath: instancePath + "/max_active_runs", schemaPath: "#/properties/max_active_runs/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.max_active_runs.type, parentSchema: schema11.properties.max_active_runs, data: data9 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (typeof data9 == "number" && isFinite(data9)) {
        if (data9 < 1 || isNaN(data9)) {
          const err14 = { instancePath: instancePath + "/max_active_runs", schemaPath: "#/properties/max_active_runs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.max_active_runs, data: data9 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
    }
    if (data.max_active_tasks !== void 0) {
      let data10 = data.max_active_tasks;
      if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
        const err15 = { instancePath: instancePath + "/max_active_tasks", schemaPath: "#/properties/max_active_tasks/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.max_active_tasks.type, parentSchema: schema11.properties.max_active_tasks, data: data10 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      if (typeof data10 == "number" && isFinite(data10)) {
        if (data10 < 1 || isNaN(data10)) {
          const err16 = { instancePath: instancePath + "/max_active_tasks", schemaPath: "#/properties/max_active_tasks/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.max_active_tasks, data: data10 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      }
    }
    if (data.dagrun_timeout !== void 0) {
      let data11 = data.dagrun_timeout;
      if (typeof data11 === "string") {
        if (!pattern1.test(data11)) {
          const err17 = { instancePath: instancePath + "/dagrun_timeout", schemaPath: "#/definitions/duration/pattern", keyword: "pattern", params: { pattern: "^(?:[0-9]+d)?(?:[0-9]+h)?(?:[0-9]+m)?(?:[0-9]+s)?$" }, message: 'must match pattern "^(?:[0-9]+d)?(?:[0-9]+h)?(?:[0-9]+m)?(?:[0-9]+s)?$"', schema: "^(?:[0-9]+d)?(?:[0-9]+h)?(?:[0-9]+m)?(?:[0-9]+s)?$", parentSchema: schema15, data: data11 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/dagrun_timeout", schemaPath: "#/definitions/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data11 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.tags !== void 0) {
      let data12 = data.tags;
      if (Array.isArray(data12)) {
        const len0 = data12.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data13 = data12[i0];
          if (typeof data13 !== "string") {
            const err19 = { instancePath: instancePath + "/tags/" + i0, schemaPath: "#/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.tags.items.type, parentSchema: schema11.properties.tags.items, data: data13 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        const duplicate0 = func0(data12);
        if (duplicate0 !== void 0) {
          const err20 = { instancePath: instancePath + "/tags", schemaPath: "#/properties/tags/uniqueItems", keyword: "uniqueItems", params: { i: duplicate0[0], j: duplicate0[1] }, message: "must NOT have duplicate items (items ## " + duplicate0[1] + " and " + duplicate0[0] + " are identical)", schema: true, parentSchema: schema11.properties.tags, data: data12 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = { instancePath: instancePath + "/tags", schemaPath: "#/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.tags.type, parentSchema: schema11.properties.tags, data: data12 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.owner !== void 0) {
      let data14 = data.owner;
      if (typeof data14 !== "string") {
        const err22 = { instancePath: instancePath + "/owner", schemaPath: "#/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.owner.type, parentSchema: schema11.properties.owner, data: data14 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.doc !== void 0) {
      let data15 = data.doc;
      if (typeof data15 === "string") {
        if (func5(data15) < 1) {
          const err23 = { instancePath: instancePath + "/doc", schemaPath: "#/properties/doc/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.doc, data: data15 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = { instancePath: instancePath + "/doc", schemaPath: "#/properties/doc/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.doc.type, parentSchema: schema11.properties.doc, data: data15 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.params !== void 0) {
      let data16 = data.params;
      if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
        for (const key2 in data16) {
          const _errs41 = errors;
          if (typeof key2 === "string") {
            if (!pattern2.test(key2)) {
              const err25 = { instancePath: instancePath + "/params", schemaPath: "#/properties/params/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema11.properties.params.propertyNames, data: key2, propertyName: key2 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          }
          var valid6 = _errs41 === errors;
          if (!valid6) {
            const err26 = { instancePath: instancePath + "/params", schemaPath: "#/properties/params/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid", schema: schema11.properties.params.propertyNames, parentSchema: schema11.properties.params, data: data16 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        for (const key3 in data16) {
          let data17 = data16[key3];
          if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
            for (const key4 in data17) {
              if (!func4.call(schema16.properties, key4)) {
                const err27 = { instancePath: instancePath + "/params/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/param/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema16, data: data17 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data17.type !== void 0) {
              let data18 = data17.type;
              if (typeof data18 !== "string") {
                const err28 = { instancePath: instancePath + "/params/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/type", schemaPath: "#/definitions/param/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.type.type, parentSchema: schema16.properties.type, data: data18 };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
              if (!(data18 === "string" || data18 === "integer" || data18 === "number" || data18 === "boolean" || data18 === "array" || data18 === "object" || data18 === "null")) {
                const err29 = { instancePath: instancePath + "/params/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/type", schemaPath: "#/definitions/param/properties/type/enum", keyword: "enum", params: { allowedValues: schema16.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema16.properties.type.enum, parentSchema: schema16.properties.type, data: data18 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
            if (data17.description !== void 0) {
              let data19 = data17.description;
              if (typeof data19 !== "string") {
                const err30 = { instancePath: instancePath + "/params/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/definitions/param/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.description.type, parentSchema: schema16.properties.description, data: data19 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            if (data17.title !== void 0) {
              let data20 = data17.title;
              if (typeof data20 !== "string") {
                const err31 = { instancePath: instancePath + "/params/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/title", schemaPath: "#/definitions/param/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.title.type, parentSchema: schema16.properties.title, data: data20 };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
            if (data17.enum !== void 0) {
              let data21 = data17.enum;
              if (Array.isArray(data21)) {
                if (data21.length < 1) {
                  const err32 = { instancePath: instancePath + "/params/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/enum", schemaPath: "#/definitions/param/properties/enum/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema16.properties.enum, data: data21 };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
                const duplicate1 = func0(data21);
                if (duplicate1 !== void 0) {
                  const err33 = { instancePath: instancePath + "/params/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/enum", schemaPath: "#/definitions/param/properties/enum/uniqueItems", keyword: "uniqueItems", params: { i: duplicate1[0], j: duplicate1[1] }, message: "must NOT have duplicate items (items ## " + duplicate1[1] + " and " + duplicate1[0] + " are identical)", schema: true, parentSchema: schema16.properties.enum, data: data21 };
                  if (vErrors === null) {
                    vErrors = [err33];
                  } else {
                    vErrors.push(err33);
                  }
                  errors++;
                }
              } else {
                const err34 = { instancePath: instancePath + "/params/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/enum", schemaPath: "#/definitions/param/properties/enum/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema16.properties.enum.type, parentSchema: schema16.properties.enum, data: data21 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
            if (data17.minimum !== void 0) {
              let data22 = data17.minimum;
              if (!(typeof data22 == "number" && isFinite(data22))) {
                const err35 = { instancePath: instancePath + "/params/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/minimum", schemaPath: "#/definitions/param/properties/minimum/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema16.properties.minimum.type, parentSchema: schema16.properties.minimum, data: data22 };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            if (data17.maximum !== void 0) {
              let data23 = data17.maximum;
              if (!(typeof data23 == "number" && isFinite(data23))) {
                const err36 = { instancePath: instancePath + "/params/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/maximum", schemaPath: "#/definitions/param/properties/maximum/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema16.properties.maximum.type, parentSchema: schema16.properties.maximum, data: data23 };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
            if (data17.min_length !== void 0) {
              let data24 = data17.min_length;
              if (!(typeof data24 == "number" && (!(data24 % 1) && !isNaN(data24)) && isFinite(data24))) {
                const err37 = { instancePath: instancePath + "/params/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/min_length", schemaPath: "#/definitions/param/properties/min_length/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema16.properties.min_length.type, parentSchema: schema16.properties.min_length, data: data24 };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
              if (typeof data24 == "number" && isFinite(data24)) {
                if (data24 < 0 || isNaN(data24)) {
                  const err38 = { instancePath: instancePath + "/params/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/min_length", schemaPath: "#/definitions/param/properties/min_length/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema16.properties.min_length, data: data24 };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
              }
            }
            if (data17.max_length !== void 0) {
              let data25 = data17.max_length;
              if (!(typeof data25 == "number" && (!(data25 % 1) && !isNaN(data25)) && isFinite(data25))) {
                const err39 = { instancePath: instancePath + "/params/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_length", schemaPath: "#/definitions/param/properties/max_length/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema16.properties.max_length.type, parentSchema: schema16.properties.max_length, data: data25 };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
              if (typeof data25 == "number" && isFinite(data25)) {
                if (data25 < 0 || isNaN(data25)) {
                  const err40 = { instancePath: instancePath + "/params/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_length", schemaPath: "#/definitions/param/properties/max_length/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema16.properties.max_length, data: data25 };
                  if (vErrors === null) {
                    vErrors = [err40];
                  } else {
                    vErrors.push(err40);
                  }
                  errors++;
                }
              }
            }
            if (data17.pattern !== void 0) {
              let data26 = data17.pattern;
              if (typeof data26 !== "string") {
                const err41 = { instancePath: instancePath + "/params/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/pattern", schemaPath: "#/definitions/param/properties/pattern/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.pattern.type, parentSchema: schema16.properties.pattern, data: data26 };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
          } else {
            const err42 = { instancePath: instancePath + "/params/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/param/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.type, parentSchema: schema16, data: data17 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
      } else {
        const err43 = { instancePath: instancePath + "/params", schemaPath: "#/properties/params/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.params.type, parentSchema: schema11.properties.params, data: data16 };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.notify !== void 0) {
      let data27 = data.notify;
      if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
        if (Object.keys(data27).length < 1) {
          const err44 = { instancePath: instancePath + "/notify", schemaPath: "#/properties/notify/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema11.properties.notify, data: data27 };
          if (vErrors === null) {
            vErrors = [err44];
          } else {
            vErrors.push(err44);
          }
          errors++;
        }
        for (const key5 in data27) {
          if (!(key5 === "on_failure" || key5 === "on_success")) {
            const err45 = { instancePath: instancePath + "/notify", schemaPath: "#/properties/notify/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.notify, data: data27 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        if (data27.on_failure !== void 0) {
          if (!validate14(data27.on_failure, { instancePath: instancePath + "/notify/on_failure", parentData: data27, parentDataProperty: "on_failure", rootData })) {
            vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
            errors = vErrors.length;
          }
        }
        if (data27.on_success !== void 0) {
          if (!validate14(data27.on_success, { instancePath: instancePath + "/notify/on_success", parentData: data27, parentDataProperty: "on_success", rootData })) {
            vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err46 = { instancePath: instancePath + "/notify", schemaPath: "#/properties/notify/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.notify.type, parentSchema: schema11.properties.notify, data: data27 };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data.defaults !== void 0) {
      if (!validate17(data.defaults, { instancePath: instancePath + "/defaults", parentData: data, parentDataProperty: "defaults", rootData })) {
        vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
        errors = vErrors.length;
      }
    }
    if (data.tasks !== void 0) {
      let data31 = data.tasks;
      if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
        if (Object.keys(data31).length < 1) {
          const err47 = { instancePath: instancePath + "/tasks", schemaPath: "#/properties/tasks/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema11.properties.tasks, data: data31 };
          if (vErrors === null) {
            vErrors = [err47];
          } else {
            vErrors.push(err47);
          }
          errors++;
        }
        for (const key6 in data31) {
          if (!validate26(data31[key6], { instancePath: instancePath + "/tasks/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data31, parentDataProperty: key6, rootData })) {
            vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err48 = { instancePath: instancePath + "/tasks", schemaPath: "#/properties/tasks/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.tasks.type, parentSchema: schema11.properties.tasks, data: data31 };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      }
    }
  } else {
    const err49 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err49];
    } else {
      vErrors.push(err49);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// src/dagfile/schema.ts
function parsePointer(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~")).map((segment) => /^\d+$/.test(segment) ? Number(segment) : segment);
}
function describeValue(value) {
  if (value === null || value === void 0) return "nothing (an empty value)";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}\u2026` : value)}`;
  if (typeof value === "boolean") return `the boolean ${String(value)}`;
  return typeof value === "number" ? `the number ${String(value)}` : `a ${typeof value}`;
}
var TYPE_WORDS = {
  string: "a string",
  number: "a number",
  integer: "a whole number",
  boolean: "true or false",
  object: "a mapping (key: value)",
  array: "a list",
  null: "null"
};
function typeHint(expected, actual) {
  if (expected.includes("boolean") && typeof actual === "string") return " Write true or false (YAML 1.2: yes/no/on/off are strings).";
  if (expected.includes("string") && (typeof actual === "number" || typeof actual === "boolean")) {
    return ` Quote it: "${String(actual)}".`;
  }
  if (expected.includes("array") && typeof actual === "string") return ` Write a list: [${JSON.stringify(actual)}].`;
  if (expected.includes("integer") && typeof actual === "string" && /^\d+$/.test(actual)) return ` Remove the quotes: ${actual}.`;
  if (typeof actual === "number" && !Number.isFinite(actual)) return " YAML's .nan and .inf are not numbers Airflow can use: write a finite number.";
  return "";
}
function alternatives(words) {
  return words.length <= 1 ? words[0] ?? "" : `${words.slice(0, -1).join(", ")} or ${words[words.length - 1] ?? ""}`;
}
function keyMessage(error, path, key) {
  const where = describePath(path);
  if (path[path.length - 1] === "params") {
    const suggestion = key.replace(/[^A-Za-z0-9_]+/g, "_").replace(/^(\d)/, "_$1");
    return { message: `${where}: "${key}" is not a valid param name: a param name must be a Python identifier (letters, digits and '_', not starting with a digit), because templates read it as {{ params.NAME }}. Did you mean "${suggestion}"?`, path: [...path, key], anchor: "key" };
  }
  return { message: `${where}: "${key}" is not a valid key here (${error.message ?? "invalid"}).`, path: [...path, key], anchor: "key" };
}
function countMessage(error, path) {
  const where = describePath(path);
  const parent = error.parentSchema;
  const allowed = Object.keys(parent?.properties ?? {});
  if (allowed.length === 0) return `${where}: expected at least one entry.`;
  const present = Object.keys(error.data ?? {});
  if (parent?.maxProperties === 1) {
    if (present.length === 0) return `${where}: give one of ${alternatives(allowed)}.`;
    const choice = allowed.length === 2 ? `either ${alternatives(allowed)}, not both` : `exactly one of ${alternatives(allowed)}`;
    return `${where}: give ${choice} (found ${present.join(" and ")}).`;
  }
  return `${where}: expected at least one of ${alternatives(allowed)}.`;
}
function messageFor(error, path) {
  const where = describePath(path);
  const params = error.params;
  const propertyName = error.propertyName;
  if (propertyName !== void 0) return keyMessage(error, path, propertyName);
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(params["additionalProperty"]);
      const parent = error.parentSchema;
      const allowed = Object.keys(parent?.properties ?? {});
      const container = path.length === 0 ? "at the top level" : `in ${where}`;
      const list = allowed.length > 0 ? ` Allowed here: ${allowed.join(", ")}.` : "";
      return { message: `unknown key "${key}" ${container}.${didYouMean(key, allowed)}${list}`, path: [...path, key], anchor: "key" };
    }
    case "required": {
      const key = String(params["missingProperty"]);
      const hint = key === "tasks" ? " Add e.g.\n  tasks:\n    main:\n      command: [python, -m, mypackage]" : "";
      return { message: `${where} is missing the required key "${key}".${hint}`, path, anchor: "value" };
    }
    case "type": {
      const expectedRaw = params["type"];
      const expected = Array.isArray(expectedRaw) ? expectedRaw.map(String) : String(expectedRaw).split(",");
      const words = expected.map((type) => TYPE_WORDS[type] ?? type).join(" or ");
      return { message: `${where}: expected ${words}, got ${describeValue(error.data)}.${typeHint(expected, error.data)}`, path, anchor: "value" };
    }
    case "enum": {
      const allowed = (params["allowedValues"] ?? []).map(String);
      const got = String(error.data);
      return { message: `${where}: "${got}" is not one of ${allowed.join(", ")}.${didYouMean(got, allowed)}`, path, anchor: "value" };
    }
    case "pattern": {
      const parent = error.parentSchema;
      const expected = parent?.["x-expected"] ?? `text matching ${String(params["pattern"])}`;
      const got = String(error.data);
      const last = path[path.length - 1];
      const hint = typeof last === "string" && ["retry_delay", "timeout", "startup_timeout", "dagrun_timeout"].includes(last) ? durationHint(got) : "";
      return { message: `${where}: ${JSON.stringify(got)} is not valid: expected ${expected}.${hint}`, path, anchor: "value" };
    }
    case "minItems":
      return { message: `${where}: expected at least ${String(params["limit"])} item(s), got none.`, path, anchor: "value" };
    case "minProperties":
    case "maxProperties":
      return { message: countMessage(error, path), path, anchor: "value" };
    case "minLength":
      return { message: `${where}: must not be empty.`, path, anchor: "value" };
    case "uniqueItems": {
      const later = Number(params["j"]);
      return { message: `${where}: items ${String(later)} and ${String(params["i"])} are the same; list each once.`, path: [...path, later], anchor: "value" };
    }
    case "minimum":
    case "maximum":
      return { message: `${where}: must be ${error.keyword === "minimum" ? "at least" : "at most"} ${String(params["limit"])}, got ${String(error.data)}.`, path, anchor: "value" };
    default:
      return { message: `${where}: ${error.message ?? "is not valid"}.`, path, anchor: "value" };
  }
}
function schemaProblems(source, value) {
  if (validate(value)) return [];
  const problems = [];
  const seen = /* @__PURE__ */ new Set();
  for (const error of validate.errors ?? []) {
    if (error.keyword === "if" || error.keyword === "propertyNames") continue;
    const described = messageFor(error, parsePointer(error.instancePath));
    const problem = problemAt(source, described.path, described.message, { anchor: described.anchor });
    const key = `${problem.line}:${problem.column}:${problem.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      problems.push(problem);
    }
  }
  return problems;
}

// src/dagfile/param-value.ts
var TYPE_WORDS2 = {
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
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, index) => jsonEqual(item, b[index]));
  if (typeof a === "object" && a !== null && typeof b === "object" && b !== null) {
    const left = Object.entries(a);
    const right = b;
    return left.length === Object.keys(right).length && left.every(([key, value]) => key in right && jsonEqual(value, right[key]));
  }
  return a === b;
}
function paramValueProblem(param, value) {
  const shown2 = describeValue(value);
  if (param.type !== void 0 && !hasType(value, param.type)) return `${shown2} is not ${TYPE_WORDS2[param.type]} (type: ${param.type})`;
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
    at(["schedule", "assets_any"], `schedule.assets_any needs DatasetAny, which Airflow 2.9 added; the Airflow 2 profile also promises 2.7 and 2.8. Use assets (run when all were updated), or render for Airflow 3 (--airflow 3). See ${CONDITIONAL_DATASETS}`, "key");
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
        at(["params", name], `params.${name} has no default: Airflow 2.7 refuses to load a DAG with a param that has none (2.8+ only when the DAG has a schedule). Add \`default: ...\` (it is also the trigger form's initial value).`, "key");
      } else if (scheduled) {
        at(["params", name], `params.${name} has no default, but the DAG has a schedule: Airflow refuses to load a scheduled DAG whose params cannot all be resolved. Add \`default: ...\`, or set \`schedule: null\` (then each manual run gives the value).`, "key");
      }
      continue;
    }
    const problem = paramValueProblem(param, param.default);
    if (problem !== void 0) at(["params", name, "default"], `params.${name}.default: ${problem}. Airflow validates the default against the param's own schema (and refuses to load a scheduled DAG whose default fails): fix the default or the schema.`);
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
        at(["tasks", name, "group"], `tasks.${name}.group: group "${leaf}" of "${group}" is also the group "${earlier}": Airflow group ids are unique in a DAG, and dagship keeps task ids unprefixed, so a group is known by its last name alone. Rename one of them.`);
        break;
      }
      pathOfLeaf.set(leaf, path);
      if (taskIds.has(leaf)) {
        at(["tasks", name, "group"], `tasks.${name}.group: group "${leaf}" has the id of task "${leaf}": Airflow keeps task and group ids in one namespace. Rename the group or the task.`);
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

// src/dagfile/load.ts
var MAX_ALIAS_COUNT = 200;
var TAG_FIX = "dag.yaml takes plain YAML 1.2 values; only the core tags !!str, !!int, !!float, !!bool, !!null, !!seq and !!map are read. Remove the tag.";
function loadSpecText(file, text) {
  const source = new SourceDocument(file, text);
  const { document } = source;
  const located = (error) => ({
    file,
    ...positionOf(source, error.pos[0]),
    message: error.code === "TAG_RESOLVE_FAILED" ? `${firstLine(error.message)}: ${TAG_FIX}` : `invalid YAML: ${firstLine(error.message)}`,
    severity: "error"
  });
  const problems = [...document.errors.map(located), ...document.warnings.map(located)];
  if (problems.length > 0) return { source, value: void 0, problems };
  try {
    return withValue(source, document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), problems);
  } catch (thrown) {
    const reason = thrown instanceof Error ? thrown.message : String(thrown);
    problems.push({ file, line: 1, column: 1, message: `invalid YAML: ${firstLine(reason)}`, severity: "error" });
    return { source, value: void 0, problems };
  }
}
function withValue(source, value, problems) {
  if (value === null || value === void 0) {
    problems.push({
      file: source.file,
      line: 1,
      column: 1,
      message: "the file is empty: expected a mapping with at least `tasks:` (see schema/dag.schema.json)",
      severity: "error"
    });
    return { source, value: void 0, problems };
  }
  return { source, value, problems };
}
function firstLine(message) {
  const line = message.split("\n")[0] ?? message;
  return excerpt(line.replace(/ at line \d+, column \d+:?$/, ""));
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
  Object.assign(normalised, taskGraphKeys(task, defaults, (text) => substitute(text, matrixValue)));
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
    problems.push({ file, line: 1, column: 1, message: `the folder name "${project}" does not make a valid dag_id: set dag_id explicitly.`, severity: "error" });
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
    const target = await realpath(resolve2(projectDir, docFile));
    if (!target.startsWith(`${root}${sep}`)) {
      return { ok: false, reason: "leads outside the project folder through a symlink: dagship reads only the project's own files. Put the file itself in the project." };
    }
    if (!(await stat2(target)).isFile()) return { ok: false, reason: "is not a file: name a Markdown file, e.g. README.md." };
    bytes = await readFile2(target);
  } catch (thrown) {
    const code = thrown.code;
    return { ok: false, reason: code === "ENOENT" ? "does not exist in the project folder: add the file, or fix the path (it is relative to dag.yaml)." : `cannot be read (${code ?? messageOf(thrown)}).` };
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
      const text = await readFile2(project.specFile, "utf8");
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
    (entry) => entry.assets ? [{ project: entry.project.name, specPath: entry.project.specPath, dagId: entry.dag?.dagId ?? entry.assets.dagId ?? snakeCase(entry.project.name), assets: entry.assets }] : []
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
  closest,
  didYouMean,
  imageProjects,
  SPEC_FILE,
  discoverProjects,
  projectFromPath,
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
  loadSpecText,
  snakeCase,
  dagAssets,
  compileProjects,
  dagIdClashes,
  renderProject,
  withAssetWarnings,
  compileRepositoryGraph
};
//# sourceMappingURL=chunk-LRPTWIOR.js.map
