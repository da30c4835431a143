import { UpdatePreferencesRequest } from '@accord/shared';
import { IsIn } from 'class-validator';

/** The languages the interface is translated into (frontend/public/i18n). */
export const INTERFACE_LANGUAGES = ['en', 'fr', 'ar'];

export class UpdatePreferencesDto implements UpdatePreferencesRequest {
  @IsIn(INTERFACE_LANGUAGES)
  language!: string;
}
