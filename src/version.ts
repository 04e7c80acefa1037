/** dagship's version, written into manifests and --version output. Kept in step with package.json by a test. */
export const VERSION = "0.1.0";
