import { AgreementDetailDto, AssessmentScaleCode, PartyKind, PillarTheme } from '@accord/shared';

/** A slice of the Mali 2015 agreement, enough for the pages to render. */
export const maliAgreement: AgreementDetailDto = {
  id: 'a1',
  slug: 'mali-2015',
  title: 'Agreement for Peace and Reconciliation in Mali',
  shortTitle: 'Mali 2015',
  country: 'Mali',
  signedOn: '2015-05-15',
  commitmentCount: 2,
  description: '',
  timeZone: 'Africa/Bamako',
  paxId: 1365,
  version: 1,
  trustedUpdatesSkipReview: false,
  publicPage: false,
  scale: {
    code: AssessmentScaleCode.Pam,
    nameKey: 'scales.pam',
    levels: [0, 1, 2, 3].map((value) => ({ value, labelKey: `pam.${value}`, pamScore: value })),
  },
  pillars: [{ id: 'p2', code: 'II', name: 'Defence and security', theme: PillarTheme.DefenceSecurity, position: 2 }],
  parties: [{ id: 'gov', name: 'Government of Mali', acronym: 'GoM', kind: PartyKind.Government, parentId: null }],
  monitoringBodies: [],
  regions: [
    { code: 'ML-6', name: 'Tombouctou' },
    { code: 'ML-7', name: 'Gao' },
  ],
  sections: [],
};
