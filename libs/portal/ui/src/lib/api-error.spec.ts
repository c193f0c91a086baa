import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { describeApiError, mapFormErrors } from './api-error';

const graphQLError = (message: string, extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ errors: [{ message, extensions }], data: null });

describe('mapFormErrors', () => {
  it('puts BAD_USER_INPUT field messages next to the matching form fields', () => {
    const error = graphQLError(
      'Tier name must be 2 to 60 characters. Rank must be between 0 and 1000.',
      {
        code: 'BAD_USER_INPUT',
        fields: [
          { field: 'name', message: 'Tier name must be 2 to 60 characters.' },
          { field: 'rank', message: 'Rank must be between 0 and 1000.' },
        ],
      },
    );
    expect(mapFormErrors(error, ['name', 'rank', 'description'])).toEqual({
      fieldErrors: {
        name: 'Tier name must be 2 to 60 characters.',
        rank: 'Rank must be between 0 and 1000.',
      },
      formError: null,
    });
  });

  it('shows messages for fields the form does not have as a form-level error', () => {
    const error = graphQLError('Bad', {
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'email', message: 'Email is taken.' },
        { field: 'token', message: 'This invitation link is not valid any more.' },
      ],
    });
    expect(mapFormErrors(error, ['email'])).toEqual({
      fieldErrors: { email: 'Email is taken.' },
      formError: 'This invitation link is not valid any more.',
    });
  });

  it('maps aliased API paths and joins several messages for one field', () => {
    const error = graphQLError('Bad', {
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'websiteDomains.0', message: 'First domain is invalid.' },
        { field: 'websiteDomains.1', message: 'Second domain is invalid.' },
      ],
    });
    const mapped = mapFormErrors(error, ['websiteDomains'], {
      'websiteDomains.0': 'websiteDomains',
      'websiteDomains.1': 'websiteDomains',
    });
    expect(mapped.fieldErrors).toEqual({
      websiteDomains: 'First domain is invalid. Second domain is invalid.',
    });
  });

  it('uses the error message itself when there are no field details', () => {
    const error = graphQLError('Someone else changed this partner.', { code: 'CONFLICT' });
    expect(mapFormErrors(error, ['name'])).toEqual({
      fieldErrors: {},
      formError: 'Someone else changed this partner.',
    });
  });
});

describe('describeApiError', () => {
  it('never shows internal error text', () => {
    const info = describeApiError(
      graphQLError('QueryFailedError: invalid input syntax for type uuid', {
        code: 'INTERNAL_SERVER_ERROR',
      }),
    );
    expect(info.code).toBe('INTERNAL_SERVER_ERROR');
    expect(info.message).not.toMatch(/uuid|QueryFailed/);
  });

  it('explains network failures in words', () => {
    expect(describeApiError(new TypeError('Failed to fetch')).code).toBe('NETWORK');
  });
});
