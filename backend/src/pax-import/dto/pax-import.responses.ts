import {
  Page,
  PaxAgreementRowDto,
  PaxCountryDto,
  PaxImportedAgreementDto,
  PaxImportOutcome,
  PaxImportResultDto,
  PaxUploadDto,
} from '@accord/shared';
import { ApiProperty } from '@nestjs/swagger';

/** OpenAPI documentation of the PA-X import's types in shared/. */
export class PaxCountryResponse implements PaxCountryDto {
  name!: string;
  agreements!: number;
}

export class PaxUploadResponse implements PaxUploadDto {
  id!: string;
  fileName!: string;
  rows!: number;
  codingColumns!: string[];
  ignoredColumns!: string[];
  countries!: PaxCountryResponse[];
  uploadedAt!: string;
  /** The upload (not the agreements imported from it) is forgotten then. */
  expiresAt!: string;
}

class PaxTrackedAgreementResponse {
  id!: string;
  shortTitle!: string;
}

export class PaxAgreementRowResponse implements PaxAgreementRowDto {
  agtId!: number;
  name!: string;
  country!: string;
  /** yyyy-mm-dd */
  signedOn!: string;
  stage!: string;
  parties!: string[];
  thirdParties!: string[];
  codedCategories!: number;
  link!: string;

  @ApiProperty({ type: PaxTrackedAgreementResponse, nullable: true, description: 'null: not in the tracker yet' })
  agreement!: PaxTrackedAgreementResponse | null;
}

export class PaxAgreementPageResponse implements Page<PaxAgreementRowDto> {
  items!: PaxAgreementRowResponse[];
  total!: number;
  page!: number;
  pageSize!: number;
}

export class PaxImportedAgreementResponse implements PaxImportedAgreementDto {
  agtId!: number;
  agreementId!: string;
  title!: string;
  shortTitle!: string;

  @ApiProperty({ enum: PaxImportOutcome, enumName: 'PaxImportOutcome' })
  outcome!: PaxImportOutcome;

  partiesAdded!: number;
  pillarsAdded!: number;
  placeholdersAdded!: number;
}

export class PaxImportResultResponse implements PaxImportResultDto {
  agreements!: PaxImportedAgreementResponse[];
}
