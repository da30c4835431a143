import { CreateAuditExportRequest, CreateExportRequest, ExportDataset, ExportFormat } from '@accord/shared';
import { ApiProperty, ApiPropertyOptional, IntersectionType, OmitType, PickType } from '@nestjs/swagger';
import { IsEnum, IsOptional } from 'class-validator';
import { AuditQueryDto } from '../../audit/dto/audit-query.dto';
import { CommitmentQueryDto } from '../../commitments/dto/commitment-query.dto';
import { IsCalendarDate } from '../../common/dates';
import { IndicatorValueQueryDto } from '../../indicators/dto/indicator-value-query.dto';
import { StatusUpdateQueryDto } from '../../status-updates/dto/status-update-query.dto';

/** The filters of the lists an export mirrors, checked as those lists check them. */
class ExportFilters extends IntersectionType(
  OmitType(CommitmentQueryDto, ['page', 'pageSize'] as const),
  PickType(StatusUpdateQueryDto, ['state', 'milestoneId'] as const),
  PickType(IndicatorValueQueryDto, ['indicatorId'] as const),
) {}

export class CreateExportDto extends ExportFilters implements CreateExportRequest {
  @ApiProperty({ enum: ExportDataset, enumName: 'ExportDataset' })
  @IsEnum(ExportDataset)
  dataset!: ExportDataset;

  @ApiProperty({ enum: ExportFormat, enumName: 'ExportFormat' })
  @IsEnum(ExportFormat)
  format!: ExportFormat;

  /** The data as known at the end of this day (yyyy-mm-dd): statuses then, what was approved by then. */
  @ApiPropertyOptional()
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;
}

export class CreateAuditExportDto
  extends PickType(AuditQueryDto, ['from', 'to'] as const)
  implements CreateAuditExportRequest
{
  @ApiProperty({ enum: ExportFormat, enumName: 'ExportFormat' })
  @IsEnum(ExportFormat)
  format!: ExportFormat;
}
