import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { MulterModule } from '@nestjs/platform-express';
import { AppConfig } from '../config/app-config';
import { EvidenceController } from './evidence.controller';
import { EvidenceService } from './evidence.service';
import { createEvidenceStore, EvidenceStore, EvidenceStoreConfig } from './evidence-store';

@Module({
  imports: [
    MulterModule.registerAsync({
      inject: [ConfigService],
      // Held in memory up to the limit (checked while receiving: a larger upload is a 413), then typed and hashed.
      useFactory: (config: ConfigService<AppConfig, true>) => ({
        limits: { fileSize: config.get('EVIDENCE_MAX_BYTES', { infer: true }), files: 1, fields: 10, parts: 12 },
        // File names in UTF-8 (busboy reads them as latin1 otherwise: "évaluation" would become "Ã©valuation").
        defParamCharset: 'utf8',
      }),
    }),
  ],
  controllers: [EvidenceController],
  providers: [
    EvidenceService,
    {
      provide: EvidenceStore,
      inject: [ConfigService],
      useFactory: (config: ConfigService<AppConfig, true>) => createEvidenceStore(fileStoreConfig(config)),
    },
  ],
})
export class EvidenceModule {}

/** Where the configuration keeps files: an S3 bucket when `S3_BUCKET` is set, else the data directory. */
export function fileStoreConfig(config: ConfigService<AppConfig, true>): EvidenceStoreConfig {
  const bucket = config.get('S3_BUCKET', { infer: true });
  return {
    dataDir: config.get('ACCORD_DATA_DIR', { infer: true }),
    s3: bucket
      ? {
          bucket,
          endpoint: config.get('S3_ENDPOINT', { infer: true }),
          region: config.get('S3_REGION', { infer: true }),
          accessKeyId: config.get('S3_ACCESS_KEY_ID', { infer: true }) ?? '',
          secretAccessKey: config.get('S3_SECRET_ACCESS_KEY', { infer: true }) ?? '',
          forcePathStyle: config.get('S3_FORCE_PATH_STYLE', { infer: true }),
        }
      : undefined,
  };
}
