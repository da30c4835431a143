/**
 * The time zone of an agreement imported from PA-X, from its location codes (`Loc1ISO`, `Loc2ISO`, ISO 3166
 * alpha-3). Only where it is certain: an agreement about one country, and a country with a single zone in
 * the tz database (tzdata 2025b, `zone.tab`, public domain). Anything else (two countries, Russia, the DRC,
 * Papua New Guinea with Bougainville, ...) keeps UTC.
 */
const SINGLE_ZONE_COUNTRIES: Readonly<Record<string, string>> = {
  AFG: 'Asia/Kabul', // Afghanistan
  AGO: 'Africa/Luanda', // Angola
  ARM: 'Asia/Yerevan', // Armenia
  AZE: 'Asia/Baku', // Azerbaijan
  BDI: 'Africa/Bujumbura', // Burundi
  BGD: 'Asia/Dhaka', // Bangladesh
  BHR: 'Asia/Bahrain', // Bahrain
  BIH: 'Europe/Sarajevo', // Bosnia & Herzegovina
  CAF: 'Africa/Bangui', // Central African Rep.
  CIV: 'Africa/Abidjan', // Côte d'Ivoire
  CMR: 'Africa/Douala', // Cameroon
  COG: 'Africa/Brazzaville', // Congo (Rep.)
  COL: 'America/Bogota', // Colombia
  COM: 'Indian/Comoro', // Comoros
  DJI: 'Africa/Djibouti', // Djibouti
  DZA: 'Africa/Algiers', // Algeria
  ERI: 'Africa/Asmara', // Eritrea
  ETH: 'Africa/Addis_Ababa', // Ethiopia
  GAB: 'Africa/Libreville', // Gabon
  GBR: 'Europe/London', // Britain (UK)
  GEO: 'Asia/Tbilisi', // Georgia
  GHA: 'Africa/Accra', // Ghana
  GIN: 'Africa/Conakry', // Guinea
  GNB: 'Africa/Bissau', // Guinea-Bissau
  GRC: 'Europe/Athens', // Greece
  GTM: 'America/Guatemala', // Guatemala
  HND: 'America/Tegucigalpa', // Honduras
  HRV: 'Europe/Zagreb', // Croatia
  HTI: 'America/Port-au-Prince', // Haiti
  IND: 'Asia/Kolkata', // India
  IRL: 'Europe/Dublin', // Ireland
  IRN: 'Asia/Tehran', // Iran
  IRQ: 'Asia/Baghdad', // Iraq
  ISR: 'Asia/Jerusalem', // Israel
  JOR: 'Asia/Amman', // Jordan
  KEN: 'Africa/Nairobi', // Kenya
  KGZ: 'Asia/Bishkek', // Kyrgyzstan
  KHM: 'Asia/Phnom_Penh', // Cambodia
  KOR: 'Asia/Seoul', // Korea (South)
  KWT: 'Asia/Kuwait', // Kuwait
  LBN: 'Asia/Beirut', // Lebanon
  LBR: 'Africa/Monrovia', // Liberia
  LBY: 'Africa/Tripoli', // Libya
  LKA: 'Asia/Colombo', // Sri Lanka
  LSO: 'Africa/Maseru', // Lesotho
  MAR: 'Africa/Casablanca', // Morocco
  MDA: 'Europe/Chisinau', // Moldova
  MDG: 'Indian/Antananarivo', // Madagascar
  MKD: 'Europe/Skopje', // North Macedonia
  MLI: 'Africa/Bamako', // Mali
  MMR: 'Asia/Yangon', // Myanmar (Burma)
  MOZ: 'Africa/Maputo', // Mozambique
  NAM: 'Africa/Windhoek', // Namibia
  NER: 'Africa/Niamey', // Niger
  NGA: 'Africa/Lagos', // Nigeria
  NIC: 'America/Managua', // Nicaragua
  NPL: 'Asia/Kathmandu', // Nepal
  PAK: 'Asia/Karachi', // Pakistan
  PER: 'America/Lima', // Peru
  PHL: 'Asia/Manila', // Philippines
  PRK: 'Asia/Pyongyang', // Korea (North)
  RWA: 'Africa/Kigali', // Rwanda
  SAU: 'Asia/Riyadh', // Saudi Arabia
  SDN: 'Africa/Khartoum', // Sudan
  SEN: 'Africa/Dakar', // Senegal
  SLB: 'Pacific/Guadalcanal', // Solomon Islands
  SLE: 'Africa/Freetown', // Sierra Leone
  SLV: 'America/El_Salvador', // El Salvador
  SOM: 'Africa/Mogadishu', // Somalia
  SRB: 'Europe/Belgrade', // Serbia
  SSD: 'Africa/Juba', // South Sudan
  SVN: 'Europe/Ljubljana', // Slovenia
  SYR: 'Asia/Damascus', // Syria
  TCD: 'Africa/Ndjamena', // Chad
  TGO: 'Africa/Lome', // Togo
  THA: 'Asia/Bangkok', // Thailand
  TJK: 'Asia/Dushanbe', // Tajikistan
  TUN: 'Africa/Tunis', // Tunisia
  TUR: 'Europe/Istanbul', // Turkey
  UGA: 'Africa/Kampala', // Uganda
  VEN: 'America/Caracas', // Venezuela
  YEM: 'Asia/Aden', // Yemen
  ZAF: 'Africa/Johannesburg', // South Africa
  ZWE: 'Africa/Harare', // Zimbabwe
};

export const DEFAULT_TIME_ZONE = 'UTC';

export function timeZoneOf(primaryLocation: string | undefined, secondaryLocation: string | undefined): string {
  if (!primaryLocation || secondaryLocation) return DEFAULT_TIME_ZONE;
  return SINGLE_ZONE_COUNTRIES[primaryLocation.toUpperCase()] ?? DEFAULT_TIME_ZONE;
}

/** The countries whose zone is known (for tests). */
export const KNOWN_ZONES: readonly string[] = Object.values(SINGLE_ZONE_COUNTRIES);
