/**
 * JSON with object keys sorted at every depth, so that the same content always
 * gives the same text (and hash) whatever order a client serialised it in.
 * Plain loops: the server runs this once per ingested record, so it is on the hot path.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ',';
      out += canonicalJson(value[i]);
    }
    return `${out}]`;
  }
  const object = value as Record<string, unknown>;
  const keys = Object.keys(object).sort();
  let out = '{';
  let first = true;
  for (const key of keys) {
    const member = object[key];
    if (member === undefined) continue;
    out += `${first ? '' : ','}${JSON.stringify(key)}:${canonicalJson(member)}`;
    first = false;
  }
  return `${out}}`;
}

/** The part of a record that must be identical for a resubmission to count as a duplicate. */
export function recordContent(record: {
  kind: string;
  schemaVersion: number;
  deviceId: string;
  createdAt: string;
  payload: unknown;
}): string {
  return canonicalJson({
    kind: record.kind,
    schemaVersion: record.schemaVersion,
    deviceId: record.deviceId,
    createdAt: record.createdAt,
    payload: record.payload,
  });
}
