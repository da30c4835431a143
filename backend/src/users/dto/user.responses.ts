import { AgreementRole, MembershipDto, UserDto } from '@accord/shared';
import { ApiProperty } from '@nestjs/swagger';

export class MembershipResponse implements MembershipDto {
  agreementId!: string;
  @ApiProperty({ enum: AgreementRole, enumName: 'AgreementRole' })
  role!: AgreementRole;
  confidentialAccess!: boolean;
  trusted!: boolean;
}

export class UserResponse implements UserDto {
  id!: string;
  email!: string;
  displayName!: string;
  isAdmin!: boolean;
  disabled!: boolean;
  version!: number;
  memberships!: MembershipResponse[];
}
