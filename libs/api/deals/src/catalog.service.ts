import { Injectable } from '@nestjs/common';
import { parse } from 'csv-parse/sync';
import { AccountListKind } from '@tandem/shared-domain';
import {
  AuditService,
  ConflictError,
  FieldError,
  NotFoundError,
  Page,
  PaginatedResult,
  RequestContext,
  ValidationError,
  paginated,
} from '@tandem/api-core';
import { normalizeCountry } from '@tandem/api-directory';
import { normalizeCompanyName, registrableDomain } from './account-keys';
import { AccountListEntry, Product } from './deal.entities';
import { AccountListEntryInput, ProductInput } from './deal.inputs';
import { centsToString, toCents } from './money';

export interface CsvReport {
  created: number;
  updated: number;
  unchanged: number;
  errors: string[];
}

const MAX_ROWS = 20_000;
const MONEY = /^\d{1,12}(\.\d{1,2})?$/;

function readCsv(
  csv: string,
  required: string[],
): { header: string[]; rows: { cells: string[]; line: number }[] } {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(csv, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
    }) as unknown as {
      record: string[];
      info: { lines: number };
    }[];
  } catch (err) {
    throw ValidationError.field(
      'csv',
      `The file is not valid CSV: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  const header = (records[0]?.record ?? []).map((h) =>
    h
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_'),
  );
  const missing = required.filter((r) => !header.includes(r));
  if (missing.length)
    throw ValidationError.field(
      'csv',
      `The first line must name the columns, including ${missing.join(', ')}.`,
    );
  const rows = records.slice(1).map((r) => ({ cells: r.record, line: r.info.lines }));
  if (!rows.length) throw ValidationError.field('csv', 'The file has no rows.');
  if (rows.length > MAX_ROWS)
    throw ValidationError.field('csv', `At most ${MAX_ROWS} rows per file.`);
  return { header, rows };
}

/** The vendor's product list and its own accounts (customers, direct opportunities). */
@Injectable()
export class CatalogService {
  constructor(private readonly audit: AuditService) {}

  products(ctx: RequestContext, includeInactive: boolean): Promise<Product[]> {
    return ctx.em.find(Product, {
      where: includeInactive ? {} : { active: true },
      order: { name: 'ASC' },
      take: 500,
    });
  }

  async saveProduct(ctx: RequestContext, input: ProductInput): Promise<Product> {
    const values = {
      sku: input.sku.trim(),
      name: input.name.trim(),
      listPrice: centsToString(toCents(input.listPrice)),
      active: input.active,
    };
    const clash = await ctx.em.findOne(Product, { where: { sku: values.sku } });
    if (clash && clash.id !== input.id)
      throw new ConflictError(`SKU ${values.sku} is already “${clash.name}”.`, [
        { field: 'sku', message: 'This SKU is taken.' },
      ]);
    let product: Product;
    if (input.id) {
      const found = await ctx.em.findOne(Product, { where: { id: input.id } });
      if (!found) throw new NotFoundError('Product');
      product = await ctx.em.save(Object.assign(found, values));
    } else {
      product = await ctx.em.save(ctx.em.create(Product, values));
    }
    await this.audit.record(ctx, {
      action: input.id ? 'product.updated' : 'product.created',
      entityType: 'Product',
      entityId: product.id,
      after: product,
    });
    return product;
  }

  /** sku,name,list_price[,active]: new SKUs are added, known ones updated; all or nothing. */
  async importProducts(ctx: RequestContext, csv: string): Promise<CsvReport> {
    const { header, rows } = readCsv(csv, ['sku', 'name', 'list_price']);
    const col = (cells: string[], name: string) => (cells[header.indexOf(name)] ?? '').trim();
    const errors: string[] = [];
    const seen = new Set<string>();
    const parsed = rows.map(({ cells, line }) => {
      const sku = col(cells, 'sku');
      const name = col(cells, 'name');
      const price = col(cells, 'list_price').replace(/,/g, '');
      const activeRaw = header.includes('active') ? col(cells, 'active').toLowerCase() : 'yes';
      if (!sku || sku.length > 60) errors.push(`Line ${line}: SKU is 1 to 60 characters.`);
      if (!name) errors.push(`Line ${line}: enter the product name.`);
      if (!MONEY.test(price)) errors.push(`Line ${line}: list price “${price}” is not an amount.`);
      if (seen.has(sku.toLowerCase())) errors.push(`Line ${line}: SKU ${sku} appears twice.`);
      seen.add(sku.toLowerCase());
      return {
        sku,
        name,
        listPrice: MONEY.test(price) ? centsToString(toCents(price)) : '0.00',
        active: !['no', 'n', 'false', '0'].includes(activeRaw),
      };
    });
    if (errors.length)
      throw new ValidationError(
        errors.slice(0, 50).map((message) => ({ field: 'csv', message })),
        `${errors.length} row(s) need attention; nothing was imported.`,
      );
    const existing = await ctx.em.find(Product);
    const bySku = new Map(existing.map((p) => [p.sku.toLowerCase(), p]));
    const report: CsvReport = { created: 0, updated: 0, unchanged: 0, errors: [] };
    for (const row of parsed) {
      const found = bySku.get(row.sku.toLowerCase());
      if (!found) {
        await ctx.em.insert(Product, row);
        report.created++;
      } else if (
        found.name !== row.name ||
        found.listPrice !== row.listPrice ||
        found.active !== row.active
      ) {
        await ctx.em.update(
          Product,
          { id: found.id },
          { name: row.name, listPrice: row.listPrice, active: row.active },
        );
        report.updated++;
      } else report.unchanged++;
    }
    await this.audit.record(ctx, {
      action: 'product.imported',
      entityType: 'Product',
      entityId: 'csv-import',
      after: report,
    });
    return report;
  }

  async accounts(
    ctx: RequestContext,
    kind: AccountListKind | undefined,
    search: string | undefined,
    page: Page,
  ): Promise<PaginatedResult<AccountListEntry>> {
    const qb = ctx.em
      .createQueryBuilder(AccountListEntry, 'a')
      .orderBy('a.company_name')
      .addOrderBy('a.id');
    if (kind) qb.andWhere('a.kind = :kind', { kind });
    const s = search?.trim();
    if (s)
      qb.andWhere('(a.company_name ILIKE :like OR a.domain ILIKE :like)', {
        like: `%${s.replace(/[\\%_]/g, (x) => `\\${x}`)}%`,
      });
    const [items, total] = await qb.offset(page.offset).limit(page.limit).getManyAndCount();
    return paginated(items, total, page);
  }

  private entryValues(
    input: { kind: AccountListKind; companyName: string; website: string; country: string },
    errors: FieldError[],
    prefix = '',
  ) {
    const companyName = input.companyName.trim();
    const normalizedName = normalizeCompanyName(companyName);
    const domain = input.website.trim() ? registrableDomain(input.website) : null;
    if (input.website.trim() && !domain)
      errors.push({ field: `${prefix}website`, message: `“${input.website}” is not a website.` });
    const country = input.country.trim() ? normalizeCountry(input.country, errors) : null;
    if (!domain && !country)
      errors.push({
        field: `${prefix}country`,
        message: 'Give a website, or a country to match the name in.',
      });
    return {
      kind: input.kind,
      companyName,
      normalizedName,
      domain,
      country,
      matchKey: domain ? `d:${domain}` : `n:${country}:${normalizedName}`,
    };
  }

  async saveAccount(ctx: RequestContext, input: AccountListEntryInput): Promise<AccountListEntry> {
    const errors: FieldError[] = [];
    const values = this.entryValues(input, errors);
    if (errors.length) throw new ValidationError(errors);
    const clash = await ctx.em.findOne(AccountListEntry, {
      where: { kind: values.kind, matchKey: values.matchKey },
    });
    if (clash) throw new ConflictError(`“${clash.companyName}” is already on the list.`);
    const entry = await ctx.em.save(ctx.em.create(AccountListEntry, values));
    await this.audit.record(ctx, {
      action: 'account-list.added',
      entityType: 'AccountListEntry',
      entityId: entry.id,
      after: entry,
    });
    return entry;
  }

  async deleteAccount(ctx: RequestContext, id: string): Promise<boolean> {
    const entry = await ctx.em.findOne(AccountListEntry, { where: { id } });
    if (!entry) throw new NotFoundError('Account');
    await ctx.em.delete(AccountListEntry, { id });
    await this.audit.record(ctx, {
      action: 'account-list.removed',
      entityType: 'AccountListEntry',
      entityId: id,
      before: entry,
    });
    return true;
  }

  /** company_name,website,country: known accounts (same domain, or name + country) are skipped. */
  async importAccounts(
    ctx: RequestContext,
    kind: AccountListKind,
    csv: string,
  ): Promise<CsvReport> {
    const { header, rows } = readCsv(csv, ['company_name']);
    const col = (cells: string[], name: string) =>
      header.includes(name) ? (cells[header.indexOf(name)] ?? '').trim() : '';
    const errors: string[] = [];
    const values = rows.map(({ cells, line }) => {
      const fieldErrors: FieldError[] = [];
      const v = this.entryValues(
        {
          kind,
          companyName: col(cells, 'company_name'),
          website: col(cells, 'website') || col(cells, 'domain'),
          country: col(cells, 'country'),
        },
        fieldErrors,
      );
      if (!v.companyName)
        fieldErrors.push({ field: 'companyName', message: 'enter the company name' });
      for (const e of fieldErrors) errors.push(`Line ${line}: ${e.message}`);
      return v;
    });
    if (errors.length)
      throw new ValidationError(
        errors.slice(0, 50).map((message) => ({ field: 'csv', message })),
        `${errors.length} row(s) need attention; nothing was imported.`,
      );
    const report: CsvReport = { created: 0, updated: 0, unchanged: 0, errors: [] };
    for (let i = 0; i < values.length; i += 1000) {
      const chunk = values.slice(i, i + 1000);
      const res = await ctx.em
        .createQueryBuilder()
        .insert()
        .into(AccountListEntry)
        .values(chunk)
        .orIgnore()
        .returning('id')
        .updateEntity(false)
        .execute();
      report.created += (res.raw as unknown[]).length;
      report.unchanged += chunk.length - (res.raw as unknown[]).length;
    }
    await this.audit.record(ctx, {
      action: 'account-list.imported',
      entityType: 'AccountListEntry',
      entityId: 'csv-import',
      after: { kind, ...report },
    });
    return report;
  }
}
