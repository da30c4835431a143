import { PAX_IMPORT_MAX_AGREEMENTS, PaxAgreementQuery, PaxImportRequest } from '@accord/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  ArrayUnique,
  IsArray,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsCalendarDate } from '../../common/dates';
import { PageQueryDto } from '../../common/paging';
import { Trim } from '../../common/trim';
import { PAX_AGT_ID_MAX } from '../pax-csv';

export class PaxAgreementQueryDto extends PageQueryDto implements PaxAgreementQuery {
  /** A country or entity the row's country field names, whatever the case (`mali` finds `Mali/(Azawad)`). */
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  country?: string;

  /** Words of the agreement's name, or its AgtId. */
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  q?: string;

  /** Signed on or after (yyyy-mm-dd). */
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  /** Signed on or before (yyyy-mm-dd). */
  @IsOptional()
  @IsCalendarDate()
  to?: string;
}

export class PaxImportDto implements PaxImportRequest {
  /** AgtIds of rows of the upload, each once (at most 9 digits, as the file's check has them). */
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(PAX_IMPORT_MAX_AGREEMENTS)
  @ArrayUnique()
  @Type(() => Number)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(PAX_AGT_ID_MAX, { each: true })
  agtIds!: number[];
}
