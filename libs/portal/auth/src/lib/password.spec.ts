import { describe, expect, it } from 'vitest';
import { passwordSchema, safeNextPath } from './password';

describe('passwordSchema', () => {
  it.each([
    ['short1!', false],
    ['onlyletterslong', false],
    ['1234567890123', false],
    ['letters-and-symbols', true],
    ['tandem-demo-2026', true],
  ])('%s → %s', (value, ok) => {
    expect(passwordSchema.safeParse(value).success).toBe(ok);
  });
});

describe('safeNextPath', () => {
  it('keeps same-site paths and refuses others', () => {
    expect(safeNextPath('/partners?tier=1')).toBe('/partners?tier=1');
    expect(safeNextPath('//evil.example')).toBe('/');
    expect(safeNextPath('https://evil.example')).toBe('/');
    expect(safeNextPath(null)).toBe('/');
  });
});
