import { LeadHandoff, LeadStage, OfferStatus, Role } from '@tandem/shared-domain';
import { describe, expect, it } from 'vitest';
import {
  canPickRep,
  defaultLeadTab,
  leadActions,
  leadTabsFor,
  type LeadActionState,
  type LeadViewer,
} from './lead-access';

const P1 = 'partner-1';
const vendorAdmin: LeadViewer = { id: 'va', role: Role.VENDOR_ADMIN, partnerId: null };
const channelManager: LeadViewer = { id: 'cm', role: Role.CHANNEL_MANAGER, partnerId: null };
const vendorMarketer: LeadViewer = { id: 'vm', role: Role.VENDOR_MARKETER, partnerId: null };
const partnerAdmin: LeadViewer = { id: 'pa', role: Role.PARTNER_ADMIN, partnerId: P1 };
const partnerMarketer: LeadViewer = { id: 'pm', role: Role.PARTNER_MARKETER, partnerId: P1 };
const rep: LeadViewer = { id: 'rep', role: Role.PARTNER_SALES_REP, partnerId: P1 };
const otherRep: LeadViewer = { id: 'rep2', role: Role.PARTNER_SALES_REP, partnerId: P1 };

const offered: LeadActionState = {
  stage: LeadStage.MQL,
  handoff: LeadHandoff.OFFERED,
  originPartnerId: null,
  partnerId: P1,
  assignedUserId: 'rep',
  currentOffer: { status: OfferStatus.PENDING, partnerId: P1, userId: 'rep' },
};
const accepted: LeadActionState = {
  ...offered,
  stage: LeadStage.SQL,
  handoff: LeadHandoff.ACCEPTED,
  currentOffer: { status: OfferStatus.ACCEPTED, partnerId: P1, userId: 'rep', contactedAt: null },
};
const pool: LeadActionState = {
  stage: LeadStage.LEAD,
  handoff: LeadHandoff.POOL,
  originPartnerId: null,
  partnerId: null,
  assignedUserId: null,
  currentOffer: null,
};

describe('leadTabsFor', () => {
  const values = (v: LeadViewer) => leadTabsFor(v).map((t) => t.value);

  it('gives vendor staff the pool and the manual queue', () => {
    for (const v of [vendorAdmin, channelManager, vendorMarketer])
      expect(values(v)).toEqual(['inbox', 'working', 'all', 'pool', 'manual']);
  });

  it('gives partner admins and marketers the partner queue, and reps only their own lists', () => {
    expect(values(partnerAdmin)).toEqual(['inbox', 'working', 'all', 'partner-queue']);
    expect(values(partnerMarketer)).toEqual(['inbox', 'working', 'all', 'partner-queue']);
    expect(values(rep)).toEqual(['inbox', 'working', 'all']);
    expect(leadTabsFor(rep)[0].description).toMatch(/offered to you/);
  });

  it('opens the inbox for people who answer offers and every lead for the rest', () => {
    expect(defaultLeadTab(rep)).toBe('inbox');
    expect(defaultLeadTab(partnerAdmin)).toBe('inbox');
    expect(defaultLeadTab(partnerMarketer)).toBe('all');
    expect(defaultLeadTab(vendorMarketer)).toBe('all');
  });
});

describe('leadActions', () => {
  it('lets the rep an offer went to accept or reject it, and no one else on their side', () => {
    expect(leadActions(offered, rep)).toMatchObject({ accept: true, reject: true });
    expect(leadActions(offered, otherRep)).toMatchObject({ accept: false, reject: false });
    // The partner admin answers for the partner; the marketer does not work leads.
    expect(leadActions(offered, partnerAdmin)).toMatchObject({ accept: true, reject: true });
    expect(leadActions(offered, partnerMarketer)).toMatchObject({ accept: false });
    expect(leadActions(offered, vendorAdmin)).toMatchObject({ accept: false, reject: false });
  });

  it('does not offer stage moves or contact before the lead is accepted', () => {
    expect(leadActions(offered, rep)).toMatchObject({ markContacted: false, moveTo: [] });
  });

  it('lets the rep working an accepted lead record contact and move it', () => {
    const a = leadActions(accepted, rep);
    expect(a.accept).toBe(false);
    expect(a.markContacted).toBe(true);
    expect(a.moveTo).toEqual([LeadStage.OPPORTUNITY, LeadStage.DISQUALIFIED, LeadStage.RECYCLED]);
    expect(leadActions(accepted, otherRep).moveTo).toEqual([]);
    const contacted = {
      ...accepted,
      currentOffer: {
        status: OfferStatus.ACCEPTED,
        partnerId: P1,
        userId: 'rep',
        contactedAt: '2026-03-02T10:00:00Z',
      },
    };
    expect(leadActions(contacted, rep).markContacted).toBe(false);
  });

  it('lets partner marketers reassign their leads but leaves stage moves to those who work them', () => {
    expect(leadActions(accepted, partnerMarketer)).toMatchObject({ assign: true, moveTo: [] });
    expect(leadActions(accepted, rep).moveTo).toContain(LeadStage.OPPORTUNITY);
    expect(leadActions(accepted, rep).assign).toBe(false);
  });

  it('lets only the organisation that sourced a lead edit it', () => {
    // `accepted` is a vendor lead held by the viewer's partner.
    expect(leadActions(accepted, rep).edit).toBe(false);
    expect(leadActions(accepted, partnerMarketer).edit).toBe(false);
    expect(leadActions({ ...accepted, originPartnerId: P1 }, partnerMarketer).edit).toBe(true);
    expect(leadActions(accepted, vendorAdmin).edit).toBe(true);
    expect(leadActions({ ...accepted, originPartnerId: P1 }, vendorAdmin).edit).toBe(false);
  });

  it('leaves partner-held leads to the partner, but lets vendor staff reassign vendor leads', () => {
    expect(leadActions(accepted, channelManager)).toMatchObject({
      moveTo: [],
      assign: true,
      routeNow: false,
    });
    expect(leadActions({ ...accepted, originPartnerId: P1 }, channelManager).assign).toBe(false);
    expect(leadActions(accepted, vendorMarketer).assign).toBe(false);
  });

  it('lets vendor staff with assign rights route, assign and disqualify pool leads', () => {
    expect(leadActions(pool, channelManager)).toMatchObject({
      routeNow: true,
      assign: true,
      moveTo: [LeadStage.DISQUALIFIED],
    });
    expect(leadActions({ ...pool, handoff: LeadHandoff.MANUAL }, vendorAdmin).routeNow).toBe(true);
    expect(leadActions(pool, vendorMarketer)).toMatchObject({
      routeNow: false,
      assign: false,
      moveTo: [],
      edit: true,
    });
  });

  it('closes routing and assignment once a lead is won, lost or disqualified', () => {
    const closed = { ...pool, stage: LeadStage.DISQUALIFIED, handoff: LeadHandoff.CLOSED };
    expect(leadActions(closed, vendorAdmin)).toMatchObject({
      routeNow: false,
      assign: false,
      moveTo: [LeadStage.RECYCLED],
    });
  });
});

describe('canPickRep', () => {
  it('is for partner admins and marketers only', () => {
    expect(canPickRep(partnerMarketer)).toBe(true);
    expect(canPickRep(partnerAdmin)).toBe(true);
    expect(canPickRep(rep)).toBe(false);
    expect(canPickRep(vendorMarketer)).toBe(false);
  });
});
