import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  LEAD_CSV_COLUMNS,
  LeadStage,
  LeadPriority,
  MAX_LEAD_IMPORT_ROWS,
  PersonaStatus,
} from '@tandem/shared-domain';
import {
  AuditService,
  ConflictError,
  FieldError,
  RequestContext,
  emitDomainEvents,
  readCsvFile,
} from '@tandem/api-core';
import { Persona } from '@tandem/api-personas';
import { Campaign } from '@tandem/api-campaigns';
import { Lead, LeadStageEvent } from './lead.entities';
import { HandoffService } from './handoff.service';
import { checkLeadFields, LeadFields, LeadFieldsRaw } from './lead-rules';
import { actorOf, LeadsService } from './leads.service';
import { leadCreatedEvent } from './lead-webhooks';

export enum ImportOutcome {
  CREATE = 'CREATE',
  MERGE = 'MERGE',
  UNCHANGED = 'UNCHANGED',
  INVALID = 'INVALID',
  DUPLICATE_IN_FILE = 'DUPLICATE_IN_FILE',
}
registerEnumType(ImportOutcome, { name: 'ImportOutcome' });

@ObjectType()
export class LeadImportRow {
  @Field(() => Int, { description: 'Line number in the file (the header is line 1).' })
  row: number;

  @Field()
  email: string;

  @Field()
  contactName: string;

  @Field(() => ImportOutcome)
  outcome: ImportOutcome;

  @Field(() => [String], { description: 'Why a row is invalid, or what a merge fills in.' })
  messages: string[];
}

@ObjectType()
export class LeadImportReport {
  @Field({ description: 'True for a preview: nothing was written.' })
  preview: boolean;

  @Field(() => Int)
  totalRows: number;

  @Field(() => Int)
  created: number;

  @Field(() => Int)
  merged: number;

  @Field(() => Int)
  unchanged: number;

  @Field(() => Int)
  invalid: number;

  @Field(() => Int)
  duplicates: number;

  @Field(() => Int, { description: 'New leads that meet the MQL criteria (imports only).' })
  qualified: number;

  @Field(() => [String], { description: 'Notes about the file itself, e.g. ignored columns.' })
  warnings: string[];

  @Field(() => [LeadImportRow])
  rows: LeadImportRow[];
}

const TRUE_WORDS = ['yes', 'y', 'true', '1', 'x'];
const FALSE_WORDS = ['no', 'n', 'false', '0', ''];
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Fields a merge may fill in on an existing lead (only where the lead has nothing yet). */
const MERGEABLE: (keyof LeadFields)[] = [
  'phone',
  'title',
  'company',
  'domain',
  'country',
  'companySize',
  'personaId',
  'campaignId',
];

/**
 * CSV import with a preview: every row is checked the same way as the form; valid rows are
 * written in one transaction, invalid ones reported by line number, and a lead whose email the
 * owner already has is merged (blank fields filled in), so importing a file twice changes nothing.
 */
@Injectable()
export class LeadImportService {
  constructor(
    private readonly leads: LeadsService,
    private readonly handoff: HandoffService,
    private readonly audit: AuditService,
  ) {}

  async run(ctx: RequestContext, csv: string, preview: boolean): Promise<LeadImportReport> {
    const { rows: lines, warnings } = readCsvFile(csv, {
      required: ['contact_name', 'email'],
      known: LEAD_CSV_COLUMNS,
      maxRows: MAX_LEAD_IMPORT_ROWS,
      what: 'lead',
    });

    const owner = this.leads.ownerOf(ctx);
    // One import per owner at a time, so two uploads of one file cannot both create its leads.
    await ctx.em.query(`SELECT pg_advisory_xact_lock(hashtext('tandem:import:' || $1))`, [
      owner ?? 'vendor',
    ]);
    const refs = await this.lookups(ctx.em);
    const rows: LeadImportRow[] = [];
    const valid: { row: LeadImportRow; values: LeadFields }[] = [];
    const firstRowOf = new Map<string, number>();
    for (const { cell, line } of lines) {
      const errors: FieldError[] = [];
      const raw = this.rawFrom(cell, refs, errors);
      const values = checkLeadFields(raw, errors);
      const row: LeadImportRow = {
        row: line,
        email: values.email,
        contactName: values.contactName,
        outcome: ImportOutcome.CREATE,
        messages: [],
      };
      rows.push(row);
      if (errors.length) {
        row.outcome = ImportOutcome.INVALID;
        row.messages = errors.map((e) => e.message);
        continue;
      }
      const first = firstRowOf.get(values.email);
      if (first !== undefined) {
        row.outcome = ImportOutcome.DUPLICATE_IN_FILE;
        row.messages = [`Same email as line ${first}; only the first is imported.`];
        continue;
      }
      firstRowOf.set(values.email, line);
      valid.push({ row, values });
    }

    const existing = await this.existing(ctx.em, owner, [...firstRowOf.keys()]);
    const actor = actorOf(ctx);
    const definition = await this.leads.publishedDefinition(ctx.em);
    let qualified = 0;
    const fresh: ReturnType<LeadsService['buildLead']>[] = [];
    for (const { row, values } of valid) {
      const lead = existing.get(values.email);
      if (lead) {
        const fills = MERGEABLE.filter((k) => {
          const current = lead[k as keyof Lead];
          return (current === null || current === '') && values[k] !== null && values[k] !== '';
        });
        const more =
          values.campaignResponses > lead.campaignResponses ||
          values.contentDownloads > lead.contentDownloads ||
          (values.consent && !lead.consent);
        if (!fills.length && !more) {
          row.outcome = ImportOutcome.UNCHANGED;
          row.messages = ['Already a lead; nothing new in this row.'];
          continue;
        }
        row.outcome = ImportOutcome.MERGE;
        row.messages = [
          `Already a lead; fills in ${[...fills, ...(more ? ['engagement/consent'] : [])].join(', ')}.`,
        ];
        if (preview) continue;
        for (const k of fills) (lead as unknown as Record<string, unknown>)[k] = values[k];
        lead.campaignResponses = Math.max(lead.campaignResponses, values.campaignResponses);
        lead.contentDownloads = Math.max(lead.contentDownloads, values.contentDownloads);
        lead.consent = lead.consent || values.consent;
        await this.leads.qualify(ctx.em, lead, actor, definition);
        await ctx.em.save(lead);
        await this.leads.afterQualify(ctx.em, lead, actor, null, false);
        continue;
      }
      if (preview) continue;
      fresh.push(
        this.leads.buildLead(values, {
          source: this.leads.sourceFor(ctx),
          owner,
          actor,
          definition,
        }),
      );
    }
    // New leads go in as a few multi-row inserts; their hand-offs run as background jobs.
    for (let i = 0; i < fresh.length; i += 500) {
      const chunk = fresh.slice(i, i + 500);
      const inserted = await ctx.em
        .createQueryBuilder()
        .insert()
        .into(Lead)
        .values(chunk.map((f) => f.lead))
        .orIgnore()
        .returning('id')
        .updateEntity(false)
        .execute();
      if (inserted.raw.length !== chunk.length)
        throw new ConflictError(
          'Someone added some of these leads while the file was importing; import it again to merge them.',
        );
      await ctx.em
        .createQueryBuilder()
        .insert()
        .into(LeadStageEvent)
        .values(chunk.flatMap((f) => f.events))
        .updateEntity(false)
        .execute();
    }
    await emitDomainEvents(
      ctx.em,
      fresh.map((f) => leadCreatedEvent(f.lead, f.lead.stageChangedAt)),
    );
    const qualifiedIds = fresh.filter((f) => f.lead.stage === LeadStage.MQL).map((f) => f.lead.id);
    qualified = qualifiedIds.length;
    await this.handoff.queueHandOffs(ctx.em, qualifiedIds);
    const count = (o: ImportOutcome) => rows.filter((r) => r.outcome === o).length;
    const report: LeadImportReport = {
      preview,
      totalRows: rows.length,
      created: count(ImportOutcome.CREATE),
      merged: count(ImportOutcome.MERGE),
      unchanged: count(ImportOutcome.UNCHANGED),
      invalid: count(ImportOutcome.INVALID),
      duplicates: count(ImportOutcome.DUPLICATE_IN_FILE),
      qualified,
      warnings,
      rows,
    };
    if (!preview)
      await this.audit.record(ctx, {
        action: 'lead.imported',
        entityType: 'Lead',
        entityId: 'csv-import',
        partnerId: owner,
        after: {
          totalRows: report.totalRows,
          created: report.created,
          merged: report.merged,
          unchanged: report.unchanged,
          invalid: report.invalid,
          duplicates: report.duplicates,
        },
      });
    return report;
  }

  private async lookups(em: EntityManager) {
    const personas = await em.find(Persona, { where: { status: PersonaStatus.PUBLISHED } });
    const campaigns = await em.find(Campaign, { select: { id: true, name: true } });
    const index = (items: { id: string; name: string }[]) => {
      const m = new Map<string, string>();
      for (const i of items) {
        m.set(i.id.toLowerCase(), i.id);
        m.set(i.name.trim().toLowerCase(), i.id);
      }
      return m;
    };
    return { personas: index(personas), campaigns: index(campaigns) };
  }

  private rawFrom(
    cell: (name: string) => string,
    refs: { personas: Map<string, string>; campaigns: Map<string, string> },
    errors: FieldError[],
  ): LeadFieldsRaw {
    const int = (name: string, field: string, label: string): number | null => {
      const v = cell(name).replace(/[\s,]/g, '');
      if (!v) return null;
      if (!/^\d+$/.test(v)) {
        errors.push({ field, message: `${label} “${cell(name)}” is not a whole number.` });
        return null;
      }
      return Number(v);
    };
    const consentRaw = cell('consent').toLowerCase();
    let consent = false;
    if (TRUE_WORDS.includes(consentRaw)) consent = true;
    else if (!FALSE_WORDS.includes(consentRaw))
      errors.push({
        field: 'consent',
        message: `Consent “${cell('consent')}” should be yes or no.`,
      });
    const priorityRaw = cell('priority').toUpperCase();
    let priority = LeadPriority.NORMAL;
    if (priorityRaw === 'HOT') priority = LeadPriority.HOT;
    else if (priorityRaw && priorityRaw !== 'NORMAL')
      errors.push({
        field: 'priority',
        message: `Priority “${cell('priority')}” should be normal or hot.`,
      });
    const ref = (name: string, map: Map<string, string>, label: string) => {
      const v = cell(name);
      if (!v) return null;
      const id = map.get(v.toLowerCase());
      if (!id)
        errors.push({
          field: `${name}Id`,
          message: UUID_RE.test(v)
            ? `No ${label} with id ${v}.`
            : `No ${label} named “${v}” (check the spelling).`,
        });
      return id ?? null;
    };
    return {
      contactName: cell('contact_name'),
      email: cell('email'),
      phone: cell('phone'),
      title: cell('title'),
      company: cell('company'),
      domain: cell('domain'),
      country: cell('country'),
      companySize: int('company_size', 'companySize', 'Company size'),
      personaId: ref('persona', refs.personas, 'published persona'),
      campaignId: ref('campaign', refs.campaigns, 'campaign'),
      consent,
      priority,
      notes: cell('notes'),
      campaignResponses: int('campaign_responses', 'campaignResponses', 'Campaign responses'),
      contentDownloads: int('content_downloads', 'contentDownloads', 'Content downloads'),
    };
  }

  private async existing(em: EntityManager, owner: string | null, emails: string[]) {
    if (!emails.length) return new Map<string, Lead>();
    const qb = em
      .createQueryBuilder(Lead, 'l')
      .where(owner ? 'l.origin_partner_id = :owner' : 'l.origin_partner_id IS NULL', { owner })
      .andWhere('l.email IN (:...emails)', { emails })
      .setLock('pessimistic_write');
    const leads = await qb.getMany();
    return new Map(leads.map((l) => [l.email.toLowerCase(), l]));
  }
}
