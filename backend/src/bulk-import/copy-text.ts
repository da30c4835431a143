/** Characters that COPY's text format escapes with a backslash. */
const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** One value in COPY's text format: \N for null, t/f, numbers as written, arrays and objects as JSON. */
function copyValue(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return text.replace(/[\\\n\r\t]/g, (character) => ESCAPES[character]);
}

/** One line of `COPY ... FROM STDIN` (text format): the values tab-separated, ended by a newline. */
export const copyLine = (values: readonly unknown[]): string => `${values.map(copyValue).join('\t')}\n`;
