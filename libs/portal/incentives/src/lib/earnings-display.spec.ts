import { Metric } from '@tandem/shared-domain';
import { describe, expect, it } from 'vitest';
import {
  attainmentLabel,
  attainmentScale,
  earningsHeadline,
  earningsNotes,
  measureValue,
  toTargetLine,
} from './earnings-display';

const RULE = { thresholdPercent: 80, capPercent: 150 };
const LIVE = {
  earned: '3200.00',
  toTarget: '1800.00',
  atTarget: '5000.00',
  pool: '5000.00',
  attainment: 0.64,
  factor: 0.64,
  frozen: false,
};

describe('earningsHeadline', () => {
  it('says what was earned so far and what 100% adds', () => {
    expect(earningsHeadline(LIVE, RULE)).toEqual({
      lead: 'You have earned ',
      amount: '$3,200',
      tail: ' so far; $1,800 more at 100%.',
    });
  });

  it('says when 100% or the cap is reached', () => {
    const past = { ...LIVE, earned: '6000.00', toTarget: '0.00', attainment: 1.2, factor: 1.2 };
    expect(earningsHeadline(past, RULE).tail).toBe(
      ' so far: past 100%, it keeps growing up to the 150% cap.',
    );
    const capped = { ...past, earned: '7500.00', attainment: 1.7, factor: 1.5 };
    expect(earningsHeadline(capped, RULE).tail).toBe(
      ' so far, the most this plan pays (the 150% cap).',
    );
  });

  it('speaks in the past once frozen', () => {
    expect(earningsHeadline({ ...LIVE, frozen: true }, RULE)).toEqual({
      lead: 'You earned ',
      amount: '$3,200',
      tail: ' this period.',
    });
  });
});

describe('earningsNotes', () => {
  it('explains an empty pool and a missed threshold', () => {
    expect(
      earningsNotes(
        { ...LIVE, pool: '0.00', earned: '0.00', toTarget: '0.00', factor: 0, attainment: 0.5 },
        { ...RULE, poolText: '5% of revenue won' },
      ),
    ).toEqual([
      'No pool yet: it is 5% of revenue won, and there is none so far this period.',
      'Payouts start at 80% attainment; you are at 50%.',
    ]);
    expect(earningsNotes({ ...LIVE, factor: 0.9 }, { ...RULE, poolText: 'x' })).toEqual([]);
  });
});

describe('attainmentScale', () => {
  it('puts threshold, 100% and the cap on a bar from 0 to the cap', () => {
    expect(attainmentScale(0.9, RULE)).toEqual({
      value: 60,
      tone: 'paying',
      markers: [
        { key: 'threshold', label: '80%', position: 53.3 },
        { key: 'target', label: '100%', position: 66.7 },
        { key: 'cap', label: '150% cap', position: 100 },
      ],
    });
  });

  it('fills the bar beyond the cap and says when below the threshold', () => {
    expect(attainmentScale(2, RULE).value).toBe(100);
    expect(attainmentScale(2, RULE).tone).toBe('target');
    expect(attainmentScale(0.5, RULE).tone).toBe('below');
  });

  it('merges 100% and the cap, and leaves out a zero threshold', () => {
    expect(attainmentScale(0.5, { thresholdPercent: 0, capPercent: 100 }).markers).toEqual([
      { key: 'target', label: '100% cap', position: 100 },
    ]);
  });

  it('reads out for screen readers', () => {
    expect(attainmentLabel(0.923, RULE)).toBe('Attainment 92%: pays from 80%, capped at 150%');
  });
});

describe('measureValue', () => {
  it('shows actual against the goal', () => {
    expect(measureValue(Metric.REVENUE_WON, '90000.00', '200000')).toBe('$90,000 of $200,000');
    expect(measureValue(Metric.SLA_COMPLIANCE, '0.9', '0.85')).toBe('90% of 85%');
    expect(measureValue(Metric.AVERAGE_HOURS_TO_ACCEPT, '4.2', '6')).toBe(
      '4.2 h · target at most 6 h',
    );
  });

  it('says a missing goal counts as 0', () => {
    expect(measureValue(Metric.SQLS, '12', null)).toBe('12 · no goal set, counts as 0');
  });
});

describe('toTargetLine', () => {
  it('points to 100%', () => {
    expect(toTargetLine(LIVE)).toBe('$1,800 more at 100% · now at 64%');
    expect(toTargetLine({ ...LIVE, toTarget: '0.00', attainment: 1.1 })).toBe(
      '100% reached · now at 110%',
    );
    expect(toTargetLine({ ...LIVE, pool: '0.00', attainment: 0 })).toBe('No pool yet · now at 0%');
  });
});
