// Cloud Storage emulator for the integration tests.
//
// Runs the `StorageEmulator` class of the pinned `firebase-tools` package in this process. The
// firebase CLI would also start a Java "storage rules" runtime, which is downloaded on first use;
// that download is not possible in the test environment, and the Google Cloud Storage JSON API
// (what `@google-cloud/storage` speaks) never consults security rules, so the rules runtime and
// the rules manager are replaced with no-ops here.
//
// Usage: node storage-emulator.mjs [--host 127.0.0.1] [--port 9199] [--project dagship-test]
// Clients: STORAGE_EMULATOR_HOST=http://127.0.0.1:9199
//
// Behaviour observed with firebase-tools 15.34.2 and @google-cloud/storage 7 (see
// test/test-env.integration.test.ts and scripts/test-env/check-storage.mjs):
//  - buckets cannot be created (POST /b answers 400) and need not be: any request naming a bucket
//    creates it, so a "bucket does not exist" error never happens here;
//  - bucket metadata is not served: `bucket.exists()` is false and `bucket.getMetadata()` 404s,
//    even for a bucket that holds objects (GET /b lists buckets correctly);
//  - preconditions (`ifGenerationMatch`, also 0 = "must not exist") are ignored: a write with a
//    stale generation succeeds instead of failing with 412, so precondition logic needs its own
//    tests (e.g. through a proxy that enforces them);
//  - copy/rewrite, delete, list with prefix/delimiter and paging, simple, multipart and resumable
//    uploads work; objects have `generation`, `metageneration`, `md5Hash`, `crc32c`;
//  - state is in memory and lost when the process stops.
import { createRequire } from "node:module";
import { mkdirSync } from "node:fs";
import path from "node:path";

const require = createRequire(import.meta.url);

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const host = option("host", "127.0.0.1");
const port = Number(option("port", "9199"));
const projectId = option("project", "dagship-test");

// Blobs are kept under $TMPDIR/firebase/storage/blobs; give the emulator its own TMPDIR when
// asked, so parallel or leftover runs do not share files.
const tmp = option("tmpdir", "");
if (tmp) {
  mkdirSync(tmp, { recursive: true });
  process.env.TMPDIR = path.resolve(tmp);
}

const { StorageEmulator } = require("firebase-tools/lib/emulator/storage/index.js");
const { StorageRulesRuntime } = require("firebase-tools/lib/emulator/storage/rules/runtime.js");
const { EmulatorRegistry } = require("firebase-tools/lib/emulator/registry.js");

// No Java rules runtime: start/stop do nothing.
StorageRulesRuntime.prototype.start = async function start() {};
StorageRulesRuntime.prototype.stop = async function stop() {};

class GcsOnlyStorageEmulator extends StorageEmulator {
  // No rules file, no file watcher, no ruleset: only the GCS JSON API is used.
  createRulesManager() {
    return {
      start: async () => ({ errors: [], warnings: [] }),
      stop: async () => {},
      getRuleset: () => undefined,
    };
  }
}

const emulator = new GcsOnlyStorageEmulator({
  projectId,
  host,
  port,
  rules: { name: "storage.rules", content: "" },
  auto_download: false,
});

// EmulatorRegistry.start registers the instance (the API uses the registry to build self links
// and resumable upload URLs) and waits until the port accepts connections.
await EmulatorRegistry.start(emulator);
console.log(`storage emulator listening on http://${host}:${port} (project ${projectId}, pid ${process.pid})`);

let stopping = false;
async function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`storage emulator: ${signal}, stopping`);
  const timer = setTimeout(() => process.exit(0), 3000);
  timer.unref();
  try {
    await EmulatorRegistry.stop(emulator.getName());
  } finally {
    process.exit(0);
  }
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
