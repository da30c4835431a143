import { Module } from '@nestjs/common';
import { AgreementsModule } from '../agreements/agreements.module';
import { CommitmentsModule } from '../commitments/commitments.module';
import { DashboardModule } from '../dashboard/dashboard.module';
import { IndicatorsModule } from '../indicators/indicators.module';
import { PlacesModule } from '../places/places.module';
import { ProgressModule } from '../progress/progress.module';
import { ReportPdf } from './pdf/report-pdf';
import { ReportFiguresService } from './report-figures.service';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';

@Module({
  imports: [AgreementsModule, CommitmentsModule, DashboardModule, IndicatorsModule, PlacesModule, ProgressModule],
  controllers: [ReportsController],
  providers: [ReportsService, ReportFiguresService, ReportPdf],
  exports: [ReportsService, ReportPdf],
})
export class ReportsModule {}
