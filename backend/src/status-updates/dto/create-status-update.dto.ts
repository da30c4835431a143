import { CreateStatusUpdateRequest, OperationalStatus, SourceLinkDto } from '@accord/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate } from '../../common/dates';
import { Trim } from '../../common/trim';

export class SourceLinkInput implements SourceLinkDto {
  @IsString()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: true })
  @MaxLength(2000)
  url!: string;

  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title?: string;
}

export class CreateStatusUpdateDto implements CreateStatusUpdateRequest {
  /** The date the change happened (yyyy-mm-dd); may be in the past, not in the future. */
  @IsCalendarDate()
  effectiveDate!: string;

  /** The new level on the agreement's scale (PAM: 0-3). Omit it to keep the level; null is refused. */
  @ValidateIf((_, value) => value !== undefined)
  @IsInt()
  @Min(0)
  @Max(10)
  level?: number;

  /** Omit it to keep the operational status; null is refused. */
  @ValidateIf((_, value) => value !== undefined)
  @IsEnum(OperationalStatus)
  operationalStatus?: OperationalStatus;

  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  narrative!: string;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => SourceLinkInput)
  sourceLinks?: SourceLinkInput[];

  /** Seen only by members cleared for confidential items, who alone may set it. */
  @ValidateIf((_, value) => value !== undefined)
  @IsBoolean()
  confidential?: boolean;

  /** The returned update this one resubmits (same milestone, same author). */
  @ValidateIf((_, value) => value !== undefined)
  @IsUUID()
  resubmissionOf?: string;
}
