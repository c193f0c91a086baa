import { Injectable } from '@nestjs/common';
import { IsNull, Not } from 'typeorm';
import {
  CsvRowOutcome,
  MAX_PARTNER_IMPORT_ROWS,
  PARTNER_CSV_ALIASES,
  PARTNER_CSV_COLUMNS,
  PartnerStatus,
  REGIONS,
  Role,
} from '@tandem/shared-domain';
import {
  AuditService,
  CsvImportReport,
  CsvImportRow,
  FieldError,
  RequestContext,
  importReport,
  importRow,
  readCsvFile,
} from '@tandem/api-core';
import type { CsvFileRow } from '@tandem/api-core';
import { Partner } from './partner.entity';
import { checkTimeZone, normalizeCountry, normalizeDomains } from './partner-rules';
import { PartnersService } from './partners.service';
import { Tier } from '../program/tier.entity';
import { PartnerType } from '../program/partner-type.entity';
import { User } from '../users/user.entity';

/** The partner columns a row may set; blank cells on an existing partner keep its value. */
type PartnerValues = Pick<
  Partner,
  | 'name'
  | 'legalName'
  | 'websiteDomains'
  | 'country'
  | 'region'
  | 'timeZone'
  | 'tierId'
  | 'typeId'
  | 'channelManagerId'
  | 'status'
  | 'logoUrl'
>;

/** Column (as the file names it) for each partner field, for reports. */
const COLUMN_OF: Record<keyof PartnerValues, string> = {
  name: 'name',
  legalName: 'legal_name',
  websiteDomains: 'website_domains',
  country: 'country',
  region: 'region',
  timeZone: 'time_zone',
  tierId: 'tier',
  typeId: 'partner_type',
  channelManagerId: 'channel_manager_email',
  status: 'status',
  logoUrl: 'logo_url',
};

const NEEDED_FOR_NEW: (keyof PartnerValues)[] = [
  'country',
  'region',
  'timeZone',
  'tierId',
  'typeId',
];

interface Lookups {
  tiers: Map<string, string>;
  tierNames: string[];
  types: Map<string, { id: string; active: boolean }>;
  typeNames: string[];
  managers: Map<string, string>;
}

/**
 * Partner directory import with a preview. A row matches an existing partner by name
 * (case-insensitive, as names are unique that way), else by one of its website domains; a match
 * is updated with the row's non-blank cells, anything else is created. Every row is checked like
 * the partner form before anything is written; rows with errors are reported with the column to
 * fix and never written, and the valid rows are written in the request's one transaction — so
 * importing the same file twice creates nothing the second time.
 */
@Injectable()
export class PartnerImportService {
  constructor(
    private readonly audit: AuditService,
    private readonly partners: PartnersService,
  ) {}

  async run(ctx: RequestContext, csv: string, preview: boolean): Promise<CsvImportReport> {
    const file = readCsvFile(csv, {
      required: ['name'],
      known: PARTNER_CSV_COLUMNS,
      aliases: PARTNER_CSV_ALIASES,
      maxRows: MAX_PARTNER_IMPORT_ROWS,
      what: 'partner',
    });
    // One partner import at a time, so two uploads of one file cannot both create its partners.
    await ctx.em.query(`SELECT pg_advisory_xact_lock(hashtext('tandem:import:partners'))`);
    const refs = await this.lookups(ctx);
    const parsed = file.rows.map((r) => this.parseRow(r, refs));
    const existing = await this.candidates(ctx, parsed);

    const rows: CsvImportRow[] = [];
    const seenNames = new Map<string, number>();
    const seenDomains = new Map<string, number>();
    const writes: { row: CsvImportRow; before: Partner | null; values: Partial<PartnerValues> }[] =
      [];
    for (const { line, values, errors } of parsed) {
      const row = importRow(line, values.name ?? '');
      rows.push(row);
      const key = values.name?.toLowerCase() ?? '';
      const earlier =
        seenNames.get(key) ??
        (values.websiteDomains ?? []).map((d) => seenDomains.get(d)).find((l) => l !== undefined);
      if (earlier !== undefined && !errors.length) {
        row.outcome = CsvRowOutcome.DUPLICATE_IN_FILE;
        row.errors = [
          {
            column: seenNames.get(key) === earlier ? 'name' : 'website_domains',
            message: `Same partner as line ${earlier}; only that line is imported.`,
          },
        ];
        continue;
      }
      const match = this.match(values, existing, errors);
      if (!match) {
        for (const f of NEEDED_FOR_NEW)
          if (values[f] === undefined && !errors.some((e) => e.field === COLUMN_OF[f]))
            errors.push({
              field: COLUMN_OF[f],
              message: `A new partner needs a ${COLUMN_OF[f].replace(/_/g, ' ')}.`,
            });
        const type = values.typeId
          ? [...refs.types.values()].find((t) => t.id === values.typeId)
          : null;
        if (type && !type.active)
          errors.push({
            field: 'partner_type',
            message: 'That partner type is no longer offered.',
          });
      }
      // A file sets the status of new partners only: changing a partner's status (suspending,
      // reinstating, activating) goes through its page, which records the reason and tells the
      // partner's people.
      if (match && values.status !== undefined && values.status !== match.partner.status)
        errors.push({
          field: 'status',
          message: `Change ${match.partner.name}’s status on its page (it is ${match.partner.status.toLowerCase()}), so the change is recorded with its reason.`,
        });
      else if (!match && values.status === PartnerStatus.SUSPENDED)
        errors.push({
          field: 'status',
          message: 'Suspend a partner on its page, with a reason its users will see.',
        });
      if (errors.length) {
        row.outcome = CsvRowOutcome.INVALID;
        row.errors = errors.map((e) => ({ column: e.field, message: e.message }));
        continue;
      }
      // Only rows that will be imported claim their name and domains for the rest of the file.
      seenNames.set(key, line);
      for (const d of values.websiteDomains ?? []) seenDomains.set(d, line);
      if (!match) {
        writes.push({ row, before: null, values });
        continue;
      }
      row.matchedBy = match.by;
      const changes = (Object.keys(values) as (keyof PartnerValues)[]).filter(
        (k) => !same(match.partner[k], values[k]),
      );
      if (!changes.length) {
        row.outcome = CsvRowOutcome.UNCHANGED;
        continue;
      }
      row.outcome = CsvRowOutcome.UPDATE;
      row.changes = changes.map((k) => COLUMN_OF[k]);
      writes.push({
        row,
        before: match.partner,
        values: Object.fromEntries(changes.map((k) => [k, values[k]])),
      });
    }

    const report = importReport(preview, rows, file.warnings);
    if (preview) return report;
    for (const { before, values } of writes) await this.write(ctx, before, values);
    await this.audit.record(ctx, {
      action: 'partner.imported',
      entityType: 'Partner',
      entityId: 'csv-import',
      after: {
        totalRows: report.totalRows,
        created: report.created,
        updated: report.updated,
        unchanged: report.unchanged,
        invalid: report.invalid,
        duplicates: report.duplicates,
      },
    });
    return report;
  }

  private async write(
    ctx: RequestContext,
    before: Partner | null,
    values: Partial<PartnerValues>,
  ): Promise<void> {
    if (!before) {
      const partner = await ctx.em.save(
        ctx.em.create(Partner, { status: PartnerStatus.ONBOARDING, ...values }),
      );
      await this.audit.record(ctx, {
        action: 'partner.created',
        entityType: 'Partner',
        entityId: partner.id,
        partnerId: partner.id,
        after: partner,
      });
      if (partner.channelManagerId) await this.partners.notifyAssigned(ctx, partner);
      return;
    }
    const after = await this.partners.applyChanges(ctx, before, values, 'partner.updated');
    if (values.channelManagerId) await this.partners.notifyAssigned(ctx, after);
  }

  /** Reads and checks one row; only non-blank cells become values. */
  private parseRow(r: CsvFileRow, refs: Lookups) {
    const errors: FieldError[] = [];
    const values: Partial<PartnerValues> = {};
    const text = (column: string) => r.cell(column);
    const name = text('name');
    if (name.length < 2 || name.length > 200)
      errors.push({ field: 'name', message: 'Name must be 2 to 200 characters.' });
    values.name = name;
    if (text('legal_name')) {
      if (text('legal_name').length > 300)
        errors.push({ field: 'legal_name', message: 'Legal name can be at most 300 characters.' });
      values.legalName = text('legal_name');
    }
    if (text('website_domains')) {
      const domainErrors: FieldError[] = [];
      const domains = normalizeDomains(
        text('website_domains')
          .split(/[;,|\n]+/)
          .map((d) => d.trim()),
        domainErrors,
      );
      for (const e of domainErrors)
        errors.push({
          field: 'website_domains',
          message: `${e.message.replace(/\.$/, '')}. Separate several with “;”.`,
        });
      if (domains.length > 20)
        errors.push({ field: 'website_domains', message: 'At most 20 website domains.' });
      values.websiteDomains = domains;
    }
    const fieldErrors: FieldError[] = [];
    if (text('country')) values.country = normalizeCountry(text('country'), fieldErrors);
    if (text('time_zone')) values.timeZone = checkTimeZone(text('time_zone'), fieldErrors);
    errors.push(
      ...fieldErrors.map((e) => ({
        field: e.field === 'timeZone' ? 'time_zone' : e.field,
        message: e.message,
      })),
    );
    if (text('region')) {
      const region = text('region').toUpperCase();
      if (!(REGIONS as readonly string[]).includes(region))
        errors.push({ field: 'region', message: `Region must be one of ${REGIONS.join(', ')}.` });
      values.region = region;
    }
    if (text('tier')) {
      const id = refs.tiers.get(text('tier').toLowerCase());
      if (!id)
        errors.push({
          field: 'tier',
          message: `No tier named “${text('tier')}”; use one of ${refs.tierNames.join(', ')}.`,
        });
      else values.tierId = id;
    }
    if (text('partner_type')) {
      const type = refs.types.get(text('partner_type').toLowerCase());
      if (!type)
        errors.push({
          field: 'partner_type',
          message: `No partner type named “${text('partner_type')}”; use one of ${refs.typeNames.join(', ')}.`,
        });
      else values.typeId = type.id;
    }
    if (text('channel_manager_email')) {
      const id = refs.managers.get(text('channel_manager_email').toLowerCase());
      if (!id)
        errors.push({
          field: 'channel_manager_email',
          message: `No channel manager signs in as ${text('channel_manager_email')}.`,
        });
      else values.channelManagerId = id;
    }
    if (text('status')) {
      const status = text('status').toUpperCase() as PartnerStatus;
      if (!Object.values(PartnerStatus).includes(status))
        errors.push({
          field: 'status',
          message: `Status must be one of ${Object.values(PartnerStatus).join(', ')}.`,
        });
      else values.status = status;
    }
    if (text('logo_url')) {
      const url = text('logo_url');
      if (!/^https:\/\/[^\s/]+\.[^\s]+$/i.test(url) || url.length > 500)
        errors.push({ field: 'logo_url', message: 'Use an https:// link to the logo.' });
      values.logoUrl = url;
    }
    return { line: r.line, values, errors };
  }

  /** Existing partners a row of the file could match (by name or by a domain), with locks. */
  private async candidates(
    ctx: RequestContext,
    parsed: { values: Partial<PartnerValues> }[],
  ): Promise<Partner[]> {
    const names = [...new Set(parsed.map((p) => (p.values.name ?? '').toLowerCase()))];
    const domains = [...new Set(parsed.flatMap((p) => p.values.websiteDomains ?? []))];
    return ctx.em
      .createQueryBuilder(Partner, 'p')
      .where('lower(p.name) = ANY(:names) OR p.website_domains && :domains::text[]', {
        names,
        domains,
      })
      .setLock('pessimistic_write')
      .getMany();
  }

  private match(
    values: Partial<PartnerValues>,
    existing: Partner[],
    errors: FieldError[],
  ): { partner: Partner; by: string } | null {
    const name = (values.name ?? '').toLowerCase();
    const byName = existing.find((p) => p.name.toLowerCase() === name);
    const domains = values.websiteDomains ?? [];
    const byDomain = existing.filter((p) => p.websiteDomains.some((d) => domains.includes(d)));
    const foreign = byDomain.filter((p) => p !== byName);
    if (byName && foreign.length) {
      errors.push({
        field: 'website_domains',
        message: `A domain in this row belongs to “${foreign[0].name}”, not “${byName.name}”.`,
      });
      return { partner: byName, by: 'name' };
    }
    if (byName) return { partner: byName, by: 'name' };
    if (byDomain.length > 1) {
      errors.push({
        field: 'website_domains',
        message: `These domains belong to several partners (${byDomain.map((p) => p.name).join(', ')}); list one partner's domains.`,
      });
      return null;
    }
    if (byDomain.length === 1) return { partner: byDomain[0], by: 'website domain' };
    return null;
  }

  private async lookups(ctx: RequestContext): Promise<Lookups> {
    const tiers = await ctx.em.find(Tier);
    const types = await ctx.em.find(PartnerType);
    const managers = await ctx.em.find(User, {
      where: { role: Role.CHANNEL_MANAGER, partnerId: IsNull(), email: Not('') },
    });
    return {
      tierNames: tiers.map((t) => t.name),
      typeNames: types.filter((t) => t.active).map((t) => t.name),
      tiers: new Map(
        tiers.flatMap((t) => [[t.name.toLowerCase(), t.id] as const, [t.id, t.id] as const]),
      ),
      types: new Map(
        types.flatMap((t) => [
          [t.name.toLowerCase(), { id: t.id, active: t.active }] as const,
          [t.id, { id: t.id, active: t.active }] as const,
        ]),
      ),
      managers: new Map(managers.map((u) => [u.email.toLowerCase(), u.id])),
    };
  }
}

function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => x === b[i]);
  return (a ?? null) === (b ?? null);
}
