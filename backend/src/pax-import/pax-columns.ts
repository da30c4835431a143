import { PaxStage, PillarTheme } from '@accord/shared';

/**
 * The columns of a PA-X export. Every export carries the agreement-level metadata; the full one also
 * carries 260 coding columns, one per category of provision (PA-X codebook, version 9), each coded 0 (not
 * addressed) to 3 (detailed) or 0/1. Column names are matched whatever their case.
 */

/** Columns an export must have: what a row is, and what the search shows. */
export const REQUIRED_COLUMNS = ['AgtId', 'Con', 'Agt', 'Dat', 'Stage', 'Part', 'ThrdPart'] as const;
export type RequiredColumn = (typeof REQUIRED_COLUMNS)[number];

/** Metadata columns PA-X exports carry besides the required ones: kept with the row, never checked. */
export const METADATA_COLUMNS = [
  'Contp',
  'PP',
  'PPName',
  'Reg',
  'Ver',
  'Status',
  'Lgt',
  'N_characters',
  'Agtp',
  'StageSub',
  'OthAgr',
  'Loc1ISO',
  'Loc2ISO',
  'Loc1GWNO',
  'Loc2GWNO',
  'UcdpCon',
  'UcdpAgr',
  'PamAgr',
  'PAM_ID',
  'CowWar',
  'Interim',
  'description',
  'stage_label',
  'stage - sort',
  'stage_short',
  'agt_type',
  'agt_dat',
  'year',
  'PAX_Hyperlink',
  'PDF_Hyperlink',
  'stage_display',
  'substage_label',
] as const;

/** PA-X's names of its stages (the `stage_label` column of the exports that have it). */
export const STAGE_LABELS: Readonly<Record<PaxStage, string>> = {
  [PaxStage.PreNegotiation]: 'Pre-negotiation/process',
  [PaxStage.SubstantivePartial]: 'Framework-substantive, partial',
  [PaxStage.SubstantiveComprehensive]: 'Framework-substantive, comprehensive',
  [PaxStage.Implementation]: 'Implementation',
  [PaxStage.Ceasefire]: 'Ceasefire',
  [PaxStage.Renewal]: 'Renewal',
  [PaxStage.Other]: 'Other',
};

export interface CodingCategory {
  column: string;
  /** Our short name of the category (PA-X's codebook describes each at length). */
  name: string;
  theme: PillarTheme;
  /**
   * Whether the category is something the parties undertake, which gets a placeholder commitment. Not so:
   * who signed (ImUN, ImOth), where the text comes from (ImSrc), and merely rhetorical mentions of a group.
   */
  provision: boolean;
}

const POLITICAL = PillarTheme.PoliticalInstitutional;
const SECURITY = PillarTheme.DefenceSecurity;
const DEVELOPMENT = PillarTheme.Development;
const JUSTICE = PillarTheme.ReconciliationJustice;
const OTHER = PillarTheme.Other;

/** The groups PA-X codes, each with four sub-codes (rhetorical, anti-discrimination, substantive, other). */
const GROUPS: [string, string][] = [
  ['GCh', 'Children and youth'],
  ['GDis', 'Persons with disabilities'],
  ['GAge', 'Elderly people'],
  ['GMig', 'Migrant workers'],
  ['GRa', 'Racial, ethnic and national groups'],
  ['GRe', 'Religious groups'],
  ['GInd', 'Indigenous peoples'],
  ['GOth', 'Other groups'],
  ['GRef', 'Refugees and displaced persons'],
  ['GSoc', 'Social class'],
];

const groupCategories = GROUPS.flatMap(([prefix, name]): [string, string, PillarTheme][] => [
  [prefix, name, JUSTICE],
  [`${prefix}Rhet`, `${name}: rhetorical mention`, JUSTICE],
  // Refugees have no anti-discrimination sub-code in PA-X.
  ...(prefix === 'GRef'
    ? []
    : [[`${prefix}Antid`, `${name}: non-discrimination`, JUSTICE] as [string, string, PillarTheme]]),
  [`${prefix}Subs`, `${name}: substantive provisions`, JUSTICE],
  [`${prefix}Oth`, `${name}: other provisions`, JUSTICE],
]);

/** Power-sharing sub-codes, each also split by level (`:St` state, `:Sub` sub-state). */
const POWER_SHARING: [string, string][] = [
  ['PpsGe', 'Power sharing: general'],
  ['PpsEx', 'Power sharing: executive coalition'],
  ['PpsOro', 'Power sharing: proportionality in the legislature'],
  ['PpsOthPr', 'Power sharing: other proportionality'],
  ['PpsVet', 'Power sharing: veto or communal majority'],
  ['PpsAut', 'Power sharing: segmental autonomy'],
  ['PpsInt', 'Power sharing: international involvement'],
  ['PpsOth', 'Power sharing: other forms'],
];

const powerSharingCategories = POWER_SHARING.flatMap(([column, name]): [string, string, PillarTheme][] => [
  [column, name, POLITICAL],
  [`${column}:St`, `${name} (state level)`, POLITICAL],
  [`${column}:Sub`, `${name} (sub-state level)`, POLITICAL],
]);

const CATEGORY_ROWS: [string, string, PillarTheme][] = [
  ...groupCategories,
  ['GeWom', 'Women, girls and gender', JUSTICE],
  ['GeMe', 'Men and boys', JUSTICE],
  ['GeMeNu', 'Gender-neutral wording', JUSTICE],
  ['GeMeOth', 'Men and boys: other provisions', JUSTICE],
  ['GeSo', 'Sexual orientation', JUSTICE],
  ['GeLgbti', 'LGBTI persons', JUSTICE],
  ['GeLgbtiPos', 'LGBTI persons: inclusive provisions', JUSTICE],
  ['GeLgbtiNeg', 'LGBTI persons: restrictive provisions', JUSTICE],
  ['GeFa', 'Family', JUSTICE],
  ['StDef', 'Definition of the state', POLITICAL],
  ['StGen', 'Nature of the state', POLITICAL],
  ['StCon', 'State configuration', POLITICAL],
  ['StSd', 'Self-determination', POLITICAL],
  ['StRef', 'Referendum', POLITICAL],
  ['StSym', 'State symbols', POLITICAL],
  ['StInd', 'Independence or secession', POLITICAL],
  ['StUni', 'Accession or unification', POLITICAL],
  ['StBor', 'Border delimitation', POLITICAL],
  ['StXbor', 'Cross-border provisions', POLITICAL],
  ['Pol', 'Political institutions', POLITICAL],
  ['PolGen', 'Political institutions: general', POLITICAL],
  ['PolNewInd', 'New political institutions', POLITICAL],
  ['PolNewTemp', 'Temporary institutional arrangements', POLITICAL],
  ['Ele', 'Elections', POLITICAL],
  ['ElecComm', 'Electoral commission', POLITICAL],
  ['PolPar', 'Political parties', POLITICAL],
  ['PolParTrans', 'Armed groups becoming political parties', POLITICAL],
  ['PolParOth', 'Political parties: other reforms', POLITICAL],
  ['Civso', 'Civil society', POLITICAL],
  ['Tral', 'Traditional and religious leaders', POLITICAL],
  ['Pubad', 'Public administration', POLITICAL],
  ['ConGen', 'Constitution: general', POLITICAL],
  ['ConRen', 'Constitution: renewal or affirmation', POLITICAL],
  ['Cons', 'Constitutional reform', POLITICAL],
  ['Polps', 'Political power sharing', POLITICAL],
  ['PpsSt', 'Power sharing at state level', POLITICAL],
  ['PpsSub', 'Power sharing at sub-state level', POLITICAL],
  ...powerSharingCategories,
  ['Terps', 'Territorial power sharing', POLITICAL],
  ['TpsSub', 'Federal or similar sub-division', POLITICAL],
  ['TpsLoc', 'Local and municipal government', POLITICAL],
  ['TpsAut', 'Autonomy', POLITICAL],
  ['TpsOth', 'Territorial power sharing: other', POLITICAL],
  ['Eps', 'Economic power sharing', DEVELOPMENT],
  ['EpsRes', 'Sharing of resources', DEVELOPMENT],
  ['EpsFis', 'Fiscal federalism', DEVELOPMENT],
  ['EpsOth', 'Economic power sharing: other', DEVELOPMENT],
  ['Mps', 'Military power sharing', SECURITY],
  ['MpsMe', 'Merger of forces', SECURITY],
  ['MpsJt', 'Joint command structure', SECURITY],
  ['MpsPro', 'Proportionality in the forces', SECURITY],
  ['MpsOth', 'Military power sharing: other', SECURITY],
  ['HrGen', 'Human rights and rule of law', JUSTICE],
  ['EqGen', 'Equality', JUSTICE],
  ['HrDem', 'Democracy', POLITICAL],
  ['HrFra', 'Human rights framework', JUSTICE],
  ['HrfSp', 'Specific rights', JUSTICE],
  ['HrfBor', 'Bill of rights', JUSTICE],
  ['HrBor', 'Bill of rights', JUSTICE],
  ['HrfTinc', 'Human rights treaties incorporated', JUSTICE],
  ['HrTrinc', 'Human rights treaties incorporated', JUSTICE],
  ['HrfOth', 'Human rights framework: other', JUSTICE],
  ['HrCp', 'Civil and political rights', JUSTICE],
  ['CprLife', 'Right to life', JUSTICE],
  ['CprTort', 'Freedom from torture', JUSTICE],
  ['CprEq', 'Equality before the law', JUSTICE],
  ['CprSlav', 'Freedom from slavery', JUSTICE],
  ['CprLib', 'Liberty and security of person', JUSTICE],
  ['CprDet', 'Humane treatment in detention', JUSTICE],
  ['CprFmov', 'Freedom of movement', JUSTICE],
  ['CprFspe', 'Freedom of speech', JUSTICE],
  ['CprFass', 'Freedom of association', JUSTICE],
  ['CprTria', 'Fair trial', JUSTICE],
  ['CprPriv', 'Privacy and family life', JUSTICE],
  ['CprVote', 'Right to vote and take part', JUSTICE],
  ['CprReli', 'Freedom of thought and religion', JUSTICE],
  ['CprOth', 'Civil and political rights: other', JUSTICE],
  ['HrSec', 'Socio-economic rights', DEVELOPMENT],
  ['SerProp', 'Property', DEVELOPMENT],
  ['SerWork', 'Work', DEVELOPMENT],
  ['SerHeal', 'Health', DEVELOPMENT],
  ['SerEdu', 'Education', DEVELOPMENT],
  ['SerStdl', 'Adequate standard of living', DEVELOPMENT],
  ['SerShel', 'Shelter and housing', DEVELOPMENT],
  ['SerSs', 'Social security', DEVELOPMENT],
  ['SerCult', 'Cultural rights', DEVELOPMENT],
  ['SerOth', 'Socio-economic rights: other', DEVELOPMENT],
  ['HrCit', 'Citizenship', POLITICAL],
  ['CitGen', 'Citizenship: general', POLITICAL],
  ['CitRights', 'Rights of citizens', POLITICAL],
  ['CitDef', 'Definition of citizenship', POLITICAL],
  ['CitOth', 'Citizenship: other', POLITICAL],
  ['HrDet', 'Detention procedures', JUSTICE],
  ['Med', 'Media and communication', POLITICAL],
  ['MedGov', 'Governance of the media', POLITICAL],
  ['MedSubs', 'Roles of the media', POLITICAL],
  ['MedLog', 'Media logistics', POLITICAL],
  ['MedOth', 'Media: other', POLITICAL],
  ['HrMob', 'Mobility and access', JUSTICE],
  ['Prot', 'Protection measures', JUSTICE],
  ['ProtCiv', 'Protection of civilians', JUSTICE],
  ['ProtGrp', 'Protection of groups', JUSTICE],
  ['ProtLgl', 'Protection of rights and legal frameworks', JUSTICE],
  ['ProtOth', 'Protection: other measures', JUSTICE],
  ['RiOth', 'Rights: other', JUSTICE],
  ['HrNi', 'National human rights institution', JUSTICE],
  ['HrNiMe', 'National human rights institution: mentioned', JUSTICE],
  ['HrNiNe', 'National human rights institution: new or revised', JUSTICE],
  ['HrNiOth', 'National human rights institution: other', JUSTICE],
  ['HrIi', 'Regional or international human rights institutions', JUSTICE],
  ['HrIiMon', 'Human rights monitoring', JUSTICE],
  ['HrIiBod', 'Human rights body tasked', JUSTICE],
  ['HrIiOth', 'International human rights institutions: other', JUSTICE],
  ['JusCr', 'Criminal justice and emergency law', JUSTICE],
  ['JusCrSp', 'Reform of specific laws', JUSTICE],
  ['JusCrSys', 'Reform of the criminal justice system', JUSTICE],
  ['JusCrPow', 'Powers within criminal justice', JUSTICE],
  ['JusEm', 'State of emergency', JUSTICE],
  ['JusJu', 'Judiciary and courts', JUSTICE],
  ['JusPri', 'Prisons and detention', JUSTICE],
  ['JusTra', 'Traditional and religious law', JUSTICE],
  ['Dev', 'Development and socio-economic reconstruction', DEVELOPMENT],
  ['DevSoc', 'Development provisions', DEVELOPMENT],
  ['DevHum', 'Humanitarian assistance', JUSTICE],
  ['DevInfra', 'Infrastructure and reconstruction', DEVELOPMENT],
  ['NEC', 'National economic plan', DEVELOPMENT],
  ['NatRes', 'Natural resources', DEVELOPMENT],
  ['IntFu', 'International funds', DEVELOPMENT],
  ['Bus', 'Business', DEVELOPMENT],
  ['Tax', 'Taxation', DEVELOPMENT],
  ['TaxPo', 'Power to tax', DEVELOPMENT],
  ['TaxRef', 'Tax reform', DEVELOPMENT],
  ['TaxOth', 'Taxation: other', DEVELOPMENT],
  ['Ban', 'Banks', DEVELOPMENT],
  ['CenBan', 'Central bank', DEVELOPMENT],
  ['BanPers', 'Personal and commercial banking', DEVELOPMENT],
  ['BanInt', 'International finance', DEVELOPMENT],
  ['BanXb', 'Cross-border financial flows', DEVELOPMENT],
  ['LaRef', 'Land reform and rights', DEVELOPMENT],
  ['LaRefMan', 'Land reform and management', DEVELOPMENT],
  ['LaRefRet', 'Return and restitution of property', DEVELOPMENT],
  ['LaRefOth', 'Land: other', DEVELOPMENT],
  ['LaNom', 'Pastoralist and nomadic rights', DEVELOPMENT],
  ['LaCH', 'Cultural heritage', DEVELOPMENT],
  ['LaCHTa', 'Cultural heritage: tangible', DEVELOPMENT],
  ['LaCHIt', 'Cultural heritage: intangible', DEVELOPMENT],
  ['LaCHPro', 'Cultural heritage: promotion of values', DEVELOPMENT],
  ['LaCHOth', 'Cultural heritage: other', DEVELOPMENT],
  ['LaEn', 'Environment', DEVELOPMENT],
  ['Wat', 'Water and river rights', DEVELOPMENT],
  ['SsrGua', 'Security sector: general', SECURITY],
  ['Ce', 'Ceasefire', SECURITY],
  ['CeProv', 'Ceasefire provisions', SECURITY],
  ['CeGen', 'Ceasefire: general references', SECURITY],
  ['SsrPol', 'Police', SECURITY],
  ['SsrArm', 'Armed forces', SECURITY],
  ['SsrDdr', 'DDR', SECURITY],
  ['DdrDemil', 'Demilitarisation', SECURITY],
  ['DdrProg', 'DDR programme', SECURITY],
  ['SsrInt', 'Intelligence services', SECURITY],
  ['SsrPsf', 'Armed groups and para-statal forces', SECURITY],
  ['SsrFf', 'Withdrawal of foreign forces', SECURITY],
  ['Cor', 'Corruption', POLITICAL],
  ['SsrCrOcr', 'Crime and organised crime', SECURITY],
  ['SsrDrugs', 'Drugs', SECURITY],
  ['Terr', 'Terrorism', SECURITY],
  ['TjGen', 'Transitional justice: general', JUSTICE],
  ['TjAm', 'Amnesty and pardon', JUSTICE],
  ['TjAmPro', 'Amnesty proper', JUSTICE],
  ['TjSan', 'Relief of other sanctions', JUSTICE],
  ['TjPower', 'Power to grant amnesty', JUSTICE],
  ['TjAmBan', 'Prohibition of amnesty', JUSTICE],
  ['TjCou', 'Courts (transitional justice)', JUSTICE],
  ['TjJaNc', 'National courts', JUSTICE],
  ['TjJaIc', 'International courts', JUSTICE],
  ['TjMech', 'Transitional justice mechanism', JUSTICE],
  ['TjPrire', 'Release of prisoners', JUSTICE],
  ['TjVet', 'Vetting', JUSTICE],
  ['TjVic', 'Victims', JUSTICE],
  ['TjMis', 'Missing persons', JUSTICE],
  ['TjRep', 'Reparations', JUSTICE],
  ['TjRSym', 'Symbolic reparations', JUSTICE],
  ['TjRMa', 'Material reparations', JUSTICE],
  ['TjNR', 'Reconciliation', JUSTICE],
  ['ImUN', 'UN signatory', OTHER],
  ['ImOth', 'Other international signatory', OTHER],
  ['ImRef', 'Referendum on the agreement', POLITICAL],
  ['ImPK', 'International mission or force', SECURITY],
  ['ImE', 'Enforcement mechanism', OTHER],
  ['ImSrc', 'Source of the text', OTHER],
];

/** Categories that describe the agreement, not an undertaking: no placeholder. */
const NOT_PROVISIONS = new Set(['ImUN', 'ImOth', 'ImSrc', ...GROUPS.map(([prefix]) => `${prefix}Rhet`)]);

export const CODING_CATEGORIES: readonly CodingCategory[] = CATEGORY_ROWS.map(([column, name, theme]) => ({
  column,
  name,
  theme,
  provision: !NOT_PROVISIONS.has(column),
}));

/** Our pillar for each theme a coded category falls under, in the order pillars are listed. */
export const THEME_PILLARS: readonly { theme: PillarTheme; name: string }[] = [
  { theme: PillarTheme.PoliticalInstitutional, name: 'Political and institutional questions' },
  { theme: PillarTheme.DefenceSecurity, name: 'Defence and security' },
  { theme: PillarTheme.Development, name: 'Economic, social and cultural development' },
  { theme: PillarTheme.ReconciliationJustice, name: 'Reconciliation, justice and humanitarian questions' },
  { theme: PillarTheme.Other, name: 'Other provisions' },
];

const byLowerCase = <T>(entries: [string, T][]) => new Map(entries.map(([name, value]) => [name.toLowerCase(), value]));

/** Every known column by its lower-cased name: the canonical name, and the category of a coding column. */
export const KNOWN_COLUMNS = byLowerCase<{ name: string; category?: CodingCategory }>([
  ...[...REQUIRED_COLUMNS, ...METADATA_COLUMNS].map((name): [string, { name: string }] => [name, { name }]),
  ...CODING_CATEGORIES.map((category): [string, { name: string; category: CodingCategory }] => [
    category.column,
    { name: category.column, category },
  ]),
]);
