import { UpdateAgreementSettingsRequest } from '@accord/shared';
import { IsBoolean, ValidateIf } from 'class-validator';

export class UpdateAgreementSettingsDto implements UpdateAgreementSettingsRequest {
  /** Updates of members marked trusted count without review. */
  @ValidateIf((_, value) => value !== undefined)
  @IsBoolean()
  trustedUpdatesSkipReview?: boolean;

  /** Publish approved, non-confidential progress on a page anyone can open without signing in. */
  @ValidateIf((_, value) => value !== undefined)
  @IsBoolean()
  publicPage?: boolean;
}
