// Smoke check of the local Cloud Storage emulator through the real client library.
// Usage: STORAGE_EMULATOR_HOST=http://127.0.0.1:9199 node scripts/test-env/check-storage.mjs
// Prints one JSON line of what it observed; exits non-zero if the basic round trip fails.
import { Storage } from "@google-cloud/storage";

const host = process.env.STORAGE_EMULATOR_HOST;
if (!host) {
  console.error("check-storage: STORAGE_EMULATOR_HOST is not set");
  process.exit(2);
}

const storage = new Storage({ projectId: "dagship-test" });
const bucketName = `check-${process.pid}-${Date.now()}`;
const bucket = storage.bucket(bucketName);
const file = bucket.file("dags/check/hello.py");
const body = "print('hello')\n";
const observed = {};

function fail(message) {
  console.error(`check-storage: ${message} (emulator at ${host})`);
  process.exit(1);
}

// The emulator has no bucket creation endpoint (POST /b answers 400); buckets spring into
// existence on first use instead.
try {
  await storage.createBucket(`${bucketName}-created`);
  observed.createBucketSupported = true;
} catch {
  observed.createBucketSupported = false;
}
await file.save(body, { resumable: false, contentType: "text/x-python", gzip: false });
const [meta] = await file.getMetadata();
if (!meta.generation || !meta.md5Hash || !meta.crc32c) fail(`metadata lacks generation/md5Hash/crc32c: ${JSON.stringify(meta)}`);
observed.generation = String(meta.generation);
observed.md5Hash = meta.md5Hash;
observed.crc32c = meta.crc32c;
observed.contentType = meta.contentType;

// Resumable upload path as well (used by the client for larger files).
await bucket.file("dags/check/big.py").save("x = 1\n".repeat(1000), { resumable: true });

const [files] = await bucket.getFiles({ prefix: "dags/check/" });
observed.listed = files.map((f) => f.name).sort();
if (observed.listed.length !== 2) fail(`expected 2 objects, listed ${JSON.stringify(observed.listed)}`);

const [downloaded] = await file.download();
if (downloaded.toString("utf8") !== body) fail("downloaded content differs from the upload");

// A stale generation precondition should fail with 412 on real Cloud Storage.
try {
  await file.save("print('second')\n", { resumable: false, preconditionOpts: { ifGenerationMatch: 1 } });
  observed.ifGenerationMatchEnforced = false;
} catch (e) {
  observed.ifGenerationMatchEnforced = true;
  observed.ifGenerationMatchError = e instanceof Error ? e.message : String(e);
}

// Is the bucket visible after the uploads, though nobody created it?
const [buckets] = await storage.getBuckets();
observed.bucketsAutoCreated = buckets.some((b) => b.name === bucketName);

await file.delete();
const [exists] = await file.exists();
if (exists) fail("object still exists after delete");
await bucket.deleteFiles({ force: true });

console.log(JSON.stringify(observed));
