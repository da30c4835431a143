import { AuditAction, ErrorCode, EvidenceDto, EvidenceKind, FieldError } from '@accord/shared';
import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { ReadScope } from '../auth/authenticated.decorator';
import type { Actor } from '../auth/authenticated-user';
import { ApiException } from '../common/api-exception';
import type { IdempotentRequest } from '../idempotency/idempotency-key.decorator';
import { IdempotentTransaction } from '../idempotency/idempotent-transaction.service';
import { detectEvidenceType } from './content-type';
import { CreateEvidenceLinkDto, UploadEvidenceDto } from './dto/evidence.dto';
import { EvidenceNotFoundError, EvidenceStore } from './evidence-store';

/** A file as the upload interceptor hands it over (kept in memory, within the configured size limit). */
export interface UploadedEvidenceFile {
  originalname: string;
  buffer: Buffer;
}

export interface EvidenceDownload {
  content: Readable;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
}

/** How long after a trusted monitor's update counted (without review) its author may still attach evidence. */
const TRUSTED_EVIDENCE_WINDOW = '24 hours';

const EVIDENCE_COLUMNS = `e.id, e.status_update_id AS "statusUpdateId", e.kind, e.title, e.evidence_date::text AS "evidenceDate",
  e.reliability, e.url, e.file_name AS "fileName", e.media_type AS "mediaType", e.size_bytes::int AS "sizeBytes",
  e.sha256, e.confidential, uploader.display_name AS "uploadedByName", e.created_at AS "createdAt"`;

/** A name safe to show and to offer on download: no directories, no control characters, not too long. */
const cleanFileName = (name: string) =>
  // eslint-disable-next-line no-control-regex
  (name.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').slice(-200) || 'evidence';

@Injectable()
export class EvidenceService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly store: EvidenceStore,
    private readonly audit: AuditService,
    private readonly transactions: IdempotentTransaction,
  ) {}

  addLink(
    statusUpdateId: string,
    input: CreateEvidenceLinkDto,
    actor: Actor,
    scope: ReadScope,
    idempotency: IdempotentRequest,
  ): Promise<EvidenceDto> {
    return this.transactions.run(idempotency, async (manager) => {
      await this.checkCanAttach(manager, statusUpdateId, actor, scope, input.confidential ?? false);
      return this.insert(manager, statusUpdateId, actor, scope, {
        kind: EvidenceKind.Link,
        title: input.title,
        evidenceDate: input.evidenceDate ?? null,
        reliability: input.reliability,
        url: input.url,
        confidential: input.confidential ?? false,
      });
    });
  }

  /**
   * Stores an uploaded file whose type, found in its content, is an accepted one. The file is written to
   * the store first and removed again if the database refuses the row, so no row points to nothing.
   */
  addFile(
    statusUpdateId: string,
    file: UploadedEvidenceFile | undefined,
    input: UploadEvidenceDto,
    actor: Actor,
    scope: ReadScope,
    idempotency: IdempotentRequest,
  ): Promise<EvidenceDto> {
    if (!file) throw ApiException.validation({ file: FieldError.Required });
    const type = detectEvidenceType(file.buffer);
    if (!type) throw ApiException.validation({ file: FieldError.FileTypeNotAccepted });
    return this.transactions.run(idempotency, async (manager) => {
      const confidential = input.confidential === 'true';
      await this.checkCanAttach(manager, statusUpdateId, actor, scope, confidential);
      const storageKey = `${randomUUID()}.${type.extension}`;
      await this.store.put(storageKey, file.buffer, type.mediaType);
      try {
        return await this.insert(manager, statusUpdateId, actor, scope, {
          kind: EvidenceKind.File,
          title: input.title,
          evidenceDate: input.evidenceDate ?? null,
          reliability: input.reliability,
          fileName: cleanFileName(file.originalname),
          mediaType: type.mediaType,
          sizeBytes: file.buffer.length,
          sha256: createHash('sha256').update(file.buffer).digest('hex'),
          storageKey,
          confidential,
        });
      } catch (error) {
        await this.store.remove(storageKey);
        throw error;
      }
    });
  }

  /**
   * A file of evidence, for a reader who may see its update: approved updates for every member (the guard
   * checked membership and clearance), unapproved ones for their author and reviewers only.
   */
  async download(evidenceId: string, scope: ReadScope): Promise<EvidenceDownload> {
    const [row]: (Omit<EvidenceDownload, 'content'> & { storageKey: string | null })[] = await this.db.query(
      `SELECT e.file_name AS "fileName", e.media_type AS "mediaType", e.size_bytes::int AS "sizeBytes", e.sha256,
              e.storage_key AS "storageKey"
       FROM evidence e JOIN status_update u ON u.id = e.status_update_id
       WHERE e.id = $1 AND (u.approved_at IS NOT NULL OR u.author_id = $2 OR $3)`,
      [evidenceId, scope.userId, scope.seesAllSubmissions],
    );
    if (!row?.storageKey) throw ApiException.notFound('Evidence file');
    // Offered under the extension of the type found in the content, never one the uploader chose
    // (a "report.hta" that starts like a PDF downloads as "report.pdf").
    const extension = row.storageKey.slice(row.storageKey.lastIndexOf('.'));
    const fileName = `${row.fileName.replace(/\.[^.]*$/, '') || 'evidence'}${extension}`;
    try {
      return { ...row, fileName, content: await this.store.open(row.storageKey) };
    } catch (error) {
      if (error instanceof EvidenceNotFoundError) throw ApiException.notFound('Evidence file');
      throw error;
    }
  }

  /**
   * Evidence is added by the update's author (or an administrator) while the update awaits review, or in
   * the day after a trusted monitor's update counted without review. Checked before a file is stored.
   */
  private async checkCanAttach(
    manager: EntityManager,
    statusUpdateId: string,
    actor: Actor,
    scope: ReadScope,
    confidential: boolean,
  ): Promise<void> {
    const [update] = await manager.query(
      `SELECT author_id AS "authorId",
              (approved_at IS NULL AND returned_at IS NULL)
                OR (reviewer_id IS NULL AND approved_at > now() - interval '${TRUSTED_EVIDENCE_WINDOW}') AS open
       FROM status_update WHERE id = $1 FOR UPDATE`,
      [statusUpdateId],
    );
    if (update.authorId !== actor.user.id && !actor.user.isAdmin) {
      throw new ApiException(
        HttpStatus.FORBIDDEN,
        ErrorCode.Forbidden,
        'Evidence is added by the author of the update',
      );
    }
    if (!update.open) {
      throw new ApiException(
        HttpStatus.CONFLICT,
        ErrorCode.AlreadyReviewed,
        'The update was reviewed: its evidence is closed',
      );
    }
    if (confidential && !scope.seesConfidential) {
      throw ApiException.validation({ confidential: FieldError.ConfidentialNotAllowed });
    }
  }

  private async insert(
    manager: EntityManager,
    statusUpdateId: string,
    actor: Actor,
    scope: ReadScope,
    evidence: Record<string, unknown> & { kind: EvidenceKind; confidential: boolean },
  ): Promise<EvidenceDto> {
    const columns = { ...evidence, agreementId: scope.agreementId, statusUpdateId, uploadedBy: actor.user.id };
    const names = Object.keys(columns).map((name) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`));
    const [{ id }] = await manager.query(
      `INSERT INTO evidence (${names.join(', ')}) VALUES (${names.map((_, index) => `$${index + 1}`).join(', ')})
       RETURNING id`,
      Object.values(columns),
    );
    const [created]: EvidenceDto[] = await manager.query(
      `SELECT ${EVIDENCE_COLUMNS} FROM evidence e JOIN app_user uploader ON uploader.id = e.uploaded_by WHERE e.id = $1`,
      [id],
    );
    await this.audit.append(manager, actor, {
      action: AuditAction.EvidenceAdded,
      entityType: 'evidence',
      entityId: id,
      agreementId: scope.agreementId,
      after: created,
    });
    return created;
  }
}
