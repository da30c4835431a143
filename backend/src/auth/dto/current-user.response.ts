import { CurrentUserDto } from '@accord/shared';
import { MembershipResponse } from '../../users/dto/user.responses';

export class CurrentUserResponse implements CurrentUserDto {
  id!: string;
  email!: string;
  displayName!: string;
  isAdmin!: boolean;
  memberships!: MembershipResponse[];
  /** en, fr or ar; null until the user chooses */
  language!: string | null;
}
