import { AgeGroup, CreateIndicatorValueRequest, IndicatorCellDto, Sex } from '@accord/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsNotEmpty,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate } from '../../common/dates';
import { Trim } from '../../common/trim';
import { SourceLinkInput } from '../../status-updates/dto/create-status-update.dto';

/** Figures of DDR and of most indicators: counts and sums, never negative, bounded to stay exact. */
const MAX_FIGURE = 1e12;

export class IndicatorCellInput implements IndicatorCellDto {
  @IsOptional()
  @IsEnum(Sex)
  sex?: Sex;

  @IsOptional()
  @IsEnum(AgeGroup)
  ageGroup?: AgeGroup;

  /** The acronym of a party of the agreement. */
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  armedGroup?: string;

  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  region?: string;

  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(0)
  @Max(MAX_FIGURE)
  value!: number;
}

export class CreateIndicatorValueDto implements CreateIndicatorValueRequest {
  /** The day the figure describes (yyyy-mm-dd); not in the future. */
  @IsCalendarDate()
  asOf!: string;

  @ValidateIf((_, value) => value !== undefined)
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(0)
  @Max(MAX_FIGURE)
  total?: number;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => IndicatorCellInput)
  cells?: IndicatorCellInput[];

  /** Where the figure comes from and what it covers. */
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  note!: string;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => SourceLinkInput)
  sourceLinks?: SourceLinkInput[];

  @ValidateIf((_, value) => value !== undefined)
  @IsBoolean()
  confidential?: boolean;
}
