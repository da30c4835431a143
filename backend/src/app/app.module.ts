import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ServeStaticModule } from '@nestjs/serve-static';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Request } from 'express';
import { LoggerModule } from 'nestjs-pino';
import { AgreementsModule } from '../agreements/agreements.module';
import { AuditModule } from '../audit/audit.module';
import { AuthController } from '../auth/auth.controller';
import { AuthGuard } from '../auth/auth.guard';
import { AuthService } from '../auth/auth.service';
import { BulkImportModule } from '../bulk-import/bulk-import.module';
import { CommitmentsModule } from '../commitments/commitments.module';
import { ApiExceptionFilter } from '../common/api-exception.filter';
import { requestIdOf } from '../common/request-id';
import { EtagInterceptor } from '../common/versioning';
import { AppConfig, validateConfig } from '../config/app-config';
import { DashboardModule } from '../dashboard/dashboard.module';
import { databaseOptions } from '../database/database-options';
import { DemoModule } from '../demo/demo.module';
import { EvidenceModule } from '../evidence/evidence.module';
import { ExportsModule } from '../exports/exports.module';
import { HealthModule } from '../health/health.module';
import { IndicatorsModule } from '../indicators/indicators.module';
import { IdempotencyModule } from '../idempotency/idempotency.module';
import { JobsModule } from '../jobs/jobs.module';
import { MeetingsModule } from '../meetings/meetings.module';
import { MilestonesModule } from '../milestones/milestones.module';
import { PaxImportModule } from '../pax-import/pax-import.module';
import { PlacesModule } from '../places/places.module';
import { ProgressModule } from '../progress/progress.module';
import { PublicPagesModule } from '../public-pages/public-pages.module';
import { ReportSchedulesModule } from '../report-schedules/report-schedules.module';
import { ReportsModule } from '../reports/reports.module';
import { StatusUpdatesModule } from '../status-updates/status-updates.module';
import { TimelineModule } from '../timeline/timeline.module';
import { UsersModule } from '../users/users.module';

export const API_PREFIX = 'api';

/** The built Angular app, served beside the API (one port). Not configured: API only (tests). */
const staticSite = (env: NodeJS.ProcessEnv) =>
  env['ACCORD_STATIC_DIR']
    ? [ServeStaticModule.forRoot({ rootPath: env['ACCORD_STATIC_DIR'], exclude: [`/${API_PREFIX}/{*path}`] })]
    : [];

/**
 * The application. Built by `forRoot()` at start rather than at import, so that the configuration is
 * read from the environment of that moment (tests start several servers in one process).
 */
@Module({})
export class AppModule {
  static forRoot(): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, cache: true, validate: validateConfig }),
        LoggerModule.forRootAsync({
          inject: [ConfigService],
          useFactory: (config: ConfigService<AppConfig, true>) => ({
            pinoHttp: {
              level: config.get('LOG_LEVEL', { infer: true }),
              // The id given by the assignRequestId middleware, which runs first.
              genReqId: (request) => requestIdOf(request as Request),
              redact: ['req.headers.authorization', 'req.headers.cookie'],
              autoLogging: { ignore: (request) => request.url === `/${API_PREFIX}/health` },
            },
          }),
        }),
        TypeOrmModule.forRootAsync({
          inject: [ConfigService],
          useFactory: (config: ConfigService<AppConfig, true>) => ({
            ...databaseOptions(
              config.get('DATABASE_URL', { infer: true }),
              config.get('DATABASE_POOL_SIZE', { infer: true }),
            ),
            migrationsRun: true,
          }),
        }),
        JwtModule.registerAsync({
          global: true,
          inject: [ConfigService],
          useFactory: (config: ConfigService<AppConfig, true>) => ({
            secret: config.get('JWT_SECRET', { infer: true }),
            signOptions: {
              algorithm: 'HS256',
              expiresIn: config.get('JWT_EXPIRES_IN', { infer: true }) as `${number}h`,
            },
          }),
        }),
        ...staticSite(process.env),
        AuditModule,
        IdempotencyModule,
        AgreementsModule,
        CommitmentsModule,
        MilestonesModule,
        StatusUpdatesModule,
        DashboardModule,
        PlacesModule,
        ProgressModule,
        MeetingsModule,
        EvidenceModule,
        IndicatorsModule,
        JobsModule,
        ExportsModule,
        TimelineModule,
        PublicPagesModule,
        ReportsModule,
        ReportSchedulesModule,
        BulkImportModule,
        PaxImportModule,
        UsersModule,
        HealthModule,
        DemoModule,
      ],
      controllers: [AuthController],
      providers: [
        AuthService,
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: ApiExceptionFilter },
        { provide: APP_INTERCEPTOR, useClass: EtagInterceptor },
      ],
    };
  }
}
