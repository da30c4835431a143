import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { AgreementsModule } from '../agreements/agreements.module';
import { CommitmentsModule } from '../commitments/commitments.module';
import { AppConfig } from '../config/app-config';
import { DashboardModule } from '../dashboard/dashboard.module';
import { fileStoreConfig } from '../evidence/evidence.module';
import { createFileStore } from '../evidence/evidence-store';
import { IndicatorsModule } from '../indicators/indicators.module';
import { PlacesModule } from '../places/places.module';
import { ProgressModule } from '../progress/progress.module';
import { PrintedReports, REPORT_FILES } from './pdf/printed-reports';
import { ReportPdf } from './pdf/report-pdf';
import { ReportFiguresService } from './report-figures.service';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';

@Module({
  imports: [AgreementsModule, CommitmentsModule, DashboardModule, IndicatorsModule, PlacesModule, ProgressModule],
  controllers: [ReportsController],
  providers: [
    ReportsService,
    ReportFiguresService,
    ReportPdf,
    PrintedReports,
    {
      provide: REPORT_FILES,
      inject: [ConfigService],
      useFactory: (config: ConfigService<AppConfig, true>) => createFileStore(fileStoreConfig(config), 'reports'),
    },
  ],
  exports: [ReportsService, ReportPdf],
})
export class ReportsModule {}
