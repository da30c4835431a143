import { isIsoMonth } from '@accord/shared';
import { IsOptional, IsUUID, ValidateBy, ValidationOptions } from 'class-validator';

/** class-validator rule for a calendar month in yyyy-mm; its field code is `isMonth`. */
const IsCalendarMonth = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isMonth',
      validator: { validate: isIsoMonth, defaultMessage: () => '$property must be a month (yyyy-mm)' },
    },
    options,
  );

export class TrendQueryDto {
  /** First month (yyyy-mm); by default the month the agreement was signed, or 240 months before `to` if later. */
  @IsOptional()
  @IsCalendarMonth()
  from?: string;

  /** Last month (yyyy-mm), at most 240 months after `from` and not in the future; the current month by default. */
  @IsOptional()
  @IsCalendarMonth()
  to?: string;

  /** Only the commitments of this pillar of the agreement. */
  @IsOptional()
  @IsUUID()
  pillarId?: string;
}
