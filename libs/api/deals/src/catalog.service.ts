import { Injectable } from '@nestjs/common';
import {
  ACCOUNT_CSV_COLUMNS,
  AccountListKind,
  CsvRowOutcome,
  PRODUCT_CSV_COLUMNS,
} from '@tandem/shared-domain';
import {
  AuditService,
  ConflictError,
  CsvImportReport,
  CsvImportRow,
  FieldError,
  NotFoundError,
  Page,
  PaginatedResult,
  RequestContext,
  ValidationError,
  importReport,
  importRow,
  readCsvFile,
  pageOf,
} from '@tandem/api-core';
import { normalizeCountry } from '@tandem/api-directory';
import { normalizeCompanyName, registrableDomain } from './account-keys';
import { AccountListEntry, Product } from './deal.entities';
import { AccountListEntryInput, ProductInput } from './deal.inputs';
import { centsToString, toCents } from './money';

const MAX_ROWS = 20_000;
const MONEY = /^\d{1,12}(\.\d{1,2})?$/;
const FALSE_WORDS = ['no', 'n', 'false', '0'];
const TRUE_WORDS = ['yes', 'y', 'true', '1'];

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

  /**
   * sku,name,list_price[,active]: a row matches a product by SKU (case-insensitive); new SKUs are
   * added, known ones updated, identical ones left alone. Rows with errors are reported (line and
   * column) and not written; a preview writes nothing.
   */
  async importProducts(
    ctx: RequestContext,
    csv: string,
    preview = false,
  ): Promise<CsvImportReport> {
    const file = readCsvFile(csv, {
      required: ['sku', 'name', 'list_price'],
      known: PRODUCT_CSV_COLUMNS,
      maxRows: MAX_ROWS,
      what: 'product',
    });
    await ctx.em.query(`SELECT pg_advisory_xact_lock(hashtext('tandem:import:products'))`);
    // Only the products the file names, locked for the rest of the import.
    const skus = [...new Set(file.rows.map((r) => r.cell('sku').toLowerCase()).filter(Boolean))];
    const existing = skus.length
      ? await ctx.em
          .createQueryBuilder(Product, 'p')
          .where('lower(p.sku) = ANY(:skus)', { skus })
          .setLock('pessimistic_write')
          .getMany()
      : [];
    const bySku = new Map(existing.map((p) => [p.sku.toLowerCase(), p]));
    const firstLine = new Map<string, number>();
    const rows: CsvImportRow[] = [];
    const writes: { found: Product | undefined; values: Omit<Product, 'id' | 'updatedAt'> }[] = [];
    for (const r of file.rows) {
      const sku = r.cell('sku');
      const row = importRow(r.line, sku);
      rows.push(row);
      const name = r.cell('name');
      const price = r.cell('list_price').replace(/,/g, '');
      const activeRaw = r.cell('active').toLowerCase();
      const found = bySku.get(sku.toLowerCase());
      if (!sku || sku.length > 60)
        row.errors.push({ column: 'sku', message: 'The SKU is 1 to 60 characters.' });
      if (!name) row.errors.push({ column: 'name', message: 'Enter the product name.' });
      if (!MONEY.test(price))
        row.errors.push({
          column: 'list_price',
          message: `“${r.cell('list_price')}” is not an amount (e.g. 1200 or 1200.50).`,
        });
      if (activeRaw && !TRUE_WORDS.includes(activeRaw) && !FALSE_WORDS.includes(activeRaw))
        row.errors.push({
          column: 'active',
          message: `“${r.cell('active')}” should be yes or no.`,
        });
      if (row.errors.length) {
        row.outcome = CsvRowOutcome.INVALID;
        continue;
      }
      const earlier = firstLine.get(sku.toLowerCase());
      if (earlier !== undefined) {
        row.outcome = CsvRowOutcome.DUPLICATE_IN_FILE;
        row.errors.push({
          column: 'sku',
          message: `SKU ${sku} is also on line ${earlier}; only that line is imported.`,
        });
        continue;
      }
      firstLine.set(sku.toLowerCase(), r.line);
      const values = {
        sku: found?.sku ?? sku,
        name,
        listPrice: centsToString(toCents(price)),
        active: activeRaw ? TRUE_WORDS.includes(activeRaw) : (found?.active ?? true),
      };
      if (found) {
        row.matchedBy = 'sku';
        row.changes = (['name', 'listPrice', 'active'] as const)
          .filter((k) => found[k] !== values[k])
          .map((k) => (k === 'listPrice' ? 'list_price' : k));
        row.outcome = row.changes.length ? CsvRowOutcome.UPDATE : CsvRowOutcome.UNCHANGED;
        if (!row.changes.length) continue;
      }
      writes.push({ found, values });
    }
    const report = importReport(preview, rows, file.warnings);
    if (preview) return report;
    for (const { found, values } of writes)
      if (found)
        await ctx.em.update(
          Product,
          { id: found.id },
          { name: values.name, listPrice: values.listPrice, active: values.active },
        );
    const inserts = writes.filter((w) => !w.found).map((w) => w.values);
    for (let i = 0; i < inserts.length; i += 1000)
      await ctx.em.insert(Product, inserts.slice(i, i + 1000));
    await this.audit.record(ctx, {
      action: 'product.imported',
      entityType: 'Product',
      entityId: 'csv-import',
      after: summary(report),
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
    return pageOf(qb, page);
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

  /**
   * company_name,website,country: a row matches an entry of the list by its key (registrable
   * domain, or normalized name + country); a match is updated when the name or country differ,
   * otherwise left alone. Rows with errors are reported and not written; a preview writes nothing.
   */
  async importAccounts(
    ctx: RequestContext,
    kind: AccountListKind,
    csv: string,
    preview = false,
  ): Promise<CsvImportReport> {
    const file = readCsvFile(csv, {
      required: ['company_name'],
      known: [...ACCOUNT_CSV_COLUMNS, 'domain'],
      maxRows: MAX_ROWS,
      what: 'account',
    });
    await ctx.em.query(`SELECT pg_advisory_xact_lock(hashtext('tandem:import:accounts'))`);
    const rows: CsvImportRow[] = [];
    const parsed: { row: CsvImportRow; values: ReturnType<CatalogService['entryValues']> }[] = [];
    for (const r of file.rows) {
      const row = importRow(r.line, r.cell('company_name'));
      rows.push(row);
      const fieldErrors: FieldError[] = [];
      const websiteColumn = r.has('website') ? 'website' : 'domain';
      const values = this.entryValues(
        {
          kind,
          companyName: r.cell('company_name'),
          website: r.cell('website') || r.cell('domain'),
          country: r.cell('country'),
        },
        fieldErrors,
      );
      if (!values.companyName)
        fieldErrors.push({ field: 'companyName', message: 'Enter the company name.' });
      const columnOf: Record<string, string> = {
        companyName: 'company_name',
        website: websiteColumn,
        country: 'country',
      };
      row.errors = fieldErrors.map((e) => ({
        column: columnOf[e.field] ?? e.field,
        message: e.message,
      }));
      if (row.errors.length) row.outcome = CsvRowOutcome.INVALID;
      else parsed.push({ row, values });
    }
    const keys = [...new Set(parsed.map((p) => p.values.matchKey))];
    const existing = new Map<string, AccountListEntry>();
    for (let i = 0; i < keys.length; i += 1000) {
      const found = await ctx.em
        .createQueryBuilder(AccountListEntry, 'a')
        .where('a.kind = :kind AND a.match_key IN (:...keys)', {
          kind,
          keys: keys.slice(i, i + 1000),
        })
        .setLock('pessimistic_write')
        .getMany();
      for (const a of found) existing.set(a.matchKey, a);
    }
    const firstLine = new Map<string, number>();
    const inserts: ReturnType<CatalogService['entryValues']>[] = [];
    const updates: {
      id: string;
      companyName: string;
      normalizedName: string;
      country: string | null;
    }[] = [];
    for (const { row, values } of parsed) {
      const earlier = firstLine.get(values.matchKey);
      if (earlier !== undefined) {
        row.outcome = CsvRowOutcome.DUPLICATE_IN_FILE;
        row.errors.push({
          column: values.domain ? 'website' : 'company_name',
          message: `Same account as line ${earlier}; only that line is imported.`,
        });
        continue;
      }
      firstLine.set(values.matchKey, row.line);
      const found = existing.get(values.matchKey);
      if (!found) {
        inserts.push(values);
        continue;
      }
      row.matchedBy = values.domain ? 'website domain' : 'name and country';
      row.changes = [
        ...(found.companyName !== values.companyName ? ['company_name'] : []),
        ...(values.country && found.country !== values.country ? ['country'] : []),
      ];
      row.outcome = row.changes.length ? CsvRowOutcome.UPDATE : CsvRowOutcome.UNCHANGED;
      if (row.changes.length)
        updates.push({
          id: found.id,
          companyName: values.companyName,
          normalizedName: values.normalizedName,
          country: values.country ?? found.country,
        });
    }
    const report = importReport(preview, rows, file.warnings);
    if (preview) return report;
    for (let i = 0; i < inserts.length; i += 1000) {
      const chunk = inserts.slice(i, i + 1000);
      const res = await ctx.em
        .createQueryBuilder()
        .insert()
        .into(AccountListEntry)
        .values(chunk)
        .orIgnore()
        .returning('id')
        .updateEntity(false)
        .execute();
      if ((res.raw as unknown[]).length !== chunk.length)
        throw new ConflictError(
          'Someone added some of these accounts while the file was importing; import it again.',
        );
    }
    for (const { id, ...changes } of updates)
      await ctx.em.update(AccountListEntry, { id }, changes);
    await this.audit.record(ctx, {
      action: 'account-list.imported',
      entityType: 'AccountListEntry',
      entityId: 'csv-import',
      after: { kind, ...summary(report) },
    });
    return report;
  }
}

function summary(report: CsvImportReport) {
  const { totalRows, created, updated, unchanged, invalid, duplicates } = report;
  return { totalRows, created, updated, unchanged, invalid, duplicates };
}
