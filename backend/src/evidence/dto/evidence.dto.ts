import { CreateEvidenceLinkRequest, SourceReliability, UploadEvidenceFields } from '@accord/shared';
import { IsBoolean, IsEnum, IsIn, IsNotEmpty, IsOptional, IsString, IsUrl, MaxLength } from 'class-validator';
import { IsCalendarDate } from '../../common/dates';
import { Trim } from '../../common/trim';

class EvidenceFieldsDto {
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title!: string;

  /** The date of the document or event the evidence shows. */
  @IsOptional()
  @IsCalendarDate()
  evidenceDate?: string;

  /** How reliable the source is: A completely reliable … E unreliable, F cannot be judged. */
  @IsEnum(SourceReliability)
  reliability!: SourceReliability;
}

export class CreateEvidenceLinkDto extends EvidenceFieldsDto implements CreateEvidenceLinkRequest {
  @IsString()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: true })
  @MaxLength(2000)
  url!: string;

  @IsOptional()
  @IsBoolean()
  confidential?: boolean;
}

/** The text fields of a multipart upload (booleans arrive as text there). */
export class UploadEvidenceDto extends EvidenceFieldsDto implements UploadEvidenceFields {
  @IsOptional()
  @IsIn(['true', 'false'])
  confidential?: 'true' | 'false';
}
