import { DealStatus, ExtensionPolicy, ExtensionStatus, Role } from '@tandem/shared-domain';
import { describe, expect, it } from 'vitest';
import {
  dealActions,
  dealTabsFor,
  defaultDealTab,
  extensionAllowed,
  type DealActionState,
  type DealViewer,
} from './deal-access';

const P1 = 'partner-1';
const vendorAdmin: DealViewer = { id: 'va', role: Role.VENDOR_ADMIN, partnerId: null };
const channelManager: DealViewer = { id: 'cm', role: Role.CHANNEL_MANAGER, partnerId: null };
const partnerAdmin: DealViewer = { id: 'pa', role: Role.PARTNER_ADMIN, partnerId: P1 };
const rep: DealViewer = { id: 'rep', role: Role.PARTNER_SALES_REP, partnerId: P1 };
const otherRep: DealViewer = { id: 'rep2', role: Role.PARTNER_SALES_REP, partnerId: P1 };
const otherPartnerAdmin: DealViewer = { id: 'pa2', role: Role.PARTNER_ADMIN, partnerId: 'p2' };

const deal = (status: DealStatus, extra: Partial<DealActionState> = {}): DealActionState => ({
  status,
  partnerId: P1,
  registeredByUserId: 'rep',
  extensionsGranted: 0,
  extensions: [],
  ...extra,
});
const unlimited = { extensionPolicy: ExtensionPolicy.UNLIMITED };
const enabled = (a: ReturnType<typeof dealActions>) =>
  Object.entries(a)
    .filter(([, v]) => v)
    .map(([k]) => k)
    .sort();

describe('dealTabsFor', () => {
  it('gives partner staff one list of their own deals', () => {
    expect(dealTabsFor(rep).map((t) => t.value)).toEqual(['mine']);
    expect(dealTabsFor(rep)[0]?.description).toMatch(/^Deals you registered/);
    expect(dealTabsFor(partnerAdmin)[0]?.description).toMatch(/your organisation/);
  });

  it('starts approvers in the approval queue', () => {
    expect(dealTabsFor(channelManager).map((t) => t.view)).toEqual(['QUEUE', 'ALL']);
    expect(dealTabsFor(vendorAdmin).map((t) => t.label)).toEqual([
      'Approval queue',
      'All registrations',
    ]);
    expect(defaultDealTab(channelManager)).toBe('queue');
    expect(defaultDealTab(rep)).toBe('mine');
  });
});

describe('dealActions', () => {
  it('lets approvers decide submitted registrations only', () => {
    for (const viewer of [vendorAdmin, channelManager]) {
      expect(enabled(dealActions(deal(DealStatus.SUBMITTED), viewer))).toEqual([
        'approve',
        'markDuplicate',
        'reject',
      ]);
      expect(enabled(dealActions(deal(DealStatus.APPROVED), viewer))).toEqual([]);
    }
  });

  it('never lets partner staff decide', () => {
    const a = dealActions(deal(DealStatus.SUBMITTED), partnerAdmin);
    expect(a.approve || a.reject || a.markDuplicate).toBe(false);
    expect(a.withdraw).toBe(true);
  });

  it('gives the registrant submit and edit on drafts', () => {
    expect(enabled(dealActions(deal(DealStatus.DRAFT), rep))).toEqual(['editDraft', 'submit']);
    expect(enabled(dealActions(deal(DealStatus.DRAFT), channelManager))).toEqual([]);
  });

  it('lets the registrant withdraw while the registration is active', () => {
    expect(dealActions(deal(DealStatus.SUBMITTED), rep).withdraw).toBe(true);
    expect(dealActions(deal(DealStatus.APPROVED), rep).withdraw).toBe(true);
    for (const status of [DealStatus.REJECTED, DealStatus.WON, DealStatus.EXPIRED])
      expect(dealActions(deal(status), rep).withdraw).toBe(false);
  });

  it('offers won, lost and an extension on approved registrations', () => {
    expect(enabled(dealActions(deal(DealStatus.APPROVED), partnerAdmin, unlimited))).toEqual([
      'closeLost',
      'closeWon',
      'requestExtension',
      'withdraw',
    ]);
  });

  it('keeps other reps and other partners out', () => {
    expect(enabled(dealActions(deal(DealStatus.APPROVED), otherRep, unlimited))).toEqual([]);
    expect(enabled(dealActions(deal(DealStatus.APPROVED), otherPartnerAdmin, unlimited))).toEqual(
      [],
    );
  });

  it('asks for one extension at a time, as the program allows', () => {
    const pending = deal(DealStatus.APPROVED, {
      extensions: [{ status: ExtensionStatus.PENDING }],
    });
    expect(dealActions(pending, rep, unlimited).requestExtension).toBe(false);
    expect(dealActions(pending, channelManager).decideExtension).toBe(true);
    expect(dealActions(pending, rep).decideExtension).toBe(false);
    const once = { extensionPolicy: ExtensionPolicy.ONCE };
    expect(dealActions(deal(DealStatus.APPROVED), rep, once).requestExtension).toBe(true);
    const extended = deal(DealStatus.APPROVED, { extensionsGranted: 1 });
    expect(dealActions(extended, rep, once).requestExtension).toBe(false);
    expect(dealActions(extended, rep, unlimited).requestExtension).toBe(true);
    // Until the program's rule is known, nothing is offered.
    expect(dealActions(deal(DealStatus.APPROVED), rep).requestExtension).toBe(false);
  });
});

describe('extensionAllowed', () => {
  it('follows the program’s extension policy', () => {
    expect(extensionAllowed({ extensionPolicy: ExtensionPolicy.NONE }, 0)).toBe(false);
    expect(extensionAllowed({ extensionPolicy: ExtensionPolicy.ONCE }, 0)).toBe(true);
    expect(extensionAllowed({ extensionPolicy: ExtensionPolicy.ONCE }, 1)).toBe(false);
    expect(extensionAllowed({ extensionPolicy: ExtensionPolicy.UNLIMITED }, 5)).toBe(true);
    expect(extensionAllowed(null, 0)).toBe(false);
  });
});
