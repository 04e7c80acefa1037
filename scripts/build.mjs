// Bundles the action and the CLI into dist/ (or --outdir DIR, used by the freshness test).
// One shared core, two entry points, no runtime dependencies left outside the bundle.
import { build } from "esbuild";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { outdir: { type: "string", default: "dist" } } });
const requireShim =
  "import { createRequire as __dagshipCreateRequire } from 'node:module'; const require = __dagshipCreateRequire(import.meta.url);";

const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  minify: false,
  sourcemap: false,
  legalComments: "none",
  logLevel: "warning",
  // Some CommonJS dependencies call require(); an ESM bundle has to provide it.
  banner: { js: requireShim },
};

await build({ ...common, entryPoints: ["src/index.ts"], outfile: `${values.outdir}/index.js` });
await build({
  ...common,
  entryPoints: ["src/cli-main.ts"],
  outfile: `${values.outdir}/cli.js`,
  banner: { js: `#!/usr/bin/env node\n${requireShim}` },
});
