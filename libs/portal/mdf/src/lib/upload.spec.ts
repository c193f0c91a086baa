import { describe, expect, it } from 'vitest';
import { formatFileSize, parseProofUploadError } from './upload';
import { proofFileHref, proofUploadUrl, requestHref, budgetsHref, newRequestHref } from './links';

describe('proof uploads', () => {
  it('reads the API’s words from an error body', () => {
    const body = JSON.stringify({
      errors: [
        {
          message: 'Invalid input',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [{ field: 'file', message: 'Files of this type cannot be uploaded.' }],
          },
        },
      ],
    });
    expect(parseProofUploadError(400, body)).toMatchObject({
      message: 'Files of this type cannot be uploaded.',
      code: 'BAD_USER_INPUT',
    });
    expect(
      parseProofUploadError(
        409,
        JSON.stringify({
          errors: [
            {
              message: 'Proof can be added while the claim is open.',
              extensions: { code: 'CONFLICT' },
            },
          ],
        }),
      ).message,
    ).toBe('Proof can be added while the claim is open.');
  });

  it('never shows raw or unexpected errors', () => {
    expect(parseProofUploadError(413, '<html>').message).toBe('The file is too large to upload.');
    expect(
      parseProofUploadError(
        500,
        JSON.stringify({
          errors: [{ message: 'db exploded', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
        }),
      ).message,
    ).not.toContain('db exploded');
  });

  it('sizes files the way people read them', () => {
    expect(formatFileSize(15)).toBe('15 B');
    expect(formatFileSize(1536)).toBe('1.5 KB');
  });
});

describe('links', () => {
  it('builds the area’s addresses', () => {
    expect(budgetsHref('FY2026-Q4')).toBe('/funds?period=FY2026-Q4');
    expect(budgetsHref()).toBe('/funds');
    expect(newRequestHref('b 1')).toBe('/funds/requests/new?budget=b+1');
    expect(requestHref('r1')).toBe('/funds/requests/r1');
    expect(proofUploadUrl('c1')).toBe('/api/mdf/claims/c1/files');
    expect(proofFileHref('f1')).toBe('/api/mdf/files/f1');
  });
});
