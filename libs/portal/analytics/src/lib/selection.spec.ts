import { describe, expect, it } from 'vitest';
import {
  EMPTY_SELECTION,
  isFiltered,
  readSelection,
  selectionInput,
  selectionParams,
  writeSelection,
} from './selection';

const TIER = '0b7c1a8e-1111-4c5e-9a3b-000000000001';
const TYPE = '0b7c1a8e-2222-4c5e-9a3b-000000000002';

describe('readSelection', () => {
  it('reads lists and drops unknown regions', () => {
    const s = readSelection(
      new URLSearchParams(`tierId=${TIER}&region=NA,EMEA,MARS&search=north&period=FY2026-Q4`),
    );
    expect(s).toEqual({
      tierIds: [TIER],
      regions: ['NA', 'EMEA'],
      typeIds: [],
      channelManagerId: null,
      search: 'north',
    });
  });

  it('is empty without parameters', () => {
    expect(readSelection(new URLSearchParams())).toEqual(EMPTY_SELECTION);
    expect(isFiltered(EMPTY_SELECTION)).toBe(false);
  });
});

describe('writeSelection', () => {
  it('sets and clears filters, leaving other parameters alone', () => {
    const params = new URLSearchParams(`period=FY2026-Q4&region=NA&search=x`);
    writeSelection(params, { regions: [], typeIds: [TYPE], search: '  ' });
    expect(params.toString()).toBe(`period=FY2026-Q4&typeId=${TYPE}`);
  });
});

describe('selectionParams and selectionInput', () => {
  const selection = {
    tierIds: [TIER],
    regions: ['APAC', 'NA'],
    typeIds: [],
    channelManagerId: 'cm-1',
    search: ' blue ',
  };

  it('writes the CSV parameters', () => {
    expect(selectionParams(selection)).toEqual({
      tierId: TIER,
      region: 'APAC,NA',
      channelManagerId: 'cm-1',
      search: 'blue',
    });
  });

  it('builds the GraphQL filter, or none for the whole channel', () => {
    expect(selectionInput(selection)).toEqual({
      tierIds: [TIER],
      regions: ['APAC', 'NA'],
      channelManagerId: 'cm-1',
      search: 'blue',
    });
    expect(selectionInput(EMPTY_SELECTION)).toBeUndefined();
    expect(selectionInput({ ...EMPTY_SELECTION, search: '   ' })).toBeUndefined();
  });
});
