/** A JSON-able record of fields. */
export type Fields = Record<string, unknown>;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The fields that differ between two versions of a record, as the before/after pair an audit
 * row stores. Fields only one side has count as changed; unchanged fields are left out, so a
 * row says exactly what the action changed.
 *
 * @example
 * changedFields({ price: 100, name: 'A' }, { price: 120, name: 'A' }) // { before: { price: 100 }, after: { price: 120 } }
 */
export function changedFields(before: Fields | null, after: Fields | null): { before: Fields | null; after: Fields | null } {
  if (!before || !after) return { before, after };
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const b: Fields = {};
  const a: Fields = {};
  for (const key of keys) {
    if (same(before[key], after[key])) continue;
    if (key in before) b[key] = before[key];
    if (key in after) a[key] = after[key];
  }
  return { before: b, after: a };
}

/** Whether a before/after pair records any change at all. */
export function isChange(diff: { before: Fields | null; after: Fields | null }): boolean {
  return Object.keys(diff.before ?? {}).length > 0 || Object.keys(diff.after ?? {}).length > 0;
}
