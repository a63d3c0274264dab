// Names and titles a message takes from a table spec (template data) are worked out once per spec
// and key, not for every finding.

import type { TableSpec } from './templateTypes.js';

/** `compute(spec, key)`, remembered per table spec and key. */
export function specMemo<K, V>(compute: (spec: TableSpec, key: K) => V): (spec: TableSpec, key: K) => V {
  const bySpec = new WeakMap<TableSpec, Map<K, V>>();
  return (spec, key) => {
    let byKey = bySpec.get(spec);
    if (!byKey) bySpec.set(spec, (byKey = new Map()));
    if (byKey.has(key)) return byKey.get(key)!;
    const value = compute(spec, key);
    byKey.set(key, value);
    return value;
  };
}
