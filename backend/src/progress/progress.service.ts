import {
  ChangesDto,
  FieldError,
  FieldErrorCode,
  MAX_TREND_MONTHS,
  monthsBetween,
  todayIn,
  TrendDto,
} from '@accord/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AgreementsService } from '../agreements/agreements.service';
import type { AgreementAccess } from '../auth/authenticated-user';
import { ApiException } from '../common/api-exception';
import { latestTodayIso } from '../common/dates';
import { ChangesQueryDto } from './dto/changes-query.dto';
import { TrendQueryDto } from './dto/trend-query.dto';
import { CHANGES_SQL, TREND_SQL } from './progress.sql';

/**
 * Progress over time, every figure computed in SQL: by the dashboard's functions, the trend by
 * commitment_levels_as_of (the dashboard's rules for many days in one pass).
 */
@Injectable()
export class ProgressService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly agreements: AgreementsService,
  ) {}

  /**
   * What changed between the end of `since` and the end of `until` (today in the agreement's time zone
   * by default), each day's figures as they were known then.
   */
  async changes(scope: AgreementAccess, query: ChangesQueryDto): Promise<ChangesDto> {
    const agreement = await this.agreements.getEntity(scope.agreementId);
    const until = query.until ?? todayIn(agreement.timeZone);
    const errors: Record<string, FieldErrorCode> = {};
    if (query.since > latestTodayIso()) errors['since'] = FieldError.DateInFuture;
    else if (query.since > until) errors['since'] = FieldError.RangeReversed;
    if (query.until && query.until > latestTodayIso()) errors['until'] = FieldError.DateInFuture;
    if (Object.keys(errors).length > 0) throw ApiException.validation(errors);

    const [{ changes }] = await this.db.query(CHANGES_SQL, [
      scope.agreementId,
      query.since,
      until,
      scope.seesConfidential,
    ]);
    return { agreementId: scope.agreementId, since: query.since, until, ...changes };
  }

  /**
   * The PAM rate and the commitments at each level at the end of every month from `from` to `to`
   * (the current month as of today), for the whole agreement or one of its pillars.
   */
  async trend(scope: AgreementAccess, query: TrendQueryDto): Promise<TrendDto> {
    const agreement = await this.agreements.getEntity(scope.agreementId);
    const today = todayIn(agreement.timeZone);
    const currentMonth = today.slice(0, 7);
    const to = query.to ?? currentMonth;
    // By default from the signature, or the longest trend allowed; never after `to`.
    const from =
      query.from ?? minMonth(maxMonth(agreement.signedOn.slice(0, 7), addMonths(to, 1 - MAX_TREND_MONTHS)), to);
    const errors: Record<string, FieldErrorCode> = {};
    if (to > currentMonth) errors['to'] = FieldError.DateInFuture;
    if (from > to) errors['from'] = FieldError.RangeReversed;
    else if (monthsBetween(from, to) > MAX_TREND_MONTHS) errors['from'] = FieldError.RangeTooLong;
    if (Object.keys(errors).length > 0) throw ApiException.validation(errors);
    if (query.pillarId) await this.requirePillar(scope.agreementId, query.pillarId);

    const [{ points }] = await this.db.query(TREND_SQL, [
      scope.agreementId,
      `${from}-01`,
      `${to}-01`,
      today,
      scope.seesConfidential,
      query.pillarId ?? null,
    ]);
    return { agreementId: scope.agreementId, pillarId: query.pillarId ?? null, from, to, points };
  }

  private async requirePillar(agreementId: string, pillarId: string): Promise<void> {
    const found = await this.db.query('SELECT 1 FROM pillar WHERE id = $1 AND agreement_id = $2', [
      pillarId,
      agreementId,
    ]);
    if (found.length === 0) throw ApiException.notFound('Pillar');
  }
}

/** `month` (yyyy-mm) moved by `count` months. */
function addMonths(month: string, count: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + count;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

const minMonth = (a: string, b: string) => (a < b ? a : b);
const maxMonth = (a: string, b: string) => (a > b ? a : b);
