import { AgreementRole, CreateUserRequest, PutMembershipRequest, UpdateUserRequest } from '@accord/shared';
import {
  IsBoolean,
  IsEmail,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { Trim } from '../../common/trim';

const PASSWORD_MIN_LENGTH = 12;

export class CreateUserDto implements CreateUserRequest {
  @Trim()
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  displayName!: string;

  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(200)
  password!: string;

  @IsOptional()
  @IsBoolean()
  isAdmin?: boolean;
}

export class UpdateUserDto implements UpdateUserRequest {
  @ValidateIf((_, value) => value !== undefined)
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  displayName?: string;

  @ValidateIf((_, value) => value !== undefined)
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(200)
  password?: string;

  @ValidateIf((_, value) => value !== undefined)
  @IsBoolean()
  isAdmin?: boolean;

  /** A disabled account cannot sign in and its tokens stop working at once. */
  @ValidateIf((_, value) => value !== undefined)
  @IsBoolean()
  disabled?: boolean;
}

export class PutMembershipDto implements PutMembershipRequest {
  @IsEnum(AgreementRole)
  role!: AgreementRole;

  @IsBoolean()
  confidentialAccess!: boolean;

  @IsBoolean()
  trusted!: boolean;
}
