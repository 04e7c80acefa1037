/**
 * Asset (Airflow 2: Dataset) URIs as Airflow compares them. Airflow 2.10+ and 3 normalise a URI
 * before comparing (a trailing slash of the path is dropped); Airflow 2.7 compares the text as
 * written. dagship compares the normalised form everywhere (repository graph, producer checks),
 * so `gs://lake/orders/` and `gs://lake/orders` are one asset on every supported version.
 */
export function normaliseAssetUri(uri: string): string {
  const trimmed = uri.trim();
  return trimmed.length > 1 && trimmed.endsWith("/") && !trimmed.endsWith("://") ? trimmed.replace(/\/+$/, "") : trimmed;
}
