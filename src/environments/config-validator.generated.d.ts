import type { ValidateFunction } from "ajv";

/** The dagship.config.yaml JSON Schema validator, precompiled by scripts/generate-validator.mjs. */
export declare const validate: ValidateFunction;
export default validate;
