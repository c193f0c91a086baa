import { AssetType, FunnelStage } from '@tandem/shared-domain';
import { describe, expect, it } from 'vitest';
import { assetAvailability } from './asset-status';
import {
  buildUploadMetadata,
  emptyAssetValues,
  isTemplateFile,
  isoToLocal,
  titleFromFileName,
  validateAssetForm,
} from './asset-form';
import { parseUploadError } from './upload';

describe('buildUploadMetadata', () => {
  it('trims text, turns empty choices into null and local times into ISO instants', () => {
    const metadata = JSON.parse(
      buildUploadMetadata({
        ...emptyAssetValues(),
        title: '  Audit battlecard ',
        description: ' For audit season ',
        type: AssetType.BATTLECARD,
        personaIds: ['p1'],
        funnelStage: FunnelStage.MQL,
        minTierId: '',
        publishAt: '2026-03-01T09:30',
        expiresAt: '',
      }),
    );
    expect(metadata).toEqual({
      title: 'Audit battlecard',
      description: 'For audit season',
      type: 'BATTLECARD',
      personaIds: ['p1'],
      funnelStage: 'MQL',
      minTierId: null,
      publishAt: new Date('2026-03-01T09:30').toISOString(),
      expiresAt: null,
    });
  });

  it('round-trips local date-times', () => {
    const iso = new Date('2026-05-04T08:15').toISOString();
    expect(isoToLocal(iso)).toBe('2026-05-04T08:15');
    expect(isoToLocal(null)).toBe('');
  });
});

describe('validateAssetForm', () => {
  it('needs a title, an http(s) link for links and an expiry after publication', () => {
    const errors = validateAssetForm(
      {
        ...emptyAssetValues(),
        title: 'x',
        url: 'ftp://example.com',
        publishAt: '2026-03-02T00:00',
        expiresAt: '2026-03-01T00:00',
      },
      'link',
    );
    expect(Object.keys(errors).sort()).toEqual(['expiresAt', 'title', 'url']);
    expect(validateAssetForm({ ...emptyAssetValues(), title: 'Deck' }, 'file')).toEqual({});
  });
});

describe('file helpers', () => {
  it('recognises merge-field templates and suggests titles', () => {
    expect(isTemplateFile('invite.HTML')).toBe(true);
    expect(isTemplateFile('deck.pptx')).toBe(false);
    expect(titleFromFileName('audit-readiness_battlecard.pdf')).toBe('Audit readiness battlecard');
  });
});

describe('assetAvailability', () => {
  const now = new Date('2026-03-10T12:00:00Z');
  it('tells unpublished, scheduled, live and expired apart', () => {
    expect(assetAvailability({ publishAt: null }, now)).toBe('unpublished');
    expect(assetAvailability({ publishAt: '2026-04-01T00:00:00Z' }, now)).toBe('scheduled');
    expect(assetAvailability({ publishAt: '2026-03-01T00:00:00Z' }, now)).toBe('live');
    expect(
      assetAvailability(
        { publishAt: '2026-03-01T00:00:00Z', expiresAt: '2026-03-05T00:00:00Z' },
        now,
      ),
    ).toBe('expired');
  });
});

describe('parseUploadError', () => {
  it('keeps the API message and field errors', () => {
    const error = parseUploadError(
      400,
      JSON.stringify({
        errors: [
          {
            message: 'This file type is not allowed.',
            extensions: {
              code: 'BAD_USER_INPUT',
              fields: [{ field: 'file', message: 'This file type is not allowed.' }],
            },
          },
        ],
      }),
    );
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.fields).toEqual([{ field: 'file', message: 'This file type is not allowed.' }]);
  });
  it('never shows raw bodies', () => {
    expect(parseUploadError(500, '<html>oops</html>').message).not.toMatch(/html/);
    expect(parseUploadError(413, '').code).toBe('PAYLOAD_TOO_LARGE');
  });
});
