import { PartyKind } from '@accord/shared';
import { namesIn, partiesOf } from './pax-parties';

// Texts as PA-X writes them (from the export in tests/api/fixtures/pax/pax-mali.csv).
const MALI_2015 =
  "The Government of Mali and le Mouvement national de libération de l'Azawad (MNLA), le Haut Conseil pour " +
  "l'unité de l'Azawad (HCUA) et le Mouvement arabe de l'Azawad (MAA), le Mouvement arabe de l'Azawad-dissident " +
  "(MAA-dissident), la Coordination pour le peuple de l'Azawad (CPA) et la coordination des mouvements et fronts " +
  'patriotiques de résistance (CMFPR).';

describe('partiesOf', () => {
  it('splits a list at commas and conjunctions before an article, keeping acronyms apart', () => {
    expect(partiesOf(MALI_2015, '')).toEqual([
      { key: 'party:government of mali', name: 'Government of Mali', acronym: 'GM', kind: PartyKind.Government },
      {
        key: 'party:mouvement national de liberation de l azawad',
        name: "Mouvement national de libération de l'Azawad",
        acronym: 'MNLA',
        kind: PartyKind.Movement,
      },
      {
        key: 'party:haut conseil pour l unite de l azawad',
        name: "Haut Conseil pour l'unité de l'Azawad",
        acronym: 'HCUA',
        kind: PartyKind.Movement,
      },
      {
        key: 'party:mouvement arabe de l azawad',
        name: "Mouvement arabe de l'Azawad",
        acronym: 'MAA',
        kind: PartyKind.Movement,
      },
      {
        key: 'party:mouvement arabe de l azawad dissident',
        name: "Mouvement arabe de l'Azawad-dissident",
        acronym: 'MAA-dissident',
        kind: PartyKind.Movement,
      },
      {
        key: 'party:coordination pour le peuple de l azawad',
        name: "Coordination pour le peuple de l'Azawad",
        acronym: 'CPA',
        kind: PartyKind.Movement,
      },
      {
        // "mouvements et fronts": no article after "et", so one name.
        key: 'party:coordination des mouvements et fronts patriotiques de resistance',
        name: 'Coordination des mouvements et fronts patriotiques de résistance',
        acronym: 'CMFPR',
        kind: PartyKind.Movement,
      },
    ]);
  });

  it('takes the bodies signed for from signature blocks, and third parties as mediators or international', () => {
    const parties = partiesOf(
      "(Signed)\nPour le Gouvernement de la République du Mali\nS.E.M. Abdoulaye DIOP\nMinistre des Affaires Etrangères,\nde l'intégration Africaine et de la Coopération Internationale\n\n(Signed)\nPour la Coordination des Mouvement de l'Azawad (CMA)\nM. Sidi Brahim Ould Sidatt",
      "Pour la Médiation\n\n(Signed)\nPour la République Algérienne Démocratique, Chef de la Médiation\nS.E.M. Ramtane LAMAMRA,\n\n(Signed)\nPour l'Organisation des Nations Unies/Mission Multidimensionnelle Intégrée des Nations Unies pour la Stabilisation du Mali\nS.E.M. Mongi HAMDI",
    );
    expect(parties.map(({ name, acronym, kind }) => [name, acronym, kind])).toEqual([
      ['Gouvernement de la République du Mali', 'GRM', PartyKind.Government],
      ["Coordination des Mouvement de l'Azawad", 'CMA', PartyKind.Movement],
      ['Médiation', 'Médiation', PartyKind.Mediator],
      ['République Algérienne Démocratique', 'RAD', PartyKind.Mediator],
      [
        'Organisation des Nations Unies/Mission Multidimensionnelle Intégrée des Nations Unies pour la Stabilisation du Mali',
        'ONUMMINUSM',
        PartyKind.International,
      ],
    ]);
  });

  it('reads semicolon lists, and "on behalf of" twice on one line', () => {
    expect(namesIn('Government of Nicaragua; Nicaraguan Resistance')).toEqual([
      'Government of Nicaragua',
      'Nicaraguan Resistance',
    ]);
    expect(namesIn('On behalf of CAM On behalf of the Platform \nBilal Ag Acherif Fahad Ag Almahmoud')).toEqual([
      'CAM',
      'Platform',
    ]);
  });

  it('makes acronyms from every word that counts, and reads "ACRONYM [ name ]"', () => {
    const parties = partiesOf(
      "Pour le Mouvement national pour la libération de l'Azawad\nFor the Democratic Alliance of May 23 2006 for Renewal\n" +
        'For the NMLA [ The National Movement for the Liberation of Azawad ]\nFor the AMA [ The Arab Movement of Azawad ]\nFor the AMA',
      '',
    );
    expect(parties.map(({ name, acronym }) => [name, acronym])).toEqual([
      ["Mouvement national pour la libération de l'Azawad", 'MNLA'],
      ['Democratic Alliance of May 23 2006 for Renewal', 'DAMR'],
      ['National Movement for the Liberation of Azawad', 'NMLA'],
      ['Arab Movement of Azawad', 'AMA'],
    ]);
  });

  it('drops what says something about the signatures, and names given twice', () => {
    expect(namesIn('(Signed)\nSigned: Samuel KAUONA\nNot signed\n[names illegible]\nsamuel kauona')).toEqual([
      'Samuel KAUONA',
    ]);
    expect(partiesOf('', '')).toEqual([]);
  });
});
