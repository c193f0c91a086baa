import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

export interface FieldError {
  field: string;
  message: string;
}

export interface ApiErrorInfo {
  /** GraphQL `extensions.code`, or NETWORK when the API could not be reached. */
  code: string;
  message: string;
  fields: FieldError[];
}

const GENERIC = 'Something went wrong on our side. Try again in a moment.';
const NETWORK = 'Could not reach Tandem. Check your connection and try again.';

interface RawError {
  message?: unknown;
  extensions?: { code?: unknown; fields?: unknown } | null;
}

function fromRaw(raw: RawError | undefined): ApiErrorInfo | null {
  if (!raw) return null;
  const code =
    typeof raw.extensions?.code === 'string' ? raw.extensions.code : 'INTERNAL_SERVER_ERROR';
  const fields = Array.isArray(raw.extensions?.fields)
    ? (raw.extensions.fields as unknown[]).filter(
        (f): f is FieldError =>
          typeof f === 'object' &&
          f !== null &&
          typeof (f as FieldError).field === 'string' &&
          typeof (f as FieldError).message === 'string',
      )
    : [];
  // Server errors are already worded for people, except unexpected ones.
  const message =
    code === 'INTERNAL_SERVER_ERROR' || typeof raw.message !== 'string' ? GENERIC : raw.message;
  return { code, message, fields };
}

/** Turns whatever Apollo or fetch threw into something safe to show (never raw JSON). */
export function describeApiError(error: unknown): ApiErrorInfo {
  if (CombinedGraphQLErrors.is(error)) {
    return (
      fromRaw(error.errors[0] as RawError) ?? {
        code: 'INTERNAL_SERVER_ERROR',
        message: GENERIC,
        fields: [],
      }
    );
  }
  if (ServerError.is(error)) {
    let raw: RawError | undefined;
    try {
      raw = (JSON.parse(error.bodyText) as { errors?: RawError[] }).errors?.[0];
    } catch {
      raw = undefined;
    }
    return fromRaw(raw) ?? { code: 'INTERNAL_SERVER_ERROR', message: GENERIC, fields: [] };
  }
  if (error instanceof TypeError) return { code: 'NETWORK', message: NETWORK, fields: [] };
  return { code: 'INTERNAL_SERVER_ERROR', message: GENERIC, fields: [] };
}

export function errorCode(error: unknown): string | null {
  return error ? describeApiError(error).code : null;
}

export interface FormErrorMapping {
  /** Messages for fields the form shows, keyed by form field name. */
  fieldErrors: Record<string, string>;
  /** What to show above the form: field errors for unknown fields, or the error itself. */
  formError: string | null;
}

/**
 * Splits an API error into per-field messages (for `form.setErrors`) and a form-level message.
 * `aliases` maps API field paths onto form field names, e.g. `{ 'input.email': 'email' }`.
 */
export function mapFormErrors(
  error: unknown,
  knownFields: readonly string[],
  aliases: Record<string, string> = {},
): FormErrorMapping {
  const info = describeApiError(error);
  const fieldErrors: Record<string, string> = {};
  const unknown: string[] = [];
  for (const { field, message } of info.fields) {
    const name = aliases[field] ?? field;
    if (knownFields.includes(name)) {
      fieldErrors[name] = fieldErrors[name] ? `${fieldErrors[name]} ${message}` : message;
    } else {
      unknown.push(message);
    }
  }
  let formError: string | null = null;
  if (unknown.length > 0) formError = unknown.join(' ');
  else if (Object.keys(fieldErrors).length === 0) formError = info.message;
  return { fieldErrors, formError };
}
