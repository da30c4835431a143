import { CreateStatusUpdateRequest, OperationalStatus, SourceLinkDto } from '@accord/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  Max,
  MaxLength,
  Min,
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
  @MaxLength(300)
  title?: string;
}

export class CreateStatusUpdateDto implements CreateStatusUpdateRequest {
  /** The date the change happened (yyyy-mm-dd); may be in the past, not in the future. */
  @IsCalendarDate()
  effectiveDate!: string;

  /** The new level on the agreement's scale (PAM: 0-3). */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10)
  level?: number;

  @IsOptional()
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
  @ValidateNested({ each: true })
  @Type(() => SourceLinkInput)
  sourceLinks?: SourceLinkInput[];
}
