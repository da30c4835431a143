import { MeetingMarkDto } from '@accord/shared';
import { ApiProperty } from '@nestjs/swagger';

/** OpenAPI documentation of `MeetingMarkDto` in shared/. */
export class MeetingMarkResponse implements MeetingMarkDto {
  /** yyyy-mm-dd */
  heldOn!: string;

  @ApiProperty({ type: String, nullable: true, description: 'null: no title was given' })
  title!: string | null;

  createdAt!: string;
}
