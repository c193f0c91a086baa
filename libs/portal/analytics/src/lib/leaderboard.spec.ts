import { Metric, METRIC_LIST } from '@tandem/shared-domain';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_COLUMNS,
  DEFAULT_SORT,
  nextSort,
  parseColumns,
  parseSort,
  serializeColumns,
} from './leaderboard';

describe('columns', () => {
  it('starts with the default subset', () => {
    expect(parseColumns(null)).toEqual([...DEFAULT_COLUMNS]);
    expect(parseColumns('NOPE,')).toEqual([...DEFAULT_COLUMNS]);
    expect(DEFAULT_COLUMNS).toContain(Metric.REVENUE_WON);
  });

  it('reads chosen columns in metric order, ignoring unknown ones', () => {
    expect(parseColumns('WIN_RATE,NOPE,LEADS_RECEIVED')).toEqual([
      Metric.LEADS_RECEIVED,
      Metric.WIN_RATE,
    ]);
  });

  it('writes nothing for the defaults and a list otherwise', () => {
    expect(serializeColumns([...DEFAULT_COLUMNS].reverse())).toBe('');
    expect(serializeColumns([Metric.WIN_RATE, Metric.SQLS])).toBe('SQLS,WIN_RATE');
    expect(parseColumns(serializeColumns(METRIC_LIST))).toEqual([...METRIC_LIST]);
  });
});

describe('sorting', () => {
  it('defaults to revenue won, highest first', () => {
    expect(parseSort(null, null)).toEqual(DEFAULT_SORT);
    expect(parseSort('NOPE', 'false')).toEqual(DEFAULT_SORT);
    expect(parseSort('WIN_RATE', 'false')).toEqual({ sort: Metric.WIN_RATE, descending: false });
    expect(parseSort('WIN_RATE', null)).toEqual({ sort: Metric.WIN_RATE, descending: true });
  });

  it('flips the sorted column and starts others with the best on top', () => {
    expect(nextSort(DEFAULT_SORT, Metric.REVENUE_WON)).toEqual({
      sort: Metric.REVENUE_WON,
      descending: false,
    });
    expect(nextSort(DEFAULT_SORT, Metric.SQLS)).toEqual({ sort: Metric.SQLS, descending: true });
    expect(nextSort(DEFAULT_SORT, Metric.AVERAGE_HOURS_TO_ACCEPT)).toEqual({
      sort: Metric.AVERAGE_HOURS_TO_ACCEPT,
      descending: false,
    });
  });
});
