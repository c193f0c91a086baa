/** Codes every client can branch on; mapped one-to-one to GraphQL `extensions.code`. */
export enum ErrorCode {
  BadUserInput = 'BAD_USER_INPUT',
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  NotFound = 'NOT_FOUND',
  Conflict = 'CONFLICT',
  TooManyRequests = 'TOO_MANY_REQUESTS',
}

export interface FieldError {
  field: string;
  message: string;
}

/** Base for every error a person is meant to read. Anything else is reported as an internal error. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: FieldError[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export class ValidationError extends DomainError {
  constructor(fields: FieldError[], message = 'Some fields need attention.') {
    super(ErrorCode.BadUserInput, message, fields);
  }

  static field(field: string, message: string): ValidationError {
    return new ValidationError([{ field, message }], message);
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string) {
    super(ErrorCode.NotFound, `${what} was not found.`);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'You do not have permission to do that.') {
    super(ErrorCode.Forbidden, message);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Please sign in.') {
    super(ErrorCode.Unauthenticated, message);
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, fields: FieldError[] = []) {
    super(ErrorCode.Conflict, message, fields);
  }
}

export class TooManyRequestsError extends DomainError {
  constructor(message: string) {
    super(ErrorCode.TooManyRequests, message);
  }
}
