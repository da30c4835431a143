import {
  DdrStage,
  IndicatorDimension,
  OperationalStatus,
  PartyKind,
  PillarTheme,
  Sex,
  SiteKind,
  SiteState,
  TextSectionKind,
} from '@accord/shared';
import { DemoAgreement } from '../../../backend/src/demo/demo-agreement.types';

/**
 * A small agreement whose figures are computed by hand in dashboard.spec.ts.
 *
 *   C1 (pillar A; gov)        deadline 2016-01-01  M1: L1 on_track 2015-08-01, L3 2016-03-01   M2: L3 2016-05-01
 *   C2 (pillar B; coal)       deadline 2016-06-01  M3 (due 2016-01-01): L2 delayed 2015-09-01  M4: no update
 *   C3 (pillar B; mov1, gov)  no deadline          M5: L1 2017-01-01, stalled 2018-01-01
 *   C4 (pillar B; gov)        deadline 2030-01-01  M6 (due 2030-01-01): no update
 *
 * Regions (map.spec.ts): North XT-N, South XT-S, East XT-E (drawn inside North), Capital XT-C.
 * M3 is in North and East, M5 in North, M4 in South.
 */
export const SMALL_AGREEMENT: DemoAgreement = {
  slug: 'test-accord',
  title: 'Test Accord for Peace',
  shortTitle: 'Test Accord',
  country: 'Testland',
  signedOn: '2015-06-01',
  description: 'A fixture with hand-computed figures.',
  paxId: null,
  pillars: [
    { code: 'A', name: 'Political', theme: PillarTheme.PoliticalInstitutional },
    { code: 'B', name: 'Security', theme: PillarTheme.DefenceSecurity },
  ],
  parties: [
    { key: 'gov', name: 'Government', acronym: 'GOV', kind: PartyKind.Government },
    { key: 'coal', name: 'Coalition', acronym: 'COAL', kind: PartyKind.Coalition },
    { key: 'mov1', name: 'Movement One', acronym: 'MOV1', kind: PartyKind.Movement, parentKey: 'coal' },
  ],
  monitoringBodies: [{ name: 'Monitoring Committee', acronym: 'MC', description: 'Follows implementation.' }],
  sections: [
    {
      key: 'art1',
      kind: TextSectionKind.Article,
      number: '1',
      heading: 'Cantonment',
      body: 'Fighters gather in sites.',
    },
  ],
  commitments: [
    {
      reference: 'Art. 1',
      sectionKey: 'art1',
      pillarCode: 'A',
      title: 'C1 elections held',
      text: 'Hold regional elections.',
      partyKeys: ['gov'],
      deadline: '2016-01-01',
      milestones: [
        {
          title: 'M1 electoral law adopted',
          updates: [
            {
              effectiveDate: '2015-08-01',
              level: 1,
              status: OperationalStatus.OnTrack,
              narrative: 'Draft law tabled.',
            },
            { effectiveDate: '2016-03-01', level: 3, narrative: 'Law adopted.' },
          ],
        },
        {
          title: 'M2 elections held',
          updates: [{ effectiveDate: '2016-05-01', level: 3, narrative: 'Elections held.' }],
        },
      ],
    },
    {
      reference: 'Art. 2',
      pillarCode: 'B',
      title: 'C2 cantonment sites built',
      text: 'Build cantonment sites for the combatants.',
      partyKeys: ['coal'],
      deadline: '2016-06-01',
      milestones: [
        {
          title: 'M3 sites chosen',
          regions: ['XT-N', 'XT-E'],
          dueDate: '2016-01-01',
          updates: [
            {
              effectiveDate: '2015-09-01',
              level: 2,
              status: OperationalStatus.Delayed,
              narrative: 'Half the sites chosen.',
            },
          ],
        },
        { title: 'M4 sites operational', regions: ['XT-S'], updates: [] },
      ],
    },
    {
      reference: 'Art. 3',
      pillarCode: 'B',
      title: 'C3 combatant lists handed over',
      text: 'Movements hand over lists of combatants.',
      partyKeys: ['mov1', 'gov'],
      milestones: [
        {
          title: 'M5 lists handed over',
          regions: ['XT-N'],
          updates: [
            { effectiveDate: '2017-01-01', level: 1, narrative: 'A partial list was handed over.' },
            { effectiveDate: '2018-01-01', status: OperationalStatus.Stalled, narrative: 'No further lists.' },
          ],
        },
      ],
    },
    {
      reference: 'Art. 4',
      pillarCode: 'B',
      title: 'C4 reintegration programme',
      text: 'Run a reintegration programme.',
      partyKeys: ['gov'],
      deadline: '2030-01-01',
      milestones: [{ title: 'M6 programme launched', dueDate: '2030-01-01', updates: [] }],
    },
  ],
  // Indicators, by hand: registered 400 (2016-01-01) then 800 (2017-06-01, by sex and group), target 1,000;
  // disarmed 150 (2018-11-20), target 1,000; integrated, no value yet.
  indicators: [
    {
      code: 'ddr.registered',
      name: 'Combatants registered',
      unit: 'people',
      ddrStage: DdrStage.Registered,
      target: 1000,
      dimensions: [IndicatorDimension.Sex, IndicatorDimension.ArmedGroup],
      values: [
        { asOf: '2016-01-01', total: 400, note: 'First lists.' },
        {
          asOf: '2017-06-01',
          total: 800,
          note: 'Lists of both groups.',
          cells: [
            { sex: Sex.Male, armedGroup: 'COAL', value: 450 },
            { sex: Sex.Female, armedGroup: 'COAL', value: 50 },
            { sex: Sex.Male, armedGroup: 'MOV1', value: 300 },
          ],
        },
      ],
    },
    {
      code: 'ddr.disarmed',
      name: 'Combatants disarmed',
      unit: 'people',
      ddrStage: DdrStage.Disarmed,
      target: 1000,
      dimensions: [IndicatorDimension.Region],
      values: [{ asOf: '2018-11-20', total: 150, note: 'Accelerated DDR.' }],
    },
    {
      code: 'ddr.integrated',
      name: 'Combatants integrated',
      unit: 'people',
      ddrStage: DdrStage.Integrated,
      values: [],
    },
  ],
  regions: [
    { code: 'XT-N', name: 'North' },
    { code: 'XT-S', name: 'South' },
    { code: 'XT-E', name: 'East', mapFeature: 'XT-N' },
    { code: 'XT-C', name: 'Capital' },
  ],
  sites: [
    {
      name: 'Site North',
      kind: SiteKind.CantonmentSite,
      regionCode: 'XT-N',
      location: [10.5, 20.25],
      states: [
        { effectiveDate: '2015-10-01', state: SiteState.Planned, note: 'Chosen.' },
        { effectiveDate: '2016-03-01', state: SiteState.Operational, note: 'Open.' },
        { effectiveDate: '2017-01-01', state: SiteState.Suspended, note: 'Attacked.' },
      ],
    },
    { name: 'Camp South', kind: SiteKind.MocCamp, regionCode: 'XT-S', states: [] },
  ],
};
