import { describe, expect, it } from 'vitest';
import { emptyKitValues, moveItem, toKitInput, validateKitForm } from './kit-form';

describe('toKitInput', () => {
  it('splits talking points by line, drops blanks and sends null for no persona', () => {
    const input = toKitInput({
      ...emptyKitValues(),
      name: ' Audit kit ',
      talkingPoints: 'First point\n\n  Second point  \n',
      assetIds: ['a', 'b'],
    });
    expect(input).toEqual({
      name: 'Audit kit',
      description: '',
      talkingPoints: ['First point', 'Second point'],
      personaId: null,
      campaignId: null,
      assetIds: ['a', 'b'],
    });
  });
  it('sends id and version when editing', () => {
    expect(toKitInput(emptyKitValues(), { id: 'k1', version: 3 })).toMatchObject({
      id: 'k1',
      version: 3,
    });
  });
});

describe('moveItem', () => {
  it('moves up and down and ignores moves past the ends', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
  });
});

describe('validateKitForm', () => {
  it('needs a name and at least one asset', () => {
    expect(Object.keys(validateKitForm(emptyKitValues())).sort()).toEqual(['assetIds', 'name']);
  });
});
