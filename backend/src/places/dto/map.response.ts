import { AgreementMapDto, DdrStage, MapAreaDto, RegionNameDto, SiteDto, SiteKind, SiteState } from '@accord/shared';
import { ApiProperty } from '@nestjs/swagger';

// OpenAPI documentation of the map types in shared/.

export class SiteResponse implements SiteDto {
  id!: string;
  name!: string;
  @ApiProperty({ enum: SiteKind, enumName: 'SiteKind' })
  kind!: SiteKind;
  /** ISO 3166-2 */
  regionCode!: string;
  regionName!: string;
  latitude!: number | null;
  longitude!: number | null;
  @ApiProperty({ enum: SiteState, enumName: 'SiteState', nullable: true })
  state!: SiteState | null;
  stateSince!: string | null;
  stateNote!: string | null;
}

export class RegionNameResponse implements RegionNameDto {
  /** ISO 3166-2 */
  code!: string;
  name!: string;
}

export class AreaStageTotalResponse {
  @ApiProperty({ enum: DdrStage, enumName: 'DdrStage' })
  stage!: DdrStage;
  total!: number;
}

export class MapAreaResponse implements MapAreaDto {
  /** The feature of the boundary file (its ISO 3166-2 code) */
  feature!: string;
  /** The regions drawn in this shape */
  regions!: RegionNameResponse[];
  milestones!: number;
  overdue!: number;
  implementationRate!: number | null;
  ddr!: AreaStageTotalResponse[];
}

export class AgreementMapResponse implements AgreementMapDto {
  agreementId!: string;
  asOf!: string;
  /** frontend maps/<name>.geojson; null when no boundary file ships for the country */
  boundaryMap!: string | null;
  areas!: MapAreaResponse[];
  sites!: SiteResponse[];
}
