import { describe, expect, it } from '@jest/globals';
import { fillMergeFields, hasMergeFields } from './cobrand';
import { safeFileName, typeFor } from './file-rules';

const values = {
  'partner.name': 'Smith & Sons',
  'partner.website': 'https://smith.example',
  'partner.logoUrl': '',
  'user.name': 'Sue',
  'user.email': 'sue@smith.example',
};

describe('content rules', () => {
  it('checks a file’s first bytes against its extension', () => {
    expect(typeFor('deck.PPTX')?.matches(Buffer.from('PK\x03\x04rest'))).toBe(true);
    expect(typeFor('report.pdf')?.matches(Buffer.from('PK\x03\x04'))).toBe(false);
    expect(typeFor('mail.html')?.matches(Buffer.from('<p>Grüße</p>'))).toBe(true);
    expect(typeFor('mail.html')?.matches(Buffer.from([0x3c, 0x00, 0x70]))).toBe(false);
    expect(typeFor('setup.exe')).toBeUndefined();
  });

  it('makes names safe for headers and archives', () => {
    expect(safeFileName('../../etc/passwd')).toBe('-..-etc-passwd');
    expect(safeFileName('a\u0000b\nc.pdf')).toBe('a-b-c.pdf');
    expect(safeFileName('')).toBe('file');
  });

  it('fills known merge fields, escaping for HTML, and leaves the rest', () => {
    expect(hasMergeFields('Hi {{ user.name }}')).toBe(true);
    expect(hasMergeFields('Hi {{ nobody.knows }}')).toBe(false);
    expect(fillMergeFields('<b>{{partner.name}}</b> {{x.y}}', values, true)).toBe(
      '<b>Smith &amp; Sons</b> {{x.y}}',
    );
    expect(fillMergeFields('{{partner.name}} / {{user.email}}', values, false)).toBe(
      'Smith & Sons / sue@smith.example',
    );
  });
});
