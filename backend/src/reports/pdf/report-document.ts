import {
  ChangedCommitmentDto,
  CommitmentStateDto,
  formatNumber,
  formatRate,
  OverdueItemDto,
  PAM_LEVELS,
  ReportDetailDto,
  ReportEvidenceItem,
  SourceLinkDto,
} from '@accord/shared';
import type { Translate } from './report-labels';

/** The charts of a report, drawn as SVG (see report-charts.ts); `map` is null when no boundary file ships. */
export interface ReportCharts {
  byPillar: string;
  byParty: string;
  map: string | null;
  ddr: string | null;
}

/** pdfmake's document nodes: plain objects, strings and arrays of them. */
type Node = string | { [key: string]: unknown } | Node[];

const PAGE_MARGINS = [40, 56, 40, 48];
/** A4 (595 pt) less the margins: the width charts and tables are laid out in. */
export const CONTENT_WIDTH_PT = 515;

/**
 * The printed report as a pdfmake document: a cover, the table of contents, the executive summary, the
 * charts, one section per pillar, the overdue list, what changed since the previous day, the indicators
 * and the evidence behind every change. Every label comes from `t`; every figure from the report.
 */
export function reportDocument(report: ReportDetailDto, charts: ReportCharts, t: Translate): object {
  const f = formatting(report, t);
  const { figures } = report;
  const heading = t('reports.pdf.asOf', { date: f.day(report.asOf) });
  return {
    info: {
      title: `${figures.agreement.shortTitle} · ${heading}`,
      subject: t('reports.pdf.documentTitle'),
      creator: 'Accord Tracker',
      producer: 'Accord Tracker (pdfmake)',
      // The generation time, not the printing time: the same report prints the same file.
      creationDate: new Date(report.generatedAt),
    },
    pageSize: 'A4',
    pageMargins: PAGE_MARGINS,
    // A heading never ends a page: it moves to the next one with what it introduces.
    pageBreakBefore: (node: { headlineLevel?: number }, following: unknown[]) =>
      node.headlineLevel !== undefined && following.length === 0,
    defaultStyle: { font: 'Roboto', fontSize: 9.5, lineHeight: 1.2 },
    styles: STYLES,
    header: (page: number) =>
      page === 1
        ? null
        : {
            columns: [figures.agreement.shortTitle, { text: heading, alignment: 'right' }],
            style: 'margin',
            margin: [40, 24, 40, 0],
          },
    footer: (page: number, pages: number) => ({
      text: t('reports.pdf.pageOf', { page, pages }),
      alignment: 'center',
      style: 'margin',
      margin: [0, 16, 0, 0],
    }),
    content: [
      cover(report, f, t),
      { toc: { title: { text: t('reports.pdf.contents'), style: 'h1' } }, pageBreak: 'before' },
      summary(report, f, t),
      chartsSection(report, charts, f, t),
      ...pillarSections(report, f, t),
      overdueSection(figures.overdue, f, t),
      changesSection(report, f, t),
      indicatorsSection(report, f, t),
      referencesSection(report, f, t),
    ],
  };
}

function cover(report: ReportDetailDto, f: Formatting, t: Translate): Node {
  const { figures } = report;
  const line = (text: string) => ({ text, margin: [0, 0, 0, 6] });
  return [
    { text: figures.agreement.title, style: 'coverTitle' },
    { text: t('reports.pdf.asOf', { date: f.day(report.asOf) }), style: 'coverSubtitle' },
    line(
      figures.pillar ? t('reports.pdf.pillarFilter', { name: figures.pillar.name }) : t('reports.pdf.wholeAgreement'),
    ),
    line(t('reports.pdf.since', { date: f.day(report.previousAsOf) })),
    line(t(report.includesConfidential ? 'reports.pdf.withConfidential' : 'reports.pdf.withoutConfidential')),
    line(t('reports.pdf.generated', { time: f.time(report.generatedAt), name: report.generatedByName })),
    line(t('reports.pdf.signedOn', { date: f.day(figures.agreement.signedOn) })),
    ...(figures.agreement.paxId === null ? [] : [line(t('reports.pdf.paxCitation', { id: figures.agreement.paxId }))]),
    { text: t('reports.pdf.contentHash'), style: 'label', margin: [0, 18, 0, 2] },
    { text: report.contentHash, style: 'hash' },
    { text: t('reports.pdf.contentHashExplained'), style: 'note' },
  ];
}

function summary(report: ReportDetailDto, f: Formatting, t: Translate): Node {
  const { figures } = report;
  const { current, previous } = figures.summary;
  const levelCount = (side: typeof current, level: number) =>
    side.byLevel.find((count) => count.level === level)?.count ?? 0;
  const difference = (before: number | null, after: number | null) =>
    before === null || after === null ? '—' : f.signed(after - before);
  const rows = [
    [
      t('dashboard.implementationRate'),
      f.rate(previous.implementationRate),
      f.rate(current.implementationRate),
      previous.implementationRate === null || current.implementationRate === null
        ? '—'
        : t('changes.points', {
            difference: f.signed(round1(current.implementationRate - previous.implementationRate), 1),
          }),
    ],
    [
      t('dashboard.commitments'),
      f.number(previous.commitments),
      f.number(current.commitments),
      difference(previous.commitments, current.commitments),
    ],
    ...PAM_LEVELS.map((level) => [
      t(`pam.${level}`),
      f.number(levelCount(previous, level)),
      f.number(levelCount(current, level)),
      difference(levelCount(previous, level), levelCount(current, level)),
    ]),
  ];
  return [
    h1(t('reports.pdf.summary')),
    figures.pillar ? { text: t('reports.pdf.pillarFilter', { name: figures.pillar.name }), style: 'note' } : [],
    table(
      [
        '',
        t('changes.onDay', { date: f.day(report.previousAsOf) }),
        t('changes.onDay', { date: f.day(report.asOf) }),
        t('changes.difference'),
      ],
      rows,
      ['*', 'auto', 'auto', 'auto'],
    ),
    { text: t('dashboard.rateExplained'), style: 'note' },
    paragraph(t('reports.pdf.moved', { date: f.day(report.previousAsOf), ...mapValues(figures.moved, f.number) })),
    paragraph(
      t('reports.pdf.keyCounts', {
        milestones: f.number(figures.milestones),
        overdue: f.number(figures.overdue.length),
        updates: f.number(figures.changes.statusUpdates),
      }),
    ),
    figures.withheld
      ? paragraph(
          t('dashboard.withheld', {
            milestones: f.number(figures.withheld.milestones),
            statusUpdates: f.number(figures.withheld.statusUpdates),
          }),
        )
      : [],
  ];
}

function chartsSection(report: ReportDetailDto, charts: ReportCharts, f: Formatting, t: Translate): Node {
  const { figures } = report;
  const chart = (svg: string) => ({ svg, width: CONTENT_WIDTH_PT, margin: [0, 4, 0, 8] });
  // A chart is not split from its heading.
  const figure = (title: string, svg: string) => ({ stack: [h2(title), chart(svg)], unbreakable: true });
  return [
    h1(t('reports.pdf.charts')),
    figures.pillar ? { text: t('reports.pdf.chartsCoverAgreement'), style: 'note' } : [],
    figure(t('dashboard.byPillar'), charts.byPillar),
    figure(t('dashboard.byParty'), charts.byParty),
    charts.map
      ? [figure(t('map.title'), charts.map), { text: t('map.attribution'), style: 'note' }]
      : [h2(t('map.title')), paragraph(t('map.noBoundaries'))],
    table(
      [t('map.area'), t('map.milestones'), t('map.metric.overdue'), t('map.metric.rate')],
      figures.map.areas.map((area) => [
        area.regions.map((region) => region.name).join(' · '),
        f.number(area.milestones),
        f.number(area.overdue),
        f.rate(area.implementationRate),
      ]),
      ['*', 'auto', 'auto', 'auto'],
    ),
    charts.ddr ? figure(t('ddr.chain'), charts.ddr) : h2(t('ddr.chain')),
    table(
      [t('ddr.stageColumn'), t('ddr.total'), t('ddr.target'), t('ddr.progress')],
      figures.ddr.map((stage) => [
        t(`ddr.stage.${stage.stage}`),
        stage.total === null
          ? t('ddr.notMeasured')
          : `${f.number(stage.total)} (${t('ddr.valueAsOf', { date: f.day(stage.valueAsOf) })})`,
        f.optionalNumber(stage.target),
        f.rate(stage.progress),
      ]),
      ['auto', '*', 'auto', 'auto'],
    ),
  ];
}

function pillarSections(report: ReportDetailDto, f: Formatting, t: Translate): Node[] {
  const { figures } = report;
  const pillars = figures.byPillar.filter((pillar) => !figures.pillar || pillar.id === figures.pillar.id);
  return pillars.map((pillar) => [
    h1(t('reports.pdf.pillar', { name: pillar.label })),
    paragraph(t('reports.pdf.pillarFigures', { commitments: f.number(pillar.commitments), rate: f.rate(pillar.rate) })),
    table(
      [
        t('commitments.columns.reference'),
        t('commitments.columns.title'),
        t('commitments.columns.level'),
        t('commitments.columns.status'),
        t('commitments.columns.deadline'),
        t('commitments.columns.updated'),
      ],
      figures.commitments
        .filter((commitment) => commitment.pillarId === pillar.id)
        .map((commitment) => [
          commitment.reference,
          commitment.title,
          t(`pam.${commitment.pamLevel}`),
          f.status(commitment.operationalStatus),
          commitment.deadline
            ? [f.day(commitment.deadline), commitment.overdue ? { text: ` · ${t('common.overdue')}`, bold: true } : '']
            : '—',
          f.day(commitment.lastUpdate),
        ]),
      ['auto', '*', 'auto', 'auto', 'auto', 'auto'],
      t('commitments.none'),
    ),
  ]);
}

function overdueSection(items: OverdueItemDto[], f: Formatting, t: Translate): Node {
  return [h1(t('dashboard.overdueTitle')), overdueTable(items, f, t, t('dashboard.nothingOverdue'))];
}

function changesSection(report: ReportDetailDto, f: Formatting, t: Translate): Node {
  const { changes } = report.figures;
  const state = (side: CommitmentStateDto) => `${t(`pam.${side.level}`)} · ${f.status(side.status)}`;
  const indicatorValue = (value: number | null, asOf: string | null) =>
    value === null ? t('changes.noValue') : `${f.number(value)} (${t('changes.valueAsOf', { date: f.day(asOf) })})`;
  return [
    h1(t('reports.pdf.changesSince', { date: f.day(report.previousAsOf) })),
    { text: t('changes.period', { since: f.day(report.previousAsOf), until: f.day(report.asOf) }), style: 'note' },
    h2(t('changes.commitmentsTitle')),
    table(
      [
        t('changes.reference'),
        t('changes.commitment'),
        t('changes.onDay', { date: f.day(report.previousAsOf) }),
        t('changes.onDay', { date: f.day(report.asOf) }),
      ],
      changes.commitments.map((commitment: ChangedCommitmentDto) => [
        commitment.reference,
        commitment.title,
        state(commitment.before),
        state(commitment.after),
      ]),
      ['auto', '*', 'auto', 'auto'],
      t('changes.noCommitments'),
    ),
    h2(t('changes.overdueTitle')),
    overdueTable(changes.newlyOverdue, f, t, t('changes.noOverdue')),
    h2(t('changes.indicatorsTitle')),
    table(
      [
        t('changes.indicator'),
        t('changes.onDay', { date: f.day(report.previousAsOf) }),
        t('changes.onDay', { date: f.day(report.asOf) }),
      ],
      changes.indicators.map((indicator) => [
        `${indicator.name} (${indicator.unit})`,
        indicatorValue(indicator.before, indicator.beforeAsOf),
        indicatorValue(indicator.after, indicator.afterAsOf),
      ]),
      ['*', 'auto', 'auto'],
      t('changes.noIndicators'),
    ),
    paragraph(t('reports.pdf.updatesInPeriod', { count: f.number(changes.statusUpdates) })),
  ];
}

function indicatorsSection(report: ReportDetailDto, f: Formatting, t: Translate): Node {
  return [
    h1(t('indicators.title')),
    { text: t('indicators.asOf', { date: f.day(report.asOf) }), style: 'note' },
    table(
      [
        t('indicators.name'),
        t('indicators.unit'),
        t('indicators.baseline'),
        t('indicators.target'),
        t('indicators.latest'),
        t('ddr.progress'),
      ],
      report.figures.indicators.map((indicator) => [
        indicator.name,
        indicator.unit,
        f.number(indicator.baseline),
        indicator.target === null
          ? '—'
          : [
              f.number(indicator.target),
              indicator.targetDate ? ` (${t('indicators.by', { date: f.day(indicator.targetDate) })})` : '',
            ].join(''),
        indicator.value === null
          ? t('changes.noValue')
          : `${f.number(indicator.value)} (${t('changes.valueAsOf', { date: f.day(indicator.valueAsOf) })})`,
        f.rate(indicator.progress),
      ]),
      ['*', 'auto', 'auto', 'auto', 'auto', 'auto'],
      t('indicators.none'),
    ),
  ];
}

/** The sources and evidence of every update behind a changed commitment, and of every changed indicator's value. */
function referencesSection(report: ReportDetailDto, f: Formatting, t: Translate): Node {
  const { figures } = report;
  // Links can be followed from the page.
  const link = (source: SourceLinkDto) => ({
    text: source.title ? t('reports.pdf.sourceLink', { title: source.title, url: source.url }) : source.url,
    link: source.url,
  });
  const evidence = (item: ReportEvidenceItem) => ({
    text: [
      item.title,
      item.evidenceDate ? f.day(item.evidenceDate) : null,
      t(`evidence.reliability.${item.reliability}`),
      item.url ?? t('reports.pdf.file', { name: item.fileName ?? '', sha256: item.sha256 ?? '' }),
    ]
      .filter((part) => part !== null)
      .join(' — '),
    ...(item.url && { link: item.url }),
  });
  const list = (items: Node[]) =>
    items.length ? { ul: items, margin: [8, 2, 0, 6] } : paragraph(t('reports.pdf.noSources'));
  const commitments = figures.changes.commitments.map((commitment) => {
    const updates = figures.references.filter((reference) => reference.commitmentId === commitment.id);
    return [
      h3(`${commitment.reference} — ${commitment.title}`),
      updates.length
        ? updates.map((update) => [
            { text: `${update.milestoneTitle} — ${f.day(update.effectiveDate)}`, style: 'label' },
            list([...update.evidence.map(evidence), ...update.sourceLinks.map(link)]),
          ])
        : paragraph(t('reports.pdf.noUpdates')),
    ];
  });
  const indicators = figures.changes.indicators.map((changed) => [
    h3(`${changed.name} (${changed.unit})`),
    list((figures.indicators.find((indicator) => indicator.id === changed.id)?.sourceLinks ?? []).map(link)),
  ]);
  const nothing = commitments.length + indicators.length === 0;
  return [
    h1(t('reports.pdf.references')),
    { text: t('reports.pdf.referencesExplained'), style: 'note' },
    nothing ? paragraph(t('reports.pdf.nothingChanged')) : [...commitments, ...indicators],
  ];
}

function overdueTable(items: OverdueItemDto[], f: Formatting, t: Translate, none: string): Node {
  return table(
    [
      t('overdue.kind'),
      t('overdue.reference'),
      t('overdue.item'),
      t('overdue.dueDate'),
      t('overdue.daysOverdue'),
      t('overdue.level'),
    ],
    items.map((item) => [
      t(`overdue.kinds.${item.kind}`),
      item.reference,
      item.title,
      f.day(item.dueDate),
      f.number(item.daysOverdue),
      t(`pam.${item.pamLevel}`),
    ]),
    ['auto', 'auto', '*', 'auto', 'auto', 'auto'],
    none,
  );
}

const STYLES = {
  coverTitle: { fontSize: 24, bold: true, margin: [0, 140, 0, 16] },
  coverSubtitle: { fontSize: 16, margin: [0, 0, 0, 24] },
  h1: { fontSize: 16, bold: true, margin: [0, 0, 0, 10] },
  h2: { fontSize: 12.5, bold: true, margin: [0, 12, 0, 6] },
  h3: { fontSize: 10.5, bold: true, margin: [0, 10, 0, 4] },
  label: { bold: true },
  note: { fontSize: 8.5, color: '#4b5563', margin: [0, 0, 0, 8] },
  hash: { fontSize: 9, characterSpacing: 0.3 },
  tableHeader: { bold: true, fillColor: '#eef1f5' },
  margin: { fontSize: 8, color: '#4b5563' },
};

const h1 = (text: string) => ({ text, style: 'h1', tocItem: true, pageBreak: 'before' });
const h2 = (text: string) => ({ text, style: 'h2', tocItem: true, tocMargin: [12, 0, 0, 0], headlineLevel: 2 });
const h3 = (text: string) => ({ text, style: 'h3', headlineLevel: 3 });
const paragraph = (text: string) => ({ text, margin: [0, 0, 0, 8] });

/** A table with a header row repeated on each page, rows kept whole; `none` is said instead of an empty table. */
function table(headers: string[], rows: Node[][], widths: (string | number)[], none?: string): Node {
  if (rows.length === 0 && none !== undefined) return paragraph(none);
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths,
      body: [headers.map((text) => ({ text, style: 'tableHeader' })), ...rows],
    },
    layout: 'lightHorizontalLines',
    margin: [0, 4, 0, 10],
  };
}

/** How the report writes days, times, numbers and statuses in its language. */
interface Formatting {
  day(day: string | null): string;
  time(instant: string): string;
  number(value: number): string;
  optionalNumber(value: number | null): string;
  signed(value: number, fractionDigits?: number): string;
  rate(rate: number | null): string;
  status(status: string | null): string;
}

/**
 * French writes a narrow no-break space in numbers (32 908, 31,3 %), a character Roboto lacks: the
 * page gets the ordinary no-break space, which it has and which keeps the figure on one line all the same.
 */
export const printable = (text: string) => text.replace(/\u202f/g, '\u00a0');

function formatting(report: ReportDetailDto, t: Translate): Formatting {
  const { language } = report;
  // A day is a calendar day, not an instant: formatted in UTC so that it never shifts.
  const days = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });
  const times = new Intl.DateTimeFormat(language, {
    dateStyle: 'long',
    timeStyle: 'long',
    timeZone: report.figures.agreement.timeZone,
  });
  const number = (value: number, fractionDigits = 0) => printable(formatNumber(value, language, fractionDigits));
  return {
    day: (day) => (day ? printable(days.format(new Date(day))) : '—'),
    time: (instant) => printable(times.format(new Date(instant))),
    number: (value) => number(value),
    optionalNumber: (value) => (value === null ? '—' : number(value)),
    signed: (value, fractionDigits = 0) => `${value > 0 ? '+' : ''}${number(value, fractionDigits)}`,
    rate: (rate) => (rate === null ? '—' : printable(formatRate(rate, language))),
    status: (status) => t(`status.${status ?? 'none'}`),
  };
}

const round1 = (value: number) => Math.round(value * 10) / 10;

function mapValues<T extends Record<string, number>>(values: T, format: (value: number) => string) {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, format(value)]));
}
