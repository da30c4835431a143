import { UpdateCommitmentRequest } from '@accord/shared';
import { IsNotEmpty, IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';
import { IsCalendarDate } from '../../common/dates';
import { Trim } from '../../common/trim';

export class UpdateCommitmentDto implements UpdateCommitmentRequest {
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title?: string;

  @IsOptional()
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
