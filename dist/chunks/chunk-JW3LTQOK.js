import { createRequire as __dagshipCreateRequire } from 'node:module'; import { fileURLToPath as __dagshipFileURLToPath } from 'node:url'; const require = __dagshipCreateRequire(import.meta.url); const __filename = __dagshipFileURLToPath(import.meta.url); const __dirname = __dagshipFileURLToPath(new URL('.', import.meta.url));
import {
  parseRegistryRef
} from "./chunk-LZF7COQX.js";
import {
  CommitComparer,
  checkedOutCommit,
  hasCommit,
  isCommitId,
  openTarget,
  projectPrefix,
  readManifest,
  runGit,
  shortSha
} from "./chunk-SU2R3ERK.js";
import {
  DEFAULT_RETRY
} from "./chunk-VHEWEDXM.js";
import {
  didYouMean,
  loadSpecText,
  problemAt,
  schemaProblems
} from "./chunk-4R5KA2VE.js";
import {
  parseDestination
} from "./chunk-NLAMMUB7.js";
import {
  UserError,
  formatProblem,
  messageOf
} from "./chunk-K7TMSU63.js";

// src/environments/config.ts
import { readFile, realpath, stat } from "node:fs/promises";
import path from "node:path";

// src/environments/config-validator.generated.js
var validate = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/dagship/dagship/blob/v1/schema/dagship.config.schema.json", "title": "dagship repository config (dagship.config.yaml)", "description": "Settings of the whole repository, at its root: the environments dagship deploys to, which git refs deploy to each, and which environment's images a release promotes. Each project's own DAG stays in its dag.yaml.", "type": "object", "additionalProperties": false, "required": ["environments"], "properties": { "environments": { "description": "The environments by name (letters, digits, '_', '-' and '.'), e.g. dev and prod. `dagship deploy --env NAME` and the action's `environment` input pick one; without it, the action picks the environment whose branches or tags match the pushed ref.", "type": "object", "minProperties": 1, "additionalProperties": { "$ref": "#/definitions/environment" } } }, "definitions": { "environment": { "description": "Where an environment's DAGs go, where its images live, the profile its DAGs are rendered for, and which refs deploy to it.", "type": "object", "additionalProperties": false, "required": ["destination"], "properties": { "description": { "description": "What the environment is for, for people reading this file.", "type": "string" }, "destination": { "description": "Where the DAG files go: a Composer environment (projects/PROJECT/locations/REGION/environments/NAME; its bucket is looked up), a bucket folder (gs://BUCKET/dags[/PATH]) or a local folder (relative to the repository root). An explicit --dest, composer-environment or dags-destination wins over it.", "type": "string", "minLength": 1 }, "registry": { "description": "The registry images are built and pushed to: REGION-docker.pkg.dev/PROJECT/REPOSITORY, gcr.io/PROJECT or host[:port]/path. An environment with promote_from needs none (it deploys the digests of the environment it promotes from, in that environment's registry); if set, it must be that registry. An explicit --registry or registry input wins over it.", "type": "string", "minLength": 1 }, "composer": { "description": "Cloud Composer major version the DAGs are rendered for (2 or 3), none for plain Kubernetes, or auto: asked from the Composer environment. Default auto.", "enum": ["auto", "2", "3", "none", 2, 3] }, "airflow": { "description": "Airflow major version the DAGs are rendered for (2 or 3), or auto: asked from the Composer environment. Default auto.", "enum": ["auto", "2", "3", 2, 3] }, "namespace": { "description": 'Kubernetes namespace the pods run in, with composer: none. Default "default".', "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$", "x-expected": "a Kubernetes namespace: lower-case letters, digits and '-', at most 63 characters, e.g. etl" }, "branches": { "description": "Pushes to these branches deploy here (globs as in GitHub's branch filters: * within one segment, ** across '/', a leading ! excludes), e.g. [main]. A pull request into one of them previews against this environment.", "type": "array", "items": { "type": "string", "minLength": 1 }, "uniqueItems": true }, "tags": { "description": 'Pushes of these tags deploy here (globs, e.g. ["v*"]): a release deploy of the tagged commit.', "type": "array", "items": { "type": "string", "minLength": 1 }, "uniqueItems": true }, "promote_from": { "description": 'Another environment whose images this one deploys: every project gets exactly the image digests that environment runs for the deployed commit (from its deploy manifests), and nothing is built, tagged or pushed. E.g. prod with promote_from: dev and tags: ["v*"].', "type": "string", "minLength": 1 } } } } };
var schema12 = { "description": "Where an environment's DAGs go, where its images live, the profile its DAGs are rendered for, and which refs deploy to it.", "type": "object", "additionalProperties": false, "required": ["destination"], "properties": { "description": { "description": "What the environment is for, for people reading this file.", "type": "string" }, "destination": { "description": "Where the DAG files go: a Composer environment (projects/PROJECT/locations/REGION/environments/NAME; its bucket is looked up), a bucket folder (gs://BUCKET/dags[/PATH]) or a local folder (relative to the repository root). An explicit --dest, composer-environment or dags-destination wins over it.", "type": "string", "minLength": 1 }, "registry": { "description": "The registry images are built and pushed to: REGION-docker.pkg.dev/PROJECT/REPOSITORY, gcr.io/PROJECT or host[:port]/path. An environment with promote_from needs none (it deploys the digests of the environment it promotes from, in that environment's registry); if set, it must be that registry. An explicit --registry or registry input wins over it.", "type": "string", "minLength": 1 }, "composer": { "description": "Cloud Composer major version the DAGs are rendered for (2 or 3), none for plain Kubernetes, or auto: asked from the Composer environment. Default auto.", "enum": ["auto", "2", "3", "none", 2, 3] }, "airflow": { "description": "Airflow major version the DAGs are rendered for (2 or 3), or auto: asked from the Composer environment. Default auto.", "enum": ["auto", "2", "3", 2, 3] }, "namespace": { "description": 'Kubernetes namespace the pods run in, with composer: none. Default "default".', "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$", "x-expected": "a Kubernetes namespace: lower-case letters, digits and '-', at most 63 characters, e.g. etl" }, "branches": { "description": "Pushes to these branches deploy here (globs as in GitHub's branch filters: * within one segment, ** across '/', a leading ! excludes), e.g. [main]. A pull request into one of them previews against this environment.", "type": "array", "items": { "type": "string", "minLength": 1 }, "uniqueItems": true }, "tags": { "description": 'Pushes of these tags deploy here (globs, e.g. ["v*"]): a release deploy of the tagged commit.', "type": "array", "items": { "type": "string", "minLength": 1 }, "uniqueItems": true }, "promote_from": { "description": 'Another environment whose images this one deploys: every project gets exactly the image digests that environment runs for the deployed commit (from its deploy manifests), and nothing is built, tagged or pushed. E.g. prod with promote_from: dev and tags: ["v*"].', "type": "string", "minLength": 1 } } };
var func4 = Object.prototype.hasOwnProperty;
var func5 = (text) => {
  let length = 0;
  for (const _ of text) length += 1;
  return length;
};
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
var pattern0 = new RegExp("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.environments === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "environments" }, message: "must have required property 'environments'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "environments")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.environments !== void 0) {
      let data0 = data.environments;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (Object.keys(data0).length < 1) {
          const err2 = { instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema11.properties.environments, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        for (const key1 in data0) {
          let data1 = data0[key1];
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (data1.destination === void 0) {
              const err3 = { instancePath: instancePath + "/environments/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/environment/required", keyword: "required", params: { missingProperty: "destination" }, message: "must have required property 'destination'", schema: schema12.required, parentSchema: schema12, data: data1 };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            for (const key2 in data1) {
              if (!func4.call(schema12.properties, key2)) {
                const err4 = { instancePath: instancePath + "/environments/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/environment/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data: data1 };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
            if (data1.description !== void 0) {
              let data2 = data1.description;
              if (typeof data2 !== "string") {
                const err5 = { instancePath: instancePath + "/environments/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/definitions/environment/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.description.type, parentSchema: schema12.properties.description, data: data2 };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
            if (data1.destination !== void 0) {
              let data3 = data1.destination;
              if (typeof data3 === "string") {
                if (func5(data3) < 1) {
                  const err6 = { instancePath: instancePath + "/environments/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/destination", schemaPath: "#/definitions/environment/properties/destination/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.destination, data: data3 };
                  if (vErrors === null) {
                    vErrors = [err6];
                  } else {
                    vErrors.push(err6);
                  }
                  errors++;
                }
              } else {
                const err7 = { instancePath: instancePath + "/environments/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/destination", schemaPath: "#/definitions/environment/properties/destination/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.destination.type, parentSchema: schema12.properties.destination, data: data3 };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
            if (data1.registry !== void 0) {
              let data4 = data1.registry;
              if (typeof data4 === "string") {
                if (func5(data4) < 1) {
                  const err8 = { instancePath: instancePath + "/environments/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/registry", schemaPath: "#/definitions/environment/properties/registry/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.registry, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err8];
                  } else {
                    vErrors.push(err8);
                  }
                  errors++;
                }
              } else {
                const err9 = { instancePath: instancePath + "/environments/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/registry", schemaPath: "#/definitions/environment/properties/registry/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.registry.type, parentSchema: schema12.properties.registry, data: data4 };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (data1.composer !== void 0) {
              let data5 = data1.composer;
              if (!(data5 === "auto" || data5 === "2" || data5 === "3" || data5 === "none" || data5 === 2 || data5 === 3)) {
                const err10 = { instancePath: instancePath + "/environments/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/composer", schemaPath: "#/definitions/environment/properties/composer/enum", keyword: "enum", params: { allowedValues: schema12.properties.composer.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.composer.enum, parentSchema: schema12.properties.composer, data: data5 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data1.airflow !== void 0) {
              let data6 = data1.airflow;
              if (!(data6 === "auto" || data6 === "2" || data6 === "3" || data6 === 2 || data6 === 3)) {
                const err11 = { instancePath: instancePath + "/environments/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/airflow", schemaPath: "#/definitions/environment/properties/airflow/enum", keyword: "enum", params: { allowedValues: schema12.properties.airflow.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.airflow.enum, parentSchema: schema12.properties.airflow, data: data6 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data1.namespace !== void 0) {
              let data7 = data1.namespace;
              if (typeof data7 === "string") {
                if (!pattern0.test(data7)) {
                  const err12 = { instancePath: instancePath + "/environments/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/namespace", schemaPath: "#/definitions/environment/properties/namespace/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"', schema: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$", parentSchema: schema12.properties.namespace, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
              } else {
                const err13 = { instancePath: instancePath + "/environments/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/namespace", schemaPath: "#/definitions/environment/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.namespace.type, parentSchema: schema12.properties.namespace, data: data7 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data1.branches !== void 0) {
              let data8 = data1.branches;
              if (Array.isArray(data8)) {
                const len0 = data8.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data9 = data8[i0];
                  if (typeof data9 === "string") {
                    if (func5(data9) < 1) {
                      const err14 = { instancePath: instancePath + "/environments/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/branches/" + i0, schemaPath: "#/definitions/environment/properties/branches/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.branches.items, data: data9 };
                      if (vErrors === null) {
                        vErrors = [err14];
                      } else {
                        vErrors.push(err14);
                      }
                      errors++;
                    }
                  } else {
                    const err15 = { instancePath: instancePath + "/environments/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/branches/" + i0, schemaPath: "#/definitions/environment/properties/branches/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.branches.items.type, parentSchema: schema12.properties.branches.items, data: data9 };
                    if (vErrors === null) {
                      vErrors = [err15];
                    } else {
                      vErrors.push(err15);
                    }
                    errors++;
                  }
                }
                const duplicate0 = func0(data8);
                if (duplicate0 !== void 0) {
                  const err16 = { instancePath: instancePath + "/environments/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/branches", schemaPath: "#/definitions/environment/properties/branches/uniqueItems", keyword: "uniqueItems", params: { i: duplicate0[0], j: duplicate0[1] }, message: "must NOT have duplicate items (items ## " + duplicate0[1] + " and " + duplicate0[0] + " are identical)", schema: true, parentSchema: schema12.properties.branches, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
              } else {
                const err17 = { instancePath: instancePath + "/environments/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/branches", schemaPath: "#/definitions/environment/properties/branches/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.branches.type, parentSchema: schema12.properties.branches, data: data8 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            if (data1.tags !== void 0) {
              let data10 = data1.tags;
              if (Array.isArray(data10)) {
                const len1 = data10.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data11 = data10[i1];
                  if (typeof data11 === "string") {
                    if (func5(data11) < 1) {
                      const err18 = { instancePath: instancePath + "/environments/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/tags/" + i1, schemaPath: "#/definitions/environment/properties/tags/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.tags.items, data: data11 };
                      if (vErrors === null) {
                        vErrors = [err18];
                      } else {
                        vErrors.push(err18);
                      }
                      errors++;
                    }
                  } else {
                    const err19 = { instancePath: instancePath + "/environments/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/tags/" + i1, schemaPath: "#/definitions/environment/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.tags.items.type, parentSchema: schema12.properties.tags.items, data: data11 };
                    if (vErrors === null) {
                      vErrors = [err19];
                    } else {
                      vErrors.push(err19);
                    }
                    errors++;
                  }
                }
                const duplicate1 = func0(data10);
                if (duplicate1 !== void 0) {
                  const err20 = { instancePath: instancePath + "/environments/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/tags", schemaPath: "#/definitions/environment/properties/tags/uniqueItems", keyword: "uniqueItems", params: { i: duplicate1[0], j: duplicate1[1] }, message: "must NOT have duplicate items (items ## " + duplicate1[1] + " and " + duplicate1[0] + " are identical)", schema: true, parentSchema: schema12.properties.tags, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
              } else {
                const err21 = { instancePath: instancePath + "/environments/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/tags", schemaPath: "#/definitions/environment/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.tags.type, parentSchema: schema12.properties.tags, data: data10 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data1.promote_from !== void 0) {
              let data12 = data1.promote_from;
              if (typeof data12 === "string") {
                if (func5(data12) < 1) {
                  const err22 = { instancePath: instancePath + "/environments/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/promote_from", schemaPath: "#/definitions/environment/properties/promote_from/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.promote_from, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
              } else {
                const err23 = { instancePath: instancePath + "/environments/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/promote_from", schemaPath: "#/definitions/environment/properties/promote_from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.promote_from.type, parentSchema: schema12.properties.promote_from, data: data12 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
          } else {
            const err24 = { instancePath: instancePath + "/environments/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/environment/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data: data1 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
      } else {
        const err25 = { instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.environments.type, parentSchema: schema11.properties.environments, data: data0 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
  } else {
    const err26 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err26];
    } else {
      vErrors.push(err26);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// src/environments/config.ts
var CONFIG_FILE = "dagship.config.yaml";
var NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$/;
var CONFIG_EXPECTED = "a mapping with `environments:` (see schema/dagship.config.schema.json)";
function parseRepositoryConfig(file, text, root) {
  const loaded = loadSpecText(file, text, CONFIG_EXPECTED);
  if (loaded.value === void 0) return { problems: loaded.problems };
  const problems = schemaProblems(loaded.source, loaded.value, validate);
  const byPlace = () => problems.sort((a, b) => a.line - b.line || a.column - b.column);
  if (problems.length > 0) return { problems: byPlace() };
  const raw = loaded.value.environments;
  const environments = Object.entries(raw).map(([name, env]) => environmentOf(loaded.source, name, env, root, problems));
  checkPromotion(loaded.source, environments, problems);
  return problems.length > 0 ? { problems: byPlace() } : { config: { file, environments }, problems };
}
function environmentOf(source, name, env, root, problems) {
  const at = (key, message) => problems.push(problemAt(source, ["environments", name, key], message));
  if (!NAME.test(name)) {
    problems.push(
      problemAt(source, ["environments", name], `environment name "${name}" is not valid: use letters, digits, '_', '-' or '.' (at most 63), e.g. prod`, {
        anchor: "key"
      })
    );
  }
  let destination = { kind: "local", folder: "" };
  try {
    destination = parseDestination(env.destination, root);
  } catch (thrown) {
    at("destination", `environments.${name}.destination: ${messageOf(thrown)}`);
  }
  let registry;
  if (env.registry !== void 0) {
    try {
      registry = parseRegistryRef(env.registry);
    } catch (thrown) {
      at("registry", `environments.${name}.registry: ${messageOf(thrown)}`);
    }
  }
  return {
    name,
    destination: { text: env.destination, parsed: destination },
    ...registry === void 0 ? {} : { registry },
    composer: String(env.composer ?? "auto"),
    airflow: String(env.airflow ?? "auto"),
    ...env.namespace === void 0 ? {} : { namespace: env.namespace },
    branches: env.branches ?? [],
    tags: env.tags ?? [],
    ...env.promote_from === void 0 ? {} : { promoteFrom: env.promote_from }
  };
}
function checkPromotion(source, environments, problems) {
  const byName = new Map(environments.map((env) => [env.name, env]));
  for (const env of environments) {
    if (env.promoteFrom === void 0) continue;
    const at = (key, message) => problems.push(problemAt(source, ["environments", env.name, key], message));
    const from = byName.get(env.promoteFrom);
    if (from === void 0) {
      at(
        "promote_from",
        `environments.${env.name}.promote_from: no environment "${env.promoteFrom}".${didYouMean(env.promoteFrom, [...byName.keys()])} Environments: ${[...byName.keys()].join(", ")}.`
      );
      continue;
    }
    const chain = [env.name];
    for (let step = from; step !== void 0; step = step.promoteFrom === void 0 ? void 0 : byName.get(step.promoteFrom)) {
      if (chain.includes(step.name)) {
        at(
          "promote_from",
          `environments.${env.name}.promote_from: promotion goes round in a circle (${[...chain, step.name].join(" <- ")}); one environment must build its images.`
        );
        break;
      }
      chain.push(step.name);
    }
    const theirs = registryOf(from, byName);
    if (env.registry !== void 0 && theirs !== void 0 && env.registry.raw !== theirs.raw) {
      at(
        "registry",
        `environments.${env.name}.registry: "${env.registry.raw}" is not the registry of ${from.name} ("${theirs.raw}"): a promotion deploys ${from.name}'s digests, which live in its registry. Leave registry out here, or give both environments the same one.`
      );
    }
  }
}
function registryOf(env, byName, seen = /* @__PURE__ */ new Set()) {
  if (env.registry !== void 0 || env.promoteFrom === void 0 || seen.has(env.name)) return env.registry;
  const from = byName.get(env.promoteFrom);
  return from === void 0 ? void 0 : registryOf(from, byName, /* @__PURE__ */ new Set([...seen, env.name]));
}
async function loadRepositoryConfig(root) {
  const file = path.join(root, CONFIG_FILE);
  const found = await stat(file).catch(() => void 0);
  if (found === void 0) {
    const misnamed = CONFIG_FILE.replace(/\.yaml$/, ".yml");
    if (await stat(path.join(root, misnamed)).catch(() => void 0)) {
      throw new UserError(`${misnamed} is not read: dagship's repository config is ${CONFIG_FILE}; rename it`);
    }
    return void 0;
  }
  const [realRoot, realFile] = await Promise.all([realpath(root), realpath(file)]);
  if (!realFile.startsWith(`${realRoot}${path.sep}`)) {
    throw new UserError(
      `${CONFIG_FILE} leads outside the repository through a symlink: dagship reads only the repository's own files. Put the file itself at the root.`
    );
  }
  if (!found.isFile()) throw new UserError(`${file} is not a file`);
  const text = await readFile(realFile, "utf8");
  const parsed = parseRepositoryConfig(CONFIG_FILE, text, root);
  if (parsed.config === void 0) {
    throw new UserError(`${parsed.problems.length} problem(s) in ${CONFIG_FILE}:
${parsed.problems.map(formatProblem).join("\n")}`, parsed.problems);
  }
  return parsed.config;
}

// src/github/changes.ts
function projectsTouched(files, projects) {
  return projects.filter((project) => project.path === "" || files.some((file) => file.startsWith(`${project.path}/`))).map((project) => project.name);
}
async function changedProjects(compare, projects, git) {
  const everything = (why) => ({ names: projects.map((project) => project.name), all: true, why });
  if (compare.kind === "all") return everything(compare.why);
  if (!isCommitId(compare.base)) return everything(`"${compare.base}" is not a commit id: every project`);
  if (!await git.hasCommit(compare.base) && !await git.fetchCommit(compare.base)) {
    return everything(
      `commit ${compare.base.slice(0, 7)} is not in this clone's history (a shallow clone? use actions/checkout with fetch-depth: 0): every project`
    );
  }
  const files = await git.changedFiles(compare.base);
  return { names: projectsTouched(files, projects), all: false, why: compare.why, files };
}
var CliChangeGit = class {
  constructor(workDir) {
    this.workDir = workDir;
  }
  workDir;
  hasCommit(sha) {
    return hasCommit(this.workDir, sha);
  }
  async fetchCommit(sha) {
    if (!isCommitId(sha)) return false;
    await this.run(["fetch", "--quiet", "--no-tags", "--depth=1", "origin", sha]);
    return this.hasCommit(sha);
  }
  async changedFiles(base) {
    if (!isCommitId(base)) throw new Error(`not a commit id: ${base}`);
    const mergeBase = await this.run(["merge-base", base, "HEAD"]);
    const from = mergeBase.code === 0 ? mergeBase.stdout.trim() : base;
    const out = await this.run(["diff", "--name-only", "--no-renames", "--relative", "-z", from, "HEAD", "--"]);
    if (out.code !== 0) throw new Error(`git diff ${from.slice(0, 7)} HEAD failed in ${this.workDir}: ${out.stderr.trim()}`);
    return out.stdout.split("\0").filter((file) => file !== "");
  }
  async prefix() {
    const out = await this.run(["rev-parse", "--show-prefix"]);
    if (out.code !== 0) throw new Error(`git rev-parse --show-prefix failed in ${this.workDir}: ${out.stderr.trim()}`);
    return out.stdout.trim().replace(/\/+$/, "");
  }
  async addWorktree(sha, dir) {
    if (!isCommitId(sha)) throw new Error(`not a commit id: ${sha}`);
    const out = await this.run(["worktree", "add", "--detach", "--quiet", dir, sha]);
    if (out.code !== 0) throw new Error(`git worktree add ${sha.slice(0, 7)} failed: ${out.stderr.trim()}`);
  }
  async removeWorktree(dir) {
    await this.run(["worktree", "remove", "--force", dir]);
    await this.run(["worktree", "prune"]);
  }
  run(args) {
    return runGit(this.workDir, args);
  }
};

// src/environments/promote.ts
function chooseRecord(deploys, relationOf) {
  for (const record of deploys) {
    const relation = relationOf(record.commit);
    if (relation === "same" || relation === "ahead") return { kind: "found", record, exact: relation === "same" };
  }
  const newest = deploys[0];
  return {
    kind: "none",
    why: newest === void 0 ? "it has no deploy of it" : `none of its last ${deploys.length} deploy(s) is of this commit or an ancestor (it runs ${shortSha(newest.commit)}, deployed ${newest.deployedAt}: newer, or from another branch)`
  };
}
function undigested(images) {
  return Object.values(images).map((image) => image.reference).filter((reference) => !/@sha256:[0-9a-f]{64}$/.test(reference));
}
async function promotedImages(request, deps) {
  const context = { store: request.source.store, log: deps.log, retry: deps.retry ?? DEFAULT_RETRY };
  const comparer = new CommitComparer(deps.git, request.commit);
  const folders = new Map(request.folders.map((project) => [project.name, project]));
  const refusals = [];
  const byProject = {};
  const source = `${request.from} (${request.source.display})`;
  const found = await Promise.all(
    request.projects.map(async (name) => ({ name, read: await readManifest(context, projectPrefix(request.source.dagsFolder, request.repo, name)) }))
  );
  for (const { name, read } of found) {
    if (read === void 0) {
      refusals.push(`${name}: ${source} has never deployed it; deploy it there first`);
      continue;
    }
    const deploys = read.manifest.history?.deploys;
    if (deploys === void 0) {
      refusals.push(`${name}: ${source} recorded no image digests (its manifest predates deploy histories); deploy it there again first`);
      continue;
    }
    const relations = /* @__PURE__ */ new Map();
    for (const record2 of deploys) relations.set(record2.commit, (await comparer.compare({ sha: record2.commit, time: new Date(record2.commitTime) })).relation);
    const choice = chooseRecord(deploys, (commit) => relations.get(commit) ?? "unknown");
    if (choice.kind === "none") {
      refusals.push(`${name}: ${source} cannot be promoted to ${shortSha(request.commit.sha)}: ${choice.why}`);
      continue;
    }
    const { record } = choice;
    const local = undigested(record.images);
    if (local.length > 0) {
      refusals.push(`${name}: ${source} runs ${local.join(", ")}, not an image pinned by digest (deployed without a registry): there is nothing to promote`);
      continue;
    }
    if (!choice.exact) {
      const changed = await changedSince(record.commit, [name, ...Object.keys(record.images)], folders, deps.changes);
      if (changed === void 0) {
        deps.log.warn(
          `${name}: ${request.from} runs it from ${shortSha(record.commit)}, an earlier commit; this clone cannot tell whether it changed since (a shallow clone? actions/checkout with fetch-depth: 0 lets dagship check)`
        );
      } else if (changed.length > 0) {
        refusals.push(
          `${name}: ${request.from} runs it from ${shortSha(record.commit)}, and ${changed.join(", ")} changed after that commit: ${request.from} never ran this commit's version. Deploy ${shortSha(request.commit.sha)} to ${request.from} first`
        );
        continue;
      }
    }
    deps.log.info(
      `${name}: promoting what ${request.from} runs from ${shortSha(record.commit)} (deployed ${record.deployedAt}): ${Object.values(record.images).map((image) => image.reference).join(", ")}`
    );
    byProject[name] = { ...record.images };
  }
  if (refusals.length > 0) {
    throw new UserError(`cannot promote from ${request.from}; nothing was deployed:
  ${refusals.join("\n  ")}`);
  }
  return { from: request.from, byProject };
}
async function promotionFrom(source, scope, deps) {
  const commit = await checkedOutCommit(scope.repoRoot, deps.git);
  const target = await openTarget(source.destination.parsed, deps.log, deps.target ?? {});
  return deps.log.group(
    `Promote from ${source.name} (${target.display})`,
    () => promotedImages(
      { from: source.name, source: target, repo: scope.repo, projects: scope.projects, folders: scope.folders, commit },
      { log: deps.log, git: deps.git, changes: new CliChangeGit(scope.repoRoot) }
    )
  );
}
async function changedSince(commit, names, folders, git) {
  if (!await git.hasCommit(commit)) return void 0;
  const targets = [...new Set(names)].map((name) => folders.get(name)).filter((target) => target !== void 0);
  return projectsTouched(await git.changedFiles(commit), targets);
}

// src/util/posix-path.ts
import path2 from "node:path";
function posixRelative(from, to) {
  return path2.relative(from, to).split(path2.sep).join("/");
}

// src/github/glob.ts
function escape(char) {
  return /[\\^$.*+?()[\]{}|/]/.test(char) ? `\\${char}` : char;
}
function globToRegExp(glob) {
  let source = "";
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i];
    if (char === "*") {
      if (glob[i + 1] === "*") {
        const slashAfter = glob[i + 2] === "/";
        source += slashAfter ? "(?:.*/)?" : ".*";
        i += slashAfter ? 2 : 1;
      } else {
        source += "[^/]*";
      }
    } else if (char === "?") {
      source += "[^/]";
    } else {
      source += escape(char);
    }
  }
  return new RegExp(`^${source}$`);
}
function projectFolders(root, projects) {
  return projects.map((project) => ({ name: project.name, path: posixRelative(root, project.dir) }));
}
function selectByGlobs(globs, targets) {
  const rules = globs.map((raw) => {
    const negated = raw.startsWith("!");
    const pattern = (negated ? raw.slice(1) : raw).replace(/^\.\//, "").replace(/\/+$/, "");
    return { negated, regex: globToRegExp(pattern), byName: !pattern.includes("/") };
  });
  const onlyExclusions = rules.every((rule) => rule.negated);
  return targets.filter((target) => {
    let selected = onlyExclusions;
    for (const rule of rules) {
      const hit = rule.regex.test(target.path) || rule.byName && rule.regex.test(target.name);
      if (hit) selected = !rule.negated;
    }
    return selected;
  }).map((target) => target.name);
}

// src/environments/resolve.ts
function parseGitRef(ref) {
  if (ref.startsWith("refs/heads/")) return { kind: "branch", name: ref.slice("refs/heads/".length) };
  if (ref.startsWith("refs/tags/")) return { kind: "tag", name: ref.slice("refs/tags/".length) };
  return void 0;
}
function refMatches(globs, name) {
  return globs.length > 0 && selectByGlobs(globs, [{ name, path: name }]).length > 0;
}
function environmentsForRef(config, ref) {
  return config.environments.filter((env) => refMatches(ref.kind === "branch" ? env.branches : env.tags, ref.name));
}
function environmentNamed(config, name) {
  const found = config.environments.find((env) => env.name === name);
  if (found !== void 0) return found;
  const names = config.environments.map((env) => env.name);
  throw new UserError(`${config.file} has no environment "${name}".${didYouMean(name, names)} Environments: ${names.join(", ")}`);
}
function promotionSource(config, env) {
  return env.promoteFrom === void 0 ? void 0 : environmentNamed(config, env.promoteFrom);
}
function environmentFields(config, env, explicit) {
  const registry = registryOf(env, new Map(config.environments.map((entry) => [entry.name, entry])));
  const ours = {
    destination: env.destination.parsed,
    ...registry === void 0 ? {} : { registry },
    composer: env.composer,
    airflow: env.airflow,
    ...env.namespace === void 0 ? {} : { namespace: env.namespace }
  };
  const overridden = Object.keys(explicit).filter(
    (key) => explicit[key] !== void 0 && ours[key] !== void 0 && key in ours
  );
  const given = Object.fromEntries(Object.entries(explicit).filter(([, value]) => value !== void 0));
  return { fields: { ...ours, ...given }, overridden };
}
var PULL_REQUEST_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target"]);
function environmentForEvent(config, event, named) {
  if (named !== "") return { kind: "environment", environment: environmentNamed(config, named), why: `environment ${named} (the environment input)` };
  const base = event.payload.pull_request?.base.ref;
  const ref = PULL_REQUEST_EVENTS.has(event.name) && base !== void 0 ? { kind: "branch", name: base } : parseGitRef(event.ref);
  if (ref === void 0) return { kind: "none", why: `${event.ref || event.name} is neither a branch nor a tag: no environment of ${CONFIG_FILE} selects it` };
  const words = ref.kind === "branch" ? `branch ${ref.name}` : `tag ${ref.name}`;
  const matches = environmentsForRef(config, ref);
  if (matches.length === 0)
    return { kind: "none", why: `no environment of ${CONFIG_FILE} lists ${words} in its ${ref.kind === "branch" ? "branches" : "tags"}` };
  if (matches.length > 1) {
    throw new UserError(
      `${words} is selected by ${matches.length} environments of ${CONFIG_FILE} (${matches.map((env) => env.name).join(", ")}): a run deploys to one. Set the action's "environment" input, one step (or matrix job) per environment.`
    );
  }
  const environment = matches[0];
  return { kind: "environment", environment, why: `environment ${environment.name} (${CONFIG_FILE}: ${words})` };
}

export {
  posixRelative,
  CONFIG_FILE,
  registryOf,
  loadRepositoryConfig,
  changedProjects,
  CliChangeGit,
  promotionFrom,
  projectFolders,
  selectByGlobs,
  environmentNamed,
  promotionSource,
  environmentFields,
  environmentForEvent
};
//# sourceMappingURL=chunk-JW3LTQOK.js.map
