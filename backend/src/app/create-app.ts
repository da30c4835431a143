import { INestApplication, ValidationPipe } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { validationExceptionFactory } from '../common/api-exception';
import { answerBodyParserErrors, requireJsonBodies } from '../common/api-exception.filter';
import { RejectUnsafeInputPipe } from '../common/reject-unsafe-input.pipe';
import { assignRequestId } from '../common/request-id';
import { AppConfig } from '../config/app-config';
import { resolveGeneratedSecrets } from '../config/generated-secrets';
import { API_PREFIX, AppModule } from './app.module';

/** Builds the application exactly as it runs, for `main.ts` and for the API tests. */
export async function createApp(): Promise<INestApplication> {
  resolveGeneratedSecrets(process.env);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(), {
    bufferLogs: true,
    // The API reads JSON only, through the parser below.
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  const config = app.get<ConfigService<AppConfig, true>>(ConfigService);
  const trustProxy = config.get('TRUST_PROXY', { infer: true });
  if (trustProxy) app.set('trust proxy', /^\d+$/.test(trustProxy) ? Number(trustProxy) : trustProxy);
  // Closed unless configured: the UI is served from the same origin.
  const corsOrigins = config.get('CORS_ORIGINS', { infer: true });
  if (corsOrigins) {
    app.enableCors({
      origin: corsOrigins.split(','),
      allowedHeaders: ['Authorization', 'Content-Type', 'If-Match', 'Idempotency-Key', 'X-Request-Id'],
      exposedHeaders: ['ETag', 'X-Request-Id', 'Retry-After', 'Idempotent-Replayed'],
      maxAge: 600,
    });
  }
  app.use(assignRequestId);
  app.use(requireJsonBodies);
  app.useBodyParser('json', { limit: '256kb' });
  app.use(answerBodyParserErrors);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // ECharts and Angular Material set inline styles; scripts stay same-origin only.
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
          // Plain HTTP on a field office's network must work; TLS is the reverse proxy's job.
          'upgrade-insecure-requests': null,
        },
      },
    }),
  );
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(
    new RejectUnsafeInputPipe(),
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: validationExceptionFactory,
    }),
  );
  app.enableShutdownHooks();

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Accord Tracker API')
      .setDescription(
        'Tracks the implementation of peace agreements. Every error answers the ApiError shape ' +
          '{ statusCode, code, message, errors?: { field: code }, requestId }. Writes need If-Match with the ETag read.',
      )
      .setVersion('0.1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, document, { jsonDocumentUrl: `${API_PREFIX}/docs-json` });
  return app;
}
