const formatters = new Map<string, Intl.NumberFormat>();

function formatter(language: string, fractionDigits: number, style: 'decimal' | 'percent'): Intl.NumberFormat {
  const key = `${language}|${fractionDigits}|${style}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(language, {
      style,
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    });
    formatters.set(key, format);
  }
  return format;
}

/** `value` in `language`, with exactly `fractionDigits` decimals. */
export function formatNumber(value: number, language: string, fractionDigits = 0): string {
  return formatter(language, fractionDigits, 'decimal').format(value);
}

/** A 0-100 rate as the language writes percentages: 31.3% in English, 31,3 % in French. */
export function formatRate(rate: number, language: string, fractionDigits = 1): string {
  return formatter(language, fractionDigits, 'percent').format(rate / 100);
}

/** A rate written as a percentage, in three parts: the number, and what the language writes around it. */
export interface RateParts {
  before: string;
  number: string;
  after: string;
}

/**
 * `formatRate` in parts, so the number can be set apart from the percent sign without guessing
 * which side the sign goes or what space it takes: 31.3 + "%" in English, 31,3 + " %" in French,
 * "%" + 31,3 in Turkish.
 */
export function rateParts(rate: number, language: string, fractionDigits = 1): RateParts {
  const parts = formatter(language, fractionDigits, 'percent').formatToParts(rate / 100);
  const numeric = parts.map(({ type }) => type !== 'percentSign' && type !== 'literal');
  const first = numeric.indexOf(true);
  const last = numeric.lastIndexOf(true);
  const text = (from: number, to: number) =>
    parts
      .slice(from, to)
      .map(({ value }) => value)
      .join('');
  return { before: text(0, first), number: text(first, last + 1), after: text(last + 1, parts.length) };
}
