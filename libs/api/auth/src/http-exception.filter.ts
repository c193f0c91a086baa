import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError, ErrorCode } from '@tandem/api-core';

const STATUS: Record<ErrorCode, number> = {
  [ErrorCode.BadUserInput]: 400,
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.Conflict]: 409,
  [ErrorCode.TooManyRequests]: 429,
};

/** REST errors in the same shape as GraphQL errors, without stack traces. GraphQL errors pass through. */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger(HttpErrorFilter.name);

  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() !== 'http') return exception;
    const res = host.switchToHttp().getResponse<Response>();
    if (exception instanceof DomainError) {
      res.status(STATUS[exception.code]).json({
        errors: [
          {
            message: exception.message,
            extensions: { code: exception.code, fields: exception.fields },
          },
        ],
      });
      return;
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const code =
        status === 404
          ? 'NOT_FOUND'
          : status === 401
            ? 'UNAUTHENTICATED'
            : status === 403
              ? 'FORBIDDEN'
              : status >= 500
                ? 'INTERNAL_SERVER_ERROR'
                : 'BAD_USER_INPUT';
      const body = exception.getResponse();
      const message =
        typeof body === 'string'
          ? body
          : ((body as { message?: string }).message ?? exception.message);
      res.status(status).json({ errors: [{ message: String(message), extensions: { code } }] });
      return;
    }
    this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    res.status(500).json({
      errors: [
        {
          message: 'Something went wrong on our side. Please try again.',
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        },
      ],
    });
  }
}
