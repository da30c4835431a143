import {
  CELL_KEYS,
  formatImportCells,
  IMPORT_COLUMNS,
  IMPORT_LIST_SEPARATOR,
  ImportFileFormat,
  ImportKind,
  IndicatorCellDto,
  IndicatorDimension,
  OPERATIONAL_STATUSES,
} from '@accord/shared';
import { stringify } from 'csv-stringify/sync';
import { Workbook } from 'exceljs';

/** What a template shows of the agreement: the values its columns accept, and an item to give as example. */
export interface TemplateData {
  /** Today in the agreement's calendar: the example's date. */
  today: string;
  pillars: { code: string; name: string }[];
  parties: { acronym: string; name: string }[];
  regions: { code: string; name: string }[];
  levels: { value: number; pamScore: number }[];
  indicators: { code: string; name: string; dimensions: IndicatorDimension[] }[];
  /** The first commitment, and its first milestone the caller may see; the title is given where references repeat. */
  commitment: { reference: string; title: string | null } | null;
  milestone: { title: string } | null;
}

export const TEMPLATE_MEDIA_TYPES: Readonly<Record<ImportFileFormat, string>> = {
  [ImportFileFormat.Csv]: 'text/csv; charset=utf-8',
  [ImportFileFormat.Xlsx]: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const EXAMPLE = 'Example: replace this row';
const EXAMPLE_SOURCE = 'https://example.org/report.pdf';
const list = (values: string[]) => values.join(`${IMPORT_LIST_SEPARATOR} `);

/** A few keys each dimension may take, for the example's cells. */
function exampleCells(dimensions: readonly IndicatorDimension[], data: TemplateData): IndicatorCellDto[] {
  const keys: Record<IndicatorDimension, string[]> = {
    [IndicatorDimension.Sex]: ['female', 'male'],
    [IndicatorDimension.AgeGroup]: ['adult'],
    [IndicatorDimension.ArmedGroup]: data.parties.slice(0, 1).map((party) => party.acronym),
    [IndicatorDimension.Region]: data.regions.slice(0, 1).map((region) => region.code),
  };
  // One cell per combination of the first keys of each dimension, 10 people each.
  return dimensions.reduce<IndicatorCellDto[]>(
    (cells, dimension) =>
      keys[dimension].length === 0
        ? cells
        : cells.flatMap((cell) => keys[dimension].map((key) => ({ ...cell, [CELL_KEYS[dimension]]: key }))),
    dimensions.length > 0 ? [{ value: 10 }] : [],
  );
}

/** An example row that a dry run of this agreement accepts as it is (the keys name what exists). */
function exampleRow(kind: ImportKind, data: TemplateData): Record<string, string> {
  const commitment = { commitment: data.commitment?.reference ?? '', commitmentTitle: data.commitment?.title ?? '' };
  const reported = { sources: EXAMPLE_SOURCE, confidential: 'false' };
  switch (kind) {
    case ImportKind.Commitments:
      return {
        reference: data.commitment?.reference ?? 'Art. 1',
        title: EXAMPLE,
        pillar: data.pillars[0]?.code ?? '',
        parties: list(data.parties.slice(0, 2).map((party) => party.acronym)),
        deadline: data.today,
        deadlineNote: '',
        text: 'The text of the commitment.',
      };
    case ImportKind.Milestones:
      return {
        ...commitment,
        title: EXAMPLE,
        dueDate: data.today,
        description: 'What marks it done.',
        regions: data.regions[0]?.code ?? '',
        confidential: 'false',
      };
    case ImportKind.StatusUpdates:
      return {
        ...commitment,
        milestone: data.milestone?.title ?? '',
        effectiveDate: data.today,
        level: String(data.levels[1]?.value ?? data.levels[0]?.value ?? ''),
        status: OPERATIONAL_STATUSES[0],
        narrative: EXAMPLE,
        ...reported,
      };
    case ImportKind.IndicatorValues: {
      const indicator = data.indicators[0];
      const cells = exampleCells(indicator?.dimensions ?? [], data);
      return {
        indicator: indicator?.code ?? '',
        asOf: data.today,
        total: String(cells.length > 0 ? cells.length * 10 : 40),
        cells: formatImportCells(cells),
        note: EXAMPLE,
        ...reported,
      };
    }
  }
}

const CONFIDENTIAL_HELP = 'true or false (empty: false); only members cleared for confidential items may write true';
const SOURCES_HELP = 'Web addresses (http:// or https://) separated by spaces; at most 20';
const COMMITMENT_HELP = [
  'The reference of an existing commitment (e.g. Art. 18)',
  "The commitment's title, needed only where several commitments share the reference",
];

/** What each column holds and accepts, for the help sheet. */
function columnHelp(kind: ImportKind, data: TemplateData): Record<string, string> {
  const named = (items: { key: string; name: string }[]) => items.map(({ key, name }) => `${key} (${name})`).join(', ');
  const pillars = named(data.pillars.map(({ code, name }) => ({ key: code, name })));
  const parties = named(data.parties.map(({ acronym, name }) => ({ key: acronym, name })));
  const regions = named(data.regions.map(({ code, name }) => ({ key: code, name })));
  const date = (what: string) => `${what}, as yyyy-mm-dd`;
  switch (kind) {
    case ImportKind.Commitments:
      return {
        reference: 'The article or paragraph it comes from (e.g. Art. 18); with the title, its key',
        title: 'At most 500 characters; no other commitment with this reference may have it',
        pillar: `The code of its pillar: ${pillars}`,
        parties: `The acronyms of the parties responsible, separated by "${IMPORT_LIST_SEPARATOR}": ${parties}`,
        deadline: date('Its deadline'),
        deadlineNote: 'How the deadline is set (e.g. "60 days after signature"); at most 500 characters',
        text: 'The text of the commitment; at most 20,000 characters',
      };
    case ImportKind.Milestones:
      return {
        commitment: COMMITMENT_HELP[0],
        commitmentTitle: COMMITMENT_HELP[1],
        title: 'At most 500 characters; no other milestone of the commitment may have it',
        dueDate: date('When it is due'),
        description: 'At most 4,000 characters',
        regions: `ISO 3166-2 codes of the regions where it happens, separated by "${IMPORT_LIST_SEPARATOR}": ${regions}`,
        confidential: CONFIDENTIAL_HELP,
      };
    case ImportKind.StatusUpdates:
      return {
        commitment: COMMITMENT_HELP[0],
        commitmentTitle: COMMITMENT_HELP[1],
        milestone: 'The title of an existing milestone of that commitment',
        effectiveDate: date('The day it happened (not in the future, not before the agreement was signed)'),
        level: `The new level on the agreement's scale: ${data.levels.map((level) => `${level.value} (PAM ${level.pamScore})`).join(', ')}`,
        status: `The new operational status: ${OPERATIONAL_STATUSES.join(', ')}. A level, a status or both`,
        narrative: 'What happened; at most 4,000 characters',
        sources: SOURCES_HELP,
        confidential: CONFIDENTIAL_HELP,
      };
    case ImportKind.IndicatorValues:
      return {
        indicator: `The code of the indicator: ${data.indicators
          .map(
            (indicator) =>
              `${indicator.code} (${indicator.name}; split by ${indicator.dimensions.join(', ') || 'nothing'})`,
          )
          .join(', ')}`,
        asOf: date('The day the figure describes (not in the future)'),
        total: 'The figure (at most 2 decimals); optional when cells are given, otherwise their sum',
        cells:
          'The figure split by the indicator\'s dimensions, e.g. "sex:female armedGroup:CMA = 50; sex:male armedGroup:CMA = 450". ' +
          `Dimensions: sex (female, male), ageGroup (child, youth, adult), armedGroup (${parties}), region (${regions}). ` +
          'Each combination once; the cells add up to the total',
        note: 'Where the figure comes from and what it covers; at most 4,000 characters',
        sources: SOURCES_HELP,
        confidential: CONFIDENTIAL_HELP,
      };
  }
}

/** The template of a kind: its header and an example row; an XLSX file adds a sheet explaining each column. */
export async function buildTemplate(kind: ImportKind, format: ImportFileFormat, data: TemplateData): Promise<Buffer> {
  const columns = IMPORT_COLUMNS[kind];
  const example = exampleRow(kind, data);
  const rows = [columns.map(({ name }) => name), columns.map(({ name }) => example[name] ?? '')];
  if (format === ImportFileFormat.Csv) return Buffer.from(stringify(rows, { bom: true }));

  const workbook = new Workbook();
  const sheet = workbook.addWorksheet(kind);
  // Text cells: a spreadsheet must not turn a reference such as "1-2" into a date, nor drop a leading zero.
  sheet.columns = columns.map(({ name }) => ({
    key: name,
    width: Math.max(14, name.length + 4),
    style: { numFmt: '@' },
  }));
  sheet.addRows(rows);
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const help = workbook.addWorksheet('columns');
  help.columns = [
    { header: 'column', width: 18 },
    { header: 'required', width: 10 },
    { header: 'what it holds and accepts', width: 120 },
  ];
  const descriptions = columnHelp(kind, data);
  help.addRows(columns.map(({ name, required }) => [name, required ? 'yes' : 'no', descriptions[name]]));
  help.getRow(1).font = { bold: true };
  help.getColumn(3).alignment = { wrapText: true, vertical: 'top' };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
