import { UpdateMilestoneRequest } from '@accord/shared';
import { IsBoolean, IsNotEmpty, IsString, MaxLength, ValidateIf } from 'class-validator';
import { IsCalendarDate } from '../../common/dates';
import { Trim } from '../../common/trim';

export class UpdateMilestoneDto implements UpdateMilestoneRequest {
  @ValidateIf((_, value) => value !== undefined)
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title?: string;

  @ValidateIf((_, value) => value !== undefined && value !== null)
  @Trim()
  @IsString()
  @MaxLength(4000)
  description?: string | null;

  @ValidateIf((_, value) => value !== undefined && value !== null)
  @IsCalendarDate()
  dueDate?: string | null;

  /** Only members cleared for confidential items see a confidential milestone and its updates. */
  @ValidateIf((_, value) => value !== undefined)
  @IsBoolean()
  confidential?: boolean;
}
