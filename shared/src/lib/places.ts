import { DdrStage } from './indicators';

/** What a DDR site is for. */
export enum SiteKind {
  /** Where combatants gather to be registered, disarmed and demobilized. */
  CantonmentSite = 'cantonment_site',
  /** A camp of the mixed units (MOC) of government and movement soldiers. */
  MocCamp = 'moc_camp',
}

/** The life of a site, in order; `suspended` and `closed` may follow any state. */
export enum SiteState {
  Planned = 'planned',
  UnderConstruction = 'under_construction',
  Ready = 'ready',
  Operational = 'operational',
  Suspended = 'suspended',
  Closed = 'closed',
}

export interface SiteDto {
  id: string;
  name: string;
  kind: SiteKind;
  regionCode: string;
  regionName: string;
  /** WGS84; null when the sources place the site no more precisely than its region. */
  latitude: number | null;
  longitude: number | null;
  /** The state as of the day asked for; null before the site's first recorded state. */
  state: SiteState | null;
  stateSince: string | null;
  stateNote: string | null;
}

export interface RegionNameDto {
  /** ISO 3166-2 */
  code: string;
  name: string;
}

/**
 * One shape of the map (a feature of the boundary file) and the figures of the regions drawn in it:
 * the progress of the milestones located there and the current DDR totals split by region.
 */
export interface MapAreaDto {
  feature: string;
  regions: RegionNameDto[];
  milestones: number;
  overdue: number;
  /** PAM rate of the area's milestones (sum of scores / (n x 3) x 100, one decimal); null without any. */
  implementationRate: number | null;
  ddr: { stage: DdrStage; total: number }[];
}

export interface AgreementMapDto {
  agreementId: string;
  asOf: string;
  /** The boundary file to draw (frontend `maps/<name>.geojson`); null when none ships for the country. */
  boundaryMap: string | null;
  areas: MapAreaDto[];
  sites: SiteDto[];
}
