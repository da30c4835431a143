import { PAX_WEBSITE, PaxStage, PillarTheme } from '@accord/shared';
import type { AgreementRecord } from '../demo/demo-agreement.loader';
import type { DemoCommitment } from '../demo/demo-agreement.types';
import { CODING_CATEGORIES, CodingCategory, STAGE_LABELS, THEME_PILLARS } from './pax-columns';
import { countriesOf } from './pax-csv';
import { PaxParty, partiesOf } from './pax-parties';
import { timeZoneOf } from './pax-time-zones';

/** A row of an upload as kept (see pax-csv.ts): what an agreement is made from. */
export interface PaxSourceRow {
  agtId: number;
  name: string;
  country: string;
  signedOn: string;
  stage: string;
  fields: Record<string, string>;
  coding: Record<string, number>;
}

/** A placeholder commitment for one coded category, under the pillar of its theme. */
export interface PaxPlaceholder {
  column: string;
  theme: PillarTheme;
  commitment: DemoCommitment;
}

/** Everything an agreement gets from its PA-X row. */
export interface PaxAgreementPlan {
  agreement: AgreementRecord & { paxId: number; timeZone: string };
  stage: string;
  link: string;
  parties: PaxParty[];
  /** One per theme of the placeholders, in our order of pillars. */
  pillars: { theme: PillarTheme; code: string; name: string }[];
  placeholders: PaxPlaceholder[];
}

const SHORT_TITLE_LENGTH = 60;

/** The agreement's page on PA-X's site: the export's link, or the address PA-X gives every agreement. */
export const paxLinkOf = (row: Pick<PaxSourceRow, 'agtId' | 'fields'>): string =>
  row.fields['PAX_Hyperlink'] || `${PAX_WEBSITE}/agreements/${row.agtId}/`;

export function planAgreement(row: PaxSourceRow): PaxAgreementPlan {
  const link = paxLinkOf(row);
  const stageSub = row.fields['StageSub'];
  const stageLabel = row.fields['stage_label'] || STAGE_LABELS[row.stage as PaxStage] || row.stage;
  const placeholders = codedProvisions(row.coding).map(([category, level]) => ({
    column: category.column,
    theme: category.theme,
    commitment: placeholderCommitment(category, level),
  }));
  const themes = new Set(placeholders.map((placeholder) => placeholder.theme));
  return {
    agreement: {
      slug: `pax-${row.agtId}`,
      title: row.name,
      shortTitle: shortTitleOf(row),
      country: row.country,
      signedOn: row.signedOn,
      description:
        `${stageLabel} (PA-X stage ${stageSub ? `${row.stage}/${stageSub}` : row.stage}). ` +
        `PA-X agreement ${row.agtId}: ${link}`,
      paxId: row.agtId,
      timeZone: timeZoneOf(row.fields['Loc1ISO'], row.fields['Loc2ISO']),
    },
    stage: row.stage,
    link,
    parties: partiesOf(row.fields['Part'] ?? '', row.fields['ThrdPart'] ?? ''),
    pillars: THEME_PILLARS.filter(({ theme }) => themes.has(theme)).map(({ theme, name }) => ({
      theme,
      code: theme,
      name,
    })),
    placeholders,
  };
}

/** The coding categories that make placeholders, with their level, in the order of the catalogue. */
export function codedProvisions(coding: Readonly<Record<string, number>>): [CodingCategory, number][] {
  return CODING_CATEGORIES.filter((category) => category.provision && (coding[category.column] ?? 0) > 0).map(
    (category) => [category, coding[category.column]],
  );
}

/** "Mali 2015: Accord Pour la Paix et la Reconciliation au…": where, when, and the start of the name. */
function shortTitleOf(row: PaxSourceRow): string {
  const prefix = `${countriesOf(row.country)[0] ?? row.country} ${row.signedOn.slice(0, 4)}: `;
  const room = SHORT_TITLE_LENGTH - prefix.length;
  if (row.name.length <= room) return prefix + row.name;
  const cut = row.name.slice(0, room - 1);
  // Cut at the end of the last whole word (the character after the cut may end one).
  const wordEnd = /\s/.test(row.name.charAt(cut.length)) ? cut.length : cut.lastIndexOf(' ');
  return `${prefix}${(wordEnd > room / 2 ? cut.slice(0, wordEnd) : cut).replace(/[\s,;:.-]+$/, '')}…`;
}

function placeholderCommitment(category: CodingCategory, level: number): DemoCommitment {
  return {
    reference: `PA-X ${category.column}`,
    pillarCode: category.theme,
    title: category.name,
    text:
      `Placeholder from PA-X coding level ${level}: PA-X codes this agreement ${level} for "${category.name}" ` +
      `(${category.column}; 0 = not addressed, up to 3 = detailed). Replace it with the provisions of the text, ` +
      'their parties and deadlines.',
    partyKeys: [],
    milestones: [
      {
        title: `${category.name}: steps to be defined`,
        description: 'Placeholder: replace it with the concrete steps the text of the agreement sets out.',
        updates: [],
      },
    ],
  };
}
