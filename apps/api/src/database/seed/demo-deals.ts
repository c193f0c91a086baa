import { EntityManager } from 'typeorm';
import {
  AccountListKind,
  DealStatus,
  PartnerStatus,
  ReasonKind,
  Role,
} from '@tandem/shared-domain';
import { Job } from '@tandem/api-core';
import { Partner, User } from '@tandem/api-directory';
import { ReasonCode } from '@tandem/api-definitions';
import {
  AccountListEntry,
  DEAL_DECISION_DUE_JOB,
  DEAL_EXPIRY_JOB,
  DEAL_REMINDER_JOB,
  DealEvent,
  DealLine,
  DealRegistration,
  normalizeCompanyName,
  Product,
  registrableDomain,
} from '@tandem/api-deals';

const DAY = 86_400_000;

const PRODUCTS = [
  { sku: 'TND-PLAT', name: 'Platform licence', listPrice: '12000.00' },
  { sku: 'TND-SEC', name: 'Security add-on', listPrice: '4000.00' },
  { sku: 'TND-SUP', name: 'Premium support', listPrice: '2500.00' },
  { sku: 'TND-SVC', name: 'Onboarding services (day)', listPrice: '1500.00' },
];

const CUSTOMERS: [string, string, string][] = [
  ['Globex Corporation', 'globex.example', 'US'],
  ['Initech LLC', 'initech.example', 'US'],
  ['Umbrella plc', 'umbrella.co.uk', 'GB'],
  ['Müller Maschinenbau GmbH', 'mueller-mb.de', 'DE'],
];
const DIRECT: [string, string, string][] = [
  ['Stark Industries', 'stark.example', 'US'],
  ['Nakatomi Trading K.K.', 'nakatomi.co.jp', 'JP'],
];

const COMPANIES = [
  'Hooli',
  'Pied Piper',
  'Vandelay Industries',
  'Tyrell',
  'Massive Dynamic',
  'Oscorp',
  'Monarch Solutions',
  'Dunder Mifflin',
  'Sterling Cooper',
  'Blue Sun',
  'Weyland',
  'Aperture',
  'Black Mesa',
  'Cyberdyne',
  'Soylent',
  'Wonka Foods',
  'Gringotts',
  'Prestige Worldwide',
  'Kestrel Air',
  'Orchid Health',
  'Lumen Learning',
  'Fjord Power',
  'Helix Bio',
  'Granite Capital',
];

function rng(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

/**
 * Products, the vendor's account lists and a few hundred registrations across partners and
 * states — including Acme as acme.com, www.acme.com and "ACME Inc." from different partners.
 */
export async function seedDemoDeals(em: EntityManager, now: Date): Promise<void> {
  const products = await em.save(PRODUCTS.map((p) => em.create(Product, p)));
  const list = (kind: AccountListKind, rows: [string, string, string][]) =>
    rows.map(([companyName, website, country]) => {
      const domain = registrableDomain(website);
      return em.create(AccountListEntry, {
        kind,
        companyName,
        normalizedName: normalizeCompanyName(companyName),
        domain,
        country,
        matchKey: `d:${domain}`,
      });
    });
  await em.save([
    ...list(AccountListKind.CUSTOMER, CUSTOMERS),
    ...list(AccountListKind.DIRECT_OPPORTUNITY, DIRECT),
  ]);

  const partners = (await em.find(Partner, { order: { name: 'ASC' } })).filter(
    (p) => p.status === PartnerStatus.ACTIVE,
  );
  const reps = await em.find(User, { where: { role: Role.PARTNER_SALES_REP } });
  const managers = new Map(
    (await em.find(User, { where: { role: Role.CHANNEL_MANAGER } })).map((u) => [u.id, u]),
  );
  const reasons = await em.find(ReasonCode);
  const reasonOf = (kind: ReasonKind) => reasons.find((r) => r.kind === kind);
  const random = rng(5150);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const jobs: Partial<Job>[] = [];

  interface Plan {
    partner: Partner;
    company: string;
    website: string;
    country: string;
    status: DealStatus;
    submittedDaysAgo: number;
  }
  const plans: Plan[] = [];
  const byName = (n: string) => partners.find((p) => p.name === n);
  const northwind = byName('Northwind Systems');
  const bluepeak = byName('Bluepeak Solutions');
  if (northwind && bluepeak) {
    plans.push(
      {
        partner: northwind,
        company: 'Acme Corporation',
        website: 'acme.com',
        country: 'US',
        status: DealStatus.APPROVED,
        submittedDaysAgo: 20,
      },
      {
        partner: bluepeak,
        company: 'ACME Inc.',
        website: 'https://www.acme.com',
        country: 'US',
        status: DealStatus.SUBMITTED,
        submittedDaysAgo: 0.1,
      },
    );
  }
  const weighted = [...partners.slice(0, 3), ...partners.slice(0, 3), ...partners];
  for (let i = 0; i < 260; i++) {
    const partner = pick(weighted);
    const base = pick(COMPANIES);
    const roll = random();
    const status =
      roll < 0.05
        ? DealStatus.DRAFT
        : roll < 0.2
          ? DealStatus.SUBMITTED
          : roll < 0.48
            ? DealStatus.APPROVED
            : roll < 0.55
              ? DealStatus.REJECTED
              : roll < 0.58
                ? DealStatus.DUPLICATE
                : roll < 0.73
                  ? DealStatus.WON
                  : roll < 0.85
                    ? DealStatus.LOST
                    : roll < 0.93
                      ? DealStatus.EXPIRED
                      : DealStatus.WITHDRAWN;
    const submittedDaysAgo =
      status === DealStatus.SUBMITTED
        ? random() * 3
        : status === DealStatus.APPROVED
          ? 1 + random() * 80
          : 10 + random() * 170;
    plans.push({
      partner,
      company: `${base} ${partner.country}`,
      website: `${base.toLowerCase().replace(/[^a-z]/g, '')}-${partner.country.toLowerCase()}-${i % 40}.example`,
      country: partner.country,
      status,
      submittedDaysAgo,
    });
  }
  plans.sort((a, b) => b.submittedDaysAgo - a.submittedDaysAgo);

  for (const plan of plans) {
    const rep = reps.find((r) => r.partnerId === plan.partner.id);
    const submittedAt = new Date(now.getTime() - plan.submittedDaysAgo * DAY);
    const lines = [
      { product: pick(products), quantity: 1 + Math.floor(random() * 20) },
      ...(random() < 0.5
        ? [{ product: pick(products), quantity: 1 + Math.floor(random() * 5) }]
        : []),
    ];
    const cents = lines.map(
      (l) => BigInt(Math.round(Number(l.product.listPrice) * 100)) * BigInt(l.quantity),
    );
    const total = cents.reduce((a, b) => a + b, 0n);
    const money = (c: bigint) => `${c / 100n}.${String(c % 100n).padStart(2, '0')}`;
    const decided = plan.status !== DealStatus.DRAFT && plan.status !== DealStatus.SUBMITTED;
    const decidedAt = new Date(submittedAt.getTime() + (4 + random() * 30) * 3_600_000);
    const approved = [
      DealStatus.APPROVED,
      DealStatus.WON,
      DealStatus.LOST,
      DealStatus.EXPIRED,
      DealStatus.WITHDRAWN,
    ].includes(plan.status);
    const expiresAt = approved ? new Date(decidedAt.getTime() + 90 * DAY) : null;
    const decisionDueAt = new Date(submittedAt.getTime() + 1.2 * DAY);
    const deal = await em.save(
      em.create(DealRegistration, {
        partnerId: plan.partner.id,
        registeredByUserId: rep?.id ?? null,
        registeredByLabel: rep?.name ?? 'Partner',
        status: plan.status === DealStatus.DRAFT ? DealStatus.DRAFT : DealStatus.SUBMITTED,
        companyName: plan.company,
        normalizedName: normalizeCompanyName(plan.company),
        website: plan.website,
        domain: registrableDomain(plan.website),
        country: plan.country,
        contactName: 'Jordan Buyer',
        contactEmail: `jordan@${registrableDomain(plan.website)}`,
        contactRole: pick(['CTO', 'IT Director', 'CFO', 'Head of Security']),
        currency: 'USD',
        amount: money(total),
        expectedCloseOn: new Date(submittedAt.getTime() + 60 * DAY).toISOString().slice(0, 10),
        lastMeetingOn: new Date(submittedAt.getTime() - 3 * DAY).toISOString().slice(0, 10),
        notes: 'Discovery call and a demo with the buying team.',
        submittedAt: plan.status === DealStatus.DRAFT ? null : submittedAt,
        decisionDueAt: plan.status === DealStatus.DRAFT ? null : decisionDueAt,
      }),
    );
    await em.insert(
      DealLine,
      lines.map((l, position) => ({
        dealId: deal.id,
        partnerId: deal.partnerId,
        productId: l.product.id,
        quantity: l.quantity,
        amount: money(cents[position] ?? 0n),
        position,
      })),
    );
    const events: Partial<DealEvent>[] = [
      {
        toStatus: DealStatus.DRAFT,
        at: new Date(submittedAt.getTime() - 600_000),
        actorLabel: deal.registeredByLabel,
        comment: 'Draft created.',
      },
    ];
    if (plan.status !== DealStatus.DRAFT) {
      const [{ n }] = await em.query('SELECT tandem_record_deal_conflicts($1, 0.5) AS n', [
        deal.id,
      ]);
      deal.hasConflicts = Number(n) > 0;
      events.push({
        fromStatus: DealStatus.DRAFT,
        toStatus: DealStatus.SUBMITTED,
        at: submittedAt,
        actorLabel: deal.registeredByLabel,
        comment: '',
      });
    }
    const manager = plan.partner.channelManagerId
      ? managers.get(plan.partner.channelManagerId)
      : undefined;
    const decider = manager?.name ?? 'Vera Admin';
    if (plan.status === DealStatus.SUBMITTED) {
      if (decisionDueAt < now) deal.decisionOverdue = true;
      else
        jobs.push({
          kind: DEAL_DECISION_DUE_JOB,
          payload: { dealId: deal.id },
          runAt: decisionDueAt,
          dedupeKey: `deal:${deal.id}:decision-due`,
        });
    }
    if (decided) {
      deal.decidedAt = decidedAt;
      if (approved) {
        deal.approvedAt = decidedAt;
        deal.expiresAt = expiresAt;
        deal.statusComment = `Approved. Protected for 90 days, until ${expiresAt?.toISOString().slice(0, 10)}.`;
        events.push({
          fromStatus: DealStatus.SUBMITTED,
          toStatus: DealStatus.APPROVED,
          at: decidedAt,
          actorLabel: decider,
          comment: deal.statusComment,
        });
      } else {
        const reason = reasonOf(ReasonKind.DEAL_REJECTION);
        deal.reasonCodeId = reason?.id ?? null;
        deal.statusComment = `${reason?.label ?? 'Rejected'}. ${deal.hasConflicts ? 'Another registration for this customer predates yours. ' : ''}Please check before registering again.`;
        events.push({
          fromStatus: DealStatus.SUBMITTED,
          toStatus: plan.status,
          at: decidedAt,
          actorLabel: decider,
          comment: deal.statusComment,
          reasonCodeId: deal.reasonCodeId,
        });
      }
    }
    const closeAt = expiresAt
      ? new Date(Math.min(now.getTime() - DAY, decidedAt.getTime() + (20 + random() * 60) * DAY))
      : null;
    if (plan.status === DealStatus.WON && closeAt) {
      deal.finalAmount = deal.amount;
      deal.closedOn = closeAt.toISOString().slice(0, 10);
      deal.closedAt = closeAt;
      deal.statusComment = `Won: ${deal.amount} USD.`;
      events.push({
        fromStatus: DealStatus.APPROVED,
        toStatus: DealStatus.WON,
        at: closeAt,
        actorLabel: deal.registeredByLabel,
        comment: deal.statusComment,
      });
    } else if (plan.status === DealStatus.LOST && closeAt) {
      const reason = reasonOf(ReasonKind.LOSS);
      deal.reasonCodeId = reason?.id ?? null;
      deal.competitor = pick(['Roadrunner Software', 'Coyote Systems', '']);
      deal.closedOn = closeAt.toISOString().slice(0, 10);
      deal.closedAt = closeAt;
      deal.statusComment = `${reason?.label ?? 'Lost'}${deal.competitor ? ` (to ${deal.competitor})` : ''}.`;
      events.push({
        fromStatus: DealStatus.APPROVED,
        toStatus: DealStatus.LOST,
        at: closeAt,
        actorLabel: deal.registeredByLabel,
        comment: deal.statusComment,
        reasonCodeId: deal.reasonCodeId,
      });
    } else if (plan.status === DealStatus.EXPIRED && expiresAt) {
      deal.expiresAt = new Date(Math.min(expiresAt.getTime(), now.getTime() - DAY));
      deal.closedAt = deal.expiresAt;
      deal.statusComment = 'The protection window ended without a close.';
      events.push({
        fromStatus: DealStatus.APPROVED,
        toStatus: DealStatus.EXPIRED,
        at: deal.expiresAt,
        actorLabel: 'Tandem (automatic)',
        comment: deal.statusComment,
      });
    } else if (plan.status === DealStatus.WITHDRAWN && closeAt) {
      deal.closedAt = closeAt;
      deal.statusComment = 'The customer postponed the project.';
      events.push({
        fromStatus: DealStatus.APPROVED,
        toStatus: DealStatus.WITHDRAWN,
        at: closeAt,
        actorLabel: deal.registeredByLabel,
        comment: deal.statusComment,
      });
    } else if (plan.status === DealStatus.APPROVED && expiresAt) {
      if (expiresAt <= now) {
        deal.expiresAt = new Date(now.getTime() + (2 + random() * 20) * DAY);
      }
      const key = deal.expiresAt?.toISOString() ?? '';
      for (const days of [14, 3]) {
        const runAt = new Date((deal.expiresAt?.getTime() ?? 0) - days * DAY);
        if (runAt > now)
          jobs.push({
            kind: DEAL_REMINDER_JOB,
            payload: { dealId: deal.id, expiresAt: key },
            runAt,
            dedupeKey: `deal:${deal.id}:reminder:${days}:${key}`,
          });
      }
      jobs.push({
        kind: DEAL_EXPIRY_JOB,
        payload: { dealId: deal.id, expiresAt: key },
        runAt: deal.expiresAt ?? now,
        dedupeKey: `deal:${deal.id}:expiry:${key}`,
      });
    }
    deal.status = plan.status;
    await em.save(deal);
    await em.insert(
      DealEvent,
      events.map((e) => ({
        dealId: deal.id,
        partnerId: deal.partnerId,
        fromStatus: null,
        reasonCodeId: null,
        ...e,
      })),
    );
  }
  if (jobs.length) await em.insert(Job, jobs.map((j) => ({ ...j, maxAttempts: 10 })) as never);
}
