import { LeadHandoff, LeadStage, OfferStatus } from '@tandem/shared-domain';
import { describe, expect, it } from 'vitest';
import { holderLabel, leadStatusLine, percent, stageShortLabel } from './lead-status';

describe('leadStatusLine', () => {
  it('names the partner and rep an offer waits on', () => {
    expect(
      leadStatusLine({
        stage: LeadStage.MQL,
        handoff: LeadHandoff.OFFERED,
        partnerName: 'Northwind Systems',
        currentOffer: {
          status: OfferStatus.PENDING,
          partnerName: 'Northwind Systems',
          userName: 'Marco Berg',
        },
      }),
    ).toBe('Offered to Northwind Systems (Marco Berg), waiting for an answer.');
  });

  it('explains the vendor queues and closed leads', () => {
    expect(leadStatusLine({ stage: LeadStage.LEAD, handoff: LeadHandoff.POOL })).toMatch(
      /once it meets the MQL criteria/,
    );
    expect(leadStatusLine({ stage: LeadStage.MQL, handoff: LeadHandoff.MANUAL })).toMatch(
      /assigns it by hand/,
    );
    expect(leadStatusLine({ stage: LeadStage.LOST, handoff: LeadHandoff.CLOSED })).toBe(
      'Closed as lost.',
    );
    expect(
      leadStatusLine({ stage: LeadStage.DISQUALIFIED, handoff: LeadHandoff.CLOSED, spam: true }),
    ).toBe('Closed: rejected as spam.');
  });
});

describe('formatting', () => {
  it('formats holders, short stage names and rates', () => {
    expect(holderLabel('Bluepeak Solutions', null)).toBe('Bluepeak Solutions');
    expect(stageShortLabel(LeadStage.SQL)).toBe('SQL');
    expect(stageShortLabel(LeadStage.OPPORTUNITY)).toBe('Opportunity');
    expect(percent(0.6667)).toBe('67%');
  });
});
