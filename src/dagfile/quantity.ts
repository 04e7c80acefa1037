/** Kubernetes resource quantities, as the API server accepts them. */
const CPU = /^(?:\d+(?:\.\d+)?|\.\d+)m?$/;
const BYTES = /^(?:\d+(?:\.\d+)?|\.\d+)(?:Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$/;

/** True when `value` is a valid CPU quantity such as `500m`, `0.5` or `2`. */
export function isCpuQuantity(value: string | number): boolean {
  if (typeof value === "number") return Number.isFinite(value) && value > 0;
  return CPU.test(value) && Number.parseFloat(value) > 0;
}

/** True when `value` is a valid memory or storage quantity such as `512Mi` or `4Gi`. */
export function isByteQuantity(value: string): boolean {
  return BYTES.test(value) && Number.parseFloat(value) > 0;
}

/** A hint for common mistakes: `1GB` means nothing to Kubernetes, `1Gi` does. */
export function byteQuantityHint(value: string): string {
  const match = /^(\d+(?:\.\d+)?)\s*([KMGTPE])i?B$/i.exec(value.trim());
  if (match?.[1] && match[2]) return ` Did you mean "${match[1]}${match[2].toUpperCase()}i"?`;
  if (/^\d+(?:\.\d+)?\s+\S+$/.test(value)) return ` Remove the space: "${value.replace(/\s+/g, "")}".`;
  return "";
}

const BYTE_UNITS: Readonly<Record<string, number>> = {
  "": 1,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
};

/** Cores in a valid CPU quantity: `500m` is 0.5. */
export function cpuCores(value: string | number): number {
  if (typeof value === "number") return value;
  return value.endsWith("m") ? Number.parseFloat(value) / 1000 : Number.parseFloat(value);
}

/** Bytes in a valid memory or storage quantity: `1Gi` is 1073741824. */
export function byteCount(value: string): number {
  const unit = /[A-Za-z]*$/.exec(value)?.[0] ?? "";
  return Number.parseFloat(value) * (BYTE_UNITS[unit] ?? 1);
}
