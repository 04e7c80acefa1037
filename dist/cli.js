#!/usr/bin/env node
import { createRequire as __dagshipCreateRequire } from 'node:module'; const require = __dagshipCreateRequire(import.meta.url);

// src/cli.ts
async function main(argv) {
  process.stdout.write(`dagship ${argv.join(" ")}
`);
  return 0;
}

// src/cli-main.ts
void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
