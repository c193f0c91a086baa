import { Metric } from '@tandem/shared-domain';
import { describe, expect, it } from 'vitest';
import { checkTarget, targetAffix, targetExample, targetHint } from './targets';

describe('checkTarget', () => {
  it('reads rates as percentages', () => {
    expect(checkTarget(Metric.WIN_RATE, '35%')).toEqual({ ok: true, target: '0.35' });
    expect(checkTarget(Metric.WIN_RATE, '35')).toEqual({ ok: true, target: '0.35' });
    expect(checkTarget(Metric.SLA_COMPLIANCE, '85.5 %')).toEqual({ ok: true, target: '0.855' });
  });

  it('refuses rates above 100%', () => {
    expect(checkTarget(Metric.WIN_RATE, '120%')).toEqual({
      ok: false,
      error: 'Enter a percentage between 0% and 100%.',
    });
  });

  it('reads money with separators and a currency sign', () => {
    expect(checkTarget(Metric.REVENUE_WON, '$120,000')).toEqual({ ok: true, target: '120000' });
    expect(checkTarget(Metric.REVENUE_WON, '120000.505')).toEqual({
      ok: false,
      error: 'Amounts have at most two decimals.',
    });
  });

  it('wants whole numbers for counts', () => {
    expect(checkTarget(Metric.LEADS_RECEIVED, '1,200')).toEqual({ ok: true, target: '1200' });
    expect(checkTarget(Metric.LEADS_RECEIVED, '2.5')).toEqual({
      ok: false,
      error: 'Leads received is counted in whole numbers.',
    });
  });

  it('wants times above zero', () => {
    expect(checkTarget(Metric.AVERAGE_HOURS_TO_ACCEPT, '0')).toEqual({
      ok: false,
      error: 'Enter a time above zero.',
    });
    expect(checkTarget(Metric.AVERAGE_SALES_CYCLE_DAYS, '45')).toEqual({ ok: true, target: '45' });
  });

  it('explains empty, missing-metric and non-numeric input', () => {
    expect(checkTarget(Metric.SQLS, '  ')).toEqual({ ok: false, error: 'Enter a target.' });
    expect(checkTarget(null, '5')).toEqual({ ok: false, error: 'Choose a metric first.' });
    expect(checkTarget(Metric.SQLS, 'lots')).toEqual({
      ok: false,
      error: 'Enter a number: a whole number, e.g. 20.',
    });
  });

  it('refuses numbers the API cannot store', () => {
    expect(checkTarget(Metric.WIN_LOSS_RATIO, '1.23456')).toEqual({
      ok: false,
      error: 'Use at most 12 digits and 4 decimals.',
    });
    expect(checkTarget(Metric.LEADS_RECEIVED, '1234567890123')).toEqual({
      ok: false,
      error: 'Use at most 12 digits and 4 decimals.',
    });
  });
});

describe('targetHint and targetAffix', () => {
  it('says what to type and marks ceilings', () => {
    expect(targetHint(Metric.WIN_RATE)).toBe('A percentage, e.g. 35%');
    expect(targetHint(Metric.AVERAGE_HOURS_TO_ACCEPT)).toBe(
      'Hours, e.g. 4; lower is better, so this is a ceiling',
    );
    expect(targetHint(null)).toBe('Choose a metric first');
  });

  it('puts the unit beside the field', () => {
    expect(targetAffix(Metric.WIN_RATE)).toEqual({ right: '%' });
    expect(targetAffix(Metric.REVENUE_WON)).toEqual({ left: '$' });
    expect(targetAffix(Metric.SQLS)).toEqual({});
    expect(targetAffix(null)).toEqual({});
  });
});

describe('targetExample', () => {
  it('gives a placeholder in the unit people type', () => {
    expect(targetExample(Metric.MQL_TO_SQL_RATE)).toBe('e.g. 35%');
    expect(targetExample(Metric.REVENUE_WON)).toBe('e.g. 120000');
    expect(targetExample(null)).toBe('Choose a metric');
  });
});
