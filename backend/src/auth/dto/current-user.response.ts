import { CurrentUserDto, Role } from '@accord/shared';
import { ApiProperty } from '@nestjs/swagger';

export class CurrentUserResponse implements CurrentUserDto {
  id!: string;
  email!: string;
  displayName!: string;
  @ApiProperty({ enum: Role })
  role!: Role;
}
