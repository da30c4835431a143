import {
  DdrStage,
  OperationalStatus,
  PartyKind,
  PillarTheme,
  SiteKind,
  SiteState,
  TextSectionKind,
} from '@accord/shared';
import { DemoAgreement, DemoSection } from './demo-agreement.types';

/**
 * Demo data: the 2015 Agreement for Peace and Reconciliation in Mali (PA-X 1365).
 *
 * Facts (dates, figures, article numbers) come from public sources listed in SOURCES; the wording of
 * every summary and narrative is ours, never a quotation. Where the sources give a month or a year
 * but no day, the update is dated to the last day of that period (e.g. "2017" -> 2017-12-31).
 * Article numbers the sources do not confirm are kept but flagged "(numbering inferred)".
 * Scores of commitments the sources do not rate are plausible fill-ins, tuned so that the
 * agreement-wide PAM rate at the end of 2023 (about 33) stays close to PAM's own 31.25.
 */

/** Public sources, by the keys used in the team's research notes. */
const SOURCES = {
  AA17: {
    url: 'https://fr.allafrica.com/stories/201703020890.html',
    title: 'AllAfrica: interim authorities installed in Gao and Ménaka (Mar 2017)',
  },
  ABK41: {
    url: 'https://news.abamako.com/h/243654.html',
    title: 'aBamako: 41st session of the Agreement Monitoring Committee (Nov 2020)',
  },
  ABK88: {
    url: 'https://news.abamako.com/h/88935.html',
    title: 'aBamako: the Agreement Monitoring Committee, its chair and sub-committees',
  },
  ABK92: {
    url: 'https://news.abamako.com/h/92088.html',
    title: 'aBamako: "Azawad" and the foundations of the Agreement',
  },
  ABKC: {
    url: 'https://news.abamako.com/h/120178.html',
    title: 'aBamako: 8th session of the Technical Security Commission (Feb 2016)',
  },
  ABKCC: {
    url: 'https://news.abamako.com/h/286940.html',
    title: 'aBamako: CMA, Platform and CMI suspend their participation in the CSA (Dec 2022)',
  },
  ABKCS: {
    url: 'https://news.abamako.com/h/114660.html',
    title: 'aBamako: MINUSMA starts building the cantonment sites of Likrakar and Fafa (late 2015)',
  },
  ABKD: {
    url: 'https://news.abamako.com/h/114757.html',
    title: 'aBamako: decrees creating the CNDDR and the Integration Commission (Dec 2015)',
  },
  ABKM: {
    url: 'https://news.abamako.com/h/150306.html',
    title: 'aBamako: suicide attack on the Gao MOC camp (Jan 2017)',
  },
  ACP: {
    url: 'https://mj.africarrieres.com/actualite_de_la_nation_malienne/277357',
    title: 'Africarrières: the territorial police still not created (2023)',
  },
  AF24: {
    url: 'https://africa24tv.com/mali-fin-de-laccord-dalger-de-2015-avec-les-rebelles-separatistes',
    title: 'Africa24: end of the 2015 Algiers agreement with the separatist movements',
  },
  ALG: {
    url: 'https://algerie360.com/mali-accord-sur-la-creation-dautorites-interimaires-dans-les-cinq-regions-du-nord',
    title: 'Algérie360: agreement on interim authorities in the five northern regions (Jun 2016)',
  },
  B42: {
    url: 'https://bamada.net',
    title: 'Bamada: 5th high-level session of the CSA, in Kidal (Feb 2021)',
  },
  BCCS: {
    url: 'https://bamada.net/observateur-independant-dans-la-mise-en-oeuvre-de-lapr-le-centre-carter-annonce-la-suspension-de-ses-activites',
    title: 'Bamada: the Carter Center announces the suspension of its Independent Observer activities (Sep 2023)',
  },
  BFR: {
    url: 'https://bamada.net/accord-pour-la-paix-une-feuille-de-route-de-plus',
    title: 'Bamada: the roadmap of 22 March 2018',
  },
  BIO3: {
    url: 'https://bamada.net/accord-de-paix-au-mali-lobservateur-independant-estime-que-60-des-engagements-sont-a-moitie-executes',
    title: 'Bamada: the Independent Observer finds 60% of commitments half carried out (Feb 2019)',
  },
  BJUR: {
    url: 'https://bamada.net/laccord-dalger-est-il-opposable-a-toutes-les-parties-analyses-croisees-de-deux-juristes',
    title: 'Bamada: is the Algiers agreement binding on all parties? Two jurists',
  },
  BRSS: {
    url: 'https://bamada.net/integration-des-combattants-la-validation-des-criteres',
    title: 'Bamada: integration of combatants, validation of the criteria',
  },
  CC0120: {
    url: 'https://cartercenter.org/news/pr/2020/mali-012120.html',
    title: 'The Carter Center: Independent Observer report (21 Jan 2020)',
  },
  CC0622: {
    url: 'https://cartercenter.org/news/pr/2022/mali-062722.html',
    title: 'The Carter Center: Independent Observer report (27 Jun 2022)',
  },
  CC0821: {
    url: 'https://cartercenter.org/news/pr/2021/mali-082321.html',
    title: 'The Carter Center: Independent Observer report (23 Aug 2021)',
  },
  CC0919: {
    url: 'https://cartercenter.org/news/pr/2019/mali-092319.html',
    title: 'The Carter Center: Independent Observer report (23 Sep 2019)',
  },
  CCF: {
    url: 'https://cartercenter.org/news/features/p/conflict_resolution/mali-feature-08022019.html',
    title: 'The Carter Center: the Independent Observer in Mali (feature, Aug 2019)',
  },
  CEN: {
    url: 'https://pdfslide.fr/documents/etude-sur-ltat-actuel-du-transfert-des-ressources-.html',
    title: 'Study of the current state of resource transfers to local authorities',
  },
  CSA15: {
    url: 'https://malijet.com/communiques-de-presse/176625',
    title: 'Malijet: communiqué of the 15th session of the CSA (Jan 2017)',
  },
  DIA: {
    url: 'https://diasporaction.fr',
    title: 'Diasporaction: applying the texts of the two commissions of the Algiers agreement (Mar 2023)',
  },
  DJZ: {
    url: 'https://djazairess.com/fr/apsfr/418747',
    title: 'APS (via Djazairess): the content of the Algiers agreement',
  },
  DROP: {
    url: 'https://dropstone.iversys.eu/evaluation-of-the-independent-observer-of-the-peace-process-in-mali/',
    title: 'Evaluation of the Independent Observer of the peace process in Mali',
  },
  EUR: {
    url: 'https://eurasia.ro/2016/07/28/agreement-monitoring-committees-meeting-in-bamako-restoring-security-in-northern-mali',
    title: 'Eurasia Review: CSA meeting in Bamako on restoring security in northern Mali (Jul 2016)',
  },
  FAMA: {
    url: 'https://fama.ml/mise-en-oeuvre-de-laccord-le-volet-defense-et-securite-evoque-par-des-experts/',
    title: 'FAMa: experts review the defence and security part of the agreement',
  },
  FDD: {
    url: 'https://maliweb.net',
    title: 'Maliweb: the Sustainable Development Fund (article 2949181)',
  },
  FR7: {
    url: 'https://diplomatie.gouv.fr/en/country-files/mali/news/article/mali-peace-agreement-monitoring-committee-9-10-03-16',
    title: 'France Diplomacy: Mali peace agreement monitoring committee (9-10 Mar 2016)',
  },
  FRS: {
    url: 'https://frstrategie.org',
    title: 'Fondation pour la recherche stratégique: Savey & Boisvert, DDR in Mali (21 Dec 2018)',
  },
  ICI3: {
    url: 'https://icimali.com/vue-densemble-de-lapplication-de-laccord-pour-la-paix-au-mali',
    title: 'ICI Mali: overview of the implementation of the peace agreement',
  },
  JA26: {
    url: 'https://jeuneafrique.com/1367727',
    title: 'Jeune Afrique: 26,000 ex-combatants to be integrated in two tranches (Aug 2022)',
  },
  KIB20: {
    url: 'https://kibaru.ml',
    title: 'Kibaru: end of the 20th session of the CSA (Sep 2017)',
  },
  MA448: {
    url: 'https://maliactu.net',
    title: 'Maliactu: ex-combatants arrive in Bamako for integration (Feb 2021)',
  },
  MAECH: {
    url: 'https://maliactu.net/mali-les-echeances-de-mise-en-oeuvre-de-laccord-de-paix',
    title: 'Maliactu: the implementation deadlines of the peace agreement',
  },
  MAG: {
    url: 'https://maguiblog16.canalblog.com/archives/2020/01/07/37921986.html',
    title: 'Maguiblog: the titles and annexes of the agreement',
  },
  MAIO3: {
    url: 'https://maliactu.net',
    title: 'Maliactu: 15.38% of actions not yet initiated, says the Independent Observer (Feb 2019)',
  },
  MAKA: {
    url: 'https://maliactu.net/mali-le-comite-de-suivi-de-laccord-tenu-a-kayes-pour-la-premiere-fois/',
    title: 'Maliactu: the Agreement Monitoring Committee meets in Kayes for the first time (Mar 2021)',
  },
  MAP: {
    url: 'https://maliactu.net/mali-police-territoriale-colere-et-indignation-des-syndicats-de-la-police-nationale-et-pourtant/',
    title: 'Maliactu: the territorial police bill and the national police unions (2020)',
  },
  MINC: {
    url: 'https://minusma.unmissions.org/en/meeting-commission-technique-mixte-de-s%C3%A9curit%C3%A9-bamako',
    title: 'MINUSMA: meeting of the Mixed Technical Security Commission (CTMS) in Bamako (2015)',
  },
  MINR: {
    url: 'https://minusma.unmissions.org',
    title: 'MINUSMA: SSR vision, strategy and action plan workshop (30 Mar 2018)',
  },
  MINUSMA: {
    url: 'https://minusma.unmissions.org',
    title: 'MINUSMA news: support to the Gao MOC (2016)',
  },
  MZ: {
    url: 'https://malizine.com/2017/02/25/mali-voici-le-nouveau-calendrier-de-la-mise-en-place-des-autorites-interimaires',
    title: 'Malizine: the new calendar for installing the interim authorities (25 Feb 2017)',
  },
  MW10: {
    url: 'https://maliweb.net',
    title: 'Maliweb: 10th report of the Independent Observer (article 2983593)',
  },
  MW15: {
    url: 'https://maliweb.net',
    title: 'Maliweb: the CMA suspends its participation; the Gao attack (article 2021012)',
  },
  MW19: {
    url: 'https://maliweb.net',
    title: 'Maliweb: 18th and 19th sessions of the CSA (article 2367602)',
  },
  MWA2: {
    url: 'https://maliweb.net',
    title: 'Maliweb: the Annex 2 deadlines for the Technical Security Commission (article 984822)',
  },
  MWC1: {
    url: 'https://maliweb.net',
    title: 'Maliweb: the CSA meeting of 3-4 July 2015 stalls (article 1045132)',
  },
  MWC3: {
    url: 'https://maliweb.net',
    title: 'Maliweb: Chapter 3, the institutional framework (article 2420522)',
  },
  MWD15: {
    url: 'https://maliweb.net',
    title: 'Maliweb: DDR, integration and redeployment in the agreement (article 874712)',
  },
  MWFR: {
    url: 'https://maliweb.net',
    title: 'Maliweb: the priority timetable and the 22 March 2018 roadmap (article 2747524)',
  },
  MWINT: {
    url: 'https://maliweb.net/armee/lintegration-des-ex-combattants-963042.html',
    title: 'Maliweb: the integration of ex-combatants',
  },
  MWMOC: {
    url: 'https://maliweb.net',
    title: 'Maliweb: the Gao MOC is set up (article 2030252)',
  },
  MWP: {
    url: 'https://maliweb.net',
    title: 'Maliweb: feasibility of the territorial police (article 1311042)',
  },
  MWRI: {
    url: 'https://maliweb.net',
    title: 'Maliweb: the CSA adopts its rules of procedure (article 1070592)',
  },
  MWT3: {
    url: 'https://maliweb.net',
    title: 'Maliweb: Title III, defence and security (article 2860074)',
  },
  OEK: {
    url: 'https://docslib.org/doc/8923487',
    title: 'The reconstituted army unit enters Kidal (Feb 2020)',
  },
  PAD: {
    url: 'https://pressafrik.com/Mali-deposer-les-armes-pour-servir-son-pays_a192447.html',
    title: 'PressAfrik: laying down arms to serve the country, the accelerated DDR (Nov 2018)',
  },
  PAFR: {
    url: 'https://pressafrik.com/Accord-d-Alger-une-feuille-de-route-signee-au-Mali-pour-accelerer-le-processus_a180458.html',
    title: 'PressAfrik: a roadmap signed in Mali to speed up the Algiers agreement (Mar 2018)',
  },
  PAM: {
    url: 'https://peaceaccords.nd.edu/accord/mali-2015-accord-for-peace-and-reconciliation',
    title: 'Peace Accords Matrix: Mali 2015 Accord for Peace and Reconciliation',
  },
  PAM43: {
    url: 'https://peaceaccords.nd.edu/implementation/page/43',
    title: 'Peace Accords Matrix: implementation narratives (truth commission, Mali)',
  },
  PAMD: {
    url: 'https://peaceaccords.nd.edu/provision/demobilization-mali-2015-accord-for-peace-and-reconciliation',
    title: 'Peace Accords Matrix: demobilization, Mali 2015',
  },
  PAX: {
    url: 'https://test.pax.peaceagreements.org/agreements/1365',
    title: 'PA-X: agreement 1365',
  },
  RFI19: {
    url: 'https://rfi.fr/afrique/20191203-mali-algerie-reporte-une-reunion-comite-suivi-accord-alger',
    title: 'RFI: Algeria postpones a meeting of the Agreement Monitoring Committee (3 Dec 2019)',
  },
  RFIM: {
    url: 'https://rfi.fr/afrique/20170218-reportage-mois-apres-attentat-le-moc-gao-repris-patrouilles',
    title: 'RFI: a month after the attack, the Gao MOC resumes patrols (18 Feb 2017)',
  },
  RFIP: {
    url: 'https://bamada.net/mali-un-pacte-pour-la-paix-pour-accelerer-lapplication-de-laccord-dalger',
    title: 'Bamada: a Pact for Peace to speed up the Algiers agreement (Oct 2018)',
  },
  RW0420: {
    url: 'https://m.reliefweb.int/report/3603174',
    title: 'ReliefWeb: report of the Independent Observer (13 Apr 2020)',
  },
  RW1220: {
    url: 'https://m.reliefweb.int/report/3697920',
    title: 'ReliefWeb: report of the Independent Observer (16 Dec 2020)',
  },
  RWIO1: {
    url: 'https://reliefweb.int/report/mali/report-independent-observer-observations-implementation-agreement-peace-and',
    title: 'ReliefWeb: first report of the Independent Observer (May 2018)',
  },
  S1858: {
    url: 'https://docslib.org/doc/3356051/s-2018-58-security-council',
    title: 'Report of the UN Secretary-General on Mali, S/2018/58',
  },
  SG18: {
    url: 'https://reliefweb.int/report/mali/report-secretary-general-situation-mali-s20181174',
    title: 'Report of the UN Secretary-General on Mali, S/2018/1174',
  },
  SG541: {
    url: 'https://docslib.org/doc/2723361',
    title: 'Report of the UN Secretary-General on Mali, S/2018/541',
  },
  UNCEI: {
    url: 'https://un.org/en/pages/international-commission-inquiry-mali/',
    title: 'United Nations: International Commission of Inquiry for Mali',
  },
  VDIO2: {
    url: 'https://vdocuments.mx/report-of-the-independent-observer-carter-center.html',
    title: 'Second report of the Independent Observer (Oct 2018)',
  },
  WB: {
    url: 'https://documents.worldbank.org/curated/en/219541468936472766/text/WPS7749.txt',
    title: 'World Bank Policy Research Working Paper 7749',
  },
} as const;

type SourceKey = keyof typeof SOURCES;

/** The sources of a status update, by key. */
function src(...keys: SourceKey[]): { url: string; title: string }[] {
  return keys.map((key) => ({ url: SOURCES[key].url, title: SOURCES[key].title }));
}

/** Articles whose content is known only at the level of their chapter, one section per number. */
function inferredArticles(
  parentKey: string,
  from: number,
  to: number,
  heading: string,
  summary: string,
): DemoSection[] {
  const sections: DemoSection[] = [];
  for (let n = from; n <= to; n++) {
    sections.push({
      key: `a${n}`,
      parentKey,
      kind: TextSectionKind.Article,
      number: String(n),
      heading,
      body: `${summary} (numbering inferred)`,
    });
  }
  return sections;
}

const title = (key: string, number: string, heading: string, body: string): DemoSection => ({
  key,
  kind: TextSectionKind.Title,
  number,
  heading,
  body,
});
const chapter = (key: string, parentKey: string, number: string, heading: string, body?: string): DemoSection => ({
  key,
  parentKey,
  kind: TextSectionKind.Chapter,
  number,
  heading,
  body,
});
const article = (key: string, parentKey: string, number: string, heading: string, body: string): DemoSection => ({
  key,
  parentKey,
  kind: TextSectionKind.Article,
  number,
  heading,
  body,
});

const { OnTrack, Delayed, Stalled, Cancelled } = OperationalStatus;

export const MALI_2015: DemoAgreement = {
  slug: 'mali-2015',
  title: 'Agreement for Peace and Reconciliation in Mali, resulting from the Algiers Process',
  shortTitle: 'Mali 2015 (Algiers)',
  country: 'Mali',
  signedOn: '2015-05-15',
  timeZone: 'Africa/Bamako',
  paxId: 1365,
  description:
    'Signed on 15 May 2015 by the Government of Mali and the Platform movements, and on 20 June 2015 by the ' +
    'Coordination of Azawad Movements (CMA), after the Algiers process mediated by Algeria. It provides for ' +
    'decentralisation with elected regional assemblies, cantonment, DDR and integration of combatants into ' +
    'reconstituted forces, a development zone for the North, and reconciliation and justice measures, monitored by ' +
    'the Agreement Monitoring Committee (CSA) and, from 2017, The Carter Center as Independent Observer. ' +
    'Implementation stalled from 2022 and the transitional government terminated the agreement on 25 January 2024.',

  pillars: [
    { code: 'political', name: 'Political and institutional questions', theme: PillarTheme.PoliticalInstitutional },
    { code: 'security', name: 'Defence and security, including DDR', theme: PillarTheme.DefenceSecurity },
    { code: 'development', name: 'Economic, social and cultural development', theme: PillarTheme.Development },
    {
      code: 'reconciliation',
      name: 'Reconciliation, justice and humanitarian questions',
      theme: PillarTheme.ReconciliationJustice,
    },
  ],

  parties: [
    { key: 'gov', name: 'Government of the Republic of Mali', acronym: 'GoM', kind: PartyKind.Government },
    { key: 'cma', name: 'Coordination of Azawad Movements', acronym: 'CMA', kind: PartyKind.Coalition },
    {
      key: 'mnla',
      name: 'National Movement for the Liberation of Azawad',
      acronym: 'MNLA',
      kind: PartyKind.Movement,
      parentKey: 'cma',
    },
    {
      key: 'hcua',
      name: 'High Council for the Unity of Azawad',
      acronym: 'HCUA',
      kind: PartyKind.Movement,
      parentKey: 'cma',
    },
    {
      key: 'maa-cma',
      name: 'Arab Movement of Azawad (CMA faction)',
      acronym: 'MAA (CMA)',
      kind: PartyKind.Movement,
      parentKey: 'cma',
    },
    {
      key: 'cmfpr2',
      name: 'Coordination of Patriotic Resistance Movements and Fronts II',
      acronym: 'CMFPR-II',
      kind: PartyKind.Movement,
      parentKey: 'cma',
    },
    {
      key: 'cpa-cma',
      name: 'Coalition of the People of Azawad (CMA faction)',
      acronym: 'CPA (CMA)',
      kind: PartyKind.Movement,
      parentKey: 'cma',
    },
    { key: 'platform', name: 'Platform of movements', acronym: 'Platform', kind: PartyKind.Coalition },
    {
      key: 'gatia',
      name: 'Imghad Tuareg and Allies Self-Defence Group',
      acronym: 'GATIA',
      kind: PartyKind.Movement,
      parentKey: 'platform',
    },
    {
      key: 'cmfpr1',
      name: 'Coordination of Patriotic Resistance Movements and Fronts I',
      acronym: 'CMFPR-I',
      kind: PartyKind.Movement,
      parentKey: 'platform',
    },
    {
      key: 'cpa-platform',
      name: 'Coalition of the People of Azawad (Platform faction)',
      acronym: 'CPA (Platform)',
      kind: PartyKind.Movement,
      parentKey: 'platform',
    },
    {
      key: 'maa-platform',
      name: 'Arab Movement of Azawad (Platform faction)',
      acronym: 'MAA (Platform)',
      kind: PartyKind.Movement,
      parentKey: 'platform',
    },
    {
      key: 'mediation',
      name: 'International Mediation led by Algeria (with ECOWAS, AU, UN, EU, OIC, Burkina Faso, Mauritania, Niger, Nigeria, Chad)',
      acronym: 'Mediation',
      kind: PartyKind.Mediator,
    },
    {
      key: 'minusma',
      name: 'United Nations Multidimensional Integrated Stabilization Mission in Mali',
      acronym: 'MINUSMA',
      kind: PartyKind.International,
    },
  ],

  monitoringBodies: [
    {
      name: 'Agreement Monitoring Committee',
      acronym: 'CSA',
      description:
        'Set up the day after the CMA signed, chaired by Algeria with Burkina Faso, Mauritania, Niger and Chad as ' +
        'vice-chairs, seated in Bamako (arts. 57-62). It works through four thematic sub-committees: political and ' +
        'institutional; defence and security; development; reconciliation, justice and humanitarian questions.',
    },
    {
      name: 'Technical Security Commission',
      acronym: 'CTS',
      description:
        'Took over from the Mixed Technical Security Commission (CTMS) in 2015 under Annex 2: monitors the ceasefire, ' +
        'investigates violations, validates cantonment sites, receives the lists of combatants and weapons, and ' +
        'oversees the MOC and mixed patrols.',
    },
    {
      name: 'Operational Coordination Mechanism',
      acronym: 'MOC',
      description:
        'Mixed units of 600 (200 army, 200 Platform, 200 CMA) meant to lead mixed patrols and the redeployment of ' +
        'reconstituted forces; set up in Gao in January 2017, then in Kidal and Timbuktu in 2018.',
    },
    {
      name: 'National Commission for Disarmament, Demobilisation and Reintegration',
      acronym: 'CNDDR',
      description:
        'Created under art. 19 by decree of 29 December 2015, with the Government and the movements, working with the ' +
        'CSA; it registered combatants from 2018 and was reorganised by a new decree of 29 March 2023.',
    },
    {
      name: 'Integration Commission',
      acronym: 'CI',
      description:
        'Set up by decree under the President (Annex 2) to define the criteria, quotas and rank harmonisation for ' +
        'integrating ex-combatants into the defence and security forces, with the CNRSS.',
    },
    {
      name: 'National Security Sector Reform Council',
      acronym: 'CNRSS',
      description:
        'Created under art. 25 to lead security sector reform; it took part in setting integration criteria, and a ' +
        'national SSR strategy was adopted in 2018.',
    },
    {
      name: 'Independent Observer (The Carter Center)',
      acronym: 'IO',
      description:
        'Provided for by art. 63 and chosen at the 20th CSA session on 11 September 2017; it tracked 78 commitments ' +
        'with a method drawn from the Peace Accords Matrix and published public reports until it suspended its work ' +
        'on 1 October 2023.',
    },
  ],

  sections: [
    // Title I
    title(
      't1',
      'I',
      'Principles, commitments and foundations for a lasting settlement',
      'The principles the Parties accept and the foundations of the settlement.',
    ),
    chapter('c1', 't1', '1', 'Principles and commitments'),
    article(
      'a1',
      'c1',
      '1',
      'Principles',
      'Unity, territorial integrity and sovereignty of Mali; a republican and secular state; recognition of the diversity of its peoples; the role of women and youth.',
    ),
    ...inferredArticles(
      'c1',
      2,
      4,
      'Commitments of the Parties',
      'Full implementation in good faith, the Parties being primarily responsible; the state adopts the regulatory, legislative and constitutional measures needed',
    ),
    chapter('c2', 't1', '2', 'Foundations for a lasting settlement'),
    article(
      'a5',
      'c2',
      '5',
      'Foundations',
      '"Azawad" is recognised as a socio-cultural reality within a unitary state; a Conference of National Understanding is held in the interim period; peace and governance measures follow.',
    ),

    // Title II
    title(
      't2',
      'II',
      'Political and institutional questions',
      'Institutional framework, decentralisation, local finance and representation of the North.',
    ),
    chapter('c3', 't2', '3', 'Institutional framework and territorial reorganisation'),
    article(
      'a6',
      'c3',
      '6',
      'Regional and local institutions',
      'A directly elected regional assembly whose president heads the region; elected cercle and commune councils; regions may choose their name; a Senate; more northerners in national bodies.',
    ),
    ...inferredArticles(
      'c3',
      7,
      9,
      'State representation and local deliberations',
      'Representation of the state in the regions and the deliberations of local bodies (art. 9 in the February 2015 draft)',
    ),
    chapter('c4', 't2', '4', 'Powers and competences'),
    ...inferredArticles(
      'c4',
      10,
      12,
      'Regional competences',
      'Competences of the regions: development plans, land-use planning, basic services',
    ),
    chapter('c5', 't2', '5', 'Resources and finance'),
    ...inferredArticles(
      'c5',
      13,
      15,
      'Financing of local authorities',
      'Transfer of resources to local authorities, including 30% of state budget revenue',
    ),
    chapter('c6', 't2', '6', 'Representation in national institutions'),
    ...inferredArticles(
      'c6',
      16,
      16,
      'Representation of the North',
      'Better representation of northern populations in national institutions and the public service',
    ),

    // Title III
    title(
      't3',
      'III',
      'Defence and security',
      'Principles of the forces, cantonment, integration and DDR, redeployment, security sector reform and the fight against terrorism.',
    ),
    chapter('c7', 't3', '7', 'Guiding principles'),
    article(
      'a17',
      'c7',
      '17',
      'Principles of the defence and security forces',
      'Inclusive forces under a single chain of command of the central state, with a progressive redeployment in the North.',
    ),
    chapter('c8', 't3', '8', 'Cantonment, integration and DDR'),
    article(
      'a18',
      'c8',
      '18',
      'Cantonment',
      'Cantonment identifies which combatants are eligible for integration or for DDR, with MINUSMA support.',
    ),
    article(
      'a19',
      'c8',
      '19',
      'National DDR Commission',
      'Creates a National DDR Commission with the Government and the movements, working with the CSA.',
    ),
    article('a20', 'c8', '20', 'Integration and DDR', 'Integration and DDR proceed as cantonment goes on.'),
    article(
      'a21',
      'c8',
      '21',
      'DDR of combatants not integrated',
      'Cantoned combatants who are not integrated enter the DDR programme (numbering inferred).',
    ),
    chapter('c9', 't3', '9', 'Redeployment of the reconstituted forces'),
    article(
      'a22',
      'c9',
      '22',
      'Redeployment',
      'Reconstituted forces redeploy progressively from signature, led by the MOC with MINUSMA support (numbering inferred).',
    ),
    article(
      'a23',
      'c9',
      '23',
      'Northerners in the redeployed forces',
      'A significant share of people from the North, including in command posts, in the redeployed units (numbering inferred).',
    ),
    chapter('c10', 't3', '10', 'Reorganisation of the defence and security forces'),
    ...inferredArticles(
      'c10',
      24,
      24,
      'Reorganisation of the forces',
      'Security sector reform; a territorial police under local authorities; local security advisory committees',
    ),
    article(
      'a25',
      'c10',
      '25',
      'National Security Sector Reform Council',
      'Creates the National Security Sector Reform Council (CNRSS).',
    ),
    ...inferredArticles(
      'c10',
      26,
      28,
      'Reorganisation of the forces',
      'Security sector reform; a territorial police under local authorities; local security advisory committees',
    ),
    chapter('c11', 't3', '11', 'Fight against terrorism'),
    article(
      'a29',
      'c11',
      '29',
      'Terrorism, organised crime and drug trafficking',
      'The Parties commit to fight terrorism, organised crime and drug trafficking.',
    ),
    ...inferredArticles('c11', 30, 30, 'Fight against terrorism', 'Content not known to us'),

    // Title IV
    title(
      't4',
      'IV',
      'Economic, social and cultural development',
      'A specific development strategy and the mobilisation of resources for the North.',
    ),
    chapter('c12', 't4', '12', 'Development strategy for the northern regions'),
    ...inferredArticles(
      'c12',
      31,
      37,
      'Specific development strategy',
      'Part of the specific development strategy for the northern regions, including the Sustainable Development Fund',
    ),
    chapter('c13', 't4', '13', 'Mobilisation of resources for the North'),
    article(
      'a38',
      'c13',
      '38',
      'Northern Regions Development Zone',
      'Gives priority to a Northern Regions Development Zone and to the measures listed in Annex 3.',
    ),
    ...inferredArticles(
      'c13',
      39,
      45,
      'Mobilisation for the North',
      'Part of the mobilisation of resources for the northern regions',
    ),

    // Title V
    title(
      't5',
      'V',
      'Reconciliation, justice and humanitarian questions',
      'Reconciliation and justice measures, justice reform, refugees and displaced people.',
    ),
    chapter('c14', 't5', '14', 'Reconciliation and justice', 'Chapter heading inferred from its content.'),
    article(
      'a46',
      'c14',
      '46',
      'Reconciliation and justice',
      'Reconciliation and justice measures, including an international commission of inquiry.',
    ),
    ...inferredArticles('c14', 47, 47, 'Justice', 'Reform of justice and the fight against impunity'),
    chapter('c15', 't5', '15', 'Humanitarian questions', 'Chapter heading inferred from its content.'),
    ...inferredArticles(
      'c15',
      48,
      50,
      'Refugees and displaced people',
      'Return and reintegration of refugees and displaced people; humanitarian questions',
    ),

    // Title VI
    title(
      't6',
      'VI',
      'Guarantees and international support',
      'The role of the Mediation, the Agreement Monitoring Committee and the Independent Observer.',
    ),
    chapter(
      'c16',
      't6',
      '16',
      'Guarantees',
      'Chapter numbers 16-18 cover arts. 51-56; their split and headings are inferred.',
    ),
    ...inferredArticles('c16', 51, 51, 'Guarantees', 'Guarantees of implementation'),
    article(
      'a52',
      'c16',
      '52',
      'Role of the Mediation',
      'The Mediation may settle divergences over the interpretation and implementation of the Agreement; the basis of its binding decisions.',
    ),
    chapter('c17', 't6', '17', 'International support', 'Heading inferred.'),
    ...inferredArticles(
      'c17',
      53,
      54,
      'International support',
      'Support of the international community to implementation',
    ),
    chapter('c18', 't6', '18', 'International support (continued)', 'Heading inferred.'),
    ...inferredArticles(
      'c18',
      55,
      56,
      'International support',
      'Support of the international community to implementation',
    ),
    chapter('c19', 't6', '19', 'Agreement Monitoring Committee'),
    ...[57, 58, 59, 60, 61, 62].map(
      (n): DemoSection =>
        article(
          `a${n}`,
          'c19',
          String(n),
          'Agreement Monitoring Committee',
          'Provisions on the Agreement Monitoring Committee (CSA): membership, chair, sub-committees and sessions.',
        ),
    ),
    chapter('c20', 't6', '20', 'Independent Observer', 'Chapter number unverified (numbering inferred).'),
    article(
      'a63',
      'c20',
      '63',
      'Independent Observer',
      'An Independent Observer assesses implementation and publishes a report every four months.',
    ),
    article(
      'a64',
      'c20',
      '64',
      'Support to the Independent Observer',
      'Technical support to the Independent Observer.',
    ),

    // Title VII
    title('t7', 'VII', 'Final provisions', 'Amendment, annexes and entry into force.'),
    article(
      'a65',
      't7',
      '65',
      'Amendment',
      'The Agreement may be amended only with the consent of all signatories, after the opinion of the CSA.',
    ),
    article('a66', 't7', '66', 'Annexes', 'The annexes form an integral part of the Agreement.'),
    ...inferredArticles('t7', 67, 68, 'Final provisions', 'Final provisions'),

    // Annexes
    {
      key: 'annex1',
      kind: TextSectionKind.Annex,
      number: '1',
      heading: 'Interim period',
      body: 'The interim period begins at signature and lasts 18 to 24 months: interim authorities for the communes, cercles and regions of the North, a Conference of National Understanding and the enabling laws.',
    },
    {
      key: 'annex2',
      kind: TextSectionKind.Annex,
      number: '2',
      heading: 'Defence and security',
      body: 'The Technical Security Commission, lists of combatants and weapons, the MOC and mixed patrols, the Integration Commission, cantonment and DDR, and the law on the territorial police (section 3).',
    },
    {
      key: 'annex3',
      kind: TextSectionKind.Annex,
      number: '3',
      heading: 'Economic, social and cultural development',
      body: 'Short, medium and long-term projects for the North in education, health, water and infrastructure; about 45% of the costed funds go to infrastructure, mostly in the medium term.',
    },
  ],

  commitments: [
    // ---------------------------------------------------------------- political and institutional
    {
      reference: 'Annex 1; Art. 5',
      sectionKey: 'annex1',
      pillarCode: 'political',
      title: 'Interim authorities in the northern communes, cercles and regions',
      text: 'Set up interim authorities to run the communes, cercles and regions of the North during the interim period, until elections under the new institutional framework.',
      partyKeys: ['gov', 'cma', 'platform'],
      deadline: '2017-06-20',
      deadlineNote: 'End of the interim period of 18-24 months after signature (20 Jun 2015)',
      milestones: [
        {
          title: 'Parties agree on the interim authorities',
          updates: [
            {
              effectiveDate: '2016-06-15',
              level: 3,
              status: OnTrack,
              narrative:
                'On 14-15 June 2016 the Government, the CMA and the Platform agree to create interim authorities in the five northern regions.',
              sources: src('ALG'),
            },
          ],
        },
        {
          title: 'Interim authorities installed in the five northern regions',
          regions: ['ML-6', 'ML-7', 'ML-8', 'ML-9', 'ML-10'],
          dueDate: '2017-06-20',
          updates: [
            {
              effectiveDate: '2017-02-25',
              level: 1,
              status: OnTrack,
              narrative:
                'A new calendar schedules the installation of the interim authorities for late February and early March 2017.',
              sources: src('MZ'),
            },
            {
              effectiveDate: '2017-03-02',
              level: 2,
              status: OnTrack,
              narrative:
                'The interim authorities are installed in Kidal on 28 February and in Gao and Ménaka on 2 March 2017; Timbuktu and Taoudéni are scheduled for 3 March.',
              sources: src('AA17'),
            },
          ],
        },
        {
          title: 'Interim authorities working with staff and budget',
          regions: ['ML-6', 'ML-7', 'ML-8', 'ML-9', 'ML-10'],
          updates: [
            {
              effectiveDate: '2018-03-22',
              level: 1,
              status: Delayed,
              narrative:
                'The roadmap of 22 March 2018 sets March-April 2018 for the interim authorities to be fully working, a year after their installation.',
              sources: src('PAFR', 'MWFR'),
            },
            {
              effectiveDate: '2018-05-28',
              level: 1,
              status: Delayed,
              narrative:
                "The Independent Observer's first report finds that the parties have missed their own timelines and that the CSA is not supervising implementation.",
              sources: src('RWIO1'),
            },
          ],
        },
      ],
    },
    {
      reference: 'Art. 6',
      sectionKey: 'a6',
      pillarCode: 'political',
      title: 'Regional assemblies elected by direct universal suffrage, and a Senate',
      text: 'Create regional assemblies elected by direct universal suffrage whose president heads the regional executive, elected councils for cercles and communes, and a Senate.',
      partyKeys: ['gov'],
      milestones: [
        {
          title: 'Regional and local elections held under the new framework',
          updates: [
            {
              effectiveDate: '2018-03-22',
              level: 0,
              status: Delayed,
              narrative:
                'The roadmap of 22 March 2018 postpones local elections until after the July 2018 presidential election.',
              sources: src('PAFR'),
            },
            {
              effectiveDate: '2020-04-13',
              level: 0,
              status: Stalled,
              narrative:
                'The Independent Observer reports that the redistricting needed before new regional elections has still not been done.',
              sources: src('RW0420'),
            },
          ],
        },
        {
          title: 'Senate created',
          description: 'Requires a revision of the Constitution; no step recorded in our sources.',
          updates: [],
        },
      ],
    },
    {
      reference: 'Art. 6; Ch. 3',
      sectionKey: 'c3',
      pillarCode: 'political',
      title: 'Territorial reorganisation of the North',
      text: 'Reorganise the territory of the North: make the Taoudéni and Ménaka regions operational and redraw administrative boundaries.',
      partyKeys: ['gov'],
      milestones: [
        {
          title: 'Taoudéni and Ménaka regions operational',
          regions: ['ML-9', 'ML-10'],
          updates: [
            {
              effectiveDate: '2018-03-22',
              level: 1,
              status: OnTrack,
              narrative:
                "The roadmap puts the texts on the Taoudéni and Ménaka regions on the agenda of the National Assembly's April 2018 session.",
              sources: src('MWFR', 'PAFR'),
            },
            {
              effectiveDate: '2018-12-31',
              level: 3,
              narrative: 'An overview of implementation records the new regions as created in 2018.',
              sources: src('ICI3'),
            },
          ],
        },
        {
          title: 'Redistricting of the northern regions completed',
          updates: [
            {
              effectiveDate: '2020-04-13',
              level: 1,
              status: Stalled,
              narrative: 'The Independent Observer notes that redistricting has not been completed.',
              sources: src('RW0420'),
            },
          ],
        },
      ],
    },
    {
      reference: 'Ch. 4, arts. ~10-12 (numbering inferred)',
      sectionKey: 'c4',
      pillarCode: 'political',
      title: 'Transfer of competences to the regions',
      text: 'Transfer to the regions the competences set out in the Agreement, including development planning, land-use planning and basic services.',
      partyKeys: ['gov'],
      milestones: [
        {
          title: 'Competences and matching services transferred to the regions',
          updates: [
            {
              effectiveDate: '2020-12-16',
              level: 1,
              status: Delayed,
              narrative:
                'The Independent Observer records limited progress between April and November 2020, amid the political crisis, the coup and COVID-19.',
              sources: src('RW1220'),
            },
          ],
        },
      ],
    },
    {
      reference: 'Ch. 5, arts. ~13-15 (numbering inferred)',
      sectionKey: 'c5',
      pillarCode: 'political',
      title: '30% of state budget revenue transferred to local authorities',
      text: "Transfer 30% of the state's budget revenue to local authorities, with particular attention to the northern regions.",
      partyKeys: ['gov'],
      deadline: '2018-01-01',
      deadlineNote: 'From the 2018 budget year (year unverified)',
      milestones: [
        {
          title: 'Share of budget revenue transferred reaches 30%',
          dueDate: '2018-12-31',
          updates: [
            {
              effectiveDate: '2018-12-31',
              level: 1,
              status: Delayed,
              narrative:
                'A study of resource transfers shows transfers to local authorities still well short of the 30% target.',
              sources: src('CEN'),
            },
          ],
        },
        {
          title: 'Transfers to northern local authorities traceable',
          updates: [
            {
              effectiveDate: '2019-09-16',
              level: 1,
              status: Delayed,
              narrative:
                'The Independent Observer finds that the results of the money spent on development in the North cannot be traced.',
              sources: src('CC0919'),
            },
          ],
        },
      ],
    },
    {
      reference: 'Ch. 6, art. ~16 (numbering inferred)',
      sectionKey: 'a16',
      pillarCode: 'political',
      title: 'Representation of northern populations in national institutions and the public service',
      text: 'Improve the representation of people from the North in national institutions, diplomacy and the public service.',
      partyKeys: ['gov'],
      milestones: [
        {
          title: 'Measures for northerners in the public service adopted',
          updates: [],
        },
      ],
    },
    {
      reference: 'Art. 5; Annex 1',
      sectionKey: 'a5',
      pillarCode: 'political',
      title: 'Conference of National Understanding',
      text: 'Hold a Conference of National Understanding during the interim period to debate the root causes of the conflict, including the question of "Azawad".',
      partyKeys: ['gov', 'cma', 'platform'],
      deadline: '2017-06-20',
      deadlineNote: 'Within the interim period of 18-24 months after signature (20 Jun 2015)',
      milestones: [
        {
          title: 'Conference of National Understanding held',
          dueDate: '2017-06-20',
          updates: [
            {
              effectiveDate: '2017-04-02',
              level: 3,
              status: OnTrack,
              narrative:
                'The Conference of National Understanding closes in Bamako on 2 April 2017, within the interim period.',
              sources: src('PAM'),
            },
          ],
        },
        {
          title: 'Law on national understanding adopted',
          updates: [
            {
              effectiveDate: '2019-06-30',
              level: 3,
              narrative: 'The Independent Observer notes the law on national understanding adopted in June 2019.',
              sources: src('CC0919'),
            },
          ],
        },
      ],
    },
    {
      reference: 'Arts. 57-62',
      sectionKey: 'c19',
      pillarCode: 'political',
      title: 'Agreement Monitoring Committee (CSA) set up and meeting every month',
      text: 'Set up the Agreement Monitoring Committee at signature, chaired by Algeria and working through four thematic sub-committees, and hold a plenary session every month.',
      partyKeys: ['mediation', 'gov', 'cma', 'platform'],
      deadline: '2015-06-20',
      deadlineNote: 'At signature (20 Jun 2015); plenary sessions monthly',
      milestones: [
        {
          title: 'CSA installed and rules of procedure adopted',
          dueDate: '2015-06-20',
          updates: [
            {
              effectiveDate: '2015-06-21',
              level: 2,
              status: OnTrack,
              narrative: "The CSA is set up the day after the CMA's signature.",
              sources: src('MWRI'),
            },
            {
              effectiveDate: '2015-07-04',
              status: Stalled,
              narrative: 'The meeting of 3-4 July 2015 stalls without agreement.',
              sources: src('MWC1'),
            },
            {
              effectiveDate: '2015-07-21',
              level: 3,
              status: OnTrack,
              narrative: 'The CSA adopts its rules of procedure at its third meeting.',
              sources: src('MWRI'),
            },
          ],
        },
        {
          title: 'Monthly plenary sessions held with all signatories',
          updates: [
            {
              effectiveDate: '2016-03-10',
              level: 2,
              status: OnTrack,
              narrative: 'The CSA holds its 7th session on 9-10 March 2016.',
              sources: src('FR7'),
            },
            {
              effectiveDate: '2016-12-15',
              status: Stalled,
              narrative:
                'At the 14th session in December 2016 the CMA suspends its participation; the 15th session (30-31 January 2017) meets without it.',
              sources: src('MW15', 'CSA15'),
            },
            {
              effectiveDate: '2017-06-06',
              status: OnTrack,
              narrative: 'Sessions resume their rhythm: the 18th meets on 5-6 June 2017 and the 19th on 10-11 July.',
              sources: src('MW19'),
            },
            {
              effectiveDate: '2019-12-03',
              status: Stalled,
              narrative:
                'The CMA suspended its participation in September 2019 after a session planned in Kidal was postponed; no session is held from September to December, and on 3 December Algeria postpones another meeting.',
              sources: src('RFI19', 'CC0120'),
            },
            {
              effectiveDate: '2020-11-16',
              status: OnTrack,
              narrative: 'The 41st session meets on 16 November 2020, after five months without a session.',
              sources: src('ABK41'),
            },
            {
              effectiveDate: '2022-12-21',
              level: 1,
              status: Stalled,
              narrative:
                'No session has been held since October 2021; on 20-21 December 2022 the CMA, the Platform and the CMI (CSP-PSD) suspend their participation.',
              sources: src('ABKCC', 'MW10'),
            },
            {
              effectiveDate: '2024-01-25',
              status: Cancelled,
              narrative:
                'On 25 January 2024 the transitional government declares the Agreement ended with immediate effect; the CSA will not meet again.',
              sources: src('AF24'),
              awaitingReview: true,
            },
          ],
        },
        {
          title: 'High-level sessions held outside Bamako',
          updates: [
            {
              effectiveDate: '2021-02-11',
              level: 2,
              status: OnTrack,
              narrative: 'The CSA meets in Kidal on 11 February 2021 for a high-level session.',
              sources: src('B42'),
            },
            {
              effectiveDate: '2021-03-29',
              level: 3,
              narrative: 'The CSA meets in Kayes for the first time on 29 March 2021.',
              sources: src('MAKA'),
            },
          ],
        },
      ],
    },
    {
      reference: 'Art. 52',
      sectionKey: 'a52',
      pillarCode: 'political',
      title: 'The Mediation helps settle divergences and keeps implementation on course',
      text: 'The Mediation, led by Algeria, helps the Parties overcome divergences over interpretation and implementation and may take binding decisions.',
      partyKeys: ['mediation'],
      milestones: [
        {
          title: 'Working group on art. 52 set up',
          updates: [
            {
              effectiveDate: '2017-01-31',
              level: 1,
              narrative:
                'The 15th CSA session (30-31 January 2017, without the CMA) sets up a working group on art. 52.',
              sources: src('CSA15'),
            },
          ],
        },
        {
          title: 'Timetables and roadmaps agreed under the Mediation',
          updates: [
            {
              effectiveDate: '2018-01-16',
              level: 1,
              status: OnTrack,
              narrative: 'The 23rd CSA session endorses a priority timetable for early 2018.',
              sources: src('MWFR', 'S1858'),
            },
            {
              effectiveDate: '2018-03-22',
              level: 2,
              status: OnTrack,
              narrative:
                'A 21-point roadmap for March 2018 to the end of 2019 is signed by the Government, the CMA, the Platform, the High Representative, Algeria and MINUSMA.',
              sources: src('BFR', 'MWFR'),
            },
            {
              effectiveDate: '2020-12-18',
              level: 2,
              narrative: 'An updated roadmap is adopted on 18 December 2020.',
              sources: src('FAMA'),
            },
            {
              effectiveDate: '2022-06-27',
              status: Stalled,
              narrative:
                'The Independent Observer describes an "unprecedented impasse"; the CSA has not met since October 2021.',
              sources: src('CC0622'),
            },
          ],
        },
      ],
    },
    {
      reference: 'Arts. 63-64',
      sectionKey: 'a63',
      pillarCode: 'political',
      title: 'Independent Observer assesses implementation and reports every four months',
      text: 'Appoint an Independent Observer that assesses implementation and publishes a public report every four months, with technical support.',
      partyKeys: ['gov', 'cma', 'platform', 'mediation'],
      deadlineNote: 'Report every four months',
      milestones: [
        {
          title: 'Independent Observer designated',
          updates: [
            {
              effectiveDate: '2017-09-11',
              level: 2,
              status: OnTrack,
              narrative: 'The 20th session of the CSA chooses The Carter Center as Independent Observer.',
              sources: src('KIB20'),
            },
            {
              effectiveDate: '2017-12-31',
              level: 3,
              narrative: "The Carter Center's mandate as Independent Observer starts in December 2017.",
              sources: src('DROP'),
            },
          ],
        },
        {
          title: 'Public reports published every four months',
          updates: [
            {
              effectiveDate: '2018-05-28',
              level: 2,
              status: OnTrack,
              narrative: 'The first report (15 January-30 April 2018) is published.',
              sources: src('RWIO1'),
            },
            {
              effectiveDate: '2019-02-22',
              level: 2,
              status: OnTrack,
              narrative:
                'The third report, an evaluation of 2015-2018, rates 20 of 78 commitments complete, 14 nearly complete, 18 intermediate, 14 minimal and 12 not initiated.',
              sources: src('BIO3', 'MAIO3'),
            },
            {
              effectiveDate: '2020-12-16',
              status: OnTrack,
              narrative: 'The eighth report (April-November 2020) gives a commitment-by-commitment table.',
              sources: src('RW1220'),
            },
            {
              effectiveDate: '2022-06-27',
              status: OnTrack,
              narrative: 'The tenth report describes an "unprecedented impasse" in implementation.',
              sources: src('CC0622', 'MW10'),
            },
            {
              effectiveDate: '2023-09-05',
              level: 2,
              status: Stalled,
              narrative:
                'The Carter Center announces that it suspends its activities as Independent Observer from 1 October 2023, as the funding run through MINUSMA ends.',
              sources: src('BCCS'),
            },
          ],
        },
      ],
    },

    // ---------------------------------------------------------------- development
    {
      reference: 'Art. 38; Annex 3',
      sectionKey: 'a38',
      pillarCode: 'development',
      title: 'Northern Regions Development Zone',
      text: 'Create a Northern Regions Development Zone with priority in development planning and financing, carrying the measures of Annex 3.',
      partyKeys: ['gov'],
      milestones: [
        {
          title: 'Law creating the development zone adopted',
          updates: [
            {
              effectiveDate: '2019-06-30',
              level: 3,
              narrative: 'A law on the Northern Regions Development Zone is adopted in June 2019.',
              sources: src('CC0919'),
            },
          ],
        },
        {
          title: 'Bodies of the zone running and reporting results',
          updates: [
            {
              effectiveDate: '2019-09-16',
              level: 1,
              status: Delayed,
              narrative: 'The Independent Observer finds the results of development efforts in the North untraceable.',
              sources: src('CC0919'),
            },
            {
              effectiveDate: '2021-08-23',
              level: 1,
              status: Delayed,
              narrative:
                'The ninth report notes better dialogue between the parties but deep divisions over development.',
              sources: src('CC0821'),
            },
          ],
        },
        {
          title: 'Projects of the zone financed and delivered',
          updates: [],
        },
      ],
    },
    {
      reference: 'Ch. 12, arts. ~31-37 (numbering inferred)',
      sectionKey: 'c12',
      pillarCode: 'development',
      title: 'Sustainable Development Fund (FDD)',
      text: 'Create a Sustainable Development Fund, fed by the state and its partners, to finance the development strategy for the northern regions.',
      partyKeys: ['gov'],
      milestones: [
        {
          title: 'Sustainable Development Fund set up',
          updates: [
            {
              effectiveDate: '2019-09-16',
              level: 2,
              narrative:
                'The Fund exists and finances projects, but the Independent Observer cannot trace their results in the North.',
              sources: src('FDD', 'CC0919'),
            },
          ],
        },
        {
          title: 'Fund resources reach the northern regions',
          updates: [
            {
              effectiveDate: '2021-08-23',
              level: 1,
              status: Delayed,
              narrative:
                'The ninth report still finds the parties divided over development; the impact of the Fund in the North remains limited.',
              sources: src('CC0821'),
            },
          ],
        },
      ],
    },
    {
      reference: 'Annex 3',
      sectionKey: 'annex3',
      pillarCode: 'development',
      title: 'Short-term development projects for the North',
      text: 'Cost, prioritise and carry out the short-term projects listed in Annex 3 for the North in education, health and water.',
      partyKeys: ['gov'],
      milestones: [
        {
          title: 'Annex 3 projects costed and prioritised',
          updates: [
            {
              effectiveDate: '2016-07-31',
              level: 2,
              status: OnTrack,
              narrative:
                'A World Bank working paper analyses the costed Annex 3 measures: about 45% of the funds go to infrastructure, mostly in the medium term.',
              sources: src('WB'),
            },
          ],
        },
        {
          title: 'Short-term projects delivered',
          updates: [
            {
              effectiveDate: '2019-09-16',
              level: 1,
              status: Delayed,
              narrative:
                'The Independent Observer cannot trace the results of the development projects announced for the North.',
              sources: src('CC0919'),
            },
          ],
        },
      ],
    },
    {
      reference: 'Annex 3',
      sectionKey: 'annex3',
      pillarCode: 'development',
      title: 'Medium and long-term infrastructure projects for the North',
      text: 'Build the roads, energy, water and other infrastructure listed in Annex 3 for the medium and long term.',
      partyKeys: ['gov'],
      milestones: [
        {
          title: 'Medium-term infrastructure projects started',
          description: 'About 45% of the costed funds of Annex 3 go to infrastructure, mostly in the medium term.',
          updates: [],
        },
        {
          title: 'Long-term projects programmed in the budget',
          updates: [],
        },
      ],
    },
    {
      reference: 'Ch. 12 (numbering inferred); Annex 3',
      sectionKey: 'c12',
      pillarCode: 'development',
      title: 'Development strategy for the North presented to the CSA with means and calendar',
      text: 'At the first sessions of the CSA, the Government presents a document on its development commitments for the North, with its own means and a calendar.',
      partyKeys: ['gov'],
      deadlineNote: 'First sessions of the CSA',
      milestones: [
        {
          title: 'Strategy document with means and calendar presented',
          updates: [
            {
              effectiveDate: '2019-02-22',
              level: 1,
              status: Delayed,
              narrative:
                "The Independent Observer's evaluation of 2015-2018 finds no pillar more than half implemented; development commitments remain at an early stage.",
              sources: src('BIO3'),
            },
          ],
        },
        {
          title: "Government's own means committed in the budget",
          updates: [],
        },
      ],
    },
    {
      reference: 'Annex 3',
      sectionKey: 'annex3',
      pillarCode: 'development',
      title: 'Basic social services restored in the North',
      text: 'Restore and extend basic social services in the northern regions: schools, health centres and drinking water.',
      partyKeys: ['gov'],
      milestones: [
        {
          title: 'Schools, health centres and water points back in service',
          updates: [
            {
              effectiveDate: '2020-12-16',
              level: 1,
              status: Delayed,
              narrative:
                'The Independent Observer records limited progress in 2020, held back by the political crisis, the coup and COVID-19.',
              sources: src('RW1220'),
            },
            {
              effectiveDate: '2022-06-27',
              level: 1,
              status: Stalled,
              narrative: 'The tenth report describes an impasse across the Agreement.',
              sources: src('CC0622'),
            },
          ],
        },
      ],
    },

    // ---------------------------------------------------------------- reconciliation, justice, humanitarian
    {
      reference: 'Art. 46',
      sectionKey: 'a46',
      pillarCode: 'reconciliation',
      title: 'International commission of inquiry',
      text: 'Set up an international commission of inquiry into the serious violations committed during the conflict.',
      partyKeys: ['gov'],
      milestones: [
        {
          title: 'Commission established by the UN Secretary-General',
          updates: [
            {
              effectiveDate: '2018-01-19',
              level: 3,
              narrative: 'The UN Secretary-General establishes the International Commission of Inquiry for Mali.',
              sources: src('UNCEI'),
            },
          ],
        },
        {
          title: "Parties act on the commission's recommendations",
          updates: [
            {
              effectiveDate: '2021-08-23',
              level: 1,
              status: Delayed,
              narrative: 'The ninth Independent Observer report finds the parties divided on justice.',
              sources: src('CC0821'),
            },
          ],
        },
      ],
    },
    {
      reference: 'Art. 46',
      sectionKey: 'a46',
      pillarCode: 'reconciliation',
      title: 'Truth, Justice and Reconciliation Commission (CVJR) hears the victims',
      text: 'Support the Truth, Justice and Reconciliation Commission in recording the testimonies of victims and proposing reparations.',
      partyKeys: ['gov'],
      milestones: [
        {
          title: "Victims' testimonies recorded",
          updates: [
            {
              effectiveDate: '2019-12-31',
              level: 2,
              status: OnTrack,
              narrative: 'The CVJR has recorded about 15,000 testimonies by the end of 2019.',
              sources: src('PAM43'),
            },
            {
              effectiveDate: '2020-12-31',
              level: 2,
              status: OnTrack,
              narrative: 'The number of testimonies reaches 18,499 in 2020.',
              sources: src('PAM43'),
            },
          ],
        },
        {
          title: 'Reparations policy for victims adopted',
          updates: [],
        },
      ],
    },
    {
      reference: 'Ch. 14, art. ~47 (numbering inferred)',
      sectionKey: 'a47',
      pillarCode: 'reconciliation',
      title: 'Justice reform and the fight against impunity',
      text: 'Reform the justice system to bring it closer to the people of the North and fight impunity.',
      partyKeys: ['gov'],
      milestones: [
        {
          title: 'Justice services back in the northern regions',
          updates: [
            {
              effectiveDate: '2020-12-16',
              level: 1,
              status: Delayed,
              narrative: 'The Independent Observer records limited progress in 2020 across the Agreement.',
              sources: src('RW1220'),
            },
            {
              effectiveDate: '2021-08-23',
              level: 1,
              status: Delayed,
              narrative: 'The ninth report finds the parties still divided on justice.',
              sources: src('CC0821'),
            },
          ],
        },
      ],
    },
    {
      reference: 'Ch. 15, arts. ~48-50 (numbering inferred)',
      sectionKey: 'c15',
      pillarCode: 'reconciliation',
      title: 'Return and reintegration of refugees and displaced people',
      text: 'Create the conditions for the voluntary return and reintegration of refugees and internally displaced people.',
      partyKeys: ['gov'],
      milestones: [
        {
          title: 'Conditions for voluntary return in place',
          updates: [
            {
              effectiveDate: '2020-12-16',
              level: 1,
              status: Delayed,
              narrative:
                'The Independent Observer records limited progress in 2020, amid insecurity, the coup and COVID-19.',
              sources: src('RW1220'),
            },
            {
              effectiveDate: '2022-06-27',
              level: 1,
              status: Stalled,
              narrative: 'The tenth report describes an impasse across the Agreement.',
              sources: src('CC0622'),
            },
          ],
        },
      ],
    },

    // ---------------------------------------------------------------- defence and security
    {
      reference: 'Art. 17',
      sectionKey: 'a17',
      pillarCode: 'security',
      title: 'Inclusive, unified defence and security forces under a single chain of command',
      text: 'Build inclusive, reconstituted defence and security forces that answer to one chain of command under the central state.',
      partyKeys: ['gov', 'cma', 'platform'],
      milestones: [
        {
          title: "Ex-combatants serve in reconstituted units under the army's command",
          updates: [
            {
              effectiveDate: '2019-08-31',
              level: 1,
              status: OnTrack,
              narrative:
                'About 1,000 ex-combatants have been integrated into the defence and security forces by August 2019.',
              sources: src('CC0919'),
            },
            {
              effectiveDate: '2020-04-13',
              status: Delayed,
              narrative: 'The command of the reconstituted battalion sent to Kidal is disputed between the parties.',
              sources: src('RW0420'),
            },
          ],
        },
        {
          title: "Movements' armed wings dissolved into the state forces",
          updates: [
            {
              effectiveDate: '2022-06-27',
              level: 0,
              status: Stalled,
              narrative:
                'The Independent Observer describes an "unprecedented impasse"; the movements still keep their own forces.',
              sources: src('CC0622'),
            },
          ],
        },
      ],
    },
    {
      reference: 'Art. 17',
      sectionKey: 'a17',
      pillarCode: 'security',
      title: 'Progressive redeployment of the reconstituted forces in the North',
      text: 'Redeploy the reconstituted defence and security forces progressively throughout the northern regions.',
      partyKeys: ['gov'],
      deadlineNote: 'Progressively from signature (20 Jun 2015), no end date',
      milestones: [
        {
          title: 'Reconstituted battalion deployed in Kidal',
          regions: ['ML-8'],
          updates: [
            {
              effectiveDate: '2020-02-13',
              level: 2,
              status: OnTrack,
              narrative: 'A 600-strong reconstituted battalion arrives in Kidal.',
              sources: src('OEK'),
            },
            {
              effectiveDate: '2023-10-31',
              level: 1,
              status: Stalled,
              narrative:
                'The reconstituted battalion leaves Kidal in October 2023, months before the transitional government ends the Agreement.',
              sources: src('AF24'),
            },
          ],
        },
        {
          title: 'Reconstituted units present in every northern region',
          regions: ['ML-6', 'ML-7', 'ML-8', 'ML-9', 'ML-10'],
          updates: [
            {
              effectiveDate: '2020-12-16',
              level: 1,
              status: Delayed,
              narrative:
                'The Independent Observer records limited progress on redeployment between April and November 2020.',
              sources: src('RW1220'),
            },
          ],
        },
      ],
    },
    {
      reference: 'Art. 22 (numbering inferred)',
      sectionKey: 'a22',
      pillarCode: 'security',
      title: 'Redeployment led by the MOC with MINUSMA support',
      text: 'Lead the redeployment of the reconstituted forces through the Operational Coordination Mechanism, with the support of MINUSMA.',
      partyKeys: ['gov', 'cma', 'platform', 'minusma'],
      milestones: [
        {
          title: 'Army returns to Kidal alongside the MOC',
          regions: ['ML-8'],
          updates: [
            {
              effectiveDate: '2018-06-06',
              level: 2,
              status: OnTrack,
              narrative:
                "The Secretary-General's June 2018 report records MOC units in Kidal and Timbuktu and the return of army elements to Kidal.",
              sources: src('SG541'),
            },
          ],
        },
        {
          title: 'Redeployment beyond the MOC towns',
          updates: [
            {
              effectiveDate: '2020-04-13',
              level: 1,
              status: Stalled,
              narrative: 'The Independent Observer reports that redeployment has stalled.',
              sources: src('RW0420'),
            },
          ],
        },
      ],
    },
    {
      reference: 'Art. 23 (numbering inferred)',
      sectionKey: 'a23',
      pillarCode: 'security',
      title: 'Northerners, including in command posts, in the redeployed units',
      text: 'Ensure that a significant share of the redeployed forces, including their command, comes from the northern regions.',
      partyKeys: ['gov'],
      milestones: [
        {
          title: 'Command posts of the reconstituted units shared',
          updates: [
            {
              effectiveDate: '2020-04-13',
              status: Delayed,
              narrative: 'The choice of the commander of the reconstituted battalion in Kidal is disputed.',
              sources: src('RW0420'),
            },
          ],
        },
        {
          title: 'Recruitment drive in the northern regions',
          updates: [],
        },
      ],
    },
    {
      reference: 'Art. 18',
      sectionKey: 'a18',
      pillarCode: 'security',
      title: 'Cantonment identifies who is eligible for integration or DDR',
      text: 'Use cantonment to screen combatants and identify who is eligible for integration into the forces and who enters DDR.',
      partyKeys: ['gov', 'cma', 'platform'],
      milestones: [
        {
          title: 'Cantoned combatants screened for eligibility',
          updates: [],
        },
        {
          title: 'Eligible combatants referred to integration or DDR',
          updates: [],
        },
      ],
    },
    {
      reference: 'Art. 18; Annex 2',
      sectionKey: 'a18',
      pillarCode: 'security',
      title: 'Cantonment sites validated by the CTS and operational within 120 days',
      text: 'Identify cantonment sites, have them validated by the Technical Security Commission and make them operational within 120 days.',
      partyKeys: ['gov', 'cma', 'platform', 'minusma'],
      deadline: '2015-10-18',
      deadlineNote: '120 days after signature (20 Jun 2015)',
      milestones: [
        {
          title: 'Cantonment sites proposed and validated by the CTS',
          updates: [
            {
              effectiveDate: '2015-10-18',
              level: 0,
              status: Delayed,
              narrative: 'The 120-day deadline passes without validated cantonment sites.',
              sources: src('PAMD'),
            },
            {
              effectiveDate: '2015-12-31',
              level: 1,
              status: Delayed,
              narrative: 'Cantonment sites have been proposed by the end of 2015; DDR has not started.',
              sources: src('PAMD'),
            },
            {
              effectiveDate: '2017-12-31',
              level: 2,
              narrative: 'Eight cantonment sites are ready in 2017.',
              sources: src('PAMD'),
            },
          ],
        },
        {
          title: 'Combatants gathered in the sites',
          dueDate: '2015-10-18',
          updates: [
            {
              effectiveDate: '2018-03-22',
              level: 0,
              status: OnTrack,
              narrative: 'The roadmap of 22 March 2018 sets a cantonment window from 25 April to 25 August 2018.',
              sources: src('MWFR', 'PAFR'),
            },
            {
              effectiveDate: '2018-11-06',
              status: Cancelled,
              narrative:
                'An accelerated DDR of MOC members starts instead of cantonment; general cantonment does not take place.',
              sources: src('PAD'),
            },
          ],
        },
      ],
    },
    {
      reference: 'Art. 18',
      sectionKey: 'a18',
      pillarCode: 'security',
      title: 'MINUSMA support to build and run the cantonment sites',
      text: 'MINUSMA supports cantonment: building and equipping the sites and supporting them while combatants stay there.',
      partyKeys: ['minusma'],
      milestones: [
        {
          title: 'Cantonment sites built and equipped',
          updates: [
            {
              effectiveDate: '2017-12-31',
              level: 3,
              narrative:
                'Eight cantonment sites are ready in 2017, but armed groups have still not handed over their lists of combatants.',
              sources: src('PAMD'),
            },
          ],
        },
        {
          title: 'Sites supplied and staffed for the stay of combatants',
          updates: [],
        },
      ],
    },
    {
      reference: 'Annex 2',
      sectionKey: 'annex2',
      pillarCode: 'security',
      title: 'Demobilisation within the 45-day stay and reinsertion kits',
      text: 'Demobilise cantoned combatants within a stay of at most 45 days and provide reinsertion kits on departure.',
      partyKeys: ['gov', 'minusma'],
      milestones: [
        {
          title: 'Combatants demobilised within 45 days of arrival',
          updates: [],
        },
        {
          title: 'Reinsertion kits delivered',
          updates: [],
        },
      ],
    },
    {
      reference: 'Annex 2',
      sectionKey: 'annex2',
      pillarCode: 'security',
      title: 'Final certified list of combatants handed to the CTS within 30 days',
      text: 'The movements hand the Technical Security Commission a final, certified list of their combatants within 30 days.',
      partyKeys: ['cma', 'platform'],
      deadline: '2015-07-20',
      deadlineNote: '30 days after signature (20 Jun 2015)',
      milestones: [
        {
          title: 'Combatant lists handed to the CTS',
          dueDate: '2015-07-20',
          updates: [
            {
              effectiveDate: '2015-07-20',
              level: 0,
              status: Delayed,
              narrative: 'The 30-day deadline passes without final certified lists.',
              sources: src('MWA2'),
            },
            {
              effectiveDate: '2017-12-31',
              level: 0,
              status: Stalled,
              narrative: 'In 2017 the armed groups have still not handed over their lists of combatants.',
              sources: src('PAMD'),
            },
          ],
        },
        {
          title: 'Lists certified by the CTS',
          updates: [],
        },
      ],
    },
    {
      reference: 'Annex 2',
      sectionKey: 'annex2',
      pillarCode: 'security',
      title: 'Inventory of weapons and ammunition handed to the CTS within 30 days',
      text: 'The movements hand the Technical Security Commission an inventory of their weapons and ammunition within 30 days.',
      partyKeys: ['cma', 'platform'],
      deadline: '2015-07-20',
      deadlineNote: '30 days after signature (20 Jun 2015)',
      milestones: [
        {
          title: 'Weapons inventory handed to the CTS',
          dueDate: '2015-07-20',
          updates: [
            {
              effectiveDate: '2015-07-20',
              level: 0,
              status: Delayed,
              narrative: 'The 30-day deadline passes without an inventory of weapons.',
              sources: src('MWA2'),
            },
            {
              effectiveDate: '2017-12-31',
              level: 0,
              status: Stalled,
              narrative: 'The lists of combatants and weapons are still missing in 2017.',
              sources: src('PAMD'),
            },
          ],
        },
      ],
    },
    {
      reference: 'Art. 19',
      sectionKey: 'a19',
      pillarCode: 'security',
      title: 'National DDR Commission (CNDDR) created with the Government and the movements',
      text: 'Create a National DDR Commission including the Government and the movements, working with the CSA.',
      partyKeys: ['gov', 'cma', 'platform'],
      milestones: [
        {
          title: 'Decree creating the CNDDR',
          updates: [
            {
              effectiveDate: '2015-12-29',
              level: 3,
              narrative: 'A decree of 29 December 2015 creates the CNDDR.',
              sources: src('ABKD'),
            },
          ],
        },
        {
          title: 'CNDDR operational',
          updates: [
            {
              effectiveDate: '2016-12-31',
              level: 1,
              status: Delayed,
              narrative:
                'The commission exists but is not operational in 2016 (PAM, citing the Secretary-General, S/2016/1137).',
              sources: src('PAMD'),
            },
          ],
        },
        {
          title: 'CNDDR reorganised by a new decree',
          updates: [
            {
              effectiveDate: '2023-03-29',
              level: 1,
              status: Delayed,
              narrative:
                'A new decree of 29 March 2023 is adopted for the CNDDR and the Integration Commission, while the movements stay away from the CSA.',
              sources: src('DIA'),
            },
          ],
        },
      ],
    },
    {
      reference: 'Art. 19; Annex 2',
      sectionKey: 'a19',
      pillarCode: 'security',
      title: 'Census and registration of combatants by the CNDDR',
      text: 'Register every combatant of the movements, as the basis for integration and DDR.',
      partyKeys: ['gov', 'cma', 'platform'],
      milestones: [
        {
          title: 'Combatants registered',
          updates: [
            {
              effectiveDate: '2018-03-22',
              level: 1,
              status: OnTrack,
              narrative: 'The roadmap of 22 March 2018 includes a census of combatants.',
              sources: src('PAFR'),
            },
            {
              effectiveDate: '2018-12-31',
              level: 2,
              status: OnTrack,
              narrative: 'The CNDDR has registered about 32,908 combatants in 2018.',
              sources: src('ICI3'),
            },
            {
              effectiveDate: '2019-07-31',
              level: 2,
              narrative: 'The Secretary-General counts some 63,000 registered combatants (S/2019/636).',
              sources: src('PAMD'),
            },
          ],
        },
        {
          title: 'Registration data split by sex and age, children apart',
          updates: [],
        },
      ],
    },
    {
      reference: 'Annex 2',
      sectionKey: 'annex2',
      pillarCode: 'security',
      title: 'DDR programme starts within 60 days',
      text: 'The National DDR Commission starts the disarmament, demobilisation and reintegration programme within 60 days.',
      partyKeys: ['gov'],
      deadline: '2015-08-19',
      deadlineNote: '60 days after signature (20 Jun 2015)',
      milestones: [
        {
          title: 'National DDR programme launched',
          dueDate: '2015-08-19',
          updates: [
            {
              effectiveDate: '2015-08-19',
              level: 0,
              status: Delayed,
              narrative: 'The 60-day deadline passes without DDR operations.',
              sources: src('FRS'),
            },
            {
              effectiveDate: '2015-12-31',
              level: 0,
              status: Stalled,
              narrative: 'DDR has not started by the end of 2015.',
              sources: src('PAMD'),
            },
            {
              effectiveDate: '2018-11-06',
              level: 1,
              status: OnTrack,
              narrative:
                'An accelerated DDR of MOC members is launched in Timbuktu, Gao and Kidal, the first DDR operations.',
              sources: src('PAD'),
            },
            {
              effectiveDate: '2019-07-31',
              level: 1,
              status: Stalled,
              narrative: 'The general DDR programme has not started for the 63,000 registered combatants (S/2019/636).',
              sources: src('PAMD'),
            },
          ],
        },
      ],
    },
    {
      reference: 'Annex 2',
      sectionKey: 'annex2',
      pillarCode: 'security',
      title: "Collection of the movements' weapons",
      text: 'Collect the weapons of combatants who enter integration or DDR, after planning the operation with MINUSMA.',
      partyKeys: ['gov', 'cma', 'platform', 'minusma'],
      milestones: [
        {
          title: 'Weapons collected under the accelerated DDR',
          updates: [
            {
              effectiveDate: '2018-11-06',
              level: 1,
              status: OnTrack,
              narrative: 'The accelerated DDR starts, aiming at about 1,600 MOC members by 30 November 2018.',
              sources: src('PAD'),
            },
            {
              effectiveDate: '2018-11-20',
              level: 2,
              status: OnTrack,
              narrative: 'About 1,500 combatants are disarmed in Timbuktu, Gao and Kidal within two weeks.',
              sources: src('PAD'),
            },
          ],
        },
        {
          title: 'Weapons of all registered combatants collected',
          updates: [
            {
              effectiveDate: '2019-07-31',
              level: 0,
              status: Stalled,
              narrative:
                'General DDR, and with it the disarmament of the 63,000 registered combatants, has not started (S/2019/636).',
              sources: src('PAMD'),
            },
          ],
        },
      ],
    },
    {
      reference: 'Annex 2',
      sectionKey: 'annex2',
      pillarCode: 'security',
      title: 'Safe storage and disposal of collected weapons',
      text: 'Store the collected weapons and ammunition safely and dispose of them, following the stockpile management and disposal phases of disarmament.',
      partyKeys: ['gov', 'minusma'],
      milestones: [
        {
          title: 'Weapons registered and stored in secured depots',
          updates: [],
        },
        {
          title: 'Surplus weapons and ammunition destroyed',
          updates: [],
        },
      ],
    },
    {
      reference: 'Art. 21 (numbering inferred)',
      sectionKey: 'a21',
      pillarCode: 'security',
      title: 'Reintegration of combatants who are not integrated',
      text: 'Offer cantoned combatants who are not integrated into the forces a programme of socio-economic reintegration.',
      partyKeys: ['gov'],
      milestones: [
        {
          title: 'Reintegration programme designed and financed',
          updates: [],
        },
        {
          title: 'First ex-combatants reintegrated',
          updates: [],
        },
      ],
    },
    {
      reference: 'Art. 20; Annex 2',
      sectionKey: 'a20',
      pillarCode: 'security',
      title: 'Integration Commission created by decree within 60 days',
      text: 'Create, by decree and under the President, an Integration Commission to manage the integration of ex-combatants into the forces.',
      partyKeys: ['gov'],
      deadline: '2015-08-19',
      deadlineNote: '60 days after signature (20 Jun 2015)',
      milestones: [
        {
          title: 'Decree creating the Integration Commission',
          dueDate: '2015-08-19',
          updates: [
            {
              effectiveDate: '2015-08-19',
              level: 0,
              status: Delayed,
              narrative: 'The 60-day deadline passes without the decree.',
              sources: src('MWINT'),
            },
            {
              effectiveDate: '2015-12-29',
              level: 3,
              narrative: 'A decree of 29 December 2015 creates the Integration Commission, together with the CNDDR.',
              sources: src('ABKD'),
            },
          ],
        },
        {
          title: 'Integration Commission reorganised and working',
          updates: [
            {
              effectiveDate: '2023-03-29',
              level: 1,
              status: Delayed,
              narrative:
                'A new decree of 29 March 2023 is adopted for the two commissions; their work waits for the movements to return to the CSA.',
              sources: src('DIA'),
            },
          ],
        },
        {
          title: 'First tranche of candidates processed by the Commission',
          updates: [
            {
              effectiveDate: '2022-12-21',
              status: Stalled,
              narrative:
                "The suspension of the movements' participation in the CSA on 20-21 December 2022 halts work on the first tranche.",
              sources: src('ABKCC'),
            },
          ],
        },
      ],
    },
    {
      reference: 'Annex 2',
      sectionKey: 'annex2',
      pillarCode: 'security',
      title: 'Integration criteria, quotas and rank harmonisation within 90 days',
      text: 'The Integration Commission and the CNRSS set the criteria and quotas for integration and harmonise the ranks of integrated combatants within 90 days.',
      partyKeys: ['gov', 'cma', 'platform'],
      deadline: '2015-09-18',
      deadlineNote: '90 days after signature (20 Jun 2015)',
      milestones: [
        {
          title: 'Integration criteria validated',
          dueDate: '2015-09-18',
          updates: [
            {
              effectiveDate: '2015-09-18',
              level: 0,
              status: Delayed,
              narrative: 'The 90-day deadline passes without agreed criteria.',
              sources: src('MWINT'),
            },
            {
              effectiveDate: '2018-10-31',
              level: 3,
              status: OnTrack,
              narrative:
                'The criteria for integrating ex-combatants into the defence and security forces are validated ahead of the accelerated DDR of MOC members.',
              sources: src('BRSS'),
            },
          ],
        },
        {
          title: 'Overall integration quota agreed',
          updates: [
            {
              effectiveDate: '2022-08-05',
              level: 2,
              status: OnTrack,
              narrative:
                'A high-level meeting on 1-5 August 2022 agrees to integrate 26,000 combatants in two tranches of 13,000.',
              sources: src('JA26'),
            },
            {
              effectiveDate: '2022-12-21',
              status: Stalled,
              narrative:
                'The CMA, the Platform and the CMI suspend their participation in the CSA; the quota is not put into effect.',
              sources: src('ABKCC'),
            },
          ],
        },
        {
          title: 'Ranks of integrated combatants harmonised',
          updates: [],
        },
      ],
    },
    {
      reference: 'Annex 2',
      sectionKey: 'annex2',
      pillarCode: 'security',
      title: 'Integration of the listed candidates within 6 months',
      text: 'Integrate the candidates on the lists into the defence and security forces within six months.',
      partyKeys: ['gov'],
      deadline: '2015-12-20',
      deadlineNote: '6 months after signature (20 Jun 2015)',
      milestones: [
        {
          title: 'Candidate lists sent for integration',
          updates: [
            {
              effectiveDate: '2019-05-31',
              level: 2,
              status: OnTrack,
              narrative: 'A list of 1,300 names is sent for integration in May 2019.',
              sources: src('CC0919'),
            },
          ],
        },
        {
          title: 'First candidates integrated into the forces',
          dueDate: '2015-12-20',
          updates: [
            {
              effectiveDate: '2015-12-20',
              level: 0,
              status: Delayed,
              narrative: 'The six-month deadline passes without any integration.',
              sources: src('MWINT'),
            },
            {
              effectiveDate: '2019-08-31',
              level: 2,
              status: OnTrack,
              narrative: 'About 1,000 ex-combatants have been integrated by August 2019.',
              sources: src('CC0919'),
            },
            {
              effectiveDate: '2021-02-15',
              level: 2,
              status: OnTrack,
              narrative: '448 ex-combatants, women among them, arrive in Bamako for training before integration.',
              sources: src('MA448'),
            },
          ],
        },
        {
          title: 'All listed candidates integrated',
          updates: [
            {
              effectiveDate: '2022-12-21',
              level: 1,
              status: Stalled,
              narrative: 'Integration stops when the movements suspend their participation in the CSA.',
              sources: src('ABKCC'),
            },
          ],
        },
      ],
    },
    {
      reference: 'Art. 20',
      sectionKey: 'a20',
      pillarCode: 'security',
      title: 'Integration and DDR in successive tranches',
      text: 'Carry out integration and DDR step by step as cantonment proceeds.',
      partyKeys: ['gov', 'cma', 'platform'],
      milestones: [
        {
          title: 'Accelerated DDR-integration of MOC members',
          updates: [
            {
              effectiveDate: '2018-11-06',
              level: 1,
              status: OnTrack,
              narrative: 'The accelerated DDR-integration of MOC members starts in Timbuktu, Gao and Kidal.',
              sources: src('PAD'),
            },
            {
              effectiveDate: '2020-02-13',
              level: 2,
              status: OnTrack,
              narrative: 'A reconstituted battalion of 600 including ex-combatants arrives in Kidal.',
              sources: src('OEK'),
            },
          ],
        },
        {
          title: 'First tranche of 13,000 integrated',
          updates: [
            {
              effectiveDate: '2022-08-05',
              level: 0,
              status: OnTrack,
              narrative: 'The parties agree on two tranches of 13,000; the first is to start.',
              sources: src('JA26'),
            },
            {
              effectiveDate: '2022-12-21',
              status: Stalled,
              narrative: 'The movements suspend their participation in the CSA and the first tranche does not start.',
              sources: src('ABKCC'),
            },
          ],
        },
        {
          title: 'Second tranche of 13,000 integrated',
          updates: [],
        },
      ],
    },
    {
      reference: 'Annex 2',
      sectionKey: 'annex2',
      pillarCode: 'security',
      title: 'Technical Security Commission (CTS) takes over from the CTMS',
      text: 'Set up the Technical Security Commission, replacing the Mixed Technical Security Commission, to oversee the security arrangements.',
      partyKeys: ['minusma', 'gov', 'cma', 'platform'],
      milestones: [
        {
          title: 'CTS takes over from the CTMS',
          updates: [
            {
              effectiveDate: '2015-09-01',
              level: 3,
              status: OnTrack,
              narrative: 'After the hand-over from the CTMS, the first CTS meeting is set for 1 September 2015.',
              sources: src('MINC'),
            },
          ],
        },
        {
          title: 'CTS meets regularly',
          updates: [
            {
              effectiveDate: '2016-02-19',
              level: 3,
              status: OnTrack,
              narrative: 'The CTS meets regularly: it holds its 8th session on 18-19 February 2016.',
              sources: src('ABKC'),
            },
          ],
        },
      ],
    },
    {
      reference: 'Annex 2',
      sectionKey: 'annex2',
      pillarCode: 'security',
      title: 'CTS monitors the ceasefire and investigates violations',
      text: 'The Technical Security Commission monitors the ceasefire, investigates alleged violations and reports to the CSA.',
      partyKeys: ['minusma', 'gov', 'cma', 'platform'],
      milestones: [
        {
          title: 'Ceasefire kept under review by the CTS',
          updates: [
            {
              effectiveDate: '2016-02-19',
              level: 2,
              status: OnTrack,
              narrative: 'The CTS keeps the ceasefire under review at its 8th session, 18-19 February 2016.',
              sources: src('ABKC'),
            },
          ],
        },
        {
          title: 'Investigations of violations reported to the CSA',
          updates: [],
        },
      ],
    },
    {
      reference: 'Annex 2, §MOC',
      sectionKey: 'annex2',
      pillarCode: 'security',
      title: 'Operational Coordination Mechanism (MOC) in Gao within 60 days',
      text: 'Set up the Operational Coordination Mechanism under the CTS, starting in Gao, within 60 days: mixed units of 600, 200 each from the army, the Platform and the CMA.',
      partyKeys: ['gov', 'cma', 'platform', 'minusma'],
      deadline: '2015-08-19',
      deadlineNote: '60 days after signature (20 Jun 2015)',
      milestones: [
        {
          title: 'Gao MOC battalion assembled',
          regions: ['ML-7'],
          dueDate: '2015-08-19',
          updates: [
            {
              effectiveDate: '2015-08-19',
              level: 0,
              status: Delayed,
              narrative: 'The 60-day deadline passes without a MOC.',
              sources: src('MWA2'),
            },
            {
              effectiveDate: '2016-07-28',
              level: 0,
              status: OnTrack,
              narrative: 'The CSA announces a Gao battalion of 600 to be formed from 15 August 2016.',
              sources: src('EUR'),
            },
            {
              effectiveDate: '2017-01-06',
              level: 2,
              status: OnTrack,
              narrative: 'The Gao MOC is set up on 6 January 2017.',
              sources: src('MWMOC'),
            },
          ],
        },
        {
          title: 'Gao MOC operating after the attack of 18 January 2017',
          regions: ['ML-7'],
          updates: [
            {
              effectiveDate: '2017-01-18',
              level: 1,
              status: Stalled,
              narrative: 'A suicide attack hits the Gao MOC camp; reported death tolls range from 60-77 to over 100.',
              sources: src('ABKM', 'MW15'),
            },
            {
              effectiveDate: '2017-02-18',
              level: 2,
              status: OnTrack,
              narrative: 'A month after the attack, the Gao MOC resumes its patrols.',
              sources: src('RFIM'),
            },
          ],
        },
        {
          title: 'Gao MOC at full strength, 200 per party',
          regions: ['ML-7'],
          updates: [
            {
              effectiveDate: '2016-12-05',
              level: 1,
              status: Delayed,
              narrative: '400 army and Platform fighters are gathered in Gao; the 200 CMA fighters are missing.',
              sources: src('MINUSMA'),
            },
          ],
        },
      ],
    },
    {
      reference: 'Annex 2, §MOC',
      sectionKey: 'annex2',
      pillarCode: 'security',
      title: 'MOC units in Kidal and Timbuktu',
      text: 'Extend the Operational Coordination Mechanism to Kidal and Timbuktu.',
      partyKeys: ['gov', 'cma', 'platform', 'minusma'],
      milestones: [
        {
          title: 'Kidal MOC unit deployed',
          regions: ['ML-8'],
          updates: [
            {
              effectiveDate: '2018-01-16',
              level: 0,
              status: OnTrack,
              narrative:
                'The priority timetable endorsed by the 23rd CSA session plans the Kidal and Timbuktu MOC units for 20 January-15 March 2018.',
              sources: src('MWFR', 'S1858'),
            },
            {
              effectiveDate: '2018-03-22',
              level: 0,
              status: Delayed,
              narrative:
                'The January-March window is missed; the roadmap of 22 March 2018 moves the deployment to March-April.',
              sources: src('MWFR', 'BFR'),
            },
            {
              effectiveDate: '2018-05-15',
              level: 2,
              status: OnTrack,
              narrative: 'The MOC unit deploys in Kidal in May 2018.',
              sources: src('SG541'),
            },
          ],
        },
        {
          title: 'Timbuktu MOC unit deployed',
          regions: ['ML-6'],
          updates: [
            {
              effectiveDate: '2018-05-24',
              level: 1,
              status: OnTrack,
              narrative: 'The Timbuktu MOC unit deploys on 24 May 2018 with 51 men, 17 from each party.',
              sources: src('SG541'),
            },
          ],
        },
      ],
    },
    {
      reference: 'Annex 2, §MOC',
      sectionKey: 'annex2',
      pillarCode: 'security',
      title: 'Mixed patrols under the MOC within 60 days',
      text: 'Run mixed patrols of army and movement fighters under the MOC and the CTS.',
      partyKeys: ['gov', 'cma', 'platform'],
      deadline: '2015-08-19',
      deadlineNote: '60 days after signature (20 Jun 2015)',
      milestones: [
        {
          title: 'Mixed patrols in Gao',
          regions: ['ML-7'],
          dueDate: '2015-08-19',
          updates: [
            {
              effectiveDate: '2017-02-18',
              level: 2,
              status: OnTrack,
              narrative: 'The Gao MOC patrols again a month after the attack on its camp.',
              sources: src('RFIM'),
            },
          ],
        },
        {
          title: 'Mixed patrols in Kidal and Timbuktu',
          regions: ['ML-8', 'ML-6'],
          updates: [],
        },
        {
          title: 'Mixed patrols secure the redeployment across the North',
          updates: [
            {
              effectiveDate: '2020-04-13',
              level: 1,
              status: Stalled,
              narrative: 'The Independent Observer reports that redeployment has stalled.',
              sources: src('RW0420'),
            },
          ],
        },
      ],
    },
    {
      reference: 'Art. 22 (numbering inferred); Annex 2, §MOC',
      sectionKey: 'a22',
      pillarCode: 'security',
      title: 'MINUSMA support to the MOC and the reconstituted units',
      text: 'MINUSMA supports the MOC and the reconstituted units with equipment and logistics.',
      partyKeys: ['minusma'],
      milestones: [
        {
          title: 'Gao MOC equipped',
          regions: ['ML-7'],
          updates: [
            {
              effectiveDate: '2016-08-18',
              level: 3,
              status: OnTrack,
              narrative: 'MINUSMA delivers 30 tents and 600 uniforms for the Gao MOC.',
              sources: src('MINUSMA'),
            },
          ],
        },
        {
          title: 'Logistic support to the reconstituted units across the North',
          updates: [],
        },
      ],
    },
    {
      reference: 'Art. 25',
      sectionKey: 'a25',
      pillarCode: 'security',
      title: 'National Security Sector Reform Council (CNRSS) leads security sector reform',
      text: 'The National Security Sector Reform Council defines and steers the reform of the defence and security sector.',
      partyKeys: ['gov'],
      milestones: [
        {
          title: 'Workshop on the SSR vision, strategy and action plan',
          updates: [
            {
              effectiveDate: '2018-03-29',
              level: 3,
              narrative:
                'A workshop on the vision, strategy and action plan for security sector reform is held on 27-29 March 2018.',
              sources: src('MINR'),
            },
          ],
        },
        {
          title: 'National SSR strategy adopted',
          updates: [
            {
              effectiveDate: '2018-12-31',
              level: 3,
              narrative: 'A national security sector reform strategy is adopted in 2018.',
              sources: src('ICI3'),
            },
          ],
        },
        {
          title: 'SSR strategy carried out',
          updates: [
            {
              effectiveDate: '2020-12-16',
              level: 1,
              status: Delayed,
              narrative:
                'The Independent Observer records limited progress in 2020 amid the political crisis and the coup.',
              sources: src('RW1220'),
            },
          ],
        },
      ],
    },
    {
      reference: 'Ch. 10; Annex 2, §3',
      sectionKey: 'c10',
      pillarCode: 'security',
      title: 'Territorial police under the local authorities',
      text: 'Create by law a territorial police placed under the authority of the local authorities.',
      partyKeys: ['gov'],
      deadlineNote: 'Within months of signature (no date set)',
      milestones: [
        {
          title: 'Feasibility study of the territorial police',
          updates: [
            {
              effectiveDate: '2015-12-17',
              level: 2,
              status: OnTrack,
              narrative:
                'Terms of reference for a feasibility study of the territorial police are set on 17 December 2015.',
              sources: src('MWP'),
            },
          ],
        },
        {
          title: 'Law creating the territorial police',
          updates: [
            {
              effectiveDate: '2020-03-25',
              level: 1,
              status: OnTrack,
              narrative:
                'The Council of Ministers adopts the bill on the territorial police on 25 March 2020; national police unions protest.',
              sources: src('MAP'),
            },
            {
              effectiveDate: '2023-06-30',
              level: 1,
              status: Stalled,
              narrative: 'The territorial police has still not been created in 2023.',
              sources: src('ACP'),
            },
          ],
        },
        {
          title: 'Territorial police units deployed',
          updates: [],
        },
      ],
    },
    {
      reference: 'Ch. 10, arts. ~26-28 (numbering inferred)',
      sectionKey: 'c10',
      pillarCode: 'security',
      title: 'Local security advisory committees',
      text: 'Set up local security advisory committees that bring together local authorities, security forces and communities.',
      partyKeys: ['gov'],
      milestones: [
        {
          title: 'Committees set up in the communes',
          updates: [],
        },
      ],
    },
    {
      reference: 'Art. 29',
      sectionKey: 'a29',
      pillarCode: 'security',
      title: 'Joint fight against terrorism, organised crime and drug trafficking',
      text: 'The Parties fight terrorism, organised crime and drug trafficking together.',
      partyKeys: ['gov', 'cma', 'platform'],
      milestones: [
        {
          title: 'Parties recommit to art. 29',
          updates: [
            {
              effectiveDate: '2018-10-15',
              level: 1,
              status: OnTrack,
              narrative: 'The Pact for Peace signed on 15 October 2018 refers to art. 29.',
              sources: src('RFIP', 'SG18'),
            },
          ],
        },
        {
          title: 'Movements cooperate with the state forces against terrorist groups',
          updates: [],
        },
      ],
    },
  ],
  // The DDR chain in figures, each value with its source; integration is counted cumulatively.
  indicators: [
    {
      code: 'ddr.registered',
      name: 'Combatants registered by the National DDR Commission',
      unit: 'people',
      ddrStage: DdrStage.Registered,
      values: [
        {
          asOf: '2018-12-31',
          total: 32908,
          note: 'The CNDDR has registered about 32,908 combatants in 2018.',
          sources: src('ICI3'),
        },
        {
          asOf: '2019-07-31',
          total: 63000,
          note: 'The Secretary-General counts some 63,000 registered combatants (S/2019/636).',
          sources: src('PAMD'),
        },
      ],
    },
    {
      code: 'ddr.disarmed',
      name: 'Combatants disarmed and demobilized',
      unit: 'people',
      ddrStage: DdrStage.Disarmed,
      target: 1600,
      targetDate: '2018-11-30',
      values: [
        {
          asOf: '2018-11-20',
          total: 1500,
          note: 'Accelerated DDR of MOC members: about 1,500 combatants disarmed in Timbuktu, Gao and Kidal within two weeks (aim: about 1,600 by 30 November 2018).',
          sources: src('PAD'),
        },
      ],
    },
    {
      code: 'ddr.integrated',
      name: 'Ex-combatants integrated into the defence and security forces',
      unit: 'people',
      ddrStage: DdrStage.Integrated,
      // Agreed on 1-5 August 2022: 26,000 in two tranches of 13,000 (Jeune Afrique, JA26 above).
      target: 26000,
      values: [
        {
          asOf: '2019-08-31',
          total: 1000,
          note: 'About 1,000 ex-combatants integrated by August 2019 (from a list of 1,300 names sent in May).',
          sources: src('CC0919'),
        },
      ],
    },
  ],
  // Natural Earth draws the regions of before 2016: Ménaka inside Gao, Taoudénit inside Tombouctou.
  boundaryMap: 'mali-regions',
  regions: [
    { code: 'ML-1', name: 'Kayes' },
    { code: 'ML-2', name: 'Koulikoro' },
    { code: 'ML-3', name: 'Sikasso' },
    { code: 'ML-4', name: 'Ségou' },
    { code: 'ML-5', name: 'Mopti' },
    { code: 'ML-6', name: 'Tombouctou' },
    { code: 'ML-7', name: 'Gao' },
    { code: 'ML-8', name: 'Kidal' },
    { code: 'ML-9', name: 'Ménaka', mapFeature: 'ML-7' },
    { code: 'ML-10', name: 'Taoudénit', mapFeature: 'ML-6' },
    { code: 'ML-BKO', name: 'Bamako' },
  ],
  // Camps are placed at their town; the sources place the cantonment sites no closer than their region.
  sites: [
    {
      name: 'MOC camp, Gao',
      kind: SiteKind.MocCamp,
      regionCode: 'ML-7',
      location: [16.2717, -0.0447],
      states: [
        {
          effectiveDate: '2016-08-18',
          state: SiteState.UnderConstruction,
          note: 'MINUSMA delivers the equipment of the Gao MOC: 30 tents and 600 uniforms.',
          sources: src('MINUSMA'),
        },
        {
          effectiveDate: '2017-01-06',
          state: SiteState.Operational,
          note: 'The Gao MOC is set up.',
          sources: src('MWMOC'),
        },
        {
          effectiveDate: '2017-01-18',
          state: SiteState.Suspended,
          note: 'A suicide attack hits the camp; reported death tolls range from 60-77 to over 100.',
          sources: src('ABKM', 'MW15'),
        },
        {
          effectiveDate: '2017-02-18',
          state: SiteState.Operational,
          note: 'A month after the attack, the Gao MOC resumes its patrols.',
          sources: src('RFIM'),
        },
      ],
    },
    {
      name: 'MOC camp, Kidal',
      kind: SiteKind.MocCamp,
      regionCode: 'ML-8',
      location: [18.4411, 1.4078],
      states: [
        {
          effectiveDate: '2018-05-15',
          state: SiteState.Operational,
          note: 'The MOC unit deploys in Kidal in May 2018.',
          sources: src('SG541'),
        },
      ],
    },
    {
      name: 'MOC camp, Timbuktu',
      kind: SiteKind.MocCamp,
      regionCode: 'ML-6',
      location: [16.7735, -3.0074],
      states: [
        {
          effectiveDate: '2018-05-24',
          state: SiteState.Operational,
          note: 'The Timbuktu MOC unit deploys: 51 men, 17 per party.',
          sources: src('SG541'),
        },
      ],
    },
    {
      name: 'Cantonment site, Likrakar',
      kind: SiteKind.CantonmentSite,
      regionCode: 'ML-6',
      states: [
        {
          effectiveDate: '2015-12-31',
          state: SiteState.UnderConstruction,
          note: 'MINUSMA starts building the site; 11 of the 24 sites proposed by the parties are validated by the CTS.',
          sources: src('ABKCS'),
        },
        {
          effectiveDate: '2017-12-31',
          state: SiteState.Ready,
          note: 'Eight cantonment sites are ready in 2017; armed groups have not handed over their lists of combatants.',
          sources: src('PAMD'),
        },
      ],
    },
    {
      name: 'Cantonment site, Fafa',
      kind: SiteKind.CantonmentSite,
      regionCode: 'ML-7',
      states: [
        {
          effectiveDate: '2015-12-31',
          state: SiteState.UnderConstruction,
          note: 'MINUSMA starts building the site, with Likrakar.',
          sources: src('ABKCS'),
        },
        {
          effectiveDate: '2017-12-31',
          state: SiteState.Ready,
          note: 'Eight cantonment sites are ready in 2017; armed groups have not handed over their lists of combatants.',
          sources: src('PAMD'),
        },
      ],
    },
    {
      name: 'Cantonment site, Innegar',
      kind: SiteKind.CantonmentSite,
      regionCode: 'ML-7',
      states: [
        {
          effectiveDate: '2015-12-31',
          state: SiteState.Planned,
          note: 'Validated; building to start once the remains of an ammunition site from earlier fighting are cleared.',
          sources: src('ABKCS'),
        },
      ],
    },
  ],
};
