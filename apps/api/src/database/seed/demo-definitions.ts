import { EntityManager } from 'typeorm';
import {
  DefinitionStatus,
  EngagementKind,
  FitRuleKind,
  LeadStage,
  PartnerSide,
  ReasonKind,
} from '@tandem/shared-domain';
import { DefinitionAck, FunnelDefinition, ReasonCode } from '@tandem/api-definitions';
import { Partner } from '@tandem/api-directory';
import { Persona } from '@tandem/api-personas';

const STAGES = [
  {
    stage: LeadStage.LEAD,
    description: 'A person at a prospect company we may sell to.',
    entryCriteria:
      'Name, company and a way to reach them (email or phone), with consent to be contacted.',
  },
  {
    stage: LeadStage.MQL,
    description: 'Marketing-qualified: fits an ideal customer profile and has shown interest.',
    entryCriteria:
      'Meets the required fields and scores at least the MQL threshold (fit + engagement).',
  },
  {
    stage: LeadStage.SQL,
    description: 'Sales-accepted: a sales rep has accepted the hand-off and will work it.',
    entryCriteria: 'A rep accepted the offer within the SLA.',
  },
  {
    stage: LeadStage.OPPORTUNITY,
    description: 'A qualified buying effort with a deal registration.',
    entryCriteria: 'A deal registration was submitted for the lead’s company.',
  },
  {
    stage: LeadStage.WON,
    description: 'The customer bought.',
    entryCriteria: 'The registration was closed won with a final amount.',
  },
  {
    stage: LeadStage.LOST,
    description: 'The customer chose not to buy (or bought elsewhere).',
    entryCriteria: 'The registration was closed lost with a loss reason.',
  },
  {
    stage: LeadStage.DISQUALIFIED,
    description: 'Not a fit now or ever.',
    entryCriteria: 'Disqualified with a reason code.',
  },
  {
    stage: LeadStage.RECYCLED,
    description: 'Not ready yet; back to marketing for nurturing.',
    entryCriteria: 'A rep or marketer recycled it with a note.',
  },
];

const REASONS: [ReasonKind, string, string][] = [
  [ReasonKind.REJECTION, 'NOT_OUR_TERRITORY', 'Outside our territory'],
  [ReasonKind.REJECTION, 'NO_CAPACITY', 'No capacity right now'],
  [ReasonKind.REJECTION, 'ALREADY_WORKING', 'Already working this account'],
  [ReasonKind.REJECTION, 'BAD_DATA', 'Contact details are wrong'],
  [ReasonKind.DISQUALIFICATION, 'NO_BUDGET', 'No budget'],
  [ReasonKind.DISQUALIFICATION, 'WRONG_FIT', 'Not our ideal customer'],
  [ReasonKind.DISQUALIFICATION, 'STUDENT_OR_COMPETITOR', 'Student, job seeker or competitor'],
  [ReasonKind.LOSS, 'PRICE', 'Lost on price'],
  [ReasonKind.LOSS, 'COMPETITOR', 'Chose a competitor'],
  [ReasonKind.LOSS, 'NO_DECISION', 'No decision / project stopped'],
  [ReasonKind.LOSS, 'FEATURES', 'Missing features'],
  [ReasonKind.DEAL_REJECTION, 'EARLIER_REGISTRATION', 'An earlier registration has this customer'],
  [ReasonKind.DEAL_REJECTION, 'EXISTING_CUSTOMER', 'Existing vendor customer'],
  [ReasonKind.DEAL_REJECTION, 'DIRECT_DEAL', 'The vendor sells this account directly'],
  [ReasonKind.DEAL_REJECTION, 'NO_EVIDENCE', 'Not enough evidence of engagement'],
];

/** Version 1 of the funnel definition, reason codes, and some partners' acknowledgements. */
export async function seedDemoDefinitions(em: EntityManager, now: Date): Promise<void> {
  const personas = await em.find(Persona);
  const definition = await em.save(
    em.create(FunnelDefinition, {
      status: DefinitionStatus.PUBLISHED,
      number: 1,
      stages: STAGES,
      mql: {
        requiredFields: ['email', 'company', 'country', 'consent'],
        threshold: 40,
        fitRules: [
          {
            kind: FitRuleKind.PERSONA,
            values: personas.map((p) => p.id),
            min: null,
            max: null,
            points: 20,
          },
          { kind: FitRuleKind.COMPANY_SIZE, values: [], min: 200, max: 10000, points: 15 },
          {
            kind: FitRuleKind.TITLE_KEYWORD,
            values: ['director', 'head', 'chief', 'vp', 'cfo', 'ciso'],
            min: null,
            max: null,
            points: 15,
          },
          {
            kind: FitRuleKind.COUNTRY,
            values: ['US', 'CA', 'DE', 'GB', 'FR', 'JP', 'AU'],
            min: null,
            max: null,
            points: 5,
          },
        ],
        engagementRules: [
          { kind: EngagementKind.CAMPAIGN_RESPONSE, points: 10, maxPoints: 30 },
          { kind: EngagementKind.CONTENT_DOWNLOAD, points: 5, maxPoints: 20 },
        ],
      },
      changeNote: 'First shared definition of our funnel.',
      publishedAt: now,
      publishedByLabel: 'Vera Admin',
    }),
  );
  await em.insert(
    ReasonCode,
    REASONS.map(([kind, code, label], position) => ({ kind, code, label, position })),
  );
  const partners = await em.find(Partner);
  const bySlug = (name: string) => partners.find((p) => p.name === name)?.id;
  const acks: { partner: string; sides: PartnerSide[] }[] = [
    { partner: 'Northwind Systems', sides: [PartnerSide.MARKETING, PartnerSide.SALES] },
    { partner: 'Rheinwerk Consulting', sides: [PartnerSide.MARKETING] },
    { partner: 'Sakura Networks', sides: [PartnerSide.MARKETING, PartnerSide.SALES] },
  ];
  for (const a of acks) {
    const partnerId = bySlug(a.partner);
    if (!partnerId) continue;
    for (const side of a.sides) {
      await em.insert(DefinitionAck, {
        definitionId: definition.id,
        partnerId,
        side,
        acknowledgedByLabel: 'Partner admin',
        acknowledgedAt: now,
      });
    }
  }
}
