// Cells a spreadsheet would read as a formula (OWASP's list: = + - @, and tab and carriage return, which
// some spreadsheets skip before them).
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text that a spreadsheet would run as a formula, made inert by a leading apostrophe (shown, not run). */
export const neutralised = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);

/** The most characters (UTF-16 code units) an Excel cell holds: a file with a longer one is "damaged". */
export const EXCEL_CELL_MAX_CHARS = 32_767;
