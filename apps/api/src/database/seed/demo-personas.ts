import { EntityManager } from 'typeorm';
import { PersonaCommentKind, PersonaStatus, ProposalStatus } from '@tandem/shared-domain';
import {
  Persona,
  PersonaComment,
  PersonaContent,
  PersonaFollow,
  PersonaVersion,
  normalizeContent,
} from '@tandem/api-personas';
import { User } from '@tandem/api-directory';

const PERSONAS: PersonaContent[] = [
  {
    name: 'IT Director Irene',
    summary:
      'Leads a 10–40 person IT team at a mid-size manufacturer. Owns the infrastructure budget and answers to the CFO for every renewal.',
    jobTitles: ['IT Director', 'Head of IT', 'VP Infrastructure'],
    industries: ['Manufacturing', 'Logistics', 'Automotive suppliers'],
    companySizeMin: 250,
    companySizeMax: 5000,
    regions: ['North America', 'DACH', 'Nordics'],
    goals: [
      'Fewer tools to run',
      'Predictable yearly spend',
      'Pass the next security audit without findings',
    ],
    painPoints: [
      'Too many point tools and renewals',
      'Audit findings on access reviews',
      'Team stretched thin after hiring freeze',
    ],
    objections: [
      {
        objection: 'We just renewed our current tool',
        answer: 'Start with one site; the rest moves when the renewal ends, with no double spend.',
      },
      {
        objection: 'Migration risk',
        answer: 'The partner runs the migration with a rollback plan and a fixed price.',
      },
    ],
    buyingTriggers: [
      'Failed or difficult audit',
      'Renewal of an incumbent tool within 6 months',
      'New CIO or CFO',
    ],
    preferredChannels: ['Peer references', 'Analyst reports', 'Partner-hosted roundtables'],
    interests: ['Zero trust', 'Cost consolidation', 'Automation'],
    qualificationQuestions: [
      'When does your current contract renew?',
      'Who signs off on infrastructure spend?',
      'What did the last audit flag?',
    ],
    keyMessages: [
      'One platform instead of five tools',
      'Audit-ready reports out of the box',
      'Run by your local partner',
    ],
    imageUrl: null,
  },
  {
    name: 'CFO Carlos',
    summary:
      'Finance lead who approves every software purchase above €50k and wants payback inside one fiscal year.',
    jobTitles: ['CFO', 'Finance Director', 'VP Finance'],
    industries: ['Manufacturing', 'Retail', 'Professional services'],
    companySizeMin: 200,
    companySizeMax: 10000,
    regions: ['EMEA', 'LATAM'],
    goals: ['Lower total cost of ownership', 'Predictable opex', 'Fewer vendors to manage'],
    painPoints: [
      'Shelfware from past purchases',
      'Surprise true-ups',
      'No view of what IT tools cost per user',
    ],
    objections: [
      {
        objection: 'No budget this year',
        answer: 'Consolidation frees budget: the business case funds itself from retired tools.',
      },
    ],
    buyingTriggers: ['Budget planning season', 'Cost-cutting programme', 'Merger or acquisition'],
    preferredChannels: ['Business cases', 'ROI calculators', 'Short executive briefings'],
    interests: ['Cost transparency', 'Vendor consolidation'],
    qualificationQuestions: [
      'What does the current stack cost per year?',
      'When is your budget cycle?',
    ],
    keyMessages: ['Payback inside 12 months', 'One contract, one invoice'],
    imageUrl: null,
  },
  {
    name: 'Security Lead Sam',
    summary:
      'Owns security operations at a fast-growing company; measured on incidents avoided and audit results.',
    jobTitles: ['CISO', 'Security Lead', 'Head of Security Operations'],
    industries: ['SaaS', 'Financial services', 'Healthcare'],
    companySizeMin: 100,
    companySizeMax: 3000,
    regions: ['North America', 'UK & Ireland', 'APAC'],
    goals: ['Shorter time to detect', 'Clean audits', 'Least-privilege access everywhere'],
    painPoints: ['Alert fatigue', 'Access reviews done in spreadsheets', 'Hard to hire analysts'],
    objections: [
      {
        objection: 'Another console for my team',
        answer: 'It replaces two consoles and feeds your existing SIEM.',
      },
    ],
    buyingTriggers: [
      'Incident or near miss',
      'New compliance requirement (SOC 2, ISO 27001, NIS2)',
    ],
    preferredChannels: ['Technical deep dives', 'Community forums', 'Hands-on trials'],
    interests: ['Identity', 'Detection engineering', 'Compliance automation'],
    qualificationQuestions: [
      'Which frameworks are you audited against?',
      'How do you run access reviews today?',
    ],
    keyMessages: ['Least privilege without the spreadsheets', 'Evidence for auditors in one click'],
    imageUrl: null,
  },
  {
    name: 'Operations Manager Olivia',
    summary:
      'Runs day-to-day operations at a multi-site retailer; cares about uptime in stores and simple tools for staff.',
    jobTitles: ['Operations Manager', 'Head of Store Operations'],
    industries: ['Retail', 'Hospitality'],
    companySizeMin: 50,
    companySizeMax: 2000,
    regions: ['EMEA', 'APAC'],
    goals: ['No downtime during opening hours', 'Fast onboarding of seasonal staff'],
    painPoints: ['Outages at peak hours', 'Every site set up differently'],
    objections: [
      {
        objection: 'My staff will not learn another tool',
        answer: 'Staff see one screen; setup is done once centrally.',
      },
    ],
    buyingTriggers: ['Opening new sites', 'A costly outage'],
    preferredChannels: ['Case studies from similar retailers', 'Local partner visits'],
    interests: ['Store technology', 'Workforce management'],
    qualificationQuestions: ['How many sites do you run?', 'What did your last outage cost?'],
    keyMessages: ['Every site the same, managed from one place'],
    imageUrl: null,
  },
];

/** Four published personas (one with a second version), some discussion and an open proposal. */
export async function seedDemoPersonas(em: EntityManager, now: Date): Promise<void> {
  const marketer = await em.findOneByOrFail(User, { email: 'marketing@tandem.demo' });
  const northwind = await em.findOneByOrFail(User, { email: 'marketing@northwind.demo' });
  const rheinwerk = await em.findOneByOrFail(User, { email: 'sales@rheinwerk.demo' });
  const personas: Persona[] = [];
  for (const raw of PERSONAS) {
    const content = normalizeContent(raw);
    const persona = await em.save(
      em.create(Persona, {
        name: content.name,
        draft: content,
        status: PersonaStatus.PUBLISHED,
        publishedVersion: 1,
        publishedAt: now,
      }),
    );
    await em.insert(PersonaVersion, {
      personaId: persona.id,
      number: 1,
      content,
      changeNote: 'First published version',
      publishedAt: now,
      publishedByLabel: marketer.name,
    });
    personas.push(persona);
  }
  const [irene, carlos] = personas as [Persona, Persona, ...Persona[]];

  // Irene already had one accepted proposal from the field.
  const v2 = normalizeContent({
    ...irene.draft,
    painPoints: [...irene.draft.painPoints, 'Board asks for proof of ROI before renewals'],
  });
  await em.insert(PersonaVersion, {
    personaId: irene.id,
    number: 2,
    content: v2,
    changeNote: `Accepted a proposal from ${northwind.name} (Northwind Systems)`,
    publishedAt: now,
    publishedByLabel: marketer.name,
  });
  await em.update(Persona, { id: irene.id }, { draft: v2, publishedVersion: 2 });
  const comment = (values: Partial<PersonaComment>) =>
    em.insert(PersonaComment, { createdAt: now, ...values });
  await comment({
    personaId: irene.id,
    partnerId: northwind.partnerId,
    authorId: northwind.id,
    authorLabel: `${northwind.name} (Northwind Systems)`,
    kind: PersonaCommentKind.PROPOSAL,
    field: 'painPoints',
    suggestion: 'Board asks for proof of ROI before renewals',
    evidence: 'Came up in 4 of our last 6 discovery calls.',
    status: ProposalStatus.ACCEPTED,
    acceptedVersion: 2,
    decidedAt: now,
    decisionReason: 'Thanks — we hear this too.',
  });
  await comment({
    personaId: irene.id,
    partnerId: northwind.partnerId,
    authorId: northwind.id,
    authorLabel: `${northwind.name} (Northwind Systems)`,
    kind: PersonaCommentKind.COMMENT,
    body: 'The audit angle opens doors with Irene much faster than cost savings.',
  });
  await comment({
    personaId: irene.id,
    partnerId: null,
    authorId: marketer.id,
    authorLabel: `${marketer.name} (Vendor)`,
    kind: PersonaCommentKind.COMMENT,
    body: 'The new audit battlecard goes out with next month’s kit.',
  });
  await comment({
    personaId: carlos.id,
    partnerId: rheinwerk.partnerId,
    authorId: rheinwerk.id,
    authorLabel: `${rheinwerk.name} (Rheinwerk Consulting)`,
    kind: PersonaCommentKind.PROPOSAL,
    field: 'buyingTriggers',
    suggestion: 'Energy price increases squeezing margins',
    evidence: 'German manufacturers cite it in every budget meeting this year.',
    status: ProposalStatus.OPEN,
  });
  for (const user of [northwind, rheinwerk]) {
    await em.insert(PersonaFollow, { personaId: irene.id, userId: user.id });
  }
}
