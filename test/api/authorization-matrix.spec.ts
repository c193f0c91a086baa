/**
 * The authorization matrix: every GraphQL operation × every role (and anonymous) × a record of the
 * caller's own partner and of another partner. Adding an operation without adding it here fails
 * the first test. Outcomes:
 *   OK         – allowed, and the target record is in the answer;
 *   HIDDEN     – allowed, but the target record is absent (lists scoped to the caller);
 *   FORBIDDEN / NOT_FOUND / UNAUTHENTICATED – the error code returned.
 * "own" is partner A (the partner-role users' own partner, and the partner assigned to the channel
 * manager); "other" is partner B. Operations that act only on the caller (me, notifications,
 * profile, password) or on program-wide settings take no partner and run once per role.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  CampaignStatus,
  CampaignTargetMode,
  DefinitionStatus,
  DealStatus,
  LEAD_STAGES,
  LeadHandoff,
  LeadStage,
  OfferStatus,
  PartnerStatus,
  PeriodKind,
  ReasonKind,
  Role,
} from '@tandem/shared-domain';
import { ApiClient, GqlResult, TEST_PASSWORD } from '@tandem/api-testing';
import { Partner, User } from '@tandem/api-directory';
import { SsoConnection } from '@tandem/api-auth';
import { Persona } from '@tandem/api-personas';
import { periodContaining } from '@tandem/api-analytics';
import { TestApp, startTestApp } from './support/test-app';
import { offeredLead, registration, stage } from './support/funnel-fixture';

type Outcome = 'OK' | 'HIDDEN' | 'FORBIDDEN' | 'NOT_FOUND' | 'UNAUTHENTICATED';
type Caller = Role | 'ANONYMOUS';
type Target = 'own' | 'other';
const CALLERS: Caller[] = [
  Role.VENDOR_ADMIN,
  Role.CHANNEL_MANAGER,
  Role.VENDOR_MARKETER,
  Role.PARTNER_ADMIN,
  Role.PARTNER_MARKETER,
  Role.PARTNER_SALES_REP,
  'ANONYMOUS',
];

interface Side {
  partner: Partner;
  manager: User;
  admin: User;
  marketer: User;
  rep: User;
}

interface Env {
  t: TestApp;
  /** A published persona shared by the read-only cases. */
  persona: Persona;
  caller: Caller;
  client: ApiClient;
  target: Side;
  own: Side;
  /** A client signed in as a brand-new user with the caller's role (for operations that change the caller). */
  freshClient(): Promise<ApiClient>;
}

interface Run {
  result: GqlResult;
  contains?: boolean;
}

type Expect = Outcome | [Outcome, Outcome];

interface OperationSpec {
  targeted: boolean;
  run(env: Env): Promise<Run>;
  expect: Record<Caller, Expect>;
}

const allowAll = (anon: Outcome = 'UNAUTHENTICATED'): Record<Caller, Expect> => ({
  VENDOR_ADMIN: 'OK',
  CHANNEL_MANAGER: 'OK',
  VENDOR_MARKETER: 'OK',
  PARTNER_ADMIN: 'OK',
  PARTNER_MARKETER: 'OK',
  PARTNER_SALES_REP: 'OK',
  ANONYMOUS: anon,
});

const onlyVendorAdmin: Record<Caller, Expect> = {
  VENDOR_ADMIN: 'OK',
  CHANNEL_MANAGER: 'FORBIDDEN',
  VENDOR_MARKETER: 'FORBIDDEN',
  PARTNER_ADMIN: 'FORBIDDEN',
  PARTNER_MARKETER: 'FORBIDDEN',
  PARTNER_SALES_REP: 'FORBIDDEN',
  ANONYMOUS: 'UNAUTHENTICATED',
};

const personaManagers: Record<Caller, Expect> = {
  VENDOR_ADMIN: 'OK',
  CHANNEL_MANAGER: 'FORBIDDEN',
  VENDOR_MARKETER: 'OK',
  PARTNER_ADMIN: 'FORBIDDEN',
  PARTNER_MARKETER: 'FORBIDDEN',
  PARTNER_SALES_REP: 'FORBIDDEN',
  ANONYMOUS: 'UNAUTHENTICATED',
};

const campaignManagers: Record<Caller, Expect> = {
  VENDOR_ADMIN: 'OK',
  CHANNEL_MANAGER: 'FORBIDDEN',
  VENDOR_MARKETER: 'OK',
  PARTNER_ADMIN: ['OK', 'NOT_FOUND'],
  PARTNER_MARKETER: ['OK', 'NOT_FOUND'],
  PARTNER_SALES_REP: 'FORBIDDEN',
  ANONYMOUS: 'UNAUTHENTICATED',
};

const partnerScopedRead = (anonymous: Outcome, other: Outcome): Record<Caller, Expect> => ({
  VENDOR_ADMIN: 'OK',
  CHANNEL_MANAGER: 'OK',
  VENDOR_MARKETER: 'OK',
  PARTNER_ADMIN: ['OK', other],
  PARTNER_MARKETER: ['OK', other],
  PARTNER_SALES_REP: ['OK', other],
  ANONYMOUS: anonymous,
});

const CAMPAIGN_INPUT = {
  name: 'Matrix campaign',
  startsOn: '2026-01-01',
  endsOn: '2099-12-31',
  targetMode: 'ALL',
};

/** A draft campaign the caller could own: the vendor's for vendor staff, the target partner's otherwise. */
const draftCampaignFor = (env: Env) =>
  isVendor(env.caller) || env.caller === 'ANONYMOUS'
    ? env.t.factories.campaign({
        status: CampaignStatus.DRAFT,
        targetMode: CampaignTargetMode.ALL,
        targets: [],
      })
    : env.t.factories.campaign({ status: CampaignStatus.DRAFT, partnerId: env.target.partner.id });

const contentManagers: Record<Caller, Expect> = { ...personaManagers };

const downloadsVisible: Record<Caller, Expect> = {
  VENDOR_ADMIN: 'OK',
  CHANNEL_MANAGER: ['OK', 'HIDDEN'],
  VENDOR_MARKETER: 'OK',
  PARTNER_ADMIN: ['OK', 'HIDDEN'],
  PARTNER_MARKETER: ['OK', 'HIDDEN'],
  PARTNER_SALES_REP: ['OK', 'HIDDEN'],
  ANONYMOUS: 'UNAUTHENTICATED',
};

const ASSET_INPUT = { title: 'Matrix asset', type: 'CASE_STUDY', url: 'https://example.com/a' };

const onlyPartnerAdmin: Record<Caller, Expect> = {
  ...onlyVendorAdmin,
  VENDOR_ADMIN: 'FORBIDDEN',
  PARTNER_ADMIN: 'OK',
};

const DEFINITION_INPUT = {
  stages: LEAD_STAGES.map((stage) => ({ stage, description: `About ${stage}`, entryCriteria: '' })),
  mql: { requiredFields: ['email'], threshold: 5, fitRules: [], engagementRules: [] },
};

const PERSONA_CONTENT = { name: 'Matrix Persona', summary: 'x', painPoints: ['a'] };

const userAdmins: Record<Caller, Expect> = {
  VENDOR_ADMIN: 'OK',
  CHANNEL_MANAGER: 'FORBIDDEN',
  VENDOR_MARKETER: 'FORBIDDEN',
  PARTNER_ADMIN: ['OK', 'NOT_FOUND'],
  PARTNER_MARKETER: 'FORBIDDEN',
  PARTNER_SALES_REP: 'FORBIDDEN',
  ANONYMOUS: 'UNAUTHENTICATED',
};

const ids = (items: { id: string }[] | undefined) => (items ?? []).map((i) => i.id);
const isVendor = (c: Caller) =>
  c === Role.VENDOR_ADMIN || c === Role.CHANNEL_MANAGER || c === Role.VENDOR_MARKETER;
let seq = 0;
const next = () => `${Date.now().toString(36)}${++seq}`;

/** A vendor single sign-on connection (its sealed secret is junk: testing it fails without network). */
const ssoConnection = (t: TestApp) =>
  t.db.asSystem((em) =>
    em.save(
      em.create(SsoConnection, {
        name: `IdP ${next()}`,
        partnerId: null,
        issuer: 'https://idp.example',
        clientId: 'tandem',
        clientSecretSealed: 'junk',
        emailDomains: [`m${next()}.example`],
        defaultRole: Role.VENDOR_MARKETER,
        enabled: true,
      }),
    ),
  );

/** A vendor lead the target partner holds, offered to (or accepted by) the target side's rep. */
const heldLead = (t: TestApp, target: Side, offer: 'PENDING' | 'ACCEPTED') =>
  t.factories.lead({ partnerId: target.partner.id, assignedUserId: target.rep.id, offer });

/** Webhooks and API tokens: the vendor admin for everyone, a partner admin for their own. */
const integrationAdmins = (otherPartner: Outcome): Record<Caller, Expect> => ({
  ...onlyVendorAdmin,
  PARTNER_ADMIN: ['OK', otherPartner],
});

/** An API token of the target partner, made by its admin. */
const apiTokenOf = async (t: TestApp, target: Side): Promise<string> => {
  const rows: { id: string }[] = await t.db.asSystem((em) =>
    em.query(
      `INSERT INTO api_token (name, partner_id, created_by_user_id, created_by_label, permissions,
         secret_prefix, secret_hash, rate_limit_per_minute)
       VALUES ('Matrix', $1, $2, 'Matrix admin', '{lead:read}', 'tdm_x', $3, 600) RETURNING id`,
      [target.partner.id, target.admin.id, randomBytes(32).toString('hex')],
    ),
  );
  return rows[0].id;
};

const leadImporters: Record<Caller, Expect> = {
  VENDOR_ADMIN: 'OK',
  CHANNEL_MANAGER: 'FORBIDDEN',
  VENDOR_MARKETER: 'OK',
  PARTNER_ADMIN: 'OK',
  PARTNER_MARKETER: 'OK',
  PARTNER_SALES_REP: 'FORBIDDEN',
  ANONYMOUS: 'UNAUTHENTICATED',
};

/** Accept, reject, record contact: the rep the lead is with, or the partner's admin. */
const leadWorkers: Record<Caller, Expect> = {
  VENDOR_ADMIN: 'FORBIDDEN',
  CHANNEL_MANAGER: 'FORBIDDEN',
  VENDOR_MARKETER: 'FORBIDDEN',
  PARTNER_ADMIN: ['OK', 'NOT_FOUND'],
  PARTNER_MARKETER: 'FORBIDDEN',
  PARTNER_SALES_REP: ['OK', 'NOT_FOUND'],
  ANONYMOUS: 'UNAUTHENTICATED',
};

const vendorLeadAdmins: Record<Caller, Expect> = {
  VENDOR_ADMIN: 'OK',
  CHANNEL_MANAGER: 'OK',
  VENDOR_MARKETER: 'FORBIDDEN',
  PARTNER_ADMIN: 'FORBIDDEN',
  PARTNER_MARKETER: 'FORBIDDEN',
  PARTNER_SALES_REP: 'FORBIDDEN',
  ANONYMOUS: 'UNAUTHENTICATED',
};

/** A registration of the target partner by the target side's rep. */
const targetDeal = (t: TestApp, target: Side, status: DealStatus) =>
  t.factories.deal({
    partnerId: target.partner.id,
    registeredByUserId: target.rep.id,
    // Random names: similar names would conflict with each other and block approvals.
    companyName: randomBytes(8).toString('hex'),
    status,
    ...(status === DealStatus.APPROVED
      ? {
          approvedAt: t.clock.now(),
          expiresAt: new Date(t.clock.now().getTime() + 30 * 86_400_000),
        }
      : {}),
  });

const dealInput = async (t: TestApp) => ({
  companyName: `Matrix Buyer ${next()}`,
  website: `matrix-${next()}.example`,
  country: 'US',
  lines: [{ productId: (await t.factories.product()).id, quantity: 1, amount: '10.00' }],
});

const dealReaders = (other: Outcome): Record<Caller, Expect> => ({
  VENDOR_ADMIN: 'OK',
  CHANNEL_MANAGER: ['OK', other],
  VENDOR_MARKETER: 'FORBIDDEN',
  PARTNER_ADMIN: ['OK', other],
  PARTNER_MARKETER: 'FORBIDDEN',
  PARTNER_SALES_REP: ['OK', other],
  ANONYMOUS: 'UNAUTHENTICATED',
});

const dealRegistrants = (vendor: Outcome): Record<Caller, Expect> => ({
  VENDOR_ADMIN: vendor,
  CHANNEL_MANAGER: vendor,
  VENDOR_MARKETER: 'FORBIDDEN',
  PARTNER_ADMIN: 'OK',
  PARTNER_MARKETER: 'FORBIDDEN',
  PARTNER_SALES_REP: 'OK',
  ANONYMOUS: 'UNAUTHENTICATED',
});

/** Submit, withdraw, close, ask for more time: the registering side of the own partner. */
const dealWorkers: Record<Caller, Expect> = {
  VENDOR_ADMIN: 'FORBIDDEN',
  CHANNEL_MANAGER: 'FORBIDDEN',
  VENDOR_MARKETER: 'FORBIDDEN',
  PARTNER_ADMIN: ['OK', 'NOT_FOUND'],
  PARTNER_MARKETER: 'FORBIDDEN',
  PARTNER_SALES_REP: ['OK', 'NOT_FOUND'],
  ANONYMOUS: 'UNAUTHENTICATED',
};

const dealDeciders: Record<Caller, Expect> = {
  VENDOR_ADMIN: 'OK',
  CHANNEL_MANAGER: ['OK', 'NOT_FOUND'],
  VENDOR_MARKETER: 'FORBIDDEN',
  PARTNER_ADMIN: 'FORBIDDEN',
  PARTNER_MARKETER: 'FORBIDDEN',
  PARTNER_SALES_REP: 'FORBIDDEN',
  ANONYMOUS: 'UNAUTHENTICATED',
};

/** Everyone reads analytics; partners and channel managers only of partners in their scope. */
const analyticsReaders: Record<Caller, Expect> = {
  VENDOR_ADMIN: 'OK',
  CHANNEL_MANAGER: ['OK', 'NOT_FOUND'],
  VENDOR_MARKETER: 'OK',
  PARTNER_ADMIN: ['OK', 'NOT_FOUND'],
  PARTNER_MARKETER: ['OK', 'NOT_FOUND'],
  PARTNER_SALES_REP: ['OK', 'NOT_FOUND'],
  ANONYMOUS: 'UNAUTHENTICATED',
};

/** Channel-wide views: vendor users only (channel managers: their partners). */
const channelReaders = (cmOther: Outcome): Record<Caller, Expect> => ({
  VENDOR_ADMIN: 'OK',
  CHANNEL_MANAGER: ['OK', cmOther],
  VENDOR_MARKETER: 'OK',
  PARTNER_ADMIN: 'FORBIDDEN',
  PARTNER_MARKETER: 'FORBIDDEN',
  PARTNER_SALES_REP: 'FORBIDDEN',
  ANONYMOUS: 'UNAUTHENTICATED',
});

/** Goal setting: vendor admins for any partner, channel managers for their own. */
const goalManagers = (cmOther: Outcome): Record<Caller, Expect> => ({
  VENDOR_ADMIN: 'OK',
  CHANNEL_MANAGER: ['OK', cmOther],
  VENDOR_MARKETER: 'FORBIDDEN',
  PARTNER_ADMIN: 'FORBIDDEN',
  PARTNER_MARKETER: 'FORBIDDEN',
  PARTNER_SALES_REP: 'FORBIDDEN',
  ANONYMOUS: 'UNAUTHENTICATED',
});

const quarterOf = (t: TestApp) =>
  periodContaining(t.clock.now(), PeriodKind.QUARTER, { fiscalYearStartMonth: 1, timeZone: 'UTC' })
    .code;

/** A goal of the target partner for the running quarter. */
const targetGoal = async (t: TestApp, target: Side, metric = 'SQLS'): Promise<string> => {
  const [{ id }] = await t.db.asSystem((em) =>
    em.query(
      `INSERT INTO goal (partner_id, period_code, metric, target, side, updated_by_label)
       VALUES ($1, $2, $3, 5, 'SALES', 'Matrix')
       ON CONFLICT (partner_id, period_code, metric) DO UPDATE SET target = 5 RETURNING id`,
      [target.partner.id, quarterOf(t), metric],
    ),
  );
  return id;
};

/** Enough program history for a revenue plan: an accepted lead that became an opportunity and a won deal. */
const planHistory = async (t: TestApp, target: Side) => {
  const day = new Date(t.clock.now().getTime() - 10 * 86_400_000).toISOString();
  await t.db.asSystem(async (em) => {
    const l = await offeredLead(em, {
      partnerId: target.partner.id,
      offeredAt: day,
      dueAt: day,
      status: OfferStatus.ACCEPTED,
      decidedAt: day,
    });
    await stage(em, l.id, target.partner.id, LeadStage.OPPORTUNITY, day);
    await registration(em, {
      partnerId: target.partner.id,
      amount: '1000.00',
      finalAmount: '1000.00',
      events: [
        [DealStatus.SUBMITTED, day],
        [DealStatus.WON, day],
      ],
    });
  });
};

/** An active plan for every partner, running this quarter; or a closed one with frozen payouts. */
const incentivePlan = async (t: TestApp, status: 'ACTIVE' | 'CLOSED' | 'DRAFT') => {
  const [{ id }] = await t.db.asSystem((em) =>
    em.query(
      `INSERT INTO incentive_plan (name, period_code, status, eligibility, measures, pool_kind, pool_amount, updated_by_label)
       VALUES ($1, $2, $3, 'ALL', '[{"metric":"SQLS","weight":1}]', 'FIXED', 1000, 'Matrix') RETURNING id`,
      [`Matrix plan ${next()}`, quarterOf(t), status],
    ),
  );
  return id as string;
};

/** A frozen payout of the target partner under a closed plan. */
const targetPayout = async (t: TestApp, target: Side) => {
  const planId = await incentivePlan(t, 'CLOSED');
  const [{ id }] = await t.db.asSystem((em) =>
    em.query(
      `INSERT INTO incentive_payout (plan_id, partner_id, revenue, attainment, pool, earned, marketing, sales, frozen_at)
       VALUES ($1, $2, 0, 1, 1000, 1000, 500, 500, now()) RETURNING id`,
      [planId, target.partner.id],
    ),
  );
  return { planId, payoutId: id as string };
};

const incentiveReaders: Record<Caller, Expect> = {
  VENDOR_ADMIN: 'OK',
  CHANNEL_MANAGER: ['OK', 'NOT_FOUND'],
  VENDOR_MARKETER: 'OK',
  PARTNER_ADMIN: ['OK', 'NOT_FOUND'],
  PARTNER_MARKETER: ['OK', 'NOT_FOUND'],
  PARTNER_SALES_REP: ['OK', 'NOT_FOUND'],
  ANONYMOUS: 'UNAUTHENTICATED',
};

const payoutReviewers: Record<Caller, Expect> = {
  VENDOR_ADMIN: 'OK',
  CHANNEL_MANAGER: ['OK', 'NOT_FOUND'],
  VENDOR_MARKETER: 'FORBIDDEN',
  PARTNER_ADMIN: 'FORBIDDEN',
  PARTNER_MARKETER: 'FORBIDDEN',
  PARTNER_SALES_REP: 'FORBIDDEN',
  ANONYMOUS: 'UNAUTHENTICATED',
};

/** A budget with an allocation for the target partner (and one for the caller's own side). */
const mdfBudget = async (t: TestApp, target: Side) => {
  const [{ id }] = await t.db.asSystem((em) =>
    em.query(
      `INSERT INTO mdf_budget (name, period_code, total, updated_by_label) VALUES ($1, $2, 100000, 'Matrix') RETURNING id`,
      [`Matrix MDF ${next()}`, quarterOf(t)],
    ),
  );
  const [{ id: allocationId }] = await t.db.asSystem((em) =>
    em.query(
      `INSERT INTO mdf_allocation (budget_id, partner_id, amount) VALUES ($1, $2, 10000) RETURNING id`,
      [id, target.partner.id],
    ),
  );
  return { budgetId: id as string, allocationId: allocationId as string };
};

/** A request of the target partner in a given status (APPROVED reserves 1,000). */
const mdfRequestOf = async (t: TestApp, target: Side, status: 'SUBMITTED' | 'APPROVED') => {
  const { budgetId, allocationId } = await mdfBudget(t, target);
  const [{ id }] = await t.db.asSystem((em) =>
    em.query(
      `INSERT INTO mdf_request (allocation_id, budget_id, partner_id, activity_type, title, starts_on, ends_on,
         planned_cost, requested_amount, status, approved_amount, requested_by_label)
       VALUES ($1, $2, $3, 'WEBINAR', 'Matrix webinar', '2026-11-01', '2026-11-30', 2000, 1000, $4, $5, 'Matrix')
       RETURNING id`,
      [allocationId, budgetId, target.partner.id, status, status === 'APPROVED' ? 1000 : null],
    ),
  );
  return { budgetId, requestId: id as string };
};

/** A claim of the target partner waiting for review (with proof) or approved. */
const mdfClaimOf = async (t: TestApp, target: Side, status: 'SUBMITTED' | 'APPROVED') => {
  const { requestId } = await mdfRequestOf(t, target, 'APPROVED');
  const [{ id }] = await t.db.asSystem((em) =>
    em.query(
      `INSERT INTO mdf_claim (request_id, partner_id, actual_cost, amount, status, submitted_by_label)
       VALUES ($1, $2, 900, 900, $3, 'Matrix') RETURNING id`,
      [requestId, target.partner.id, status],
    ),
  );
  await t.db.asSystem((em) =>
    em.query(
      `INSERT INTO mdf_claim_file (id, claim_id, partner_id, storage_key, file_name, content_type, size_bytes)
       VALUES (gen_random_uuid(), $1, $2, gen_random_uuid()::text, 'proof.pdf', 'application/pdf', 10)`,
      [id, target.partner.id],
    ),
  );
  return id as string;
};

const mdfReaders: Record<Caller, Expect> = {
  VENDOR_ADMIN: 'OK',
  CHANNEL_MANAGER: ['OK', 'HIDDEN'],
  VENDOR_MARKETER: 'OK',
  PARTNER_ADMIN: ['OK', 'HIDDEN'],
  PARTNER_MARKETER: ['OK', 'HIDDEN'],
  PARTNER_SALES_REP: ['OK', 'HIDDEN'],
  ANONYMOUS: 'UNAUTHENTICATED',
};

const mdfReviewers: Record<Caller, Expect> = {
  VENDOR_ADMIN: 'OK',
  CHANNEL_MANAGER: ['OK', 'NOT_FOUND'],
  VENDOR_MARKETER: 'FORBIDDEN',
  PARTNER_ADMIN: 'FORBIDDEN',
  PARTNER_MARKETER: 'FORBIDDEN',
  PARTNER_SALES_REP: 'FORBIDDEN',
  ANONYMOUS: 'UNAUTHENTICATED',
};

const mdfRequesters = (other: Outcome): Record<Caller, Expect> => ({
  VENDOR_ADMIN: 'FORBIDDEN',
  CHANNEL_MANAGER: 'FORBIDDEN',
  VENDOR_MARKETER: 'FORBIDDEN',
  PARTNER_ADMIN: ['OK', other],
  PARTNER_MARKETER: ['OK', other],
  PARTNER_SALES_REP: 'FORBIDDEN',
  ANONYMOUS: 'UNAUTHENTICATED',
});

/** A webhook endpoint of the target partner (written directly, as the system). */
const webhookEndpointOf = async (t: TestApp, target: Side): Promise<string> => {
  const [{ id }] = await t.db.asSystem((em) =>
    em.query(
      `INSERT INTO webhook_endpoint (partner_id, url, events, secret, secret_hint, created_by_label)
       VALUES ($1, 'https://hooks.example/matrix', '{LEAD_CREATED}', 'plain:whsec_matrix', 'trix', 'Matrix')
       RETURNING id`,
      [target.partner.id],
    ),
  );
  return id as string;
};

/** A failed delivery to a webhook endpoint of the target partner. */
const webhookDeliveryOf = async (t: TestApp, target: Side): Promise<string> => {
  const endpointId = await webhookEndpointOf(t, target);
  const [{ id }] = await t.db.asSystem(async (em) => {
    const [event] = await em.query(
      `INSERT INTO outbox_event (id, type, partner_id, data, occurred_at, dispatched_at)
       VALUES (gen_random_uuid(), 'LEAD_CREATED', $1, '{}', now(), now()) RETURNING id`,
      [target.partner.id],
    );
    return em.query(
      `INSERT INTO webhook_delivery (endpoint_id, partner_id, event_id, event_type, body, status,
         attempts, window_started_at, created_at, failed_at)
       VALUES ($1, $2, $3, 'LEAD_CREATED', '{}', 'FAILED', 1, now(), now(), now()) RETURNING id`,
      [endpointId, target.partner.id, event.id],
    );
  });
  return id as string;
};

const integrationManagers = (other: Outcome): Record<Caller, Expect> => ({
  VENDOR_ADMIN: 'OK',
  CHANNEL_MANAGER: 'FORBIDDEN',
  VENDOR_MARKETER: 'FORBIDDEN',
  PARTNER_ADMIN: ['OK', other],
  PARTNER_MARKETER: 'FORBIDDEN',
  PARTNER_SALES_REP: 'FORBIDDEN',
  ANONYMOUS: 'UNAUTHENTICATED',
});

const MATRIX: Record<string, OperationSpec> = {
  // ---- queries
  auditLog: {
    targeted: true,
    run: async ({ client, target }) => ({
      result: await client.gql(
        `query($id:String){ auditLog(filter:{entityType:"Partner", entityId:$id}) { totalCount } }`,
        { id: target.partner.id },
      ),
    }),
    expect: onlyVendorAdmin,
  },
  channelManagers: {
    targeted: true,
    run: async ({ client, target }) => {
      const result = await client.gql<{ channelManagers: { id: string }[] }>(
        `{ channelManagers { id } }`,
      );
      return { result, contains: ids(result.data?.channelManagers).includes(target.manager.id) };
    },
    expect: {
      VENDOR_ADMIN: 'OK',
      CHANNEL_MANAGER: 'OK',
      VENDOR_MARKETER: 'FORBIDDEN',
      PARTNER_ADMIN: ['OK', 'HIDDEN'],
      PARTNER_MARKETER: 'FORBIDDEN',
      PARTNER_SALES_REP: 'FORBIDDEN',
      ANONYMOUS: 'UNAUTHENTICATED',
    },
  },
  invitation: {
    targeted: true,
    run: async ({ client, target, t }) => {
      const { token } = await t.factories.invitation({
        role: Role.PARTNER_SALES_REP,
        partnerId: target.partner.id,
      });
      return {
        result: await client.gql(`query($t:String!){ invitation(token:$t) { email } }`, {
          t: token,
        }),
      };
    },
    expect: allowAll('OK'),
  },
  me: {
    targeted: false,
    run: async ({ client }) => ({ result: await client.gql(`{ me { id } }`) }),
    expect: allowAll(),
  },
  myNotificationPreferences: {
    targeted: false,
    run: async ({ client }) => ({
      result: await client.gql(`{ myNotificationPreferences { kind channel } }`),
    }),
    expect: allowAll(),
  },
  myNotifications: {
    targeted: true,
    run: async ({ client, target, t }) => {
      const note = await t.factories.notification(target.admin.id);
      const result = await client.gql<{ myNotifications: { items: { id: string }[] } }>(
        `{ myNotifications(page:{limit:100}) { items { id } } }`,
      );
      return { result, contains: ids(result.data?.myNotifications.items).includes(note.id) };
    },
    // Notifications are personal: only the addressee (partner A's admin) ever sees one.
    expect: {
      VENDOR_ADMIN: 'HIDDEN',
      CHANNEL_MANAGER: 'HIDDEN',
      VENDOR_MARKETER: 'HIDDEN',
      PARTNER_ADMIN: ['OK', 'HIDDEN'],
      PARTNER_MARKETER: 'HIDDEN',
      PARTNER_SALES_REP: 'HIDDEN',
      ANONYMOUS: 'UNAUTHENTICATED',
    },
  },
  partner: {
    targeted: true,
    run: async ({ client, target }) => ({
      result: await client.gql(
        `query($id:ID!){ partner(id:$id) { id name tier { id } type { id } channelManager { id } userCount countryName } }`,
        { id: target.partner.id },
      ),
    }),
    expect: {
      VENDOR_ADMIN: 'OK',
      CHANNEL_MANAGER: ['OK', 'NOT_FOUND'],
      VENDOR_MARKETER: 'OK',
      PARTNER_ADMIN: ['OK', 'NOT_FOUND'],
      PARTNER_MARKETER: ['OK', 'NOT_FOUND'],
      PARTNER_SALES_REP: ['OK', 'NOT_FOUND'],
      ANONYMOUS: 'UNAUTHENTICATED',
    },
  },
  partnerTypes: {
    targeted: false,
    run: async ({ client }) => ({ result: await client.gql(`{ partnerTypes { id } }`) }),
    expect: allowAll(),
  },
  partners: {
    targeted: true,
    run: async ({ client, target }) => {
      const result = await client.gql<{ partners: { items: { id: string }[] } }>(
        `{ partners(page:{limit:100}) { items { id } } }`,
      );
      return { result, contains: ids(result.data?.partners.items).includes(target.partner.id) };
    },
    expect: {
      VENDOR_ADMIN: 'OK',
      CHANNEL_MANAGER: ['OK', 'HIDDEN'],
      VENDOR_MARKETER: 'OK',
      PARTNER_ADMIN: ['OK', 'HIDDEN'],
      PARTNER_MARKETER: ['OK', 'HIDDEN'],
      PARTNER_SALES_REP: ['OK', 'HIDDEN'],
      ANONYMOUS: 'UNAUTHENTICATED',
    },
  },
  tiers: {
    targeted: false,
    run: async ({ client }) => ({ result: await client.gql(`{ tiers { id } }`) }),
    expect: allowAll(),
  },
  unreadNotificationCount: {
    targeted: false,
    run: async ({ client }) => ({ result: await client.gql(`{ unreadNotificationCount }`) }),
    expect: allowAll(),
  },
  user: {
    targeted: true,
    run: async ({ client, target }) => ({
      result: await client.gql(`query($id:ID!){ user(id:$id) { id partner { id } } }`, {
        id: target.rep.id,
      }),
    }),
    expect: {
      VENDOR_ADMIN: 'OK',
      CHANNEL_MANAGER: ['OK', 'NOT_FOUND'],
      VENDOR_MARKETER: 'FORBIDDEN',
      PARTNER_ADMIN: ['OK', 'NOT_FOUND'],
      PARTNER_MARKETER: 'FORBIDDEN',
      PARTNER_SALES_REP: 'FORBIDDEN',
      ANONYMOUS: 'UNAUTHENTICATED',
    },
  },
  users: {
    targeted: true,
    run: async ({ client, target }) => {
      const result = await client.gql<{ users: { items: { id: string }[] } }>(
        `query($p:ID){ users(filter:{partnerId:$p}, page:{limit:100}) { items { id } } }`,
        { p: target.partner.id },
      );
      return { result, contains: ids(result.data?.users.items).includes(target.rep.id) };
    },
    expect: {
      VENDOR_ADMIN: 'OK',
      CHANNEL_MANAGER: ['OK', 'HIDDEN'],
      VENDOR_MARKETER: 'FORBIDDEN',
      PARTNER_ADMIN: ['OK', 'HIDDEN'],
      PARTNER_MARKETER: 'FORBIDDEN',
      PARTNER_SALES_REP: 'FORBIDDEN',
      ANONYMOUS: 'UNAUTHENTICATED',
    },
  },

  // ---- mutations
  acceptInvitation: {
    targeted: true,
    run: async ({ client, target, t }) => {
      const { token } = await t.factories.invitation({
        role: Role.PARTNER_SALES_REP,
        partnerId: target.partner.id,
      });
      return {
        result: await client.gql(
          `mutation($i:AcceptInvitationInput!){ acceptInvitation(input:$i) }`,
          {
            i: { token, name: 'New Person', password: TEST_PASSWORD },
          },
        ),
      };
    },
    expect: allowAll('OK'),
  },
  changePassword: {
    targeted: false,
    run: async ({ caller, client, freshClient }) => {
      const c = caller === 'ANONYMOUS' ? client : await freshClient();
      return {
        result: await c.gql(
          `mutation { changePassword(currentPassword:"${TEST_PASSWORD}", newPassword:"another-pass-99") }`,
        ),
      };
    },
    expect: allowAll(),
  },
  changeUserRole: {
    targeted: true,
    run: async ({ client, target, t }) => {
      const u = await t.factories.user({
        role: Role.PARTNER_SALES_REP,
        partnerId: target.partner.id,
      });
      return {
        result: await client.gql(
          `mutation($id:ID!){ changeUserRole(id:$id, role:PARTNER_MARKETER) { id role } }`,
          { id: u.id },
        ),
      };
    },
    expect: userAdmins,
  },
  createPartner: {
    targeted: false,
    run: async ({ client, own }) => ({
      result: await client.gql(
        `mutation($i:CreatePartnerInput!){ createPartner(input:$i) { id } }`,
        {
          i: {
            name: `New ${next()}`,
            country: 'DE',
            region: 'EMEA',
            timeZone: 'Europe/Berlin',
            typeId: own.partner.typeId,
            tierId: own.partner.tierId,
          },
        },
      ),
    }),
    expect: onlyVendorAdmin,
  },
  importPartners: {
    targeted: false,
    run: async ({ client }) => ({
      result: await client.gql(
        `mutation($i:CsvImportInput!){ importPartners(input:$i) { created invalid } }`,
        {
          i: {
            csv: `name,country,region,time_zone,tier,partner_type\nMatrix ${next()},DE,EMEA,Europe/Berlin,Gold,Reseller\n`,
            preview: true,
          },
        },
      ),
    }),
    expect: onlyVendorAdmin,
  },
  inviteUser: {
    targeted: true,
    run: async ({ caller, client, target }) => ({
      result: await client.gql(
        `mutation($i:InviteUserInput!){ inviteUser(input:$i) { inviteUrl user { id } } }`,
        {
          i: {
            email: `invite-${next()}@example.test`,
            role: isVendor(caller) ? Role.PARTNER_ADMIN : Role.PARTNER_SALES_REP,
            partnerId: target.partner.id,
          },
        },
      ),
    }),
    expect: userAdmins,
  },
  markNotificationsRead: {
    targeted: false,
    run: async ({ client }) => ({ result: await client.gql(`mutation { markNotificationsRead }`) }),
    expect: allowAll(),
  },
  requestPasswordReset: {
    targeted: false,
    run: async ({ client, own }) => ({
      result: await client.gql(`mutation($e:String!){ requestPasswordReset(email:$e) }`, {
        e: own.rep.email,
      }),
    }),
    expect: allowAll('OK'),
  },
  resendInvitation: {
    targeted: true,
    run: async ({ client, target, t }) => {
      const { user } = await t.factories.invitation({
        role: Role.PARTNER_SALES_REP,
        partnerId: target.partner.id,
      });
      return {
        result: await client.gql(
          `mutation($id:ID!){ resendInvitation(userId:$id) { inviteUrl } }`,
          { id: user.id },
        ),
      };
    },
    expect: userAdmins,
  },
  resetPassword: {
    targeted: true,
    run: async ({ client, target, t }) => {
      const u = await t.factories.user({
        role: Role.PARTNER_SALES_REP,
        partnerId: target.partner.id,
      });
      const token = await t.factories.passwordReset(u.id);
      return {
        result: await client.gql(
          `mutation($t:String!){ resetPassword(token:$t, password:"brand-new-pass-7") }`,
          { t: token },
        ),
      };
    },
    expect: allowAll('OK'),
  },
  revokeInvitation: {
    targeted: true,
    run: async ({ client, target, t }) => {
      const { user } = await t.factories.invitation({
        role: Role.PARTNER_SALES_REP,
        partnerId: target.partner.id,
      });
      return {
        result: await client.gql(`mutation($id:ID!){ revokeInvitation(userId:$id) }`, {
          id: user.id,
        }),
      };
    },
    expect: userAdmins,
  },
  savePartnerType: {
    targeted: false,
    run: async ({ client }) => ({
      result: await client.gql(
        `mutation($i:PartnerTypeInput!){ savePartnerType(input:$i) { id } }`,
        { i: { name: `Type ${next()}` } },
      ),
    }),
    expect: onlyVendorAdmin,
  },
  saveTier: {
    targeted: false,
    run: async ({ client }) => ({
      result: await client.gql(`mutation($i:TierInput!){ saveTier(input:$i) { id } }`, {
        i: { name: `Tier ${next()}`, rank: 100 + seq },
      }),
    }),
    expect: onlyVendorAdmin,
  },
  setNotificationPreference: {
    targeted: false,
    run: async ({ client }) => ({
      result: await client.gql(
        `mutation { setNotificationPreference(kind:PARTNER_ASSIGNED, channel:EMAIL) { kind channel } }`,
      ),
    }),
    expect: allowAll(),
  },
  setPartnerStatus: {
    targeted: true,
    run: async ({ client, target, t }) => {
      // A throwaway partner managed like the target, so suspending it cannot disturb other cases.
      const p = await t.factories.partner({
        channelManagerId: target.manager.id,
        status: PartnerStatus.ACTIVE,
      });
      return {
        result: await client.gql(
          `mutation($id:ID!){ setPartnerStatus(id:$id, status:SUSPENDED, reason:"Matrix test") { id status } }`,
          { id: p.id },
        ),
      };
    },
    expect: onlyVendorAdmin,
  },
  setUserStatus: {
    targeted: true,
    run: async ({ client, target, t }) => {
      const u = await t.factories.user({
        role: Role.PARTNER_SALES_REP,
        partnerId: target.partner.id,
      });
      return {
        result: await client.gql(
          `mutation($id:ID!){ setUserStatus(id:$id, status:DISABLED) { id status } }`,
          { id: u.id },
        ),
      };
    },
    expect: userAdmins,
  },
  updateMyPartnerProfile: {
    targeted: false,
    run: async ({ client, own, t }) => {
      const [{ version }] = await t.db.asSystem((em) =>
        em.query('SELECT version FROM partner WHERE id = $1', [own.partner.id]),
      );
      return {
        result: await client.gql(
          `mutation($i:UpdateMyPartnerProfileInput!){ updateMyPartnerProfile(input:$i) { id } }`,
          {
            i: { version, legalName: `Legal ${next()}` },
          },
        ),
      };
    },
    expect: {
      VENDOR_ADMIN: 'FORBIDDEN',
      CHANNEL_MANAGER: 'FORBIDDEN',
      VENDOR_MARKETER: 'FORBIDDEN',
      PARTNER_ADMIN: 'OK',
      PARTNER_MARKETER: 'FORBIDDEN',
      PARTNER_SALES_REP: 'FORBIDDEN',
      ANONYMOUS: 'UNAUTHENTICATED',
    },
  },
  updateMyProfile: {
    targeted: false,
    run: async ({ client }) => ({
      result: await client.gql(`mutation { updateMyProfile(name:"Renamed Person") { id } }`),
    }),
    expect: allowAll(),
  },
  updatePartner: {
    targeted: true,
    run: async ({ client, target, t }) => {
      const [{ version }] = await t.db.asSystem((em) =>
        em.query('SELECT version FROM partner WHERE id = $1', [target.partner.id]),
      );
      return {
        result: await client.gql(
          `mutation($i:UpdatePartnerInput!){ updatePartner(input:$i) { id } }`,
          {
            i: { id: target.partner.id, version, legalName: `Legal ${next()}` },
          },
        ),
      };
    },
    expect: onlyVendorAdmin,
  },
  // ---- personas
  personas: {
    targeted: false,
    run: async ({ client, persona }) => {
      const result = await client.gql<{ personas: { items: { id: string }[] } }>(
        `{ personas(page:{limit:100}) { items { id } } }`,
      );
      return { result, contains: ids(result.data?.personas.items).includes(persona.id) };
    },
    expect: allowAll(),
  },
  persona: {
    targeted: false,
    run: async ({ client, persona }) => ({
      result: await client.gql(
        `query($id:ID!){ persona(id:$id) { id published { name } following openProposalCount } }`,
        { id: persona.id },
      ),
    }),
    expect: allowAll(),
  },
  personaVersions: {
    targeted: false,
    run: async ({ client, persona }) => ({
      result: await client.gql(`query($id:ID!){ personaVersions(personaId:$id) { totalCount } }`, {
        id: persona.id,
      }),
    }),
    expect: allowAll(),
  },
  personaDiff: {
    targeted: false,
    run: async ({ client, persona }) => ({
      result: await client.gql(
        `query($id:ID!){ personaDiff(personaId:$id, from:1, to:1) { field } }`,
        { id: persona.id },
      ),
    }),
    expect: allowAll(),
  },
  personaComments: {
    targeted: true,
    run: async ({ client, persona, target, t }) => {
      const c = await t.factories.personaComment({
        personaId: persona.id,
        partnerId: target.partner.id,
        authorId: target.marketer.id,
      });
      const result = await client.gql<{ personaComments: { items: { id: string }[] } }>(
        `query($id:ID!){ personaComments(personaId:$id, page:{limit:100}) { items { id mine } } }`,
        { id: persona.id },
      );
      return { result, contains: ids(result.data?.personaComments.items).includes(c.id) };
    },
    expect: {
      VENDOR_ADMIN: 'OK',
      CHANNEL_MANAGER: 'OK',
      VENDOR_MARKETER: 'OK',
      PARTNER_ADMIN: ['OK', 'HIDDEN'],
      PARTNER_MARKETER: ['OK', 'HIDDEN'],
      PARTNER_SALES_REP: ['OK', 'HIDDEN'],
      ANONYMOUS: 'UNAUTHENTICATED',
    },
  },
  createPersona: {
    targeted: false,
    run: async ({ client }) => ({
      result: await client.gql(
        `mutation($c:PersonaContentInput!){ createPersona(content:$c) { id } }`,
        { c: PERSONA_CONTENT },
      ),
    }),
    expect: personaManagers,
  },
  updatePersonaDraft: {
    targeted: false,
    run: async ({ client, t }) => {
      const p = await t.factories.persona();
      return {
        result: await client.gql(
          `mutation($id:ID!,$v:Int!,$c:PersonaContentInput!){ updatePersonaDraft(id:$id, version:$v, content:$c) { id } }`,
          {
            id: p.id,
            v: p.version,
            c: PERSONA_CONTENT,
          },
        ),
      };
    },
    expect: personaManagers,
  },
  publishPersona: {
    targeted: false,
    run: async ({ client, t }) => {
      const p = await t.factories.persona({}, false);
      return {
        result: await client.gql(
          `mutation($id:ID!){ publishPersona(id:$id, changeNote:"v1") { publishedVersion } }`,
          { id: p.id },
        ),
      };
    },
    expect: personaManagers,
  },
  retirePersona: {
    targeted: false,
    run: async ({ client, t }) => {
      const p = await t.factories.persona();
      return {
        result: await client.gql(`mutation($id:ID!){ retirePersona(id:$id) { status } }`, {
          id: p.id,
        }),
      };
    },
    expect: personaManagers,
  },
  followPersona: {
    targeted: false,
    run: async ({ client, persona }) => ({
      result: await client.gql(`mutation($id:ID!){ followPersona(personaId:$id, follow:true) }`, {
        id: persona.id,
      }),
    }),
    expect: allowAll(),
  },
  commentOnPersona: {
    targeted: false,
    run: async ({ client, persona }) => ({
      result: await client.gql(
        `mutation($id:ID!){ commentOnPersona(personaId:$id, body:"Useful") { id } }`,
        { id: persona.id },
      ),
    }),
    expect: allowAll(),
  },
  proposePersonaChange: {
    targeted: false,
    run: async ({ client, persona }) => ({
      result: await client.gql(
        `mutation($id:ID!){ proposePersonaChange(personaId:$id, field:"goals", suggestion:"Grow", evidence:"Seen it") { id status } }`,
        { id: persona.id },
      ),
    }),
    expect: allowAll(),
  },
  acceptPersonaProposal: {
    targeted: true,
    run: async ({ client, target, t }) => {
      const p = await t.factories.persona();
      const c = await t.factories.personaComment({
        personaId: p.id,
        partnerId: target.partner.id,
        suggestion: 'New pain',
      });
      return {
        result: await client.gql(
          `mutation($id:ID!){ acceptPersonaProposal(commentId:$id) { status acceptedVersion } }`,
          { id: c.id },
        ),
      };
    },
    expect: personaManagers,
  },
  declinePersonaProposal: {
    targeted: true,
    run: async ({ client, target, t, persona }) => {
      const c = await t.factories.personaComment({
        personaId: persona.id,
        partnerId: target.partner.id,
        suggestion: 'New pain',
      });
      return {
        result: await client.gql(
          `mutation($id:ID!){ declinePersonaProposal(commentId:$id, reason:"Not typical") { status } }`,
          { id: c.id },
        ),
      };
    },
    expect: personaManagers,
  },
  // ---- campaigns
  campaigns: {
    targeted: true,
    run: async ({ client, target, t }) => {
      const c = await t.factories.campaign({ targets: [target.partner.id] });
      const result = await client.gql<{ campaigns: { items: { id: string }[] } }>(
        `{ campaigns(page:{limit:100}) { items { id phase canManage } } }`,
      );
      return { result, contains: ids(result.data?.campaigns.items).includes(c.id) };
    },
    expect: partnerScopedRead('UNAUTHENTICATED', 'HIDDEN'),
  },
  campaignFeed: {
    targeted: true,
    run: async ({ client, target, t }) => {
      const c = await t.factories.campaign({ targets: [target.partner.id] });
      const result = await client.gql<{ campaignFeed: { items: { id: string }[] } }>(
        `{ campaignFeed(page:{limit:100}) { items { id acknowledgedByMe acknowledgementCount targetPartnerCount personas { id } } } }`,
      );
      return { result, contains: ids(result.data?.campaignFeed.items).includes(c.id) };
    },
    expect: partnerScopedRead('UNAUTHENTICATED', 'HIDDEN'),
  },
  campaign: {
    targeted: true,
    run: async ({ client, target, t }) => {
      const c = await t.factories.campaign({ partnerId: target.partner.id });
      return {
        result: await client.gql(`query($id:ID!){ campaign(id:$id) { id name } }`, { id: c.id }),
      };
    },
    expect: partnerScopedRead('UNAUTHENTICATED', 'NOT_FOUND'),
  },
  createCampaign: {
    targeted: false,
    run: async ({ client }) => ({
      result: await client.gql(`mutation($i:CampaignInput!){ createCampaign(input:$i) { id } }`, {
        i: CAMPAIGN_INPUT,
      }),
    }),
    expect: {
      VENDOR_ADMIN: 'OK',
      CHANNEL_MANAGER: 'FORBIDDEN',
      VENDOR_MARKETER: 'OK',
      PARTNER_ADMIN: 'OK',
      PARTNER_MARKETER: 'OK',
      PARTNER_SALES_REP: 'FORBIDDEN',
      ANONYMOUS: 'UNAUTHENTICATED',
    },
  },
  updateCampaign: {
    targeted: true,
    run: async (env) => {
      const c = await draftCampaignFor(env);
      return {
        result: await env.client.gql(
          `mutation($i:UpdateCampaignInput!){ updateCampaign(input:$i) { id } }`,
          {
            i: { ...CAMPAIGN_INPUT, id: c.id, version: c.version, name: 'Renamed campaign' },
          },
        ),
      };
    },
    expect: campaignManagers,
  },
  launchCampaign: {
    targeted: true,
    run: async (env) => {
      const c = await draftCampaignFor(env);
      return {
        result: await env.client.gql(`mutation($id:ID!){ launchCampaign(id:$id) { status } }`, {
          id: c.id,
        }),
      };
    },
    expect: campaignManagers,
  },
  cancelCampaign: {
    targeted: true,
    run: async (env) => {
      const c = await draftCampaignFor(env);
      return {
        result: await env.client.gql(
          `mutation($id:ID!){ cancelCampaign(id:$id, reason:"x") { status } }`,
          { id: c.id },
        ),
      };
    },
    expect: campaignManagers,
  },
  acknowledgeCampaign: {
    targeted: true,
    run: async ({ client, target, t }) => {
      const c = await t.factories.campaign({ targets: [target.partner.id] });
      return {
        result: await client.gql(
          `mutation($id:ID!){ acknowledgeCampaign(id:$id) { id acknowledgedByMe } }`,
          { id: c.id },
        ),
      };
    },
    expect: partnerScopedRead('UNAUTHENTICATED', 'NOT_FOUND'),
  },
  // ---- content
  contentAssets: {
    targeted: false,
    run: async ({ client, t }) => {
      const a = await t.factories.asset();
      const result = await client.gql<{ contentAssets: { items: { id: string }[] } }>(
        `{ contentAssets(page:{limit:100}) { items { id downloadPath previewPath downloadCount personas { id } minTier { id } } } }`,
      );
      return { result, contains: ids(result.data?.contentAssets.items).includes(a.id) };
    },
    expect: allowAll(),
  },
  contentAsset: {
    targeted: false,
    run: async ({ client, t }) => {
      const a = await t.factories.asset();
      return {
        result: await client.gql(`query($id:ID!){ contentAsset(id:$id) { id title } }`, {
          id: a.id,
        }),
      };
    },
    expect: allowAll(),
  },
  createLinkAsset: {
    targeted: false,
    run: async ({ client }) => ({
      result: await client.gql(`mutation($i:LinkAssetInput!){ createLinkAsset(input:$i) { id } }`, {
        i: ASSET_INPUT,
      }),
    }),
    expect: contentManagers,
  },
  updateAsset: {
    targeted: false,
    run: async ({ client, t }) => {
      const a = await t.factories.asset();
      return {
        result: await client.gql(`mutation($i:UpdateAssetInput!){ updateAsset(input:$i) { id } }`, {
          i: { ...ASSET_INPUT, id: a.id, version: a.version },
        }),
      };
    },
    expect: contentManagers,
  },
  contentKits: {
    targeted: false,
    run: async ({ client, t }) => {
      const k = await t.factories.kit([(await t.factories.asset()).id]);
      const result = await client.gql<{ contentKits: { items: { id: string }[] } }>(
        `{ contentKits(page:{limit:100}) { items { id downloadPath downloadCount assets { id } persona { id } } } }`,
      );
      return { result, contains: ids(result.data?.contentKits.items).includes(k.id) };
    },
    expect: allowAll(),
  },
  contentKit: {
    targeted: false,
    run: async ({ client, t }) => {
      const k = await t.factories.kit([(await t.factories.asset()).id]);
      return {
        result: await client.gql(`query($id:ID!){ contentKit(id:$id) { id name } }`, { id: k.id }),
      };
    },
    expect: allowAll(),
  },
  saveKit: {
    targeted: false,
    run: async ({ client, t }) => {
      const a = await t.factories.asset();
      return {
        result: await client.gql(`mutation($i:KitInput!){ saveKit(input:$i) { id } }`, {
          i: { name: 'Matrix kit', assetIds: [a.id] },
        }),
      };
    },
    expect: contentManagers,
  },
  contentDownloads: {
    targeted: true,
    run: async ({ client, target, t }) => {
      const a = await t.factories.asset();
      const d = await t.factories.download({
        assetId: a.id,
        userId: target.marketer.id,
        partnerId: target.partner.id,
      });
      const result = await client.gql<{ contentDownloads: { items: { id: string }[] } }>(
        `{ contentDownloads(page:{limit:100}) { items { id } } }`,
      );
      return { result, contains: ids(result.data?.contentDownloads.items).includes(d.id) };
    },
    expect: downloadsVisible,
  },
  downloadReport: {
    targeted: true,
    run: async ({ client, target, t }) => {
      const a = await t.factories.asset();
      await t.factories.download({
        assetId: a.id,
        userId: target.marketer.id,
        partnerId: target.partner.id,
      });
      const result = await client.gql<{ downloadReport: { items: { key: string }[] } }>(
        `{ downloadReport(groupBy: PARTNER, page:{limit:100}) { items { key label downloads } } }`,
      );
      return {
        result,
        contains: (result.data?.downloadReport.items ?? []).some(
          (r) => r.key === target.partner.id,
        ),
      };
    },
    expect: downloadsVisible,
  },
  // ---- definitions
  funnelDefinition: {
    targeted: false,
    run: async ({ client }) => ({
      result: await client.gql(
        `{ funnelDefinition { id number stages { stage } acknowledgements { side } } }`,
      ),
    }),
    expect: allowAll(),
  },
  funnelDefinitionDraft: {
    targeted: false,
    run: async ({ client }) => ({ result: await client.gql(`{ funnelDefinitionDraft { id } }`) }),
    expect: onlyVendorAdmin,
  },
  funnelDefinitionVersions: {
    targeted: false,
    run: async ({ client }) => ({
      result: await client.gql(`{ funnelDefinitionVersions { totalCount } }`),
    }),
    expect: allowAll(),
  },
  definitionAgreements: {
    targeted: true,
    run: async ({ client, target }) => {
      const result = await client.gql<{ definitionAgreements: { items: { partnerId: string }[] } }>(
        `{ definitionAgreements(page:{limit:100}) { items { partnerId marketingVersion salesVersion } } }`,
      );
      return {
        result,
        contains: (result.data?.definitionAgreements.items ?? []).some(
          (r) => r.partnerId === target.partner.id,
        ),
      };
    },
    expect: {
      VENDOR_ADMIN: 'OK',
      CHANNEL_MANAGER: ['OK', 'HIDDEN'],
      VENDOR_MARKETER: 'OK',
      PARTNER_ADMIN: ['OK', 'HIDDEN'],
      PARTNER_MARKETER: ['OK', 'HIDDEN'],
      PARTNER_SALES_REP: ['OK', 'HIDDEN'],
      ANONYMOUS: 'UNAUTHENTICATED',
    },
  },
  saveFunnelDefinitionDraft: {
    targeted: false,
    run: async ({ client, t }) => {
      const draft = await t.factories.definition(DefinitionStatus.DRAFT);
      return {
        result: await client.gql(
          `mutation($i:FunnelDefinitionInput!){ saveFunnelDefinitionDraft(input:$i) { id } }`,
          {
            i: { ...DEFINITION_INPUT, version: draft.version },
          },
        ),
      };
    },
    expect: onlyVendorAdmin,
  },
  publishFunnelDefinition: {
    targeted: false,
    run: async ({ client, t }) => {
      await t.factories.definition(DefinitionStatus.DRAFT);
      return {
        result: await client.gql(
          `mutation { publishFunnelDefinition(changeNote:"matrix") { number } }`,
        ),
      };
    },
    expect: onlyVendorAdmin,
  },
  acknowledgeFunnelDefinition: {
    targeted: false,
    run: async ({ client, t }) => {
      const d = await t.factories.definition();
      return {
        result: await client.gql(
          `mutation($id:ID!){ acknowledgeFunnelDefinition(definitionId:$id, sides:[MARKETING, SALES]) { side } }`,
          {
            id: d.id,
          },
        ),
      };
    },
    expect: onlyPartnerAdmin,
  },
  reasonCodes: {
    targeted: false,
    run: async ({ client }) => ({ result: await client.gql(`{ reasonCodes { id code } }`) }),
    expect: allowAll(),
  },
  saveReasonCode: {
    targeted: false,
    run: async ({ client }) => ({
      result: await client.gql(`mutation($i:ReasonCodeInput!){ saveReasonCode(input:$i) { id } }`, {
        i: { kind: 'LOSS', code: `M_${next()}`, label: 'Matrix reason' },
      }),
    }),
    expect: onlyVendorAdmin,
  },
  // ---- Leads, hand-offs, routing and SLA ----------------------------------------------------
  leads: {
    targeted: true,
    run: async ({ client, t, target }) => {
      const lead = await heldLead(t, target, 'PENDING');
      const result = await client.gql<{ leads: { items: { id: string }[] } }>(
        `query($s:String!){ leads(filter:{search:$s}) { items { id } } }`,
        { s: lead.email },
      );
      return { result, contains: (result.data?.leads.items ?? []).some((l) => l.id === lead.id) };
    },
    expect: {
      VENDOR_ADMIN: 'OK',
      CHANNEL_MANAGER: ['OK', 'HIDDEN'],
      VENDOR_MARKETER: 'OK',
      PARTNER_ADMIN: ['OK', 'HIDDEN'],
      PARTNER_MARKETER: ['OK', 'HIDDEN'],
      PARTNER_SALES_REP: ['OK', 'HIDDEN'],
      ANONYMOUS: 'UNAUTHENTICATED',
    },
  },
  lead: {
    targeted: true,
    run: async ({ client, t, target }) => {
      const lead = await heldLead(t, target, 'ACCEPTED');
      return {
        result: await client.gql(
          `query($id:ID!){ lead(id:$id) { id stageHistory { stage } offers { status reasonLabel } slaEvents { kind } currentOffer { id } } }`,
          { id: lead.id },
        ),
      };
    },
    expect: {
      VENDOR_ADMIN: 'OK',
      CHANNEL_MANAGER: ['OK', 'NOT_FOUND'],
      VENDOR_MARKETER: 'OK',
      PARTNER_ADMIN: ['OK', 'NOT_FOUND'],
      PARTNER_MARKETER: ['OK', 'NOT_FOUND'],
      PARTNER_SALES_REP: ['OK', 'NOT_FOUND'],
      ANONYMOUS: 'UNAUTHENTICATED',
    },
  },
  leadAssignees: {
    targeted: true,
    run: async ({ client, target }) => {
      const result = await client.gql<{ leadAssignees: { id: string }[] }>(
        `query($p:ID){ leadAssignees(partnerId:$p) { id name openOffers } }`,
        { p: target.partner.id },
      );
      return {
        result,
        contains: (result.data?.leadAssignees ?? []).some((u) => u.id === target.rep.id),
      };
    },
    expect: {
      VENDOR_ADMIN: 'OK',
      CHANNEL_MANAGER: ['OK', 'NOT_FOUND'],
      VENDOR_MARKETER: 'FORBIDDEN',
      PARTNER_ADMIN: ['OK', 'HIDDEN'],
      PARTNER_MARKETER: ['OK', 'HIDDEN'],
      PARTNER_SALES_REP: 'FORBIDDEN',
      ANONYMOUS: 'UNAUTHENTICATED',
    },
  },
  leadSlaCompliance: {
    targeted: true,
    run: async ({ client, t, target }) => {
      await heldLead(t, target, 'ACCEPTED');
      const now = t.clock.now().getTime();
      const result = await client.gql<{ leadSlaCompliance: { userId: string | null }[] }>(
        `query($p:ID,$f:DateTime!,$to:DateTime!){ leadSlaCompliance(partnerId:$p, from:$f, to:$to) { userId label offersDue acceptCompliance } }`,
        {
          p: target.partner.id,
          f: new Date(now - 86_400_000).toISOString(),
          to: new Date(now + 7 * 86_400_000).toISOString(),
        },
      );
      return {
        result,
        contains: (result.data?.leadSlaCompliance ?? []).some((r) => r.userId === target.rep.id),
      };
    },
    expect: {
      VENDOR_ADMIN: 'OK',
      CHANNEL_MANAGER: ['OK', 'NOT_FOUND'],
      VENDOR_MARKETER: 'OK',
      PARTNER_ADMIN: ['OK', 'HIDDEN'],
      PARTNER_MARKETER: ['OK', 'HIDDEN'],
      PARTNER_SALES_REP: ['OK', 'HIDDEN'],
      ANONYMOUS: 'UNAUTHENTICATED',
    },
  },
  leadByExternalId: {
    targeted: true,
    run: async ({ client, t, target }) => {
      const lead = await heldLead(t, target, 'ACCEPTED');
      const externalId = `mx-${next()}`;
      await t.db.asSystem((em) =>
        em.query(`UPDATE lead SET origin_partner_id = partner_id, external_id = $2 WHERE id = $1`, [
          lead.id,
          externalId,
        ]),
      );
      const result = await client.gql<{ leadByExternalId: { id: string } | null }>(
        `query($x:String!){ leadByExternalId(externalId:$x) { id } }`,
        { x: externalId },
      );
      return { result, contains: result.data?.leadByExternalId?.id === lead.id };
    },
    // External ids are per owner: vendor staff look up the vendor's own leads.
    expect: {
      VENDOR_ADMIN: 'HIDDEN',
      CHANNEL_MANAGER: 'HIDDEN',
      VENDOR_MARKETER: 'HIDDEN',
      PARTNER_ADMIN: ['OK', 'HIDDEN'],
      PARTNER_MARKETER: ['OK', 'HIDDEN'],
      PARTNER_SALES_REP: ['OK', 'HIDDEN'],
      ANONYMOUS: 'UNAUTHENTICATED',
    },
  },
  apiTokens: {
    targeted: true,
    run: async ({ client, t, target }) => {
      const id = await apiTokenOf(t, target);
      const result = await client.gql<{ apiTokens: { id: string }[] }>(
        `{ apiTokens { id name partnerName lastUsedAt } }`,
      );
      return { result, contains: (result.data?.apiTokens ?? []).some((x) => x.id === id) };
    },
    expect: integrationAdmins('HIDDEN'),
  },
  createApiToken: {
    targeted: false,
    run: async ({ client }) => ({
      result: await client.gql(
        `mutation($i:CreateApiTokenInput!){ createApiToken(input:$i) { secret token { id } } }`,
        { i: { name: 'Matrix token', permissions: ['lead:read'] } },
      ),
    }),
    expect: { ...onlyVendorAdmin, PARTNER_ADMIN: 'OK' },
  },
  revokeApiToken: {
    targeted: true,
    run: async ({ client, t, target }) => {
      const id = await apiTokenOf(t, target);
      const result = await client.gql<{ revokeApiToken: { id: string } }>(
        `mutation($id:ID!){ revokeApiToken(id:$id) { id revokedAt } }`,
        { id },
      );
      return { result, contains: result.data?.revokeApiToken.id === id };
    },
    expect: integrationAdmins('NOT_FOUND'),
  },
  createLead: {
    targeted: false,
    run: async ({ client }) => ({
      result: await client.gql(`mutation($i:CreateLeadInput!){ createLead(input:$i) { id } }`, {
        i: { contactName: 'Matrix Lead', email: `m-${next()}@buyer.example`, company: 'Matrix' },
      }),
    }),
    expect: {
      VENDOR_ADMIN: 'OK',
      CHANNEL_MANAGER: 'FORBIDDEN',
      VENDOR_MARKETER: 'OK',
      PARTNER_ADMIN: 'OK',
      PARTNER_MARKETER: 'OK',
      PARTNER_SALES_REP: 'OK',
      ANONYMOUS: 'UNAUTHENTICATED',
    },
  },
  updateLead: {
    targeted: true,
    run: async ({ client, t, target }) => {
      const lead = await t.factories.lead({
        originPartnerId: target.partner.id,
        partnerId: target.partner.id,
        assignedUserId: target.rep.id,
        offer: 'ACCEPTED',
      });
      return {
        result: await client.gql(`mutation($i:UpdateLeadInput!){ updateLead(input:$i) { id } }`, {
          i: {
            id: lead.id,
            version: lead.version,
            contactName: 'Renamed',
            email: lead.email,
            company: 'Matrix',
          },
        }),
      };
    },
    expect: {
      VENDOR_ADMIN: 'FORBIDDEN',
      CHANNEL_MANAGER: ['FORBIDDEN', 'NOT_FOUND'],
      VENDOR_MARKETER: 'FORBIDDEN',
      PARTNER_ADMIN: ['OK', 'NOT_FOUND'],
      PARTNER_MARKETER: ['OK', 'NOT_FOUND'],
      PARTNER_SALES_REP: ['OK', 'NOT_FOUND'],
      ANONYMOUS: 'UNAUTHENTICATED',
    },
  },
  previewLeadImport: {
    targeted: false,
    run: async ({ client }) => ({
      result: await client.gql(
        `mutation($i:ImportLeadsInput!){ previewLeadImport(input:$i) { totalRows } }`,
        { i: { csv: `contact_name,email\nMatrix,m-${next()}@buyer.example\n` } },
      ),
    }),
    expect: leadImporters,
  },
  importLeads: {
    targeted: false,
    run: async ({ client }) => ({
      result: await client.gql(
        `mutation($i:ImportLeadsInput!){ importLeads(input:$i) { created } }`,
        { i: { csv: `contact_name,email\nMatrix,m-${next()}@buyer.example\n` } },
      ),
    }),
    expect: leadImporters,
  },
  acceptLeadOffer: {
    targeted: true,
    run: async ({ client, t, target }) => {
      const lead = await heldLead(t, target, 'PENDING');
      return {
        result: await client.gql(`mutation($id:ID!){ acceptLeadOffer(leadId:$id) { id } }`, {
          id: lead.id,
        }),
      };
    },
    expect: leadWorkers,
  },
  rejectLeadOffer: {
    targeted: true,
    run: async ({ client, t, target }) => {
      const lead = await heldLead(t, target, 'PENDING');
      const reason = await t.factories.reasonCode(ReasonKind.REJECTION);
      return {
        result: await client.gql(`mutation($i:RejectOfferInput!){ rejectLeadOffer(input:$i) }`, {
          i: { leadId: lead.id, reasonCodeId: reason.id, comment: 'Matrix', contactReached: false },
        }),
      };
    },
    expect: leadWorkers,
  },
  markLeadContacted: {
    targeted: true,
    run: async ({ client, t, target }) => {
      const lead = await heldLead(t, target, 'ACCEPTED');
      return {
        result: await client.gql(`mutation($id:ID!){ markLeadContacted(leadId:$id) { id } }`, {
          id: lead.id,
        }),
      };
    },
    expect: leadWorkers,
  },
  moveLeadStage: {
    targeted: true,
    run: async ({ client, t, target }) => {
      const lead = await heldLead(t, target, 'ACCEPTED');
      return {
        result: await client.gql(
          `mutation($i:MoveLeadStageInput!){ moveLeadStage(input:$i) { stage } }`,
          { i: { leadId: lead.id, stage: 'OPPORTUNITY', comment: 'Matrix' } },
        ),
      };
    },
    expect: {
      VENDOR_ADMIN: 'FORBIDDEN',
      CHANNEL_MANAGER: ['FORBIDDEN', 'NOT_FOUND'],
      VENDOR_MARKETER: 'FORBIDDEN',
      PARTNER_ADMIN: ['OK', 'NOT_FOUND'],
      PARTNER_MARKETER: ['FORBIDDEN', 'NOT_FOUND'],
      PARTNER_SALES_REP: ['OK', 'NOT_FOUND'],
      ANONYMOUS: 'UNAUTHENTICATED',
    },
  },
  assignLead: {
    targeted: true,
    run: async ({ client, t, target, caller }) => {
      // Vendor staff hand a manual-queue vendor lead to the target partner; partner staff hand
      // a lead waiting in the target partner's queue to the target partner's rep.
      const lead = isVendor(caller)
        ? await t.factories.lead({ handoff: LeadHandoff.MANUAL })
        : await t.factories.lead({
            originPartnerId: target.partner.id,
            partnerId: target.partner.id,
            handoff: LeadHandoff.PARTNER_QUEUE,
          });
      return {
        result: await client.gql(`mutation($i:AssignLeadInput!){ assignLead(input:$i) { id } }`, {
          i: {
            leadId: lead.id,
            partnerId: isVendor(caller) ? target.partner.id : null,
            userId: target.rep.id,
            note: 'Matrix',
          },
        }),
      };
    },
    expect: {
      VENDOR_ADMIN: 'OK',
      CHANNEL_MANAGER: ['OK', 'NOT_FOUND'],
      VENDOR_MARKETER: 'FORBIDDEN',
      PARTNER_ADMIN: ['OK', 'NOT_FOUND'],
      PARTNER_MARKETER: ['OK', 'NOT_FOUND'],
      PARTNER_SALES_REP: 'FORBIDDEN',
      ANONYMOUS: 'UNAUTHENTICATED',
    },
  },
  routeLead: {
    targeted: false,
    run: async ({ client, t }) => {
      const lead = await t.factories.lead({ handoff: LeadHandoff.MANUAL });
      return {
        result: await client.gql(`mutation($id:ID!){ routeLead(leadId:$id) { id handoff } }`, {
          id: lead.id,
        }),
      };
    },
    expect: {
      VENDOR_ADMIN: 'OK',
      CHANNEL_MANAGER: 'OK',
      VENDOR_MARKETER: 'FORBIDDEN',
      PARTNER_ADMIN: 'NOT_FOUND',
      PARTNER_MARKETER: 'NOT_FOUND',
      PARTNER_SALES_REP: 'FORBIDDEN',
      ANONYMOUS: 'UNAUTHENTICATED',
    },
  },
  routingRules: {
    targeted: false,
    run: async ({ client }) => ({ result: await client.gql(`{ routingRules { id name } }`) }),
    expect: vendorLeadAdmins,
  },
  slaPolicies: {
    targeted: false,
    run: async ({ client }) => ({ result: await client.gql(`{ slaPolicies { id name } }`) }),
    expect: vendorLeadAdmins,
  },
  saveRoutingRule: {
    targeted: false,
    run: async ({ client }) => ({
      result: await client.gql(
        `mutation($i:RoutingRuleInput!){ saveRoutingRule(input:$i) { id } }`,
        {
          i: { name: `Matrix rule ${next()}`, leadCountries: ['US'] },
        },
      ),
    }),
    expect: onlyVendorAdmin,
  },
  reorderRoutingRules: {
    targeted: false,
    run: async ({ client, t }) => {
      await t.factories.routingRule();
      const ids: { id: string }[] = await t.db.asSystem((em) =>
        em.query(`SELECT id FROM routing_rule ORDER BY position DESC`),
      );
      return {
        result: await client.gql(`mutation($ids:[ID!]!){ reorderRoutingRules(ids:$ids) { id } }`, {
          ids: ids.map((r) => r.id),
        }),
      };
    },
    expect: onlyVendorAdmin,
  },
  deleteRoutingRule: {
    targeted: false,
    run: async ({ client, t }) => {
      const rule = await t.factories.routingRule();
      return {
        result: await client.gql(`mutation($id:ID!){ deleteRoutingRule(id:$id) }`, { id: rule.id }),
      };
    },
    expect: onlyVendorAdmin,
  },
  saveSlaPolicy: {
    targeted: false,
    run: async ({ client, t }) => {
      const tier = await t.factories.tier({ name: `Tier ${next()}`, rank: 100 + seq });
      return {
        result: await client.gql(`mutation($i:SlaPolicyInput!){ saveSlaPolicy(input:$i) { id } }`, {
          i: { name: 'Matrix SLA', tierId: tier.id, acceptHours: 8, contactHours: 16 },
        }),
      };
    },
    expect: onlyVendorAdmin,
  },
  deleteSlaPolicy: {
    targeted: false,
    run: async ({ client, t }) => {
      const tier = await t.factories.tier({ name: `Tier ${next()}`, rank: 100 + seq });
      const policy = await t.factories.slaPolicy({ tierId: tier.id });
      return {
        result: await client.gql(`mutation($id:ID!){ deleteSlaPolicy(id:$id) }`, { id: policy.id }),
      };
    },
    expect: onlyVendorAdmin,
  },
  // ---- Single sign-on (program settings) ---------------------------------------------------
  ssoConnections: {
    targeted: false,
    run: async ({ client, t }) => {
      const connection = await ssoConnection(t);
      const result = await client.gql<{ ssoConnections: { id: string }[] }>(
        `{ ssoConnections { id clientSecretSet } }`,
      );
      return {
        result,
        contains: (result.data?.ssoConnections ?? []).some((c) => c.id === connection.id),
      };
    },
    expect: onlyVendorAdmin,
  },
  ssoRedirectUri: {
    targeted: false,
    run: async ({ client }) => ({ result: await client.gql(`{ ssoRedirectUri }`) }),
    expect: onlyVendorAdmin,
  },
  saveSsoConnection: {
    targeted: false,
    run: async ({ client }) => ({
      result: await client.gql(
        `mutation($i:SsoConnectionInput!){ saveSsoConnection(input:$i) { id } }`,
        {
          i: {
            name: `IdP ${next()}`,
            issuer: 'https://idp.example',
            clientId: 'tandem',
            clientSecret: 'secret',
            emailDomains: [`m${next()}.example`],
            defaultRole: Role.VENDOR_MARKETER,
          },
        },
      ),
    }),
    expect: onlyVendorAdmin,
  },
  deleteSsoConnection: {
    targeted: false,
    run: async ({ client, t }) => {
      const connection = await ssoConnection(t);
      return {
        result: await client.gql(`mutation($id:ID!){ deleteSsoConnection(id:$id) }`, {
          id: connection.id,
        }),
      };
    },
    expect: onlyVendorAdmin,
  },
  testSsoConnection: {
    targeted: false,
    run: async ({ client, t }) => {
      const connection = await ssoConnection(t);
      return {
        result: await client.gql(`mutation($id:ID!){ testSsoConnection(id:$id) { ok message } }`, {
          id: connection.id,
        }),
      };
    },
    expect: onlyVendorAdmin,
  },
  // ---- Deal registration -------------------------------------------------------------------
  dealRegistrations: {
    targeted: true,
    run: async ({ client, t, target }) => {
      const deal = await targetDeal(t, target, DealStatus.SUBMITTED);
      const result = await client.gql<{ dealRegistrations: { items: { id: string }[] } }>(
        `query($s:String!){ dealRegistrations(filter:{search:$s}) { items { id } } }`,
        { s: deal.companyName },
      );
      return {
        result,
        contains: (result.data?.dealRegistrations.items ?? []).some((d) => d.id === deal.id),
      };
    },
    expect: dealReaders('HIDDEN'),
  },
  dealRegistration: {
    targeted: true,
    run: async ({ client, t, target }) => {
      const deal = await targetDeal(t, target, DealStatus.SUBMITTED);
      return {
        result: await client.gql(
          `query($id:ID!){ dealRegistration(id:$id) { id reference lines { amount } timeline { toStatus } extensions { id } decisions { id } } }`,
          { id: deal.id },
        ),
      };
    },
    expect: dealReaders('NOT_FOUND'),
  },
  dealAccountEngaged: {
    targeted: false,
    run: async ({ client }) => ({
      result: await client.gql(`{ dealAccountEngaged(website: "acme.example") }`),
    }),
    expect: dealRegistrants('FORBIDDEN'),
  },
  dealSettings: {
    targeted: false,
    run: async ({ client }) => ({
      result: await client.gql(`{ dealSettings { protectionDays } }`),
    }),
    expect: {
      VENDOR_ADMIN: 'OK',
      CHANNEL_MANAGER: 'OK',
      VENDOR_MARKETER: 'FORBIDDEN',
      PARTNER_ADMIN: 'OK',
      PARTNER_MARKETER: 'FORBIDDEN',
      PARTNER_SALES_REP: 'OK',
      ANONYMOUS: 'UNAUTHENTICATED',
    },
  },
  analyticsCalendar: {
    targeted: false,
    run: async ({ client }) => ({
      result: await client.gql(`{ analyticsCalendar { fiscalYearStartMonth timeZone } }`),
    }),
    expect: allowAll(),
  },
  updateAnalyticsSettings: {
    targeted: false,
    run: async ({ client }) => ({
      result: await client.gql(
        `mutation { updateAnalyticsSettings(input: { fiscalYearStartMonth: 1 }) { fiscalYearStartMonth } }`,
      ),
    }),
    expect: onlyVendorAdmin,
  },
  periods: {
    targeted: false,
    run: async ({ client }) => ({
      result: await client.gql(`{ periods(kind: QUARTER) { code } }`),
    }),
    expect: allowAll(),
  },
  partnerScorecard: {
    targeted: true,
    run: async ({ client, t, target }) => {
      const result = await client.gql<{ partnerScorecard: { partnerId: string } }>(
        `query($p: ID, $q: String!) { partnerScorecard(partnerId: $p, periodCode: $q) { partnerId lines { metric value } } }`,
        { p: target.partner.id, q: quarterOf(t) },
      );
      return { result, contains: result.data?.partnerScorecard.partnerId === target.partner.id };
    },
    expect: analyticsReaders,
  },
  teamScorecard: {
    targeted: true,
    run: async ({ client, t, target }) => {
      const result = await client.gql<{ teamScorecard: { userId: string }[] }>(
        `query($p: ID, $q: String!) { teamScorecard(partnerId: $p, periodCode: $q) { userId } }`,
        { p: target.partner.id, q: quarterOf(t) },
      );
      return {
        result,
        contains: (result.data?.teamScorecard ?? []).some((r) => r.userId === target.rep.id),
      };
    },
    expect: analyticsReaders,
  },
  partnerGoals: {
    targeted: true,
    run: async ({ client, t, target }) => {
      const id = await targetGoal(t, target);
      const result = await client.gql<{ partnerGoals: { goals: { id: string }[] } }>(
        `query($p: ID, $q: String!) { partnerGoals(partnerId: $p, periodCode: $q) { goals { id status } } }`,
        { p: target.partner.id, q: quarterOf(t) },
      );
      return { result, contains: ids(result.data?.partnerGoals.goals).includes(id) };
    },
    expect: analyticsReaders,
  },
  goalOverview: {
    targeted: true,
    run: async ({ client, t, target }) => {
      await targetGoal(t, target);
      const result = await client.gql<{ goalOverview: { items: { partnerId: string }[] } }>(
        `query($q: String!, $ids: [ID!]) { goalOverview(periodCode: $q, filter: { partnerIds: $ids }) { items { partnerId goals } } }`,
        { q: quarterOf(t), ids: [target.partner.id] },
      );
      return {
        result,
        contains: (result.data?.goalOverview.items ?? []).some(
          (i) => i.partnerId === target.partner.id,
        ),
      };
    },
    expect: goalManagers('HIDDEN'),
  },
  partnerLeaderboard: {
    targeted: true,
    run: async ({ client, t, target }) => {
      const result = await client.gql<{ partnerLeaderboard: { items: { partnerId: string }[] } }>(
        `query($q: String!, $ids: [ID!]) { partnerLeaderboard(periodCode: $q, filter: { partnerIds: $ids }) { items { partnerId } } }`,
        { q: quarterOf(t), ids: [target.partner.id] },
      );
      return {
        result,
        contains: (result.data?.partnerLeaderboard.items ?? []).some(
          (i) => i.partnerId === target.partner.id,
        ),
      };
    },
    expect: channelReaders('HIDDEN'),
  },
  channelFunnel: {
    targeted: false,
    run: async ({ client, t }) => ({
      result: await client.gql(
        `query($q: String!) { channelFunnel(periodCode: $q) { partners stages { metric count } } }`,
        { q: quarterOf(t) },
      ),
    }),
    expect: channelReaders('OK'),
  },
  closedLoop: {
    targeted: false,
    run: async ({ client, t }) => ({
      result: await client.gql(
        `query($q: String!) { closedLoop(periodCode: $q, groupBy: CAMPAIGN) { label leads } }`,
        { q: quarterOf(t) },
      ),
    }),
    expect: channelReaders('OK'),
  },
  goalTemplates: {
    targeted: false,
    run: async ({ client }) => ({ result: await client.gql(`{ goalTemplates { id name } }`) }),
    expect: goalManagers('OK'),
  },
  revenuePlan: {
    targeted: true,
    run: async ({ client, t, target }) => {
      await planHistory(t, target);
      const result = await client.gql<{ revenuePlan: { partnerId: string } }>(
        `query($i: RevenuePlanInput!) { revenuePlan(input: $i) { partnerId steps { needed } } }`,
        { i: { partnerId: target.partner.id, periodCode: quarterOf(t), revenueTarget: '5000' } },
      );
      return { result, contains: result.data?.revenuePlan.partnerId === target.partner.id };
    },
    expect: goalManagers('NOT_FOUND'),
  },
  applyRevenuePlan: {
    targeted: true,
    run: async ({ client, t, target }) => {
      await planHistory(t, target);
      const result = await client.gql<{ applyRevenuePlan: { partnerId: string }[] }>(
        `mutation($i: RevenuePlanInput!) { applyRevenuePlan(input: $i) { partnerId metric } }`,
        { i: { partnerId: target.partner.id, periodCode: quarterOf(t), revenueTarget: '5000' } },
      );
      return {
        result,
        contains: (result.data?.applyRevenuePlan ?? []).every(
          (g) => g.partnerId === target.partner.id,
        ),
      };
    },
    expect: goalManagers('NOT_FOUND'),
  },
  setGoal: {
    targeted: true,
    run: async ({ client, t, target }) => {
      const result = await client.gql<{ setGoal: { partnerId: string } }>(
        `mutation($i: SetGoalInput!) { setGoal(input: $i) { partnerId target } }`,
        {
          i: {
            partnerId: target.partner.id,
            periodCode: quarterOf(t),
            metric: 'DEALS_WON',
            target: '3',
          },
        },
      );
      return { result, contains: result.data?.setGoal.partnerId === target.partner.id };
    },
    expect: goalManagers('NOT_FOUND'),
  },
  deleteGoal: {
    targeted: true,
    run: async ({ client, t, target }) => ({
      result: await client.gql(`mutation($id: ID!) { deleteGoal(id: $id) }`, {
        id: await targetGoal(t, target, 'MQLS'),
      }),
    }),
    expect: goalManagers('NOT_FOUND'),
  },
  saveObjective: {
    targeted: true,
    run: async ({ client, t, target }) => {
      // Key results are unique per partner and quarter: start from no objectives.
      await t.db.asSystem((em) =>
        em.query(`DELETE FROM objective WHERE partner_id = $1`, [target.partner.id]),
      );
      const result = await client.gql<{ saveObjective: { partnerId: string } }>(
        `mutation($i: ObjectiveInput!) { saveObjective(input: $i) { partnerId progress } }`,
        {
          i: {
            partnerId: target.partner.id,
            periodCode: quarterOf(t),
            title: `Matrix objective ${next()}`,
            side: 'JOINT',
            keyResults: [{ metric: 'OPPORTUNITIES', target: '2' }],
          },
        },
      );
      return { result, contains: result.data?.saveObjective.partnerId === target.partner.id };
    },
    expect: goalManagers('NOT_FOUND'),
  },
  deleteObjective: {
    targeted: true,
    run: async ({ client, t, target }) => {
      const [{ id }] = await t.db.asSystem((em) =>
        em.query(
          `INSERT INTO objective (partner_id, period_code, title, side, updated_by_label)
           VALUES ($1, $2, 'Matrix', 'JOINT', 'Matrix') RETURNING id`,
          [target.partner.id, quarterOf(t)],
        ),
      );
      return {
        result: await client.gql(`mutation($id: ID!) { deleteObjective(id: $id) }`, { id }),
      };
    },
    expect: goalManagers('NOT_FOUND'),
  },
  saveGoalTemplate: {
    targeted: false,
    run: async ({ client, own }) => ({
      result: await client.gql(
        `mutation($i: GoalTemplateInput!) { saveGoalTemplate(input: $i) { id } }`,
        {
          i: {
            name: `Matrix template ${next()}`,
            tierId: own.partner.tierId,
            periodKind: 'QUARTER',
            items: [{ metric: 'SQLS', target: '5' }],
          },
        },
      ),
    }),
    expect: goalManagers('OK'),
  },
  deleteGoalTemplate: {
    targeted: false,
    run: async ({ client, t, own }) => {
      const [{ id }] = await t.db.asSystem((em) =>
        em.query(
          `INSERT INTO goal_template (name, tier_id, period_kind, items) VALUES ($1, $2, 'QUARTER', '[]') RETURNING id`,
          [`Matrix delete ${next()}`, own.partner.tierId],
        ),
      );
      return {
        result: await client.gql(`mutation($id: ID!) { deleteGoalTemplate(id: $id) }`, { id }),
      };
    },
    expect: goalManagers('OK'),
  },
  applyGoalTemplate: {
    targeted: false,
    run: async ({ client, t, own }) => {
      const [{ id }] = await t.db.asSystem((em) =>
        em.query(
          `INSERT INTO goal_template (name, tier_id, period_kind, items)
           VALUES ($1, $2, 'QUARTER', '[{"metric":"DEALS_APPROVED","target":"2","side":"SALES"}]') RETURNING id`,
          [`Matrix apply ${next()}`, own.partner.tierId],
        ),
      );
      return {
        result: await client.gql(
          `mutation($i: ApplyGoalTemplateInput!) { applyGoalTemplate(input: $i) { partners created } }`,
          { i: { templateId: id, periodCode: quarterOf(t) } },
        ),
      };
    },
    expect: goalManagers('OK'),
  },
  incentivePlans: {
    targeted: false,
    run: async ({ client, t }) => {
      const id = await incentivePlan(t, 'ACTIVE');
      const result = await client.gql<{ incentivePlans: { id: string }[] }>(
        `{ incentivePlans { id status } }`,
      );
      return { result, contains: ids(result.data?.incentivePlans).includes(id) };
    },
    expect: allowAll(),
  },
  incentivePlan: {
    targeted: false,
    run: async ({ client, t }) => {
      const id = await incentivePlan(t, 'ACTIVE');
      const result = await client.gql<{ incentivePlan: { id: string } }>(
        `query($id: ID!) { incentivePlan(id: $id) { id name } }`,
        { id },
      );
      return { result, contains: result.data?.incentivePlan.id === id };
    },
    expect: allowAll(),
  },
  incentiveEarnings: {
    targeted: true,
    run: async ({ client, t, target }) => {
      const planId = await incentivePlan(t, 'ACTIVE');
      const result = await client.gql<{ incentiveEarnings: { partnerId: string }[] }>(
        `query($plan: ID!, $p: ID) { incentiveEarnings(planId: $plan, partnerId: $p) { partnerId earned } }`,
        { plan: planId, p: target.partner.id },
      );
      return {
        result,
        contains: (result.data?.incentiveEarnings ?? []).some(
          (e) => e.partnerId === target.partner.id,
        ),
      };
    },
    expect: incentiveReaders,
  },
  saveIncentivePlan: {
    targeted: false,
    run: async ({ client, t }) => ({
      result: await client.gql(
        `mutation($i: IncentivePlanInput!) { saveIncentivePlan(input: $i) { id } }`,
        {
          i: {
            name: `Matrix save ${next()}`,
            periodCode: quarterOf(t),
            eligibility: 'ALL',
            measures: [{ metric: 'SQLS', weight: 1 }],
            poolKind: 'FIXED',
            poolAmount: '500',
          },
        },
      ),
    }),
    expect: onlyVendorAdmin,
  },
  activateIncentivePlan: {
    targeted: false,
    run: async ({ client, t }) => ({
      result: await client.gql(`mutation($id: ID!) { activateIncentivePlan(id: $id) { status } }`, {
        id: await incentivePlan(t, 'DRAFT'),
      }),
    }),
    expect: onlyVendorAdmin,
  },
  closeIncentivePlan: {
    targeted: false,
    run: async ({ client, t }) => {
      // A plan of last quarter, still active: its period has ended, so it can be closed.
      const last = periodContaining(
        new Date(t.clock.now().getTime() - 120 * 86_400_000),
        PeriodKind.QUARTER,
        { fiscalYearStartMonth: 1, timeZone: 'UTC' },
      ).code;
      const [{ id }] = await t.db.asSystem((em) =>
        em.query(
          `INSERT INTO incentive_plan (name, period_code, status, eligibility, measures, pool_kind, pool_amount, updated_by_label)
           VALUES ($1, $2, 'ACTIVE', 'ALL', '[]', 'FIXED', 10, 'Matrix') RETURNING id`,
          [`Matrix close ${next()}`, last],
        ),
      );
      return {
        result: await client.gql(`mutation($id: ID!) { closeIncentivePlan(id: $id) { status } }`, {
          id,
        }),
      };
    },
    expect: onlyVendorAdmin,
  },
  deleteIncentivePlan: {
    targeted: false,
    run: async ({ client, t }) => ({
      result: await client.gql(`mutation($id: ID!) { deleteIncentivePlan(id: $id) }`, {
        id: await incentivePlan(t, 'DRAFT'),
      }),
    }),
    expect: onlyVendorAdmin,
  },
  approveIncentivePayout: {
    targeted: true,
    run: async ({ client, t, target }) => {
      const { payoutId } = await targetPayout(t, target);
      const result = await client.gql<{ approveIncentivePayout: { partnerId: string } }>(
        `mutation($id: ID!) { approveIncentivePayout(id: $id) { partnerId status } }`,
        { id: payoutId },
      );
      return {
        result,
        contains: result.data?.approveIncentivePayout.partnerId === target.partner.id,
      };
    },
    expect: payoutReviewers,
  },
  holdIncentivePayout: {
    targeted: true,
    run: async ({ client, t, target }) => {
      const { payoutId } = await targetPayout(t, target);
      const result = await client.gql<{ holdIncentivePayout: { partnerId: string } }>(
        `mutation($id: ID!) { holdIncentivePayout(id: $id, reason: "Matrix") { partnerId status } }`,
        { id: payoutId },
      );
      return {
        result,
        contains: result.data?.holdIncentivePayout.partnerId === target.partner.id,
      };
    },
    expect: payoutReviewers,
  },
  mdfBudgets: {
    targeted: true,
    run: async ({ client, t, target }) => {
      const { budgetId } = await mdfBudget(t, target);
      const result = await client.gql<{ mdfBudgets: { budget: { id: string } }[] }>(
        `{ mdfBudgets { allocated remaining budget { id } } }`,
      );
      return {
        result,
        contains: (result.data?.mdfBudgets ?? []).some((b) => b.budget.id === budgetId),
      };
    },
    expect: mdfReaders,
  },
  mdfAllocations: {
    targeted: true,
    run: async ({ client, t, target }) => {
      const { budgetId } = await mdfBudget(t, target);
      const result = await client.gql<{ mdfAllocations: { partnerId: string }[] }>(
        `query($b: ID!) { mdfAllocations(budgetId: $b) { partnerId remaining } }`,
        { b: budgetId },
      );
      return {
        result,
        contains: (result.data?.mdfAllocations ?? []).some(
          (a) => a.partnerId === target.partner.id,
        ),
      };
    },
    expect: mdfReaders,
  },
  mdfRequests: {
    targeted: true,
    run: async ({ client, t, target }) => {
      const { requestId } = await mdfRequestOf(t, target, 'SUBMITTED');
      const result = await client.gql<{ mdfRequests: { request: { id: string } }[] }>(
        `{ mdfRequests { request { id status } partnerName } }`,
      );
      return {
        result,
        contains: (result.data?.mdfRequests ?? []).some((r) => r.request.id === requestId),
      };
    },
    expect: mdfReaders,
  },
  mdfRequest: {
    targeted: true,
    run: async ({ client, t, target }) => {
      const { requestId } = await mdfRequestOf(t, target, 'SUBMITTED');
      const result = await client.gql<{ mdfRequest: { request: { id: string } } }>(
        `query($id: ID!) { mdfRequest(id: $id) { request { id } claims { claim { id } } } }`,
        { id: requestId },
      );
      return { result, contains: result.data?.mdfRequest.request.id === requestId };
    },
    expect: {
      ...mdfReaders,
      CHANNEL_MANAGER: ['OK', 'NOT_FOUND'],
      PARTNER_ADMIN: ['OK', 'NOT_FOUND'],
      PARTNER_MARKETER: ['OK', 'NOT_FOUND'],
      PARTNER_SALES_REP: ['OK', 'NOT_FOUND'],
    },
  },
  saveMdfBudget: {
    targeted: false,
    run: async ({ client, t }) => ({
      result: await client.gql(
        `mutation($i: MdfBudgetInput!) { saveMdfBudget(input: $i) { id } }`,
        { i: { name: `Matrix budget ${next()}`, periodCode: quarterOf(t), total: '1000' } },
      ),
    }),
    expect: onlyVendorAdmin,
  },
  allocateMdf: {
    targeted: false,
    run: async ({ client, t, own }) => {
      const { budgetId } = await mdfBudget(t, own);
      return {
        result: await client.gql(
          `mutation($i: MdfAllocationsInput!) { allocateMdf(input: $i) { partnerId } }`,
          { i: { budgetId, entries: [{ partnerId: own.partner.id, amount: '2000' }] } },
        ),
      };
    },
    expect: onlyVendorAdmin,
  },
  saveMdfRequest: {
    targeted: true,
    run: async ({ client, t, target }) => {
      const { budgetId } = await mdfBudget(t, target);
      const result = await client.gql<{ saveMdfRequest: { partnerId: string } }>(
        `mutation($i: MdfRequestInput!) { saveMdfRequest(input: $i) { partnerId } }`,
        {
          i: {
            budgetId,
            activityType: 'EVENT',
            title: 'Matrix event',
            startsOn: '2026-12-01',
            endsOn: '2026-12-02',
            plannedCost: '500',
            requestedAmount: '250',
          },
        },
      );
      return { result, contains: result.data?.saveMdfRequest.partnerId === target.partner.id };
    },
    // A budget where only another partner has an allocation is not one the caller can see.
    expect: mdfRequesters('NOT_FOUND'),
  },
  decideMdfRequest: {
    targeted: true,
    run: async ({ client, t, target }) => {
      const { requestId } = await mdfRequestOf(t, target, 'SUBMITTED');
      const result = await client.gql<{ decideMdfRequest: { partnerId: string } }>(
        `mutation($id: ID!) { decideMdfRequest(id: $id, decision: APPROVE) { partnerId status } }`,
        { id: requestId },
      );
      return { result, contains: result.data?.decideMdfRequest.partnerId === target.partner.id };
    },
    expect: mdfReviewers,
  },
  saveMdfClaim: {
    targeted: true,
    run: async ({ client, t, target }) => {
      const { requestId } = await mdfRequestOf(t, target, 'APPROVED');
      const result = await client.gql<{ saveMdfClaim: { partnerId: string } }>(
        `mutation($i: MdfClaimInput!) { saveMdfClaim(input: $i) { partnerId status } }`,
        { i: { requestId, actualCost: '800', amount: '800' } },
      );
      return { result, contains: result.data?.saveMdfClaim.partnerId === target.partner.id };
    },
    expect: mdfRequesters('NOT_FOUND'),
  },
  decideMdfClaim: {
    targeted: true,
    run: async ({ client, t, target }) => {
      const id = await mdfClaimOf(t, target, 'SUBMITTED');
      const result = await client.gql<{ decideMdfClaim: { partnerId: string } }>(
        `mutation($id: ID!) { decideMdfClaim(id: $id, decision: APPROVE) { partnerId status } }`,
        { id },
      );
      return { result, contains: result.data?.decideMdfClaim.partnerId === target.partner.id };
    },
    expect: mdfReviewers,
  },
  markMdfClaimPaid: {
    targeted: true,
    run: async ({ client, t, target }) => {
      const id = await mdfClaimOf(t, target, 'APPROVED');
      const result = await client.gql<{ markMdfClaimPaid: { partnerId: string } }>(
        `mutation($id: ID!) { markMdfClaimPaid(id: $id) { partnerId status } }`,
        { id },
      );
      return { result, contains: result.data?.markMdfClaimPaid.partnerId === target.partner.id };
    },
    expect: mdfReviewers,
  },
  saveDealDraft: {
    targeted: false,
    run: async ({ client, t }) => ({
      result: await client.gql(`mutation($i:DealInput!){ saveDealDraft(input:$i) { id } }`, {
        i: await dealInput(t),
      }),
    }),
    expect: dealRegistrants('FORBIDDEN'),
  },
  registerDeal: {
    targeted: false,
    run: async ({ client, t }) => ({
      result: await client.gql(`mutation($i:DealInput!){ registerDeal(input:$i) { id } }`, {
        i: await dealInput(t),
      }),
    }),
    expect: dealRegistrants('FORBIDDEN'),
  },
  submitDeal: {
    targeted: true,
    run: async ({ client, t, target }) => {
      const deal = await targetDeal(t, target, DealStatus.DRAFT);
      const product = await t.factories.product();
      await t.db.asSystem((em) =>
        em.query(
          `INSERT INTO deal_line (deal_id, partner_id, product_id, quantity, amount, position) VALUES ($1, $2, $3, 1, 10, 0)`,
          [deal.id, deal.partnerId, product.id],
        ),
      );
      return {
        result: await client.gql(`mutation($id:ID!){ submitDeal(id:$id) { id } }`, { id: deal.id }),
      };
    },
    expect: dealWorkers,
  },
  decideDeal: {
    targeted: true,
    run: async ({ client, t, target }) => {
      const deal = await targetDeal(t, target, DealStatus.SUBMITTED);
      return {
        result: await client.gql(`mutation($i:DecideDealInput!){ decideDeal(input:$i) { id } }`, {
          i: { dealId: deal.id, decision: 'APPROVED', comment: '' },
        }),
      };
    },
    expect: dealDeciders,
  },
  withdrawDeal: {
    targeted: true,
    run: async ({ client, t, target }) => {
      const deal = await targetDeal(t, target, DealStatus.SUBMITTED);
      return {
        result: await client.gql(
          `mutation($id:ID!){ withdrawDeal(id:$id, reason:"Matrix") { id } }`,
          {
            id: deal.id,
          },
        ),
      };
    },
    expect: dealWorkers,
  },
  closeDeal: {
    targeted: true,
    run: async ({ client, t, target }) => {
      const deal = await targetDeal(t, target, DealStatus.APPROVED);
      return {
        result: await client.gql(`mutation($i:CloseDealInput!){ closeDeal(input:$i) { id } }`, {
          i: { dealId: deal.id, won: true, finalAmount: '10.00', closedOn: '2026-11-23' },
        }),
      };
    },
    expect: dealWorkers,
  },
  requestDealExtension: {
    targeted: true,
    run: async ({ client, t, target }) => {
      const deal = await targetDeal(t, target, DealStatus.APPROVED);
      return {
        result: await client.gql(
          `mutation($id:ID!){ requestDealExtension(dealId:$id, reason:"Board meets later") { id } }`,
          { id: deal.id },
        ),
      };
    },
    expect: dealWorkers,
  },
  decideDealExtension: {
    targeted: true,
    run: async ({ client, t, target }) => {
      const deal = await targetDeal(t, target, DealStatus.APPROVED);
      const [{ id }] = await t.db.asSystem((em) =>
        em.query(
          `INSERT INTO deal_extension (deal_id, partner_id, days, reason, requested_by_label, requested_at)
           VALUES ($1, $2, 30, 'Matrix', 'Test', now()) RETURNING id`,
          [deal.id, deal.partnerId],
        ),
      );
      return {
        result: await client.gql(
          `mutation($i:ExtensionDecisionInput!){ decideDealExtension(input:$i) { id status } }`,
          { i: { extensionId: id, approve: true, comment: '' } },
        ),
      };
    },
    expect: dealDeciders,
  },
  saveDealSettings: {
    targeted: false,
    run: async ({ client, t }) => {
      const [settings] = await t.db.asSystem((em) => em.query(`SELECT version FROM deal_settings`));
      return {
        result: await client.gql(
          `mutation($i:DealSettingsInput!){ saveDealSettings(input:$i) { id } }`,
          {
            i: {
              protectionDays: 90,
              extensionPolicy: 'ONCE',
              extensionDays: 30,
              decisionHours: 8,
              vendorTimeZone: 'UTC',
              engagementRule: 'FIRST_TO_REGISTER',
              nameSimilarity: 0.5,
              version: settings.version,
            },
          },
        ),
      };
    },
    expect: onlyVendorAdmin,
  },
  products: {
    targeted: false,
    run: async ({ client }) => ({ result: await client.gql(`{ products { id name listPrice } }`) }),
    expect: {
      VENDOR_ADMIN: 'OK',
      CHANNEL_MANAGER: 'OK',
      VENDOR_MARKETER: 'FORBIDDEN',
      PARTNER_ADMIN: 'OK',
      PARTNER_MARKETER: 'FORBIDDEN',
      PARTNER_SALES_REP: 'OK',
      ANONYMOUS: 'UNAUTHENTICATED',
    },
  },
  saveProduct: {
    targeted: false,
    run: async ({ client }) => ({
      result: await client.gql(`mutation($i:ProductInput!){ saveProduct(input:$i) { id } }`, {
        i: { sku: `M-${next()}`, name: 'Matrix product', listPrice: '9.99' },
      }),
    }),
    expect: onlyVendorAdmin,
  },
  importProducts: {
    targeted: false,
    run: async ({ client }) => ({
      result: await client.gql(
        `mutation($i:CsvImportInput!){ importProducts(input:$i) { created } }`,
        {
          i: { csv: `sku,name,list_price\nM-${next()},Matrix,1.00\n` },
        },
      ),
    }),
    expect: onlyVendorAdmin,
  },
  accountList: {
    targeted: false,
    run: async ({ client }) => ({
      result: await client.gql(`{ accountList { totalCount items { id companyName } } }`),
    }),
    expect: onlyVendorAdmin,
  },
  saveAccountListEntry: {
    targeted: false,
    run: async ({ client }) => ({
      result: await client.gql(
        `mutation($i:AccountListEntryInput!){ saveAccountListEntry(input:$i) { id } }`,
        { i: { kind: 'CUSTOMER', companyName: 'Matrix Customer', website: `m-${next()}.example` } },
      ),
    }),
    expect: onlyVendorAdmin,
  },
  deleteAccountListEntry: {
    targeted: false,
    run: async ({ client, t }) => {
      const [{ id }] = await t.db.asSystem((em) =>
        em.query(
          `INSERT INTO account_list_entry (kind, company_name, normalized_name, domain, match_key)
           VALUES ('CUSTOMER', 'Gone', 'gone', $1, $2) RETURNING id`,
          [`gone-${next()}.example`, `d:gone-${next()}.example`],
        ),
      );
      return {
        result: await client.gql(`mutation($id:ID!){ deleteAccountListEntry(id:$id) }`, { id }),
      };
    },
    expect: onlyVendorAdmin,
  },
  importAccountList: {
    targeted: false,
    run: async ({ client }) => ({
      result: await client.gql(
        `mutation($i:CsvImportInput!){ importAccountList(kind: DIRECT_OPPORTUNITY, input:$i) { created } }`,
        { i: { csv: `company_name,website\nMatrix Direct,m-${next()}.example\n` } },
      ),
    }),
    expect: onlyVendorAdmin,
  },
  webhookEndpoints: {
    targeted: true,
    run: async ({ client, t, target }) => {
      const id = await webhookEndpointOf(t, target);
      const result = await client.gql<{ webhookEndpoints: { id: string }[] }>(
        `{ webhookEndpoints { id url lastDelivery { id } } }`,
      );
      return { result, contains: ids(result.data?.webhookEndpoints).includes(id) };
    },
    expect: integrationManagers('HIDDEN'),
  },
  webhookEndpoint: {
    targeted: true,
    run: async ({ client, t, target }) => ({
      result: await client.gql(
        `query($id:ID!){ webhookEndpoint(id:$id) { id deliveries { totalCount items { id attemptLog { id } } } } }`,
        { id: await webhookEndpointOf(t, target) },
      ),
    }),
    expect: integrationManagers('NOT_FOUND'),
  },
  createWebhookEndpoint: {
    targeted: false,
    run: async ({ client }) => ({
      result: await client.gql(
        `mutation($i:CreateWebhookEndpointInput!){ createWebhookEndpoint(input:$i) { secret endpoint { id } } }`,
        { i: { url: `https://hooks.example/${next()}`, events: ['LEAD_CREATED'] } },
      ),
    }),
    expect: integrationManagers('OK'),
  },
  updateWebhookEndpoint: {
    targeted: true,
    run: async ({ client, t, target }) => ({
      result: await client.gql(
        `mutation($i:UpdateWebhookEndpointInput!){ updateWebhookEndpoint(input:$i) { id } }`,
        { i: { id: await webhookEndpointOf(t, target), description: 'Changed' } },
      ),
    }),
    expect: integrationManagers('NOT_FOUND'),
  },
  rotateWebhookSecret: {
    targeted: true,
    run: async ({ client, t, target }) => ({
      result: await client.gql(`mutation($id:ID!){ rotateWebhookSecret(id:$id) { secret } }`, {
        id: await webhookEndpointOf(t, target),
      }),
    }),
    expect: integrationManagers('NOT_FOUND'),
  },
  deleteWebhookEndpoint: {
    targeted: true,
    run: async ({ client, t, target }) => ({
      result: await client.gql(`mutation($id:ID!){ deleteWebhookEndpoint(id:$id) }`, {
        id: await webhookEndpointOf(t, target),
      }),
    }),
    expect: integrationManagers('NOT_FOUND'),
  },
  resendWebhookDelivery: {
    targeted: true,
    run: async ({ client, t, target }) => ({
      result: await client.gql(`mutation($id:ID!){ resendWebhookDelivery(id:$id) { id status } }`, {
        id: await webhookDeliveryOf(t, target),
      }),
    }),
    expect: integrationManagers('NOT_FOUND'),
  },
  sendTestWebhook: {
    targeted: true,
    run: async ({ client, t, target }) => ({
      result: await client.gql(`mutation($id:ID!){ sendTestWebhook(endpointId:$id) { id } }`, {
        id: await webhookEndpointOf(t, target),
      }),
    }),
    expect: integrationManagers('NOT_FOUND'),
  },
};

function outcome(run: Run): Outcome {
  if (run.result.code) return run.result.code as Outcome;
  if (run.contains === false) return 'HIDDEN';
  return 'OK';
}

const cases: [string, Caller, Target][] = [];
for (const [name, spec] of Object.entries(MATRIX)) {
  for (const caller of CALLERS) {
    for (const target of spec.targeted ? (['own', 'other'] as const) : (['own'] as const)) {
      cases.push([name, caller, target]);
    }
  }
}

describe('authorization matrix', () => {
  let t: TestApp;
  let sideA: Side;
  let sideB: Side;
  let persona: Persona;
  const clients = new Map<Caller, ApiClient>();

  async function side(): Promise<Side> {
    const manager = await t.factories.user({ role: Role.CHANNEL_MANAGER });
    const partner = await t.factories.partner({ channelManagerId: manager.id });
    const make = (role: Role) => t.factories.user({ role, partnerId: partner.id });
    return {
      partner,
      manager,
      admin: await make(Role.PARTNER_ADMIN),
      marketer: await make(Role.PARTNER_MARKETER),
      rep: await make(Role.PARTNER_SALES_REP),
    };
  }

  beforeAll(async () => {
    t = await startTestApp({ env: { LOGIN_MAX_FAILURES: '1000' } });
    sideA = await side();
    sideB = await side();
    persona = await t.factories.persona();
    const vendorAdmin = await t.factories.user({ role: Role.VENDOR_ADMIN });
    const vendorMarketer = await t.factories.user({ role: Role.VENDOR_MARKETER });
    clients.set(Role.VENDOR_ADMIN, await t.signedIn(vendorAdmin.email));
    clients.set(Role.CHANNEL_MANAGER, await t.signedIn(sideA.manager.email));
    clients.set(Role.VENDOR_MARKETER, await t.signedIn(vendorMarketer.email));
    clients.set(Role.PARTNER_ADMIN, await t.signedIn(sideA.admin.email));
    clients.set(Role.PARTNER_MARKETER, await t.signedIn(sideA.marketer.email));
    clients.set(Role.PARTNER_SALES_REP, await t.signedIn(sideA.rep.email));
    clients.set('ANONYMOUS', t.client());
  });
  afterAll(() => t.close());

  it('covers every operation in the schema, for every role', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const operations = [
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}),
    ].sort();
    expect(Object.keys(MATRIX).sort()).toEqual(operations);
    for (const spec of Object.values(MATRIX))
      expect(Object.keys(spec.expect).sort()).toEqual([...CALLERS].sort());
  });

  it.each(cases)('%s as %s on the %s partner', async (name, caller, target) => {
    const spec = MATRIX[name];
    if (!spec) throw new Error(`No matrix entry for ${name}`);
    const client = clients.get(caller);
    if (!client) throw new Error(`No client for ${caller}`);
    const env: Env = {
      t,
      persona,
      caller,
      client,
      own: sideA,
      target: target === 'own' ? sideA : sideB,
      freshClient: async () => {
        if (caller === 'ANONYMOUS') return t.client();
        const partnerId = isVendor(caller) ? null : sideA.partner.id;
        const u = await t.factories.user({ role: caller, partnerId });
        return t.signedIn(u.email);
      },
    };
    const expected = spec.expect[caller];
    const want = Array.isArray(expected) ? expected[target === 'own' ? 0 : 1] : expected;
    const run = await spec.run(env);
    // The message rides along so a failure shows why the API answered as it did.
    expect({ outcome: outcome(run), message: run.result.errors?.[0]?.message }).toMatchObject({
      outcome: want,
    });
  });
});
