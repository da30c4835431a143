import { TrendDto, TrendPointDto } from '@accord/shared';
import { LevelCountResponse } from '../../dashboard/dto/dashboard.response';

// OpenAPI documentation of the trend types in shared/.

export class TrendPointResponse implements TrendPointDto {
  /** yyyy-mm */
  month!: string;
  /** yyyy-mm-dd: the month's last day, or today for the current month */
  asOf!: string;
  commitments!: number;
  /** PAM aggregate implementation rate, 0-100, one decimal; null without commitments */
  implementationRate!: number | null;
  /** Commitments at each PAM level 0-3 */
  byLevel!: LevelCountResponse[];
}

export class TrendResponse implements TrendDto {
  agreementId!: string;
  /** The pillar asked for; null: the whole agreement */
  pillarId!: string | null;
  /** yyyy-mm: first month */
  from!: string;
  /** yyyy-mm: last month */
  to!: string;
  /** One per month, oldest first */
  points!: TrendPointResponse[];
}
