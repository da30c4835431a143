import { JobDto, JobState } from '@accord/shared';
import { ApiProperty } from '@nestjs/swagger';

/** OpenAPI documentation of `JobDto` in shared/. */
export class JobResponse implements JobDto {
  id!: string;

  /** What the job does: `export`, `audit-export`, ... */
  kind!: string;

  @ApiProperty({ type: String, nullable: true })
  agreementId!: string | null;

  @ApiProperty({ type: 'object', additionalProperties: true, description: 'What was asked for (the kind decides)' })
  params!: Record<string, unknown>;

  @ApiProperty({ enum: JobState, enumName: 'JobState' })
  state!: JobState;

  progressDone!: number;

  @ApiProperty({ type: Number, nullable: true, description: 'null until the job knows how much it has to do' })
  progressTotal!: number | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Why the job failed: a JobErrorCode or a code of its kind',
  })
  errorCode!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'The reason in words a user understands' })
  errorMessage!: string | null;

  @ApiProperty({ type: String, nullable: true })
  fileName!: string | null;

  @ApiProperty({ type: String, nullable: true })
  mediaType!: string | null;

  @ApiProperty({ type: Number, nullable: true })
  sizeBytes!: number | null;

  createdAt!: string;

  @ApiProperty({ type: String, nullable: true })
  startedAt!: string | null;

  @ApiProperty({ type: String, nullable: true })
  finishedAt!: string | null;
}
