const HTML_SPECIAL = /[&<>"']/g;

/** Chart tooltips are HTML, and their labels come from the API. */
export function escapeHtml(text: string): string {
  return text.replace(HTML_SPECIAL, (character) => `&#${character.charCodeAt(0)};`);
}
