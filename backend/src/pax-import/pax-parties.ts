import { PartyKind } from '@accord/shared';

/**
 * The parties of a PA-X row, read from its free text (`Part`: signatories, `ThrdPart`: third parties). PA-X
 * writes either a list ("The Government of Mali and le Mouvement national de libération de l'Azawad (MNLA),
 * le Haut Conseil ...") or signature blocks ("(Signed)\nPour le Gouvernement de la République du Mali\n
 * S.E.M. Abdoulaye DIOP\nMinistre ..."). In signature blocks only the represented bodies are taken (the lines
 * "For ...", "Pour ...", "On behalf of ..."); otherwise the text is split into its items. PA-X's text follows
 * no rule: the result is a best reading, shown before import in the search.
 */

export interface PaxParty {
  /** Stable within an agreement: signatories and third parties apart, case, accents and punctuation aside. */
  key: string;
  name: string;
  acronym: string;
  kind: PartyKind;
}

const MAX_PARTIES = 40;
const MAX_NAME_LENGTH = 150;
const MAX_ACRONYM_LENGTH = 20;

/** A line that names whom a signatory signs for. */
const REPRESENTATION = /^(?:for|pour|on behalf of|au nom d[eu']|por|en nombre de)\s+(.+)$/i;
const ANOTHER_REPRESENTATION = /\s+(?:on behalf of|au nom d[eu'])\s+/i;
/** Where a list separates two items: a comma, "and", "et", "y" followed by an article (sticky: tried at one place). */
const LIST_SEPARATOR = /(?:,|\s+(?:and|et|y|&))\s+(?=(?:the|le|la|les|l['’]|el|los|las)\b)/iy;
const LEADING_ARTICLE = /^(?:the|le|la|les|el|los|las)\s+|^l['’]\s*/i;
/** Lines and items that say something about the signatures, not who signed. */
const NOT_A_PARTY =
  /^(?:\(?signed\)?|signatures?\b|signatories|signatory parties|not signed|page \d|witness|witnessed|\[|none\b|n\/a\b)/i;
const TRAILING_ACRONYM = /\s*\(([^()\s]{2,20})\)$/;
/** "NMLA [ The National Movement for the Liberation of Azawad ]": an acronym, then the name it stands for. */
const EXPANDED_ACRONYM = /^([^\s[\]]{2,20})\s*\[\s*(.+?)\s*\]$/;
const GOVERNMENT =
  /\b(?:govern\w*|gouvern\w*|gobierno|govt|republic|république|república|kingdom|royaume|president of)\b/i;
const INTERNATIONAL =
  /\b(?:UN|United Nations|Nations Unies|African Union|Union africaine|AU|European Union|Union européenne|EU|ECOWAS|CEDEAO|IGAD|SADC|OSCE|OAS|League of Arab States|Arab League|MINUSMA|MONUSCO|UNMISS|UNAMID)\b/;
/** Words left out of an acronym made from initials. */
const MINOR_WORDS = new Set('of for and the de du des la le les l d et pour del y'.split(' '));

/** Signatories, then third parties, each once (a later mention by acronym alone is the same party). */
export function partiesOf(signatories: string, thirdParties: string): PaxParty[] {
  const parties = [
    ...namesIn(signatories).map((name) =>
      partyOf(name, 'party', GOVERNMENT.test(name) ? PartyKind.Government : PartyKind.Movement),
    ),
    ...namesIn(thirdParties).map((name) =>
      partyOf(name, 'third', INTERNATIONAL.test(name) ? PartyKind.International : PartyKind.Mediator),
    ),
  ];
  return parties.filter(
    (party, index) =>
      !parties
        .slice(0, index)
        .some((earlier) => earlier.key === party.key || earlier.acronym.toLowerCase() === party.name.toLowerCase()),
  );
}

/** The names in one of PA-X's party texts. */
export function namesIn(text: string): string[] {
  const lines = text
    .replace(/[\u00a0\ufeff]/g, ' ')
    .split(/\r?\n/)
    .map((line) =>
      line
        .replace(/\s+/g, ' ')
        .replace(/^(?:\(signed\)|signed\s*:)\s*/i, '')
        .trim(),
    )
    .filter((line) => line !== '');
  const represented = lines.flatMap((line) => {
    const match = REPRESENTATION.exec(line);
    // "For X, Minister of ...: Name" names X; "On behalf of A On behalf of B" names both.
    return match ? match[1].split(ANOTHER_REPRESENTATION).map((body) => bodyNamed(body.split(':')[0])) : [];
  });
  const items = represented.length > 0 ? represented : lines.flatMap((line) => line.split(';').flatMap(listItems));
  const names = items.map(cleanName).filter((name) => name.length >= 2 && name.length <= MAX_NAME_LENGTH);
  return names
    .filter((name, index) => names.findIndex((other) => keyOf(other) === keyOf(name)) === index)
    .slice(0, MAX_PARTIES);
}

function partyOf(text: string, role: 'party' | 'third', kind: PartyKind): PaxParty {
  const expanded = EXPANDED_ACRONYM.exec(text);
  if (expanded) {
    const name = cleanName(expanded[2]);
    return { key: `${role}:${keyOf(name)}`, name, acronym: expanded[1], kind };
  }
  const acronym = TRAILING_ACRONYM.exec(text);
  const name = acronym ? text.slice(0, acronym.index).trim() : text;
  return { key: `${role}:${keyOf(name)}`, name, acronym: acronym?.[1] ?? initialsOf(name), kind };
}

/** The items of a list, at the top level only: "(MNLA, HCUA and MAA)" stays whole. */
function listItems(text: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    if (text[index] === '(') depth++;
    else if (text[index] === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      LIST_SEPARATOR.lastIndex = index;
      const separator = LIST_SEPARATOR.exec(text);
      if (separator) {
        items.push(text.slice(start, index));
        index += separator[0].length - 1;
        start = index + 1;
      }
    }
  }
  items.push(text.slice(start));
  return items;
}

/** The body a signature line names: up to its first comma, outside parentheses. */
function bodyNamed(text: string): string {
  let depth = 0;
  for (let index = 0; index < text.length; index++) {
    if (text[index] === '(') depth++;
    else if (text[index] === ')') depth = Math.max(0, depth - 1);
    else if (text[index] === ',' && depth === 0) return text.slice(0, index);
  }
  return text;
}

function cleanName(item: string): string {
  const name = item
    .trim()
    .replace(/^[-•*\d.)\s]+(?=\D)/, '')
    .replace(LEADING_ARTICLE, '')
    .replace(/[\s.,;:]+$/, '')
    .trim();
  if (NOT_A_PARTY.test(name)) return '';
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** "Mouvement national pour la libération de l'Azawad" -> "MNLA"; a one-word name stays whole. */
function initialsOf(name: string): string {
  const initials = name
    .split(/[\s'’/-]+/)
    .filter((word) => /^\p{L}/u.test(word) && !MINOR_WORDS.has(word.toLowerCase()))
    .map((word) => word.charAt(0).toUpperCase())
    .join('');
  return (initials.length >= 2 ? initials : name).slice(0, MAX_ACRONYM_LENGTH);
}

/** Case, accents and punctuation aside. */
function keyOf(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
