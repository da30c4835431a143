import {
  DdrStage,
  IndicatorDetailDto,
  IndicatorDimension,
  IndicatorValueDto,
  IndicatorValueListItemDto,
  ReviewState,
  Sex,
} from '@accord/shared';

/** An approved value of the Mali registration figures, split by sex and movement. */
export const approvedValue: IndicatorValueDto = {
  id: 'v1',
  indicatorId: 'i1',
  asOf: '2019-07-31',
  total: 800,
  cells: [
    { sex: Sex.Male, armedGroup: 'CMA', value: 450 },
    { sex: Sex.Female, armedGroup: 'CMA', value: 50 },
    { sex: Sex.Male, armedGroup: 'GoM', value: 300 },
  ],
  note: 'Lists of both movements.',
  sourceLinks: [],
  confidential: false,
  authorId: 'monitor-1',
  authorName: 'Aminata Traoré',
  recordedAt: '2019-08-01T08:00:00Z',
  reviewState: ReviewState.Approved,
  reviewedAt: '2019-08-02T08:00:00Z',
  reviewerName: 'Rokia Reviewer',
  returnReason: null,
};

/** Combatants registered in Mali: one approved value, and one the signed-in monitor ("me") had returned. */
export const registeredIndicator: IndicatorDetailDto = {
  id: 'i1',
  agreementId: 'a1',
  commitmentId: null,
  code: 'ddr.registered',
  name: 'Combatants registered',
  unit: 'people',
  ddrStage: DdrStage.Registered,
  baseline: 0,
  target: 1000,
  targetDate: null,
  dimensions: [IndicatorDimension.Sex, IndicatorDimension.ArmedGroup],
  position: 1,
  version: 7,
  asOf: '2026-11-27',
  current: approvedValue,
  progress: 80,
  history: [
    {
      ...approvedValue,
      id: 'v2',
      asOf: '2020-01-31',
      total: 900,
      cells: [],
      note: 'About 900.',
      authorId: 'me',
      authorName: 'Me',
      reviewState: ReviewState.Returned,
      returnReason: 'Give the figures by movement.',
    },
    approvedValue,
  ],
};

/** A value awaiting review, as the review queue lists it. */
export const submittedValue: IndicatorValueListItemDto = {
  ...approvedValue,
  id: 'v3',
  asOf: '2020-06-30',
  total: 950,
  cells: [],
  note: 'Third round of registration.',
  reviewState: ReviewState.Submitted,
  reviewedAt: null,
  reviewerName: null,
  indicatorCode: 'ddr.registered',
  indicatorName: 'Combatants registered',
  unit: 'people',
};
