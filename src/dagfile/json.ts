/** A YAML mapping as loaded: string keys, values of any type (the checks read it before trusting it). */
export type Json = Record<string, unknown>;

/** A mapping, as opposed to a list, a scalar or nothing. */
export const isRecord = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);
