/**
 * JSON with object keys sorted at every depth (arrays keep their order), so that equal values always
 * give the same text: the same body sent twice by different clients, the same figures computed twice.
 * Like JSON.stringify, a key whose value is undefined is left out, so a value and its JSON copy read
 * back give the same text.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, member]) => member !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, member]) => `${JSON.stringify(key)}:${canonicalJson(member)}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
