/**
 * The lexer and parser of @huggingface/jinja (0.5.11), typed. The package's declaration files
 * re-export them through extension-less paths that NodeNext resolution cannot follow, so the
 * imported functions would arrive untyped; these are the shapes dagship relies on, in one place.
 */
import * as engine from "@huggingface/jinja";

/** One lexer token: its type name (e.g. "Identifier", "OpenExpression") and its text. */
export interface JinjaToken {
  type: string;
  value: string;
}

/** A parsed template: statements and expressions, as the package's AST nodes. */
export interface JinjaProgram {
  type: "Program";
  body: unknown[];
}

const untyped = engine as unknown as { tokenize: (source: string) => JinjaToken[]; parse: (tokens: JinjaToken[]) => JinjaProgram };

/** Split template text into tokens; throws on text the lexer cannot read. */
export const tokenize: (source: string) => JinjaToken[] = untyped.tokenize;

/** Parse tokens into a program; throws on a syntax error. */
export const parse: (tokens: JinjaToken[]) => JinjaProgram = untyped.parse;
