import type { ImportRowError } from './bulk-import';
import type { FieldErrorCode } from './errors';

/**
 * Importing agreements from a PA-X export (the Peace Agreements Database of the University of Edinburgh).
 * An administrator uploads the CSV, searches its rows, picks agreements and imports them.
 */

/** The credit PA-X asks for wherever its data is shown. */
export const PAX_CITATION =
  'Bell, C. & Badanjak, S. (2019), "Introducing PA-X: A new peace agreement database and dataset", ' +
  'Journal of Peace Research 56(3). PA-X Peace Agreements Database, University of Edinburgh.';
export const PAX_WEBSITE = 'https://www.peaceagreements.org';

/** The largest export accepted (the full database with every coding column is about 4 MB). */
export const PAX_FILE_MAX_BYTES = 16 * 1024 * 1024;
/** Agreements imported by one request (one transaction). */
export const PAX_IMPORT_MAX_AGREEMENTS = 200;
/** PA-X codes each category 0 (not addressed) to 3 (detailed), or 0/1 (present). */
export const PAX_CODING_MAX_LEVEL = 3;

/** PA-X's stages of agreements (its `Stage` column). */
export enum PaxStage {
  PreNegotiation = 'Pre',
  SubstantivePartial = 'SubPar',
  SubstantiveComprehensive = 'SubComp',
  Implementation = 'Imp',
  Ceasefire = 'Cea',
  Renewal = 'Ren',
  Other = 'Oth',
}

/** An upload checked and kept (a day) for searching and picking. */
export interface PaxUploadDto {
  id: string;
  fileName: string;
  /** Agreements (data rows) read. */
  rows: number;
  /** PA-X coding columns found (e.g. `SsrDdr`): imported agreements get pillars and placeholders from them. */
  codingColumns: string[];
  /** Columns that are neither PA-X metadata nor coding: left out. */
  ignoredColumns: string[];
  /** The countries and entities the rows name, with how many rows name each: what the country filter takes. */
  countries: PaxCountryDto[];
  uploadedAt: string;
  expiresAt: string;
}

export interface PaxCountryDto {
  name: string;
  agreements: number;
}

/** GET /api/pax-imports/:uploadId/agreements */
export interface PaxAgreementQuery {
  /** A country or entity the row's country field names (`Mali` finds `Mali/(Azawad)` and `Mali/Niger`). */
  country?: string;
  /** Words of the agreement's name, or its AgtId. */
  q?: string;
  /** Signed on or after (yyyy-mm-dd). */
  from?: string;
  /** Signed on or before (yyyy-mm-dd). */
  to?: string;
  page?: number;
  pageSize?: number;
}

export interface PaxAgreementRowDto {
  agtId: number;
  name: string;
  /** PA-X's country field as given (`Mali/(Azawad)`). */
  country: string;
  signedOn: string;
  stage: string;
  /** The signatories, as the importer splits PA-X's text. */
  parties: string[];
  thirdParties: string[];
  /** Coding categories that would give a placeholder commitment. */
  codedCategories: number;
  link: string;
  /** The tracker's agreement with this PA-X id, if any: importing it again updates it or links it. */
  agreement: { id: string; shortTitle: string } | null;
}

export interface PaxImportRequest {
  agtIds: number[];
}

export enum PaxImportOutcome {
  /** A new agreement. */
  Created = 'created',
  /** An agreement an earlier import created, its metadata changed since. */
  Updated = 'updated',
  /** An agreement an earlier import created, nothing changed. */
  Unchanged = 'unchanged',
  /** An agreement the tracker held already with this PA-X id (e.g. the demo): linked, its own data kept. */
  Linked = 'linked',
}

export interface PaxImportedAgreementDto {
  agtId: number;
  agreementId: string;
  title: string;
  shortTitle: string;
  outcome: PaxImportOutcome;
  partiesAdded: number;
  pillarsAdded: number;
  placeholdersAdded: number;
}

export interface PaxImportResultDto {
  agreements: PaxImportedAgreementDto[];
}

/**
 * Where a problem of an uploaded file is, as a key of the error's `errors`: `rows.<row>.<column>` (row 1 is
 * the header), `rows.<row>` for a whole row, `file` for the file as a whole.
 */
export function fileProblemKey({ row, column }: ImportRowError): string {
  if (row === 0) return 'file';
  return column ? `rows.${row}.${column}` : `rows.${row}`;
}

const FILE_PROBLEM_KEY = /^(?:rows\.(\d+)(?:\.(.+))?|file)$/;

/** The problems of an `import_rejected` answer's `errors`, by row and column (row 0: the file as a whole). */
export function fileProblemsOf(errors: Readonly<Record<string, FieldErrorCode>>): ImportRowError[] {
  return Object.entries(errors).flatMap(([key, code]) => {
    const match = FILE_PROBLEM_KEY.exec(key);
    return match ? [{ row: match[1] ? Number(match[1]) : 0, column: match[2] ?? '', code }] : [];
  });
}
