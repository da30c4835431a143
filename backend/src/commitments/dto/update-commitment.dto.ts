import { UpdateCommitmentRequest } from '@accord/shared';
import { IsNotEmpty, IsString, MaxLength, ValidateIf } from 'class-validator';
import { IsCalendarDate } from '../../common/dates';
import { Trim } from '../../common/trim';

export class UpdateCommitmentDto implements UpdateCommitmentRequest {
  @ValidateIf((_, value) => value !== undefined)
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title?: string;

  @ValidateIf((_, value) => value !== undefined)
  @Trim()
  @IsString()
  @MaxLength(20000)
  text?: string;

  @ValidateIf((_, value) => value !== undefined && value !== null)
  @IsCalendarDate()
  deadline?: string | null;

  @ValidateIf((_, value) => value !== undefined && value !== null)
  @Trim()
  @IsString()
  @MaxLength(500)
  deadlineNote?: string | null;
}
