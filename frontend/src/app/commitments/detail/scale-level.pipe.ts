import { inject, Pipe, PipeTransform } from '@angular/core';
import { AssessmentScaleDto } from '@accord/shared';
import { Translations } from '../../core/i18n/translations';

/** The label of a level of the agreement's own scale; the bare value while the scale is unknown. */
@Pipe({ name: 'accScaleLevel', pure: false })
export class ScaleLevelPipe implements PipeTransform {
  private readonly translations = inject(Translations);

  transform(value: number | null, scale: AssessmentScaleDto | undefined): string {
    if (value === null) return '';
    const level = scale?.levels.find((candidate) => candidate.value === value);
    return level ? this.translations.translate(level.labelKey) : String(value);
  }
}
