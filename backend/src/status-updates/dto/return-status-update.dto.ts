import { ReturnStatusUpdateRequest } from '@accord/shared';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { Trim } from '../../common/trim';

export class ReturnStatusUpdateDto implements ReturnStatusUpdateRequest {
  /** What the author must fix or add; shown to them. */
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}
