import { JobDto, JobState } from '@accord/shared';

/** A job of the signed-in user on agreement a1, queued, with `overrides`. */
export const jobDto = (overrides: Partial<JobDto> = {}): JobDto => ({
  id: 'j1',
  kind: 'export',
  agreementId: 'a1',
  params: {},
  state: JobState.Queued,
  progressDone: 0,
  progressTotal: null,
  errorCode: null,
  errorMessage: null,
  fileName: null,
  mediaType: null,
  sizeBytes: null,
  createdAt: '2026-01-05T10:00:00Z',
  startedAt: null,
  finishedAt: null,
  ...overrides,
});
