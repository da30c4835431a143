import {
  AgreementDetailDto,
  AgreementSummaryDto,
  AssessmentLevelDto,
  AssessmentScaleDto,
  MonitoringBodyDto,
  PartyDto,
  PartyKind,
  PillarDto,
  PillarTheme,
  TextSectionDto,
  TextSectionKind,
} from '@accord/shared';
import { ApiProperty } from '@nestjs/swagger';
import { RegionNameResponse } from '../../places/dto/map.response';

// OpenAPI documentation of the response types in shared/ (the classes are checked against them).

export class AgreementSummaryResponse implements AgreementSummaryDto {
  id!: string;
  slug!: string;
  title!: string;
  shortTitle!: string;
  country!: string;
  /** yyyy-mm-dd */
  signedOn!: string;
  commitmentCount!: number;
}

export class AssessmentLevelResponse implements AssessmentLevelDto {
  value!: number;
  labelKey!: string;
  /** The level on PAM's 0-3 scale */
  pamScore!: number;
}

export class AssessmentScaleResponse implements AssessmentScaleDto {
  code!: string;
  nameKey!: string;
  levels!: AssessmentLevelResponse[];
}

export class PillarResponse implements PillarDto {
  id!: string;
  code!: string;
  name!: string;
  @ApiProperty({ enum: PillarTheme, enumName: 'PillarTheme' })
  theme!: PillarTheme;
  position!: number;
}

export class PartyResponse implements PartyDto {
  id!: string;
  name!: string;
  acronym!: string;
  @ApiProperty({ enum: PartyKind, enumName: 'PartyKind' })
  kind!: PartyKind;
  /** The coalition a movement belongs to */
  parentId!: string | null;
}

export class MonitoringBodyResponse implements MonitoringBodyDto {
  id!: string;
  name!: string;
  acronym!: string;
  description!: string;
}

export class TextSectionResponse implements TextSectionDto {
  id!: string;
  parentId!: string | null;
  @ApiProperty({ enum: TextSectionKind, enumName: 'TextSectionKind' })
  kind!: TextSectionKind;
  number!: string;
  heading!: string;
  body!: string | null;
  position!: number;
}

export class AgreementDetailResponse extends AgreementSummaryResponse implements AgreementDetailDto {
  description!: string;
  /** IANA time zone of the agreement's calendar: "today", deadlines and as-of days are days there */
  timeZone!: string;
  paxId!: number | null;
  version!: number;
  /** Updates of trusted monitors count without review */
  trustedUpdatesSkipReview!: boolean;
  /** A read-only page without login shows approved, non-confidential progress */
  publicPage!: boolean;
  scale!: AssessmentScaleResponse;
  pillars!: PillarResponse[];
  parties!: PartyResponse[];
  monitoringBodies!: MonitoringBodyResponse[];
  regions!: RegionNameResponse[];
  sections!: TextSectionResponse[];
}
