import {
  INestApplication,
  ValidationError as ClassValidationError,
  ValidationPipe,
} from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Logger } from 'nestjs-pino';
import { AppConfig, FieldError, ValidationError } from '@tandem/api-core';

function flatten(errors: ClassValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** Paths the API answers; everything else that asks for HTML gets the portal. */
const API_PREFIXES = ['/graphql', '/auth', '/health', '/api/'];

/** Everything main.ts and the test app factory both need, so tests run the real pipeline. */
export function configureApp(app: INestApplication, config: AppConfig): void {
  app.useLogger(app.get(Logger));
  app.use(cookieParser());
  app.useGlobalPipes(
    new ValidationPipe({
      transform: true,
      exceptionFactory: (errors) => {
        const fields = flatten(errors);
        // Input objects are named in the message, e.g. "input.name: …"; strip that prefix.
        return new ValidationError(
          fields.map((f) => ({ field: f.field.replace(/^input\./, ''), message: f.message })),
          fields.map((f) => f.message).join(' '),
        );
      },
    }),
  );
  const express = app as NestExpressApplication;
  // Room for a CSV import (at most 5 MB of text) in one GraphQL request; nothing else comes close.
  express.useBodyParser('json', { limit: '6mb' });
  express.disable('x-powered-by');
  express.set('trust proxy', 'loopback');
  const index = join(config.portalDistDir, 'index.html');
  if (existsSync(index)) {
    express.useStaticAssets(config.portalDistDir, { index: false, maxAge: '1h' });
    // Deep links (/partners/42) load the portal, which routes on the client.
    app.use((req: Request, res: Response, next: NextFunction) => {
      if (req.method !== 'GET' || API_PREFIXES.some((p) => req.path.startsWith(p))) return next();
      if (!req.accepts('html')) return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(index);
    });
  }
}
