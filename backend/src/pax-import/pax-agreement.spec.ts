import { PartyKind, PillarTheme } from '@accord/shared';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { planAgreement } from './pax-agreement';
import { PaxRow, readPaxFile } from './pax-csv';
import { KNOWN_ZONES, timeZoneOf } from './pax-time-zones';

const FIXTURES = join(__dirname, '../../../tests/api/fixtures/pax');

async function rowOf(file: string, agtId: number): Promise<PaxRow> {
  const { rows } = await readPaxFile(readFileSync(join(FIXTURES, file)));
  const row = rows.find((candidate) => candidate.agtId === agtId);
  if (!row) throw new Error(`No row ${agtId} in ${file}`);
  return row;
}

describe('planAgreement', () => {
  it('makes the Mali 2015 agreement (AgtId 1365) from the real export: metadata and parties, no coding', async () => {
    const plan = planAgreement(await rowOf('pax-mali.csv', 1365));
    expect(plan.agreement).toEqual({
      slug: 'pax-1365',
      title: "Accord Pour la Paix et la Reconciliation au Mali - Issu du Processus d'Alger",
      shortTitle: 'Mali 2015: Accord Pour la Paix et la Reconciliation au Mali…',
      country: 'Mali/(Azawad)',
      signedOn: '2015-06-20',
      description:
        'Framework-substantive, comprehensive (PA-X stage SubComp/FrAg). ' +
        'PA-X agreement 1365: https://www.peaceagreements.org/agreements/1365/',
      paxId: 1365,
      timeZone: 'Africa/Bamako',
    });
    expect(plan.link).toBe('https://www.peaceagreements.org/agreements/1365/');
    expect(plan.parties.map((party) => party.acronym)).toEqual([
      'GM',
      'MNLA',
      'HCUA',
      'MAA',
      'MAA-dissident',
      'CPA',
      'CMFPR',
    ]);
    expect(plan.pillars).toEqual([]);
    expect(plan.placeholders).toEqual([]);
  });

  it('proposes a pillar per theme and a placeholder per coded provision, in the order of the catalogue', async () => {
    const plan = planAgreement(await rowOf('pax-coded.csv', 900001));
    expect(plan.pillars).toEqual([
      {
        theme: PillarTheme.PoliticalInstitutional,
        code: 'political_institutional',
        name: 'Political and institutional questions',
      },
      { theme: PillarTheme.DefenceSecurity, code: 'defence_security', name: 'Defence and security' },
    ]);
    expect(
      plan.placeholders.map(({ column, theme, commitment }) => [column, theme, commitment.reference, commitment.title]),
    ).toEqual([
      ['PolNewTemp', PillarTheme.PoliticalInstitutional, 'PA-X PolNewTemp', 'Temporary institutional arrangements'],
      ['Ce', PillarTheme.DefenceSecurity, 'PA-X Ce', 'Ceasefire'],
      ['SsrDdr', PillarTheme.DefenceSecurity, 'PA-X SsrDdr', 'DDR'],
      ['DdrProg', PillarTheme.DefenceSecurity, 'PA-X DdrProg', 'DDR programme'],
    ]);
    const ddrProgramme = plan.placeholders[3].commitment;
    expect(ddrProgramme.text).toContain('Placeholder from PA-X coding level 3');
    expect(ddrProgramme.milestones).toEqual([
      {
        title: 'DDR programme: steps to be defined',
        description: 'Placeholder: replace it with the concrete steps the text of the agreement sets out.',
        updates: [],
      },
    ]);
    expect(plan.parties.map(({ name, acronym, kind }) => [name, acronym, kind])).toEqual([
      ['Government of Testland', 'GT', PartyKind.Government],
      ['Northern Movement', 'NM', PartyKind.Movement],
      ['United Nations', 'UN', PartyKind.International],
      ['Neighbouring Republic', 'NR', PartyKind.Mediator],
    ]);
    expect(plan.agreement).toMatchObject({
      shortTitle: 'Testland 2021: Synthetic Accord on Security Arrangements',
      timeZone: 'Africa/Nairobi',
      description:
        'Framework-substantive, comprehensive (PA-X stage SubComp/FrAg). ' +
        'PA-X agreement 900001: https://www.peaceagreements.org/agreements/900001/',
    });
  });
});

describe('timeZoneOf', () => {
  it('gives the zone of a one-country agreement in a one-zone country, UTC otherwise', () => {
    expect(timeZoneOf('MLI', '')).toBe('Africa/Bamako');
    expect(timeZoneOf('mli', undefined)).toBe('Africa/Bamako');
    expect(timeZoneOf('MLI', 'NER')).toBe('UTC');
    expect(timeZoneOf('PNG', '')).toBe('UTC');
    expect(timeZoneOf('RUS', '')).toBe('UTC');
    expect(timeZoneOf('', '')).toBe('UTC');
    expect(timeZoneOf(undefined, undefined)).toBe('UTC');
  });

  it('names only zones the runtime knows', () => {
    for (const zone of KNOWN_ZONES) expect(() => new Intl.DateTimeFormat('en', { timeZone: zone })).not.toThrow();
  });
});
