import { EntityManager } from 'typeorm';
import { PartnerStatus, Role, ROLE_LABELS, UserStatus } from '@tandem/shared-domain';
import { AuditService, DbService, PasswordHasher } from '@tandem/api-core';
import { Partner, PartnerType, Tier, User } from '@tandem/api-directory';
import { seedDemoPersonas } from './demo-personas';
import { seedDemoCampaigns } from './demo-campaigns';
import { seedDemoContent } from './demo-content';
import { seedDemoDefinitions } from './demo-definitions';
import { seedDemoLeads } from './demo-leads';
import { seedDemoDeals } from './demo-deals';
import { linkDemoDealsToLeads, seedDemoGoals, winDemoDeals } from './demo-goals';
import { seedDemoIncentives } from './demo-incentives';
import { seedDemoMdf } from './demo-mdf';
import type { ContentStorage } from '@tandem/api-content';

export const DEMO_PASSWORD = 'tandem-demo-2026';

const TIERS = [
  { name: 'Registered', rank: 0, description: 'Entry level: signed the partner agreement.' },
  { name: 'Silver', rank: 1, description: 'Trained sales and pre-sales staff.' },
  { name: 'Gold', rank: 2, description: 'Certified, with a committed annual plan.' },
  { name: 'Platinum', rank: 3, description: 'Strategic partners with joint business plans.' },
];

const TYPES = [
  { name: 'Reseller', description: 'Buys and resells licences to end customers.' },
  { name: 'Referral', description: 'Introduces customers; the vendor closes the deal.' },
  { name: 'MSP', description: 'Managed service provider running the product for customers.' },
  { name: 'Distributor', description: 'Supplies resellers in a territory.' },
];

const MANAGERS = [
  { name: 'Maya Lindqvist', email: 'maya.cm@tandem.demo' },
  { name: 'Daniel Okafor', email: 'daniel.cm@tandem.demo' },
  { name: 'Sofia Marin', email: 'sofia.cm@tandem.demo' },
];

interface DemoPartner {
  slug: string;
  name: string;
  legalName: string;
  country: string;
  region: string;
  timeZone: string;
  tier: string;
  type: string;
  manager: number;
  status?: PartnerStatus;
}

const PARTNERS: DemoPartner[] = [
  {
    slug: 'northwind',
    name: 'Northwind Systems',
    legalName: 'Northwind Systems Inc.',
    country: 'US',
    region: 'NA',
    timeZone: 'America/Chicago',
    tier: 'Platinum',
    type: 'Reseller',
    manager: 0,
  },
  {
    slug: 'bluepeak',
    name: 'Bluepeak Solutions',
    legalName: 'Bluepeak Solutions LLC',
    country: 'US',
    region: 'NA',
    timeZone: 'America/Denver',
    tier: 'Gold',
    type: 'MSP',
    manager: 0,
  },
  {
    slug: 'mapleleaf',
    name: 'Mapleleaf IT',
    legalName: 'Mapleleaf IT Ltd.',
    country: 'CA',
    region: 'NA',
    timeZone: 'America/Toronto',
    tier: 'Silver',
    type: 'Reseller',
    manager: 0,
  },
  {
    slug: 'andes',
    name: 'Andes Digital',
    legalName: 'Andes Digital S.A.',
    country: 'CL',
    region: 'LATAM',
    timeZone: 'America/Santiago',
    tier: 'Registered',
    type: 'Referral',
    manager: 0,
    status: PartnerStatus.ONBOARDING,
  },
  {
    slug: 'rheinwerk',
    name: 'Rheinwerk Consulting',
    legalName: 'Rheinwerk Consulting GmbH',
    country: 'DE',
    region: 'EMEA',
    timeZone: 'Europe/Berlin',
    tier: 'Platinum',
    type: 'Reseller',
    manager: 1,
  },
  {
    slug: 'lumiere',
    name: 'Lumière Partners',
    legalName: 'Lumière Partners SAS',
    country: 'FR',
    region: 'EMEA',
    timeZone: 'Europe/Paris',
    tier: 'Gold',
    type: 'Referral',
    manager: 1,
  },
  {
    slug: 'thames',
    name: 'Thames Cloud',
    legalName: 'Thames Cloud Ltd',
    country: 'GB',
    region: 'EMEA',
    timeZone: 'Europe/London',
    tier: 'Silver',
    type: 'MSP',
    manager: 1,
  },
  {
    slug: 'nordlys',
    name: 'Nordlys Data',
    legalName: 'Nordlys Data AS',
    country: 'NO',
    region: 'EMEA',
    timeZone: 'Europe/Oslo',
    tier: 'Registered',
    type: 'Reseller',
    manager: 1,
    status: PartnerStatus.SUSPENDED,
  },
  {
    slug: 'sakura',
    name: 'Sakura Networks',
    legalName: 'Sakura Networks K.K.',
    country: 'JP',
    region: 'APAC',
    timeZone: 'Asia/Tokyo',
    tier: 'Platinum',
    type: 'Distributor',
    manager: 2,
  },
  {
    slug: 'harbour',
    name: 'Harbour Tech',
    legalName: 'Harbour Tech Pty Ltd',
    country: 'AU',
    region: 'APAC',
    timeZone: 'Australia/Sydney',
    tier: 'Gold',
    type: 'Reseller',
    manager: 2,
  },
  {
    slug: 'merlion',
    name: 'Merlion Integrators',
    legalName: 'Merlion Integrators Pte. Ltd.',
    country: 'SG',
    region: 'APAC',
    timeZone: 'Asia/Singapore',
    tier: 'Silver',
    type: 'MSP',
    manager: 2,
  },
  {
    slug: 'saopaulo',
    name: 'Paulista Software',
    legalName: 'Paulista Software Ltda.',
    country: 'BR',
    region: 'LATAM',
    timeZone: 'America/Sao_Paulo',
    tier: 'Gold',
    type: 'Reseller',
    manager: 2,
  },
];

const PARTNER_PEOPLE: { role: Role; prefix: string; first: string[] }[] = [
  { role: Role.PARTNER_ADMIN, prefix: 'admin', first: ['Alex', 'Jordan', 'Casey', 'Robin'] },
  { role: Role.PARTNER_MARKETER, prefix: 'marketing', first: ['Priya', 'Lena', 'Tomás', 'Aiko'] },
  { role: Role.PARTNER_SALES_REP, prefix: 'sales', first: ['Marco', 'Nia', 'Oskar', 'Hana'] },
];

const SURNAMES = [
  'Berg',
  'Costa',
  'Dubois',
  'Evans',
  'Fischer',
  'Garcia',
  'Hayashi',
  'Ivanova',
  'Jensen',
  'Kim',
  'Lopez',
  'Moreau',
];

function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('Demo data refers to a missing item');
  return value;
}

export interface DemoSignIn {
  role: string;
  email: string;
  organisation: string;
}

/** Loads the demo program once: returns false when the database already has users. */
export async function seedDemoData(
  db: DbService,
  hasher: PasswordHasher,
  audit: AuditService,
  storage: ContentStorage,
): Promise<boolean> {
  const passwordHash = await hasher.hash(DEMO_PASSWORD);
  return db.asSystem(async (em) => {
    // Serialize concurrent first starts; the check below then sees the other's users.
    await em.query('SELECT pg_advisory_xact_lock(7340033)');
    if ((await em.count(User)) > 0) return false;
    const tiers = new Map<string, Tier>();
    for (const t of TIERS) tiers.set(t.name, await em.save(em.create(Tier, t)));
    const types = new Map<string, PartnerType>();
    for (const t of TYPES) types.set(t.name, await em.save(em.create(PartnerType, t)));

    const user = (values: Partial<User>) =>
      em.save(em.create(User, { status: UserStatus.ACTIVE, passwordHash, ...values }));
    await user({ name: 'Vera Admin', email: 'admin@tandem.demo', role: Role.VENDOR_ADMIN });
    await user({
      name: 'Marta Marketing',
      email: 'marketing@tandem.demo',
      role: Role.VENDOR_MARKETER,
    });
    const managers: User[] = [];
    for (const m of MANAGERS) managers.push(await user({ ...m, role: Role.CHANNEL_MANAGER }));

    for (const [i, p] of PARTNERS.entries()) {
      const partner = await em.save(
        em.create(Partner, {
          name: p.name,
          legalName: p.legalName,
          websiteDomains: [`${p.slug}.example`],
          country: p.country,
          region: p.region,
          timeZone: p.timeZone,
          tierId: must(tiers.get(p.tier)).id,
          typeId: must(types.get(p.type)).id,
          status: p.status ?? PartnerStatus.ACTIVE,
          channelManagerId: must(managers[p.manager]).id,
        }),
      );
      for (const [j, person] of PARTNER_PEOPLE.entries()) {
        await user({
          name: `${person.first[(i + j) % person.first.length]} ${SURNAMES[(i + 2 * j) % SURNAMES.length]}`,
          email: `${person.prefix}@${p.slug}.demo`,
          role: person.role,
          partnerId: partner.id,
        });
      }
    }
    await seedDemoPersonas(em, new Date());
    await seedDemoCampaigns(em, new Date());
    await seedDemoContent(em, storage, new Date());
    await seedDemoDefinitions(em, new Date());
    await seedDemoLeads(em, new Date());
    await seedDemoDeals(em, new Date());
    await linkDemoDealsToLeads(em);
    await winDemoDeals(em, new Date());
    await seedDemoGoals(em, new Date());
    await seedDemoIncentives(em, new Date());
    await seedDemoMdf(em, storage, new Date());
    await audit.recordSystem(
      em,
      { action: 'demo.seeded', entityType: 'Program', entityId: 'demo' },
      'demo seed',
    );
    return true;
  });
}

export function demoSignIns(): DemoSignIn[] {
  return [
    { role: ROLE_LABELS[Role.VENDOR_ADMIN], email: 'admin@tandem.demo', organisation: 'Vendor' },
    {
      role: ROLE_LABELS[Role.CHANNEL_MANAGER],
      email: must(MANAGERS[0]).email,
      organisation: 'Vendor (NA partners)',
    },
    {
      role: ROLE_LABELS[Role.VENDOR_MARKETER],
      email: 'marketing@tandem.demo',
      organisation: 'Vendor',
    },
    {
      role: ROLE_LABELS[Role.PARTNER_ADMIN],
      email: 'admin@northwind.demo',
      organisation: 'Northwind Systems',
    },
    {
      role: ROLE_LABELS[Role.PARTNER_MARKETER],
      email: 'marketing@northwind.demo',
      organisation: 'Northwind Systems',
    },
    {
      role: ROLE_LABELS[Role.PARTNER_SALES_REP],
      email: 'sales@northwind.demo',
      organisation: 'Northwind Systems',
    },
    {
      role: ROLE_LABELS[Role.PARTNER_ADMIN],
      email: 'admin@rheinwerk.demo',
      organisation: 'Rheinwerk Consulting',
    },
  ];
}

export type { EntityManager };
