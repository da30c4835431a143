/** Standard themes a pillar belongs to, so that pillars compare across agreements. */
export enum PillarTheme {
  PoliticalInstitutional = 'political_institutional',
  DefenceSecurity = 'defence_security',
  Development = 'development',
  ReconciliationJustice = 'reconciliation_justice',
  Other = 'other',
}

/** Kinds of units of an agreement's text. */
export enum TextSectionKind {
  Title = 'title',
  Chapter = 'chapter',
  Article = 'article',
  Annex = 'annex',
}

export enum PartyKind {
  Government = 'government',
  Coalition = 'coalition',
  Movement = 'movement',
  Mediator = 'mediator',
  International = 'international',
}
