import {
  ACTIVE_DEAL_STATUSES,
  DealStatus,
  ExtensionPolicy,
  ExtensionStatus,
  Permission,
  Role,
  hasPermission,
} from '@tandem/shared-domain';

/** Who is looking at deals: what the session knows about them. */
export interface DealViewer {
  id: string;
  role: Role;
  partnerId: string | null;
}

export type DealTab = 'mine' | 'queue' | 'all';
export type ApiDealView = 'ALL' | 'QUEUE';

export interface DealTabOption {
  value: DealTab;
  view: ApiDealView;
  label: string;
  /** One sentence under the tabs: what this list holds for this viewer. */
  description: string;
}

const isVendor = (v: DealViewer) => v.partnerId === null;

/** Partner staff see their registrations; approvers get the queue first, then everything. */
export function dealTabsFor(viewer: DealViewer): DealTabOption[] {
  if (!isVendor(viewer)) {
    return [
      {
        value: 'mine',
        view: 'ALL',
        label: 'My deals',
        description:
          viewer.role === Role.PARTNER_SALES_REP
            ? 'Deals you registered: where each stands and how long its protection lasts.'
            : 'Every deal your organisation registered: where each stands and how long its protection lasts.',
      },
    ];
  }
  const tabs: DealTabOption[] = [];
  if (hasPermission(viewer.role, Permission.DealDecide))
    tabs.push({
      value: 'queue',
      view: 'QUEUE',
      label: 'Approval queue',
      description: 'Submitted registrations waiting for a decision, oldest deadline first.',
    });
  tabs.push({
    value: 'all',
    view: 'ALL',
    label: 'All registrations',
    description:
      viewer.role === Role.CHANNEL_MANAGER
        ? 'Every registration your partners submitted.'
        : 'Every registration in the program.',
  });
  return tabs;
}

export function defaultDealTab(viewer: DealViewer): DealTab {
  return dealTabsFor(viewer)[0]?.value ?? 'all';
}

/** The registration facts that decide which actions are open. */
export interface DealActionState {
  status: DealStatus;
  partnerId: string;
  registeredByUserId?: string | null;
  extensionsGranted: number;
  extensions: readonly { status: ExtensionStatus }[];
}

/** The program's extension rule; unknown while it loads (then no extension is offered). */
export interface ExtensionRule {
  extensionPolicy: ExtensionPolicy;
}

export interface DealActions {
  approve: boolean;
  reject: boolean;
  markDuplicate: boolean;
  withdraw: boolean;
  closeWon: boolean;
  closeLost: boolean;
  requestExtension: boolean;
  decideExtension: boolean;
  submit: boolean;
  editDraft: boolean;
}

/** Whether the program lets this registration ask for (another) extension. */
export function extensionAllowed(
  rule: ExtensionRule | null | undefined,
  extensionsGranted: number,
): boolean {
  if (!rule) return false;
  if (rule.extensionPolicy === ExtensionPolicy.NONE) return false;
  if (rule.extensionPolicy === ExtensionPolicy.ONCE) return extensionsGranted < 1;
  return true;
}

/**
 * What a viewer may do with a registration in its current state; mirrors the API's rules so the
 * portal only offers buttons that will work (the API checks again).
 */
export function dealActions(
  deal: DealActionState,
  viewer: DealViewer,
  rule?: ExtensionRule | null,
): DealActions {
  const can = (p: Permission) => hasPermission(viewer.role, p);
  const decider = can(Permission.DealDecide) && isVendor(viewer);
  // The registrant side: the partner's admin, or the rep who registered it.
  const registrant =
    can(Permission.DealRegister) &&
    !isVendor(viewer) &&
    deal.partnerId === viewer.partnerId &&
    (viewer.role !== Role.PARTNER_SALES_REP || deal.registeredByUserId === viewer.id);
  const submitted = deal.status === DealStatus.SUBMITTED;
  const approved = deal.status === DealStatus.APPROVED;
  const draft = deal.status === DealStatus.DRAFT;
  const pending = deal.extensions.some((e) => e.status === ExtensionStatus.PENDING);

  return {
    approve: decider && submitted,
    reject: decider && submitted,
    markDuplicate: decider && submitted,
    withdraw: registrant && ACTIVE_DEAL_STATUSES.includes(deal.status),
    closeWon: registrant && approved,
    closeLost: registrant && approved,
    requestExtension:
      registrant && approved && !pending && extensionAllowed(rule, deal.extensionsGranted),
    decideExtension: decider && approved && pending,
    submit: registrant && draft,
    editDraft: registrant && draft,
  };
}
