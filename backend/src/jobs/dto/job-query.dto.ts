import { IsOptional, IsUUID } from 'class-validator';

export class JobQueryDto {
  /** Only the jobs on this agreement. */
  @IsOptional()
  @IsUUID()
  agreementId?: string;
}
