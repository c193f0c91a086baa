import { randomUUID } from 'node:crypto';
import { EntityManager, In } from 'typeorm';
import { AssetKind, AssetType, FunnelStage } from '@tandem/shared-domain';
import {
  ContentAsset,
  ContentDownload,
  ContentKit,
  ContentKitItem,
  ContentStorage,
  hasMergeFields,
} from '@tandem/api-content';
import { Campaign } from '@tandem/api-campaigns';
import { Tier, User } from '@tandem/api-directory';
import { Persona } from '@tandem/api-personas';

/** A small, valid one-page PDF with a title and a few lines (ASCII only). */
export function tinyPdf(title: string, lines: string[]): Buffer {
  const esc = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);
  const text = [
    `BT /F1 20 Tf 72 740 Td (${esc(title)}) Tj ET`,
    ...lines.map((l, i) => `BT /F1 11 Tf 72 ${705 - i * 18} Td (${esc(l)}) Tj ET`),
  ].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(text, 'latin1')} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

const emailTemplate = (subject: string, body: string) => `<!doctype html>
<html><body style="font-family: sans-serif">
<p><img src="{{partner.logoUrl}}" alt="{{partner.name}}" height="40"></p>
<h2>${subject}</h2>
<p>${body}</p>
<p>Best regards,<br>{{user.name}}<br>{{partner.name}} &middot; <a href="{{partner.website}}">{{partner.website}}</a> &middot; {{user.email}}</p>
</body></html>
`;

interface DemoAsset {
  title: string;
  type: AssetType;
  stage: FunnelStage;
  personas: string[];
  minTier?: string;
  expired?: boolean;
  file?: { name: string; body: Buffer | string };
  url?: string;
  description: string;
}

const IRENE = 'IT Director Irene';
const CARLOS = 'CFO Carlos';
const SAM = 'Security Lead Sam';
const OLIVIA = 'Operations Manager Olivia';

const ASSETS: DemoAsset[] = [
  {
    title: 'Audit-readiness battlecard',
    type: AssetType.BATTLECARD,
    stage: FunnelStage.SQL,
    personas: [IRENE, SAM],
    description: 'How to win when the last audit flagged access reviews.',
    file: {
      name: 'audit-readiness-battlecard.pdf',
      body: tinyPdf('Audit-readiness battlecard', [
        'Lead with the last audit finding.',
        'Show the one-click evidence export.',
        'Offer the free audit-readiness check.',
      ]),
    },
  },
  {
    title: 'Access reviews without spreadsheets (white paper)',
    type: AssetType.WHITE_PAPER,
    stage: FunnelStage.MQL,
    personas: [SAM, IRENE],
    description: 'Eight pages on least privilege at mid-size companies.',
    file: {
      name: 'access-reviews-white-paper.pdf',
      body: tinyPdf('Access reviews without spreadsheets', [
        'A white paper for security and IT leaders.',
        'Why quarterly spreadsheet reviews fail audits.',
      ]),
    },
  },
  {
    title: 'Manufacturer cuts five tools to one (case study)',
    type: AssetType.CASE_STUDY,
    stage: FunnelStage.SQL,
    personas: [IRENE, CARLOS],
    description: 'A 1,200-person manufacturer consolidated its IT tools in one quarter.',
    file: {
      name: 'manufacturer-case-study.pdf',
      body: tinyPdf('Manufacturer cuts five tools to one', [
        '1,200 employees, 9 plants.',
        'Payback in 7 months.',
      ]),
    },
  },
  {
    title: 'Retailer keeps 140 stores online (case study)',
    type: AssetType.CASE_STUDY,
    stage: FunnelStage.SQL,
    personas: [OLIVIA],
    description: 'Zero peak-hour outages after central rollout.',
    file: {
      name: 'retail-case-study.pdf',
      body: tinyPdf('Retailer keeps 140 stores online', [
        '140 stores managed from one place.',
        'Seasonal staff onboarded in a day.',
      ]),
    },
  },
  {
    title: 'Consolidation business case (deck)',
    type: AssetType.DECK,
    stage: FunnelStage.OPPORTUNITY,
    personas: [CARLOS],
    description: 'The CFO deck: TCO, payback and one contract.',
    file: {
      name: 'business-case-deck.pdf',
      body: tinyPdf('Consolidation business case', [
        'Total cost of ownership, before and after.',
        'Payback inside 12 months.',
      ]),
    },
  },
  {
    title: 'Platform overview (deck)',
    type: AssetType.DECK,
    stage: FunnelStage.MQL,
    personas: [IRENE, SAM, OLIVIA],
    description: 'Twelve slides for a first meeting.',
    file: {
      name: 'platform-overview.pdf',
      body: tinyPdf('Platform overview', ['What it replaces, what it costs, who runs it.']),
    },
  },
  {
    title: 'Partner pricing guide',
    type: AssetType.OTHER,
    stage: FunnelStage.OPPORTUNITY,
    personas: [CARLOS],
    minTier: 'Gold',
    description: 'Discount bands and deal-registration margins (Gold and above).',
    file: {
      name: 'partner-pricing-guide.pdf',
      body: tinyPdf('Partner pricing guide', [
        'Gold and Platinum partners only.',
        'Registered deals earn the protection margin.',
      ]),
    },
  },
  {
    title: 'Competitor scorecard: legacy suites',
    type: AssetType.COMPETITOR_SCORECARD,
    stage: FunnelStage.SQL,
    personas: [IRENE],
    minTier: 'Silver',
    description: 'Side by side against the two legacy suites.',
    file: {
      name: 'competitor-scorecard.pdf',
      body: tinyPdf('Competitor scorecard: legacy suites', [
        'Feature, cost and time-to-value comparison.',
      ]),
    },
  },
  {
    title: 'Competitor scorecard: point tools',
    type: AssetType.COMPETITOR_SCORECARD,
    stage: FunnelStage.SQL,
    personas: [SAM],
    minTier: 'Platinum',
    description: 'For strategic deals against best-of-breed stacks.',
    file: {
      name: 'point-tools-scorecard.pdf',
      body: tinyPdf('Competitor scorecard: point tools', ['Platinum partners only.']),
    },
  },
  {
    title: 'Security quick-start guide',
    type: AssetType.WHITE_PAPER,
    stage: FunnelStage.LEAD,
    personas: [SAM],
    description: 'A two-page guide for a first conversation.',
    file: {
      name: 'security-quick-start.pdf',
      body: tinyPdf('Security quick-start guide', ['Three questions to open the conversation.']),
    },
  },
  {
    title: 'Store operations checklist',
    type: AssetType.OTHER,
    stage: FunnelStage.LEAD,
    personas: [OLIVIA],
    description: 'A checklist retailers can use before peak season.',
    file: {
      name: 'store-operations-checklist.pdf',
      body: tinyPdf('Store operations checklist', ['Before peak season: ten checks.']),
    },
  },
  {
    title: '2025 analyst summary',
    type: AssetType.WHITE_PAPER,
    stage: FunnelStage.MQL,
    personas: [IRENE],
    expired: true,
    description: 'Last year’s analyst summary (expired).',
    file: {
      name: 'analyst-summary-2025.pdf',
      body: tinyPdf('2025 analyst summary', ['Superseded by the 2026 report.']),
    },
  },
  {
    title: 'Audit-season invitation (email template)',
    type: AssetType.EMAIL_TEMPLATE,
    stage: FunnelStage.LEAD,
    personas: [IRENE, SAM],
    description: 'Co-branded: your name, logo and website are filled in.',
    file: {
      name: 'audit-season-invitation.html',
      body: emailTemplate(
        'Is your next audit ready?',
        'We help IT teams like yours pass access reviews without spreadsheets. Book a free audit-readiness check with {{partner.name}}.',
      ),
    },
  },
  {
    title: 'CFO webinar invitation (email template)',
    type: AssetType.EMAIL_TEMPLATE,
    stage: FunnelStage.LEAD,
    personas: [CARLOS],
    description: 'Co-branded invitation to the budget-season webinar.',
    file: {
      name: 'cfo-webinar-invitation.html',
      body: emailTemplate(
        'Cut tool spend before budget season',
        'Join {{partner.name}} for 30 minutes on consolidating IT spend.',
      ),
    },
  },
  {
    title: 'Follow-up after a demo (email template)',
    type: AssetType.EMAIL_TEMPLATE,
    stage: FunnelStage.SQL,
    personas: [IRENE, SAM, OLIVIA],
    description: 'Co-branded follow-up with next steps.',
    file: {
      name: 'demo-follow-up.html',
      body: emailTemplate(
        'Thank you for your time today',
        'Here is a summary of what we saw and the next steps we agreed.',
      ),
    },
  },
  {
    title: 'Store manager one-pager (template)',
    type: AssetType.EMAIL_TEMPLATE,
    stage: FunnelStage.MQL,
    personas: [OLIVIA],
    description: 'Plain-text one-pager with your details.',
    file: {
      name: 'store-manager-one-pager.txt',
      body: 'Keep every store online.\n\nPresented by {{partner.name}} ({{partner.website}}).\nQuestions? {{user.name}} <{{user.email}}>\n',
    },
  },
  {
    title: 'Webinar recording: audits without spreadsheets',
    type: AssetType.VIDEO,
    stage: FunnelStage.MQL,
    personas: [IRENE, SAM],
    description: '45-minute recording.',
    url: 'https://example.com/webinars/audits-without-spreadsheets',
  },
  {
    title: 'ROI calculator',
    type: AssetType.OTHER,
    stage: FunnelStage.OPPORTUNITY,
    personas: [CARLOS],
    description: 'Online calculator for the business case.',
    url: 'https://example.com/roi-calculator',
  },
  {
    title: 'Product tour video',
    type: AssetType.VIDEO,
    stage: FunnelStage.LEAD,
    personas: [OLIVIA, IRENE],
    description: 'Three-minute product tour.',
    url: 'https://example.com/videos/product-tour',
  },
  {
    title: 'Analyst report 2026 (link)',
    type: AssetType.WHITE_PAPER,
    stage: FunnelStage.MQL,
    personas: [IRENE, CARLOS],
    minTier: 'Silver',
    description: 'Licensed analyst report; partners Silver and above.',
    url: 'https://example.com/analyst-report-2026',
  },
];

const KITS = [
  {
    name: 'IT Director audit kit',
    persona: IRENE,
    campaign: 'Audit season: reach IT directors',
    description: 'Everything for the audit-season campaign with IT directors.',
    talkingPoints: [
      'Ask what the last audit flagged.',
      'Offer the free audit-readiness check.',
      'Show the evidence export in the demo.',
    ],
    assets: [
      'Audit-readiness battlecard',
      'Access reviews without spreadsheets (white paper)',
      'Audit-season invitation (email template)',
      'Webinar recording: audits without spreadsheets',
      'Competitor scorecard: legacy suites',
    ],
  },
  {
    name: 'CFO business-case kit',
    persona: CARLOS,
    campaign: 'Budget-season webinar for CFOs',
    description: 'Build the consolidation business case with the CFO.',
    talkingPoints: ['Start from what the stack costs today.', 'Payback inside 12 months.'],
    assets: [
      'Consolidation business case (deck)',
      'CFO webinar invitation (email template)',
      'ROI calculator',
      'Manufacturer cuts five tools to one (case study)',
      'Partner pricing guide',
    ],
  },
  {
    name: 'Security quick-start kit',
    persona: SAM,
    campaign: null,
    description: 'A first conversation with a security lead.',
    talkingPoints: ['Least privilege without the spreadsheets.'],
    assets: [
      'Security quick-start guide',
      'Follow-up after a demo (email template)',
      'Platform overview (deck)',
    ],
  },
];

/** About twenty assets (small generated PDFs, co-branded templates and links), three kits and some downloads. */
export async function seedDemoContent(
  em: EntityManager,
  storage: ContentStorage,
  now: Date,
): Promise<void> {
  const personas = await em.find(Persona);
  const personaId = (name: string) => personas.find((p) => p.name === name)?.id;
  const tiers = await em.find(Tier);
  const byTitle = new Map<string, ContentAsset>();
  const day = 86_400_000;
  for (const a of ASSETS) {
    const id = randomUUID();
    const text = a.file && typeof a.file.body === 'string';
    const body = a.file
      ? typeof a.file.body === 'string'
        ? Buffer.from(a.file.body, 'utf8')
        : a.file.body
      : null;
    if (body) await storage.write(id, body);
    const mime = a.file?.name.endsWith('.html')
      ? 'text/html; charset=utf-8'
      : a.file?.name.endsWith('.txt')
        ? 'text/plain; charset=utf-8'
        : 'application/pdf';
    const asset = em.create(ContentAsset, {
      id,
      title: a.title,
      description: a.description,
      type: a.type,
      kind: a.file ? AssetKind.FILE : AssetKind.LINK,
      url: a.url ?? null,
      storageKey: a.file ? id : null,
      fileName: a.file?.name ?? null,
      mimeType: a.file ? mime : null,
      sizeBytes: body?.length ?? null,
      cobranded: Boolean(text && hasMergeFields(body?.toString('utf8') ?? '')),
      personaIds: a.personas.map(personaId).filter((x): x is string => Boolean(x)),
      funnelStage: a.stage,
      minTierId: a.minTier ? (tiers.find((t) => t.name === a.minTier)?.id ?? null) : null,
      publishAt: new Date(now.getTime() - (a.expired ? 400 : 20) * day),
      expiresAt: a.expired ? new Date(now.getTime() - 30 * day) : null,
      createdByLabel: 'Marta Marketing',
    });
    await em.insert(ContentAsset, asset);
    byTitle.set(a.title, asset);
  }
  const kits = new Map<string, ContentKit>();
  for (const k of KITS) {
    const campaign = k.campaign
      ? await em.findOne(Campaign, { where: { name: k.campaign } })
      : null;
    const kit = await em.save(
      em.create(ContentKit, {
        name: k.name,
        description: k.description,
        talkingPoints: k.talkingPoints,
        personaId: personaId(k.persona) ?? null,
        campaignId: campaign?.id ?? null,
      }),
    );
    await em.insert(
      ContentKitItem,
      k.assets.map((title, position) => ({
        kitId: kit.id,
        assetId: byTitle.get(title)?.id ?? '',
        position,
      })),
    );
    if (campaign) await em.update(Campaign, { id: campaign.id }, { kitId: kit.id });
    kits.set(k.name, kit);
  }
  const users = await em.find(User, {
    where: {
      email: In([
        'marketing@northwind.demo',
        'sales@northwind.demo',
        'marketing@rheinwerk.demo',
        'marketing@sakura.demo',
      ]),
    },
  });
  const record = (
    user: User | undefined,
    item: { asset?: string; kit?: string },
    daysAgo: number,
  ) => {
    if (!user) return Promise.resolve();
    const asset = item.asset ? byTitle.get(item.asset) : undefined;
    const kit = item.kit ? kits.get(item.kit) : undefined;
    return em.insert(ContentDownload, {
      assetId: asset?.id ?? null,
      kitId: kit?.id ?? null,
      itemTitle: asset?.title ?? kit?.name ?? '',
      userId: user.id,
      userLabel: user.name,
      partnerId: user.partnerId,
      at: new Date(now.getTime() - daysAgo * day),
    });
  };
  const [nwMarketing, nwSales, rwMarketing, skMarketing] = [
    'marketing@northwind.demo',
    'sales@northwind.demo',
    'marketing@rheinwerk.demo',
    'marketing@sakura.demo',
  ].map((email) => users.find((u) => u.email === email));
  await record(nwMarketing, { kit: 'IT Director audit kit' }, 5);
  await record(nwMarketing, { asset: 'Audit-season invitation (email template)' }, 4);
  await record(nwSales, { asset: 'Audit-readiness battlecard' }, 3);
  await record(nwSales, { asset: 'Competitor scorecard: legacy suites' }, 2);
  await record(rwMarketing, { kit: 'IT Director audit kit' }, 6);
  await record(rwMarketing, { asset: 'Manufacturer cuts five tools to one (case study)' }, 1);
  await record(skMarketing, { kit: 'CFO business-case kit' }, 2);
  await record(skMarketing, { asset: 'Partner pricing guide' }, 1);
}
