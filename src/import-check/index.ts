/**
 * The import gate (design §12): before anything under dags/ changes, prove the rendered DAG
 * files import in the environment itself (or with a local Python that has Airflow), and read the
 * environment's import errors back after the deploy. This module is only the face.
 */
export type { ImportGate, ImportGateDeps, ImportGateRequest } from "./gate.js";
export { importGate } from "./gate.js";
export type { CheckedFile } from "./layout.js";
export type { ImportCheckReport, ImportCheckSettings, ImportProblem } from "./plan.js";
export { formatImportProblem, importCheckNotes, planImportCheck } from "./plan.js";
