import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { JobsModule } from '../jobs/jobs.module';
import { BulkImportController } from './bulk-import.controller';
import { BulkImportService } from './bulk-import.service';

/** The largest import file: about 400,000 status updates as CSV. A larger upload is a 413. */
export const IMPORT_MAX_BYTES = 64 * 1024 * 1024;

@Module({
  imports: [
    JobsModule,
    MulterModule.register({
      // Held in memory (checked while receiving), then streamed through the parser into COPY.
      limits: { fileSize: IMPORT_MAX_BYTES, files: 1, fields: 4, parts: 5 },
      defParamCharset: 'utf8',
    }),
  ],
  controllers: [BulkImportController],
  providers: [BulkImportService],
})
export class BulkImportModule {}
