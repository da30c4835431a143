import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { ParamMap, Params } from '@angular/router';
import { AuditAction, isIsoDate } from '@accord/shared';
import { isUuid } from '../../core/ids';
import { AuditQuery } from '../admin-api';

/** The filters as the form holds them: '' means "any". Days are UTC, as the API reads them. */
export interface AuditFilters {
  agreementId: string;
  action: AuditAction | '';
  from: string;
  to: string;
  entityId: string;
}

export const AUDIT_ACTIONS: readonly AuditAction[] = Object.values(AuditAction);

/** The translation key of an action: keys cannot hold dots, so `auth.login` reads `auth_login`. */
export function auditActionKey(action: string): string {
  return `admin.audit.actions.${action.replace(/\./g, '_')}`;
}

/**
 * Filters live in the URL, so that a filtered trail can be bookmarked or sent to a colleague. A value
 * the API would refuse (an edited link) reads as no filter rather than as an error.
 */
export function auditFiltersFromUrl(params: ParamMap): AuditFilters {
  const id = (name: string) => {
    const value = params.get(name);
    return isUuid(value) ? value : '';
  };
  const day = (name: string) => {
    const value = params.get(name);
    return isIsoDate(value) ? value : '';
  };
  const action = params.get('action') ?? '';
  return {
    agreementId: id('agreementId'),
    action: (AUDIT_ACTIONS as readonly string[]).includes(action) ? (action as AuditAction) : '',
    from: day('from'),
    to: day('to'),
    entityId: id('entityId'),
  };
}

/** Query parameters for the URL; a null removes a filter. */
export function toAuditUrlParams(filters: AuditFilters): Params {
  return {
    agreementId: filters.agreementId || null,
    action: filters.action || null,
    from: filters.from || null,
    to: filters.to || null,
    entityId: filters.entityId.trim() || null,
  };
}

export function toAuditQuery(filters: AuditFilters): AuditQuery {
  return {
    agreementId: filters.agreementId || undefined,
    action: filters.action || undefined,
    from: filters.from || undefined,
    to: filters.to || undefined,
    entityId: filters.entityId.trim() || undefined,
  };
}

export function sameAuditFilters(a: AuditFilters, b: AuditFilters): boolean {
  return (Object.keys(a) as (keyof AuditFilters)[]).every((key) => a[key] === b[key]);
}

/** An id the API gives out (a UUID), or nothing; reported under the API's own code. */
export const optionalUuid: ValidatorFn = (control: AbstractControl<string>): ValidationErrors | null => {
  const value = control.value.trim();
  return value && !isUuid(value) ? { isUuid: true } : null;
};

/** The last day is not before the first. */
export const dayRange: ValidatorFn = (group: AbstractControl): ValidationErrors | null => {
  const { from, to } = group.value as Pick<AuditFilters, 'from' | 'to'>;
  return from && to && to < from ? { dateRange: true } : null;
};
