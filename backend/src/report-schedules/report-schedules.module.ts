import { Module } from '@nestjs/common';
import { AgreementsModule } from '../agreements/agreements.module';
import { JobsModule } from '../jobs/jobs.module';
import { MailModule } from '../mail/mail.module';
import { ReportsModule } from '../reports/reports.module';
import { ReceivedReportsService } from './received-reports.service';
import { ReportMail } from './report-mail';
import { ReportScheduleRuns } from './report-schedule-runs.service';
import { ReportSchedulesController } from './report-schedules.controller';
import { ReportSchedulesService } from './report-schedules.service';

@Module({
  imports: [AgreementsModule, JobsModule, MailModule, ReportsModule],
  controllers: [ReportSchedulesController],
  providers: [ReportSchedulesService, ReportScheduleRuns, ReceivedReportsService, ReportMail],
})
export class ReportSchedulesModule {}
