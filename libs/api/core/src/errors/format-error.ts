import { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { DomainError, ErrorCode, FieldError } from './domain-error';

interface ValidationPipeError {
  response?: { message?: string | string[]; statusCode?: number };
  status?: number;
}

const PG_UNIQUE_VIOLATION = '23505';

/** Unique constraints that a person can hit, and what to tell them. */
const CONSTRAINT_MESSAGES: Record<string, FieldError> = {
  uq_partner_name_lower: { field: 'name', message: 'A partner with this name already exists.' },
  uq_app_user_email: { field: 'email', message: 'A user with this email already exists.' },
  uq_tier_name: { field: 'name', message: 'A tier with this name already exists.' },
  uq_tier_rank: { field: 'rank', message: 'Another tier already has this rank.' },
  uq_partner_type_name: { field: 'name', message: 'A partner type with this name already exists.' },
};
const PG_FOREIGN_KEY_VIOLATION = '23503';
const PG_CHECK_VIOLATION = '23514';
const PG_INSUFFICIENT_PRIVILEGE = '42501';
const PG_INVALID_TEXT = '22P02';

/**
 * Maps whatever a resolver threw to a client-safe GraphQL error: a stable `extensions.code`,
 * field messages for bad input, and never a stack trace or SQL text.
 */
export function formatGraphqlError(
  formatted: GraphQLFormattedError,
  error: unknown,
  log: (err: unknown) => void,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  if (original instanceof DomainError) {
    return {
      ...base,
      message: original.message,
      extensions: {
        code: original.code,
        ...(original.fields.length ? { fields: original.fields } : {}),
      },
    };
  }

  const nest = original as ValidationPipeError;
  if (nest?.response && nest.status === 400) {
    const messages = Array.isArray(nest.response.message)
      ? nest.response.message
      : [String(nest.response.message ?? 'Invalid input')];
    const fields: FieldError[] = messages.map((m) => ({
      field: m.split(' ')[0] ?? '',
      message: m,
    }));
    return {
      ...base,
      message: messages.join('; '),
      extensions: { code: ErrorCode.BadUserInput, fields },
    };
  }
  if (nest?.response && nest.status === 403) {
    return {
      ...base,
      message: 'You do not have permission to do that.',
      extensions: { code: ErrorCode.Forbidden },
    };
  }

  const pg = original as { code?: string; constraint?: string };
  if (pg?.code === PG_UNIQUE_VIOLATION) {
    const known = pg.constraint ? CONSTRAINT_MESSAGES[pg.constraint] : undefined;
    return {
      ...base,
      message: known?.message ?? 'That already exists.',
      extensions: { code: ErrorCode.Conflict, ...(known ? { fields: [known] } : {}) },
    };
  }
  if (pg?.code === PG_FOREIGN_KEY_VIOLATION || pg?.code === PG_CHECK_VIOLATION) {
    return {
      ...base,
      message: 'The input refers to something that does not exist or is not allowed.',
      extensions: { code: ErrorCode.BadUserInput },
    };
  }
  if (pg?.code === PG_INVALID_TEXT) {
    return {
      ...base,
      message: 'One of the values is malformed (for example an id that is not a valid id).',
      extensions: { code: ErrorCode.BadUserInput },
    };
  }
  if (pg?.code === PG_INSUFFICIENT_PRIVILEGE) {
    log(original);
    return {
      ...base,
      message: 'You do not have permission to do that.',
      extensions: { code: ErrorCode.Forbidden },
    };
  }

  const code = formatted.extensions?.['code'];
  // GraphQL's own validation and parse errors are already safe to show.
  if (
    code === 'GRAPHQL_VALIDATION_FAILED' ||
    code === 'GRAPHQL_PARSE_FAILED' ||
    code === 'BAD_USER_INPUT'
  ) {
    return {
      ...base,
      extensions: { code: code === 'BAD_USER_INPUT' ? ErrorCode.BadUserInput : code },
    };
  }
  if (code === 'PERSISTED_QUERY_NOT_FOUND' || code === 'OPERATION_RESOLUTION_FAILURE') {
    return { ...base, extensions: { code } };
  }

  log(original);
  return {
    ...base,
    message: 'Something went wrong on our side. Please try again.',
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
