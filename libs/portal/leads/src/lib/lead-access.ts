import {
  CLOSED_LEAD_STAGES,
  LeadHandoff,
  LeadStage,
  MANUAL_STAGE_MOVES,
  OfferStatus,
  Permission,
  Role,
  hasPermission,
} from '@tandem/shared-domain';

/** Who is looking at leads: what the session knows about them. */
export interface LeadViewer {
  id: string;
  role: Role;
  partnerId: string | null;
}

/** The tabs of the leads page; each maps onto the API's `LeadView`. */
export type LeadTab = 'inbox' | 'working' | 'all' | 'pool' | 'manual' | 'partner-queue';

export type ApiLeadView = 'INBOX' | 'WORKING' | 'ALL' | 'POOL' | 'MANUAL' | 'PARTNER_QUEUE';

export interface LeadTabOption {
  value: LeadTab;
  view: ApiLeadView;
  label: string;
  /** One sentence under the tabs: what this list holds for this viewer. */
  description: string;
}

const isVendor = (v: LeadViewer) => v.partnerId === null;

/** The tabs a role sees, in order: inbox, working and all, then the role's own queues. */
export function leadTabsFor(viewer: LeadViewer): LeadTabOption[] {
  const vendor = isVendor(viewer);
  const rep = viewer.role === Role.PARTNER_SALES_REP;
  const tabs: LeadTabOption[] = [
    {
      value: 'inbox',
      view: 'INBOX',
      label: 'Inbox',
      description: vendor
        ? 'Offers waiting for a partner’s answer, soonest deadline first.'
        : rep
          ? 'Leads offered to you: accept or reject them before the deadline.'
          : 'Offers waiting for your organisation’s answer, soonest deadline first.',
    },
    {
      value: 'working',
      view: 'WORKING',
      label: 'Working',
      description: vendor
        ? 'Leads a partner has accepted and is working.'
        : rep
          ? 'Leads you accepted and are working.'
          : 'Leads your sales reps accepted and are working.',
    },
    {
      value: 'all',
      view: 'ALL',
      label: 'All leads',
      description: vendor
        ? 'Every lead in the program.'
        : rep
          ? 'Every lead offered to or worked by you.'
          : 'Every lead your organisation holds.',
    },
  ];
  if (vendor) {
    tabs.push(
      {
        value: 'pool',
        view: 'POOL',
        label: 'Pool',
        description: 'Vendor leads not routed yet, e.g. because they are not MQLs yet.',
      },
      {
        value: 'manual',
        view: 'MANUAL',
        label: 'Manual queue',
        description: 'Vendor leads no partner was eligible for: assign them by hand.',
      },
    );
  } else if (!rep) {
    tabs.push({
      value: 'partner-queue',
      view: 'PARTNER_QUEUE',
      label: 'Partner queue',
      description: 'Your organisation’s leads waiting for a sales rep.',
    });
  }
  return tabs;
}

/** Who answers offers starts in the inbox; everyone else starts with every lead. */
export function defaultLeadTab(viewer: LeadViewer): LeadTab {
  return hasPermission(viewer.role, Permission.LeadWork) ? 'inbox' : 'all';
}

/** The lead facts that decide which actions are open. */
export interface LeadActionState {
  stage: LeadStage;
  handoff: LeadHandoff;
  originPartnerId?: string | null;
  partnerId?: string | null;
  assignedUserId?: string | null;
  currentOffer?: {
    status: OfferStatus;
    partnerId: string;
    userId?: string | null;
    contactedAt?: string | null;
  } | null;
}

export interface LeadActions {
  accept: boolean;
  reject: boolean;
  markContacted: boolean;
  /** Stages the viewer may move the lead to by hand. */
  moveTo: LeadStage[];
  assign: boolean;
  routeNow: boolean;
  edit: boolean;
}

const isClosed = (stage: LeadStage) => CLOSED_LEAD_STAGES.includes(stage);

/**
 * What a viewer may do with a lead in its current state; mirrors the API's rules so the portal
 * only offers buttons that will work (the API checks again).
 */
export function leadActions(lead: LeadActionState, viewer: LeadViewer): LeadActions {
  const can = (p: Permission) => hasPermission(viewer.role, p);
  const vendor = isVendor(viewer);
  const rep = viewer.role === Role.PARTNER_SALES_REP;
  const offer = lead.currentOffer ?? null;
  const ownPartner = !vendor && lead.partnerId === viewer.partnerId;

  const answerable =
    can(Permission.LeadWork) &&
    !vendor &&
    offer?.status === OfferStatus.PENDING &&
    offer.partnerId === viewer.partnerId &&
    (!rep || offer.userId === viewer.id);

  // Working a lead: it is accepted (or closed) and, for a rep, theirs.
  const works =
    !vendor &&
    ownPartner &&
    (lead.handoff === LeadHandoff.ACCEPTED || isClosed(lead.stage)) &&
    (!rep || lead.assignedUserId === viewer.id);

  const markContacted =
    can(Permission.LeadWork) &&
    works &&
    lead.handoff === LeadHandoff.ACCEPTED &&
    offer?.status === OfferStatus.ACCEPTED &&
    offer.partnerId === viewer.partnerId &&
    !offer.contactedAt;

  const vendorPoolLead = !lead.originPartnerId && !lead.partnerId;
  // Vendor staff move only pool leads (e.g. disqualify); on the partner side, those who work leads.
  const mayMove = vendor
    ? (can(Permission.LeadWork) || can(Permission.LeadAssign)) && vendorPoolLead
    : can(Permission.LeadWork) && works;
  const moveTo = mayMove ? [...(MANUAL_STAGE_MOVES[lead.stage] ?? [])] : [];

  const assign =
    can(Permission.LeadAssign) &&
    !isClosed(lead.stage) &&
    (vendor ? !lead.originPartnerId : ownPartner);

  const routeNow =
    can(Permission.LeadAssign) &&
    vendor &&
    !lead.originPartnerId &&
    !isClosed(lead.stage) &&
    (lead.handoff === LeadHandoff.POOL || lead.handoff === LeadHandoff.MANUAL);

  // Only the organisation that sourced a lead edits its details.
  const edit =
    (can(Permission.LeadCreate) || can(Permission.LeadWork) || can(Permission.LeadAssign)) &&
    (vendor ? !lead.originPartnerId : lead.originPartnerId === viewer.partnerId);

  return {
    accept: answerable,
    reject: answerable,
    markContacted,
    moveTo,
    assign,
    routeNow,
    edit,
  };
}

/** Partner staff who hand their own MQLs to reps may pick the rep when creating a lead. */
export function canPickRep(viewer: LeadViewer): boolean {
  return (
    viewer.partnerId !== null &&
    viewer.role !== Role.PARTNER_SALES_REP &&
    hasPermission(viewer.role, Permission.LeadAssign)
  );
}
