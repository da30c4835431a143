import {
  AuditAction,
  ErrorCode,
  FieldError,
  fileProblemKey,
  Page,
  PaxAgreementRowDto,
  PaxImportedAgreementDto,
  PaxImportOutcome,
  PaxImportResultDto,
  PaxUploadDto,
} from '@accord/shared';
import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AuditEvent, AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/authenticated-user';
import { ApiException } from '../common/api-exception';
import { fetchPage, TOTAL_COLUMN } from '../common/paging';
import { insertAgreement, insertCommitment, insertParty, insertPillar } from '../demo/demo-agreement.loader';
import type { IdempotentRequest } from '../idempotency/idempotency-key.decorator';
import { IdempotentTransaction } from '../idempotency/idempotent-transaction.service';
import { PaxAgreementQueryDto, PaxImportDto } from './dto/pax-import.dto';
import { codedProvisions, PaxAgreementPlan, paxLinkOf, PaxSourceRow, planAgreement } from './pax-agreement';
import { PaxFile, readPaxFile } from './pax-csv';
import { partiesOf } from './pax-parties';

/** The file as the upload interceptor hands it over (in memory, within PAX_FILE_MAX_BYTES). */
export interface UploadedPaxFile {
  originalname: string;
  buffer: Buffer;
}

/** How long an upload is kept for searching and picking. */
const UPLOAD_RETENTION = '24 hours';
/** Arbitrary key of the advisory lock that lets one import at a time decide what exists. */
const IMPORT_LOCK = 7_301_506;

const UPLOAD_SELECT = `
  SELECT u.id, u.file_name AS "fileName", u.coding_columns AS "codingColumns", u.ignored_columns AS "ignoredColumns",
         u.uploaded_at AS "uploadedAt", u.expires_at AS "expiresAt", u.sha256,
         (SELECT count(*)::int FROM pax_upload_row r WHERE r.upload_id = u.id) AS rows
  FROM pax_upload u WHERE u.id = $1 AND u.expires_at > now()`;

const SOURCE_ROW_COLUMNS = `r.agt_id AS "agtId", r.name, r.country, r.signed_on::text AS "signedOn", r.stage, r.fields,
  r.coding`;

/** The metadata an import keeps in step with PA-X, as the agreement row names it. */
const METADATA_COLUMNS = `a.title, a.short_title AS "shortTitle", a.country, a.signed_on::text AS "signedOn",
  a.description, a.time_zone AS "timeZone"`;
type Metadata = Pick<
  PaxAgreementPlan['agreement'],
  'title' | 'shortTitle' | 'country' | 'signedOn' | 'description' | 'timeZone'
>;

interface ExistingAgreement extends Metadata {
  id: string;
  /** null: the agreement had this PA-X id before any import (curated, e.g. the demo). */
  origin: 'created' | 'linked' | null;
}

/** Administrators bring agreements in from PA-X: upload an export, search it, import the rows picked. */
@Injectable()
export class PaxImportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly transactions: IdempotentTransaction,
  ) {}

  /** Checks the file whole; a file with any problem is refused (422, each problem by row and column), nothing kept. */
  async upload(file: UploadedPaxFile | undefined, actor: Actor, idempotency: IdempotentRequest): Promise<PaxUploadDto> {
    if (!file) throw ApiException.validation({ file: FieldError.Required });
    const parsed = await readPaxFile(file.buffer);
    if (parsed.problemCount > 0) throw rejected(parsed);
    const sha256 = createHash('sha256').update(file.buffer).digest('hex');
    return this.transactions.run(idempotency, async (manager) => {
      await manager.query('DELETE FROM pax_upload WHERE expires_at <= now()');
      const [{ id }] = await manager.query(
        `INSERT INTO pax_upload (uploaded_by, file_name, sha256, coding_columns, ignored_columns, expires_at)
         VALUES ($1, $2, $3, $4, $5, now() + $6::interval) RETURNING id`,
        [
          actor.user.id,
          file.originalname.slice(-200),
          sha256,
          parsed.codingColumns,
          parsed.ignoredColumns,
          UPLOAD_RETENTION,
        ],
      );
      await manager.query(
        `INSERT INTO pax_upload_row (upload_id, agt_id, row_number, name, country, countries, signed_on, stage, fields, coding)
         SELECT $1, r.agt_id, r.row_number, r.name, r.country, r.countries, r.signed_on, r.stage, r.fields, r.coding
         FROM jsonb_to_recordset($2::jsonb) AS r (agt_id integer, row_number integer, name text, country text,
              countries text[], signed_on date, stage text, fields jsonb, coding jsonb)`,
        [
          id,
          JSON.stringify(
            parsed.rows.map((row) => ({
              agt_id: row.agtId,
              row_number: row.row,
              name: row.name,
              country: row.country,
              countries: row.countries,
              signed_on: row.signedOn,
              stage: row.stage,
              fields: row.fields,
              coding: row.coding,
            })),
          ),
        ],
      );
      const upload = await this.get(id, manager);
      await this.audit.append(manager, actor, {
        action: AuditAction.PaxFileUploaded,
        entityType: 'pax_upload',
        entityId: id,
        after: {
          fileName: upload.fileName,
          sha256,
          rows: upload.rows,
          codingColumns: upload.codingColumns.length,
          ignoredColumns: upload.ignoredColumns,
        },
      });
      return upload;
    });
  }

  /** An upload that has not expired, with the countries its rows name; 404 otherwise. */
  async get(uploadId: string, manager: EntityManager = this.db.manager): Promise<PaxUploadDto> {
    const { sha256: _sha256, ...upload } = await findUpload(manager, uploadId);
    const countries = await manager.query(
      `SELECT min(c.name) AS name, count(*)::int AS agreements
       FROM pax_upload_row r CROSS JOIN unnest(r.countries) AS c (name)
       WHERE r.upload_id = $1 GROUP BY lower(c.name) ORDER BY lower(min(c.name))`,
      [uploadId],
    );
    return { ...upload, countries };
  }

  async search(uploadId: string, query: PaxAgreementQueryDto): Promise<Page<PaxAgreementRowDto>> {
    await findUpload(this.db.manager, uploadId);
    if (query.from && query.to && query.from > query.to)
      throw ApiException.validation({ from: FieldError.RangeReversed });
    // Typed apostrophes are straight; PA-X writes names with either.
    const words = query.q ? `%${query.q.replace(/’/g, "'").replace(/[\\%_]/g, '\\$&')}%` : null;
    const parameters = [uploadId, query.country ?? null, words, query.q ?? null, query.from ?? null, query.to ?? null];
    const where = `r.upload_id = $1
      AND ($2::text IS NULL OR EXISTS (SELECT 1 FROM unnest(r.countries) AS c (name) WHERE lower(c.name) = lower($2)))
      AND ($3::text IS NULL OR replace(r.name, '’', '''') ILIKE $3 OR r.agt_id::text = $4)
      AND ($5::date IS NULL OR r.signed_on >= $5) AND ($6::date IS NULL OR r.signed_on <= $6)`;
    const page = await fetchPage<PaxSourceRow & { agreementId: string | null; shortTitle: string | null }>(
      this.db.manager,
      {
        select: `SELECT ${SOURCE_ROW_COLUMNS}, a.id AS "agreementId", a.short_title AS "shortTitle", ${TOTAL_COLUMN}
                 FROM pax_upload_row r LEFT JOIN agreement a ON a.pax_id = r.agt_id
                 WHERE ${where} ORDER BY r.signed_on, r.agt_id`,
        count: `SELECT count(*)::int AS total FROM pax_upload_row r WHERE ${where}`,
      },
      parameters,
      query,
    );
    return { ...page, items: page.items.map(rowDto) };
  }

  /**
   * Imports the rows picked, all or none, in one transaction. A row whose AgtId no agreement has makes a
   * new agreement; an agreement an earlier import made gets PA-X's metadata again and what it lacks; an
   * agreement that had this PA-X id before any import is linked and keeps its own data.
   */
  async import(
    uploadId: string,
    body: PaxImportDto,
    actor: Actor,
    idempotency: IdempotentRequest,
  ): Promise<PaxImportResultDto> {
    const upload = await findUpload(this.db.manager, uploadId);
    const rows: PaxSourceRow[] = await this.db.query(
      `SELECT ${SOURCE_ROW_COLUMNS} FROM pax_upload_row r WHERE r.upload_id = $1 AND r.agt_id = ANY($2::int[])`,
      [upload.id, body.agtIds],
    );
    const byId = new Map(rows.map((row) => [row.agtId, row]));
    const missing = body.agtIds.flatMap((agtId, index) =>
      byId.has(agtId) ? [] : [[`agtIds.${index}`, FieldError.NotInUpload]],
    );
    if (missing.length > 0) throw ApiException.validation(Object.fromEntries(missing));

    return this.transactions.run(idempotency, async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [IMPORT_LOCK]);
      const events: AuditEvent[] = [];
      const agreements: PaxImportedAgreementDto[] = [];
      for (const agtId of body.agtIds) {
        const { result, event } = await this.importRow(manager, byId.get(agtId) as PaxSourceRow, upload.sha256, actor);
        agreements.push(result);
        events.push(event);
      }
      // Last in the transaction: the audit chain's lock is held until commit.
      for (const event of events) await this.audit.append(manager, actor, event);
      return { agreements };
    });
  }

  private async importRow(
    manager: EntityManager,
    row: PaxSourceRow,
    fileSha256: string,
    actor: Actor,
  ): Promise<{ result: PaxImportedAgreementDto; event: AuditEvent }> {
    const plan = planAgreement(row);
    const [existing]: ExistingAgreement[] = await manager.query(
      `SELECT a.id, ${METADATA_COLUMNS}, s.origin
       FROM agreement a LEFT JOIN pax_agreement_source s ON s.agreement_id = a.id
       WHERE a.pax_id = $1 FOR UPDATE OF a`,
      [row.agtId],
    );
    const wanted = metadataOf(plan.agreement);
    let agreementId: string;
    let outcome: PaxImportOutcome;
    if (!existing) {
      agreementId = await insertAgreement(manager, {
        ...plan.agreement,
        slug: await freeSlug(manager, plan.agreement.slug),
      });
      outcome = PaxImportOutcome.Created;
    } else if (existing.origin !== 'created') {
      agreementId = existing.id;
      outcome = PaxImportOutcome.Linked;
    } else {
      agreementId = existing.id;
      const changed = JSON.stringify(metadataOf(existing)) !== JSON.stringify(wanted);
      if (changed) {
        await manager.query(
          `UPDATE agreement SET title = $2, short_title = $3, country = $4, signed_on = $5, description = $6,
                  time_zone = $7, version = version + 1, updated_at = now()
           WHERE id = $1`,
          [
            agreementId,
            wanted.title,
            wanted.shortTitle,
            wanted.country,
            wanted.signedOn,
            wanted.description,
            wanted.timeZone,
          ],
        );
      }
      outcome = changed ? PaxImportOutcome.Updated : PaxImportOutcome.Unchanged;
    }
    const origin = outcome === PaxImportOutcome.Linked ? 'linked' : 'created';
    const added =
      origin === 'created'
        ? await addStructure(manager, agreementId, plan, actor.user.id)
        : { parties: 0, pillars: 0, placeholders: 0 };
    await manager.query(
      `INSERT INTO pax_agreement_source (agreement_id, origin, stage, link, fields, coding, file_sha256, imported_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (agreement_id) DO UPDATE
         SET stage = excluded.stage, link = excluded.link, fields = excluded.fields, coding = excluded.coding,
             file_sha256 = excluded.file_sha256, imported_by = excluded.imported_by, last_imported_at = now()`,
      [agreementId, origin, plan.stage, plan.link, row.fields, row.coding, fileSha256, actor.user.id],
    );
    const [{ title, shortTitle }] = await manager.query(
      'SELECT title, short_title AS "shortTitle" FROM agreement WHERE id = $1',
      [agreementId],
    );
    const result: PaxImportedAgreementDto = {
      agtId: row.agtId,
      agreementId,
      title,
      shortTitle,
      outcome,
      partiesAdded: added.parties,
      pillarsAdded: added.pillars,
      placeholdersAdded: added.placeholders,
    };
    const after = { paxId: row.agtId, outcome, ...(origin === 'created' ? wanted : {}), ...added, fileSha256 };
    return {
      result,
      event: {
        action: outcome === PaxImportOutcome.Created ? AuditAction.AgreementImported : AuditAction.AgreementReimported,
        entityType: 'agreement',
        entityId: agreementId,
        agreementId,
        before: existing ? metadataOf(existing) : null,
        after,
      },
    };
  }
}

async function findUpload(
  manager: EntityManager,
  uploadId: string,
): Promise<Omit<PaxUploadDto, 'countries'> & { sha256: string }> {
  const [upload] = await manager.query(UPLOAD_SELECT, [uploadId]);
  if (!upload) throw ApiException.notFound('PA-X upload');
  return upload;
}

/** The 422 answer to a file with problems: each at `rows.<row>.<column>` (row 1 the header), `rows.<row>` or `file`. */
function rejected(file: PaxFile): ApiException {
  const shown = file.problems.length < file.problemCount ? `; the first ${file.problems.length} are listed` : '';
  return new ApiException(
    HttpStatus.UNPROCESSABLE_ENTITY,
    ErrorCode.ImportRejected,
    `The file has ${file.problemCount} problem(s)${shown}; nothing was stored`,
    Object.fromEntries(file.problems.map((problem) => [fileProblemKey(problem), problem.code])),
  );
}

function rowDto(row: PaxSourceRow & { agreementId: string | null; shortTitle: string | null }): PaxAgreementRowDto {
  const parties = partiesOf(row.fields['Part'] ?? '', row.fields['ThrdPart'] ?? '');
  return {
    agtId: row.agtId,
    name: row.name,
    country: row.country,
    signedOn: row.signedOn,
    stage: row.stage,
    parties: parties.filter((party) => party.key.startsWith('party:')).map((party) => party.name),
    thirdParties: parties.filter((party) => party.key.startsWith('third:')).map((party) => party.name),
    codedCategories: codedProvisions(row.coding).length,
    link: paxLinkOf(row),
    agreement: row.agreementId ? { id: row.agreementId, shortTitle: row.shortTitle ?? '' } : null,
  };
}

function metadataOf(agreement: Metadata): Metadata {
  const { title, shortTitle, country, signedOn, description, timeZone } = agreement;
  return { title, shortTitle, country, signedOn, description, timeZone };
}

/** `pax-1365`, or `pax-1365-2`, ... when an agreement has that slug already. */
async function freeSlug(manager: EntityManager, slug: string): Promise<string> {
  const taken = new Set<string>(
    (await manager.query(`SELECT slug FROM agreement WHERE slug = $1 OR slug LIKE $1 || '-%'`, [slug])).map(
      (row: { slug: string }) => row.slug,
    ),
  );
  let candidate = slug;
  for (let suffix = 2; taken.has(candidate); suffix++) candidate = `${slug}-${suffix}`;
  return candidate;
}

/**
 * Adds the parties, pillars and placeholder commitments of the plan that the agreement does not have yet
 * (by their keys in pax_import_item); what an earlier import made, and anything edited since, stays.
 */
async function addStructure(
  manager: EntityManager,
  agreementId: string,
  plan: PaxAgreementPlan,
  authorId: string,
): Promise<{ parties: number; pillars: number; placeholders: number }> {
  const items: { kind: string; key: string; entityId: string }[] = await manager.query(
    'SELECT kind, key, entity_id AS "entityId" FROM pax_import_item WHERE agreement_id = $1',
    [agreementId],
  );
  const made = new Map(items.map((item) => [`${item.kind} ${item.key}`, item.entityId]));
  const [next] = await manager.query(
    `SELECT (SELECT count(*)::int FROM party WHERE agreement_id = $1) AS party,
            (SELECT count(*)::int FROM pillar WHERE agreement_id = $1) AS pillar,
            (SELECT coalesce(max(position) + 1, 0)::int FROM commitment WHERE agreement_id = $1) AS commitment`,
    [agreementId],
  );
  const remember = (kind: string, key: string, entityId: string) => {
    made.set(`${kind} ${key}`, entityId);
    return manager.query('INSERT INTO pax_import_item (agreement_id, kind, key, entity_id) VALUES ($1, $2, $3, $4)', [
      agreementId,
      kind,
      key,
      entityId,
    ]);
  };
  const added = { parties: 0, pillars: 0, placeholders: 0 };

  for (const party of plan.parties.filter((party) => !made.has(`party ${party.key}`))) {
    await remember(
      'party',
      party.key,
      await insertParty(manager, agreementId, party, null, next.party + added.parties),
    );
    added.parties++;
  }
  for (const pillar of plan.pillars.filter((pillar) => !made.has(`pillar ${pillar.theme}`))) {
    const [sameCode] = await manager.query('SELECT id FROM pillar WHERE agreement_id = $1 AND code = $2', [
      agreementId,
      pillar.code,
    ]);
    const pillarId = sameCode?.id ?? (await insertPillar(manager, agreementId, pillar, next.pillar + added.pillars));
    if (!sameCode) added.pillars++;
    await remember('pillar', pillar.theme, pillarId);
  }
  for (const placeholder of plan.placeholders.filter((placeholder) => !made.has(`commitment ${placeholder.column}`))) {
    const pillarId = made.get(`pillar ${placeholder.theme}`) as string;
    const { commitmentId } = await insertCommitment(
      manager,
      agreementId,
      placeholder.commitment,
      next.commitment + added.placeholders,
      { pillarId, sectionId: null, partyIds: [] },
      { authorId, reviewerId: null },
    );
    await remember('commitment', placeholder.column, commitmentId);
    added.placeholders++;
  }
  return added;
}
