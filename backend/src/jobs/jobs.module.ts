import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { AppConfig } from '../config/app-config';
import { fileStoreConfig } from '../evidence/evidence.module';
import { createFileStore } from '../evidence/evidence-store';
import { JOB_FILES, JobRunner } from './job-runner';
import { JobsController } from './jobs.controller';
import { JobsService } from './jobs.service';

/** Background jobs: import this module and register your kind with JobsService (see jobs.service.ts). */
@Module({
  controllers: [JobsController],
  providers: [
    JobsService,
    JobRunner,
    {
      provide: JOB_FILES,
      inject: [ConfigService],
      useFactory: (config: ConfigService<AppConfig, true>) => createFileStore(fileStoreConfig(config), 'jobs'),
    },
  ],
  exports: [JobsService],
})
export class JobsModule {}
