import { PAX_FILE_MAX_BYTES } from '@accord/shared';
import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { PaxImportController } from './pax-import.controller';
import { PaxImportService } from './pax-import.service';

@Module({
  imports: [
    // Held in memory up to the limit (checked while receiving: a larger upload is a 413); no other field.
    MulterModule.register({
      limits: { fileSize: PAX_FILE_MAX_BYTES, files: 1, fields: 0, parts: 1 },
      defParamCharset: 'utf8',
    }),
  ],
  controllers: [PaxImportController],
  providers: [PaxImportService],
})
export class PaxImportModule {}
