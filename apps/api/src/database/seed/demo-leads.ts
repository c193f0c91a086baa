import { EntityManager, In } from 'typeorm';
import {
  LeadHandoff,
  LeadPriority,
  LeadSource,
  LeadStage,
  OfferKind,
  OfferStatus,
  PartnerStatus,
  ReasonKind,
  Role,
  SlaEventKind,
} from '@tandem/shared-domain';
import { Job } from '@tandem/api-core';
import { Partner, Tier, User } from '@tandem/api-directory';
import { Persona } from '@tandem/api-personas';
import { Campaign } from '@tandem/api-campaigns';
import { FunnelDefinition, ReasonCode, scoreLead } from '@tandem/api-definitions';
import {
  addBusinessHours,
  Lead,
  LeadOffer,
  LeadSlaEvent,
  LeadStageEvent,
  OFFER_ACCEPT_DEADLINE_JOB,
  OFFER_ACCEPT_REMINDER_JOB,
  OFFER_CONTACT_DEADLINE_JOB,
  RoutingRule,
  SlaPolicy,
  workingTimeOf,
} from '@tandem/api-leads';

function must<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new Error(`Demo leads need ${what}`);
  return value;
}

/** A small deterministic generator so every fresh demo looks the same. */
function rng(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const FIRST = ['Ava', 'Ben', 'Chloe', 'Dev', 'Elena', 'Farid', 'Grace', 'Hugo', 'Ines', 'Jonas'];
const LAST = ['Adler', 'Brooks', 'Chen', 'Duarte', 'Eriksen', 'Fontaine', 'Gupta', 'Horvat'];
const COMPANIES = [
  'Acme Logistics',
  'Borealis Health',
  'Cobalt Retail',
  'Delta Freight',
  'Evergreen Foods',
  'Fjord Energy',
  'Granite Bank',
  'Helix Pharma',
  'Iris Insurance',
  'Juniper Media',
  'Kestrel Aviation',
  'Lumen Schools',
  'Meridian Hotels',
  'Nimbus Telecom',
  'Orchid Clinics',
  'Pioneer Mining',
];
const TITLES = ['IT Director', 'Head of Security', 'CFO', 'IT Manager', 'Analyst', 'VP Operations'];
const REGION_COUNTRIES: Record<string, string[]> = {
  NA: ['US', 'US', 'US', 'CA'],
  EMEA: ['DE', 'FR', 'GB', 'NL'],
  APAC: ['JP', 'AU', 'SG'],
  LATAM: ['BR', 'CL', 'MX'],
};

/**
 * Routing rules, SLA policies and a few hundred leads across sources and stages: pending offers
 * with live clocks, accepted and converted leads, rejections with reasons, expired offers that were
 * re-routed, missed first contacts — so every lead screen has something real to show.
 */
export async function seedDemoLeads(em: EntityManager, now: Date): Promise<void> {
  const tiers = await em.find(Tier);
  const tier = (name: string) =>
    must(
      tiers.find((t) => t.name === name),
      `tier ${name}`,
    );
  const personas = await em.find(Persona);
  const campaigns = await em.find(Campaign);
  const partners = await em.find(Partner, { order: { name: 'ASC' } });
  const users = await em.find(User, {
    where: { role: In([Role.PARTNER_SALES_REP, Role.PARTNER_MARKETER]) },
  });
  const vendorMarketer = await em.findOneByOrFail(User, { email: 'marketing@tandem.demo' });
  const definition = await em.findOneByOrFail(FunnelDefinition, { number: 1 });
  const reasons = await em.find(ReasonCode);
  const reasonOf = (kind: ReasonKind, i: number) => {
    const list = reasons.filter((r) => r.kind === kind);
    return must(list[i % list.length], `a ${kind} reason`);
  };

  // Partner working time and specialisations.
  const byName = (n: string) =>
    must(
      partners.find((p) => p.name === n),
      `partner ${n}`,
    );
  const persona = (n: string) => personas.find((p) => p.name === n)?.id;
  await em.update(
    Partner,
    { id: byName('Sakura Networks').id },
    { workdayStartHour: 10, workdayEndHour: 19 },
  );
  await em.update(
    Partner,
    { id: byName('Harbour Tech').id },
    { workdayStartHour: 8, workdayEndHour: 16 },
  );
  await em.update(
    Partner,
    { id: byName('Northwind Systems').id },
    {
      focusPersonaIds: [persona('IT Director Irene'), persona('Security Lead Sam')].filter(
        Boolean,
      ) as string[],
    },
  );
  await em.update(
    Partner,
    { id: byName('Bluepeak Solutions').id },
    { focusPersonaIds: [persona('CFO Carlos')].filter(Boolean) as string[] },
  );
  const fresh = await em.find(Partner, { order: { name: 'ASC' } });

  await em.insert(RoutingRule, [
    {
      name: 'Security leads to specialists (North America)',
      position: 1,
      leadCountries: ['US', 'CA'],
      leadPersonaIds: [persona('Security Lead Sam')].filter(Boolean) as string[],
      partnerRegions: ['NA'],
      requireSpecialisation: true,
      weightTier: 1,
      weightConversion: 1,
      weightSla: 1,
      weightCapacity: 1,
    },
    {
      name: 'North America',
      position: 2,
      leadCountries: ['US', 'CA'],
      partnerRegions: ['NA'],
      maxOpenOffers: 25,
    },
    {
      name: 'Europe',
      position: 3,
      leadCountries: ['DE', 'FR', 'GB', 'NL', 'NO', 'ES', 'IT'],
      partnerRegions: ['EMEA'],
      maxOpenOffers: 25,
    },
    {
      name: 'Asia Pacific',
      position: 4,
      leadCountries: ['JP', 'AU', 'SG', 'IN'],
      partnerRegions: ['APAC'],
    },
    {
      name: 'Latin America (Gold and up)',
      position: 5,
      leadCountries: ['BR', 'CL', 'MX', 'AR'],
      partnerRegions: ['LATAM'],
      partnerTierIds: [tier('Gold').id, tier('Platinum').id],
    },
  ]);
  await em.insert(SlaPolicy, [
    { name: 'Standard', acceptHours: 24, contactHours: 48, reminderPercent: 75 },
    {
      name: 'Hot leads',
      priority: LeadPriority.HOT,
      acceptHours: 4,
      contactHours: 8,
      reminderPercent: 50,
    },
    {
      name: 'Platinum partners',
      tierId: tier('Platinum').id,
      priority: LeadPriority.NORMAL,
      acceptHours: 16,
      contactHours: 32,
      reminderPercent: 75,
    },
  ]);
  const policies = await em.find(SlaPolicy);

  const random = rng(20261123);
  const pick = <T>(list: readonly T[]): T =>
    must(list[Math.floor(random() * list.length)], 'a non-empty list');
  const active = fresh.filter((p) => p.status === PartnerStatus.ACTIVE);
  // A fifth of the partners get most of the leads, as in real programs.
  const weighted = [...active.slice(0, 3), ...active.slice(0, 3), ...active];
  const repsOf = (p: Partner) =>
    users.filter((u) => u.partnerId === p.id && u.role === Role.PARTNER_SALES_REP);
  const marketerOf = (p: Partner) =>
    users.find((u) => u.partnerId === p.id && u.role === Role.PARTNER_MARKETER);

  const events: Partial<LeadStageEvent>[] = [];
  const offers: LeadOffer[] = [];
  const slaEvents: Partial<LeadSlaEvent>[] = [];
  const jobs: Partial<Job>[] = [];
  const HOUR = 3_600_000;

  const policyFor = (p: Partner, priority: LeadPriority) =>
    must(
      policies
        .filter(
          (x) => (x.tierId === p.tierId || !x.tierId) && (x.priority === priority || !x.priority),
        )
        .sort(
          (a, b) =>
            Number(!!b.priority) - Number(!!a.priority) || Number(!!b.tierId) - Number(!!a.tierId),
        )[0],
      'an SLA policy',
    );

  const makeOffer = (
    lead: Lead,
    p: Partner,
    at: Date,
    kind: OfferKind,
    status: OfferStatus,
    extra: Partial<LeadOffer> = {},
  ): LeadOffer => {
    const policy = policyFor(p, lead.priority);
    const wt = workingTimeOf(p);
    const rep = repsOf(p)[0];
    const offer = em.create(LeadOffer, {
      id: crypto.randomUUID(),
      leadId: lead.id,
      kind,
      partnerId: p.id,
      userId: rep?.id ?? null,
      status,
      offeredAt: at,
      offeredByLabel:
        kind === OfferKind.VENDOR_TO_PARTNER
          ? 'Tandem (automatic)'
          : (marketerOf(p)?.name ?? 'Partner marketer'),
      acceptDueAt: addBusinessHours(at, policy.acceptHours, wt),
      contactDueAt: addBusinessHours(at, policy.contactHours, wt),
      slaPolicyId: policy.id,
      routing:
        kind === OfferKind.VENDOR_TO_PARTNER
          ? {
              ruleId: null,
              ruleName: 'Demo history',
              filters: ['partner is active'],
              excludedPartnerIds: [],
              candidates: [],
              summary: `Routed to ${p.name} when the demo program was set up.`,
            }
          : null,
      ...extra,
    });
    offers.push(offer);
    return offer;
  };

  const stage = (
    lead: Lead,
    s: LeadStage,
    at: Date,
    actor: string,
    extra: Partial<LeadStageEvent> = {},
  ) => {
    events.push({
      leadId: lead.id,
      partnerId: lead.partnerId,
      stage: s,
      fromStage: events.length && lead.stage !== s ? lead.stage : null,
      occurredAt: at,
      actorLabel: actor,
      comment: '',
      details: [],
      ...extra,
    });
    lead.stage = s;
    lead.stageChangedAt = at;
  };

  const leads: Lead[] = [];
  for (let i = 0; i < 320; i++) {
    const region = pick(['NA', 'NA', 'NA', 'EMEA', 'EMEA', 'APAC', 'LATAM']);
    const country = pick(REGION_COUNTRIES[region] ?? ['US']);
    const company = `${pick(COMPANIES)} ${['Group', 'Ltd', 'Inc', 'AG', 'SA'][i % 5]}`;
    const first = pick(FIRST);
    const last = pick(LAST);
    const created = new Date(now.getTime() - Math.floor(random() * 80 * 24 + 2) * HOUR);
    const sourceRoll = random();
    const source =
      sourceRoll < 0.55
        ? LeadSource.VENDOR_MARKETING
        : sourceRoll < 0.85
          ? LeadSource.PARTNER_MARKETING
          : LeadSource.PARTNER_SALES;
    const regional = active.filter((p) => p.region === region);
    const holder =
      source === LeadSource.VENDOR_MARKETING
        ? pick(regional.length ? regional : active)
        : pick(weighted);
    const lead = em.create(Lead, {
      id: crypto.randomUUID(),
      source,
      originPartnerId: source === LeadSource.VENDOR_MARKETING ? null : holder.id,
      partnerId: null,
      assignedUserId: null,
      stage: LeadStage.LEAD,
      stageChangedAt: created,
      handoff: LeadHandoff.POOL,
      priority: random() < 0.12 ? LeadPriority.HOT : LeadPriority.NORMAL,
      contactName: `${first} ${last}`,
      email:
        `${first}.${last}.${i}@${(company.split(' ')[0] ?? 'buyer').toLowerCase()}-${i}.example`.toLowerCase(),
      phone: `+1 555 01${String(i).padStart(3, '0')}`,
      title: pick(TITLES),
      company,
      domain: `${(company.split(' ')[0] ?? 'buyer').toLowerCase()}-${i}.example`,
      country,
      companySize: pick([40, 250, 800, 1500, 5000, 12000]),
      personaId: random() < 0.8 ? pick(personas).id : null,
      campaignId: random() < 0.5 && campaigns.length ? pick(campaigns).id : null,
      consent: random() < 0.92,
      notes: '',
      campaignResponses: Math.floor(random() * 3),
      contentDownloads: Math.floor(random() * 4),
      spam: false,
      createdByUserId:
        source === LeadSource.VENDOR_MARKETING
          ? vendorMarketer.id
          : (marketerOf(holder)?.id ?? null),
      createdByLabel:
        source === LeadSource.VENDOR_MARKETING
          ? vendorMarketer.name
          : (marketerOf(holder)?.name ?? 'Partner'),
      mqlReasons: [],
      createdAt: created,
    });
    if (source !== LeadSource.VENDOR_MARKETING) lead.partnerId = holder.id;
    stage(lead, LeadStage.LEAD, created, lead.createdByLabel);
    const verdict = scoreLead(definition.mql, {
      fields: {
        email: lead.email,
        company: lead.company,
        country: lead.country,
        consent: lead.consent,
        persona: lead.personaId,
      },
      personaId: lead.personaId,
      country: lead.country,
      companySize: lead.companySize,
      title: lead.title,
      campaignResponses: lead.campaignResponses + (lead.campaignId ? 1 : 0),
      contentDownloads: lead.contentDownloads,
    });
    lead.mqlScore = verdict.score;
    lead.mqlReasons = verdict.reasons;
    lead.definitionVersion = 1;
    leads.push(lead);

    if (source === LeadSource.PARTNER_SALES) {
      const rep = repsOf(holder)[0];
      lead.assignedUserId = rep?.id ?? null;
      lead.createdByUserId = rep?.id ?? null;
      lead.createdByLabel = rep?.name ?? 'Sales rep';
      lead.handoff = LeadHandoff.ACCEPTED;
      stage(lead, LeadStage.SQL, created, lead.createdByLabel, {
        comment: 'Self-sourced by the sales rep.',
      });
      if (random() < 0.4)
        stage(
          lead,
          LeadStage.OPPORTUNITY,
          new Date(created.getTime() + 6 * 24 * HOUR),
          lead.createdByLabel,
        );
      continue;
    }
    if (!verdict.isMql) {
      lead.handoff =
        source === LeadSource.VENDOR_MARKETING ? LeadHandoff.POOL : LeadHandoff.PARTNER_QUEUE;
      continue;
    }
    const mqlAt = new Date(created.getTime() + 5 * 60_000);
    stage(lead, LeadStage.MQL, mqlAt, 'Tandem (MQL criteria)', { details: verdict.reasons });
    const kind =
      source === LeadSource.VENDOR_MARKETING
        ? OfferKind.VENDOR_TO_PARTNER
        : OfferKind.PARTNER_TO_REP;
    const ageHours = (now.getTime() - mqlAt.getTime()) / HOUR;
    const roll = random();

    // Recent leads: still waiting for an answer, with live clocks.
    if (ageHours < 30 || roll < 0.06) {
      const offeredAt =
        ageHours < 30 ? mqlAt : new Date(now.getTime() - Math.floor(random() * 5 + 1) * HOUR);
      lead.partnerId = holder.id;
      const offer = makeOffer(lead, holder, offeredAt, kind, OfferStatus.PENDING);
      if (offer.acceptDueAt <= now) {
        // Keep the demo's pending offers honest: a deadline in the past would be recalled at once.
        offer.acceptDueAt = new Date(now.getTime() + Math.floor(random() * 6 + 1) * HOUR);
      }
      lead.assignedUserId = offer.userId ?? null;
      lead.handoff = LeadHandoff.OFFERED;
      jobs.push(
        {
          kind: OFFER_ACCEPT_REMINDER_JOB,
          payload: { offerId: offer.id },
          runAt: new Date(Math.max(now.getTime(), offer.acceptDueAt.getTime() - HOUR)),
          dedupeKey: `offer:${offer.id}:accept-reminder`,
        },
        {
          kind: OFFER_ACCEPT_DEADLINE_JOB,
          payload: { offerId: offer.id },
          runAt: offer.acceptDueAt,
          dedupeKey: `offer:${offer.id}:accept-deadline`,
        },
      );
      continue;
    }

    let at = mqlAt;
    let current = holder;
    // Some vendor leads were rejected or let expire by a first partner, then re-routed.
    if (kind === OfferKind.VENDOR_TO_PARTNER && roll < 0.3) {
      lead.partnerId = current.id;
      const others = active.filter((p) => p.region === current.region && p.id !== current.id);
      if (roll < 0.2) {
        const reason = reasonOf(ReasonKind.REJECTION, i);
        makeOffer(lead, current, at, kind, OfferStatus.REJECTED, {
          decidedAt: new Date(at.getTime() + 3 * HOUR),
          decidedByLabel: repsOf(current)[0]?.name ?? 'Partner',
          reasonCodeId: reason.id,
          comment: pick([
            'Customer is in another state',
            'We have no capacity this month',
            'Wrong phone number',
            'Already talking to them directly',
          ]),
          contactReached: i % 2 === 0,
        });
        at = new Date(at.getTime() + 3 * HOUR);
      } else {
        const expired = makeOffer(lead, current, at, kind, OfferStatus.EXPIRED, {
          acceptBreached: true,
          decidedByLabel: 'Tandem (automatic)',
        });
        expired.decidedAt = expired.acceptDueAt;
        slaEvents.push({
          offerId: expired.id,
          leadId: lead.id,
          partnerId: current.id,
          userId: expired.userId ?? null,
          kind: SlaEventKind.ACCEPT_BREACH,
          dueAt: expired.acceptDueAt,
          occurredAt: expired.acceptDueAt,
        });
        at = expired.acceptDueAt;
      }
      if (!others.length) {
        lead.partnerId = null;
        lead.assignedUserId = null;
        lead.handoff = LeadHandoff.MANUAL;
        continue;
      }
      current = pick(others);
    }

    lead.partnerId = current.id;
    const acceptedAt = new Date(at.getTime() + Math.floor(random() * 20 + 1) * HOUR);
    const offer = makeOffer(lead, current, at, kind, OfferStatus.ACCEPTED, {
      decidedAt: acceptedAt,
      decidedByLabel: repsOf(current)[0]?.name ?? 'Partner',
    });
    lead.assignedUserId = offer.userId ?? null;
    lead.handoff = LeadHandoff.ACCEPTED;
    const worker = offer.decidedByLabel ?? 'Partner';
    stage(lead, LeadStage.SQL, acceptedAt, worker, {
      comment: 'Accepted by sales.',
      userId: offer.userId ?? null,
    });
    const contacted = random() < 0.85;
    const contactedAt = contacted
      ? new Date(acceptedAt.getTime() + Math.floor(random() * 30 + 1) * HOUR)
      : null;
    offer.contactedAt = contactedAt;
    if (!contactedAt || contactedAt > offer.contactDueAt) {
      if (offer.contactDueAt <= now) {
        offer.contactBreached = true;
        slaEvents.push({
          offerId: offer.id,
          leadId: lead.id,
          partnerId: current.id,
          userId: offer.userId ?? null,
          kind: SlaEventKind.CONTACT_BREACH,
          dueAt: offer.contactDueAt,
          occurredAt: offer.contactDueAt,
        });
      } else if (!contacted) {
        jobs.push({
          kind: OFFER_CONTACT_DEADLINE_JOB,
          payload: { offerId: offer.id },
          runAt: offer.contactDueAt,
          dedupeKey: `offer:${offer.id}:contact-deadline`,
        });
      }
    }
    const later = (days: number) =>
      new Date(Math.min(now.getTime() - HOUR, acceptedAt.getTime() + days * 24 * HOUR));
    const outcome = random();
    if (outcome < 0.15) {
      stage(lead, LeadStage.DISQUALIFIED, later(4), worker, {
        reasonCodeId: reasonOf(ReasonKind.DISQUALIFICATION, i).id,
        comment: 'Not a fit after the first call.',
      });
      lead.handoff = LeadHandoff.CLOSED;
    } else if (outcome < 0.55 && acceptedAt.getTime() < now.getTime() - 5 * 24 * HOUR) {
      stage(lead, LeadStage.OPPORTUNITY, later(5), worker, {
        comment: 'Demo booked; registration to follow.',
      });
      const close = random();
      if (close < 0.35 && acceptedAt.getTime() < now.getTime() - 25 * 24 * HOUR) {
        stage(lead, LeadStage.WON, later(30), worker);
        lead.handoff = LeadHandoff.CLOSED;
      } else if (close < 0.55 && acceptedAt.getTime() < now.getTime() - 25 * 24 * HOUR) {
        stage(lead, LeadStage.LOST, later(28), worker, {
          reasonCodeId: reasonOf(ReasonKind.LOSS, i).id,
        });
        lead.handoff = LeadHandoff.CLOSED;
      }
    }
  }

  await em.insert(Lead, leads);
  for (let k = 0; k < events.length; k += 500)
    await em.insert(LeadStageEvent, events.slice(k, k + 500));
  for (let k = 0; k < offers.length; k += 500) await em.insert(LeadOffer, offers.slice(k, k + 500));
  if (slaEvents.length) await em.insert(LeadSlaEvent, slaEvents);
  if (jobs.length) await em.insert(Job, jobs.map((j) => ({ ...j, maxAttempts: 10 })) as never);
}
