import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '@tandem/shared-domain';
import { ApiClient } from '@tandem/api-testing';
import { TestApp, startTestApp } from './support/test-app';

const REPORT = `preview totalRows created updated unchanged invalid duplicates errors warnings
  rows { line label outcome matchedBy changes errors { column message } }`;
const PARTNERS = `mutation($i: CsvImportInput!) { importPartners(input: $i) { ${REPORT} } }`;
const PRODUCTS = `mutation($i: CsvImportInput!) { importProducts(input: $i) { ${REPORT} } }`;
const ACCOUNTS = `mutation($i: CsvImportInput!) { importAccountList(kind: CUSTOMER, input: $i) { ${REPORT} } }`;

interface Row {
  line: number;
  label: string;
  outcome: string;
  matchedBy: string | null;
  changes: string[];
  errors: { column: string; message: string }[];
}
interface Report {
  preview: boolean;
  totalRows: number;
  created: number;
  updated: number;
  unchanged: number;
  invalid: number;
  duplicates: number;
  errors: string[];
  warnings: string[];
  rows: Row[];
}

async function run(
  client: ApiClient,
  query: string,
  key: string,
  csv: string,
  preview: boolean,
): Promise<Report> {
  const res = await client.gql<Record<string, Report>>(query, { i: { csv, preview } });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data[key];
}

describe('CSV imports with preview, per-row errors and idempotent re-runs', () => {
  let t: TestApp;
  let admin: ApiClient;
  let managerEmail: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.signedIn((await t.factories.user({ role: Role.VENDOR_ADMIN })).email);
    managerEmail = (await t.factories.user({ role: Role.CHANNEL_MANAGER })).email;
    // The default tier (Gold) and type (Reseller), and an existing partner to update.
    await t.factories.partner({
      name: 'Existing Partner Ltd',
      websiteDomains: ['existing.example'],
      region: 'NA',
    });
  });
  afterAll(() => t.close());

  const count = async (table: string) =>
    Number(
      (await t.db.asSystem((em) => em.query(`SELECT count(*)::int AS n FROM ${table}`)))[0]
        .n as number,
    );

  describe('partners', () => {
    // Line 1 is the header. 2 and 3 are new; 4 updates the existing partner (matched by domain,
    // so its name is updated too); 5 has three bad cells; 6 repeats line 2 in another case;
    // 7 names a tier that does not exist; 8 is a new partner without the columns a new one needs.
    const CSV = [
      'Name,Website,Country,Region,Time zone,Tier,Partner type,Channel manager email,Status,Shoe size',
      `Acme Resellers,acme.example;https://www.acme-eu.example/,DE,EMEA,Europe/Berlin,Gold,Reseller,MANAGER,ACTIVE,42`,
      `"Bits, Bytes & Co",bits.example,us,na,America/New_York,gold,reseller,,,`,
      `Existing Partner Inc,existing.example,US,NA,America/Chicago,,,,,`,
      `Broken Partner,not a domain,XX,MOON,Europe/Berlin,Gold,Reseller,,,`,
      `ACME RESELLERS,,,,,,,,,`,
      `Wrong Tier,,DE,EMEA,Europe/Berlin,Platinum,Reseller,,,`,
      `Half Partner,half.example,,,,,,,,`,
    ].join('\n');
    let csv: string;
    beforeAll(() => {
      csv = CSV.replace('MANAGER', managerEmail);
    });

    it('previews every row with its outcome and actionable errors, writing nothing', async () => {
      const before = await count('partner');
      const report = await run(admin, PARTNERS, 'importPartners', csv, true);
      expect(await count('partner')).toBe(before);
      expect(report).toMatchObject({
        preview: true,
        totalRows: 7,
        created: 2,
        updated: 1,
        unchanged: 0,
        invalid: 3,
        duplicates: 1,
      });
      expect(report.warnings).toEqual([
        'Column “shoe_size” is not a partner field and was ignored.',
      ]);
      const byLine = new Map(report.rows.map((r) => [r.line, r]));
      expect(byLine.get(2)).toMatchObject({ outcome: 'CREATE', label: 'Acme Resellers' });
      expect(byLine.get(3)).toMatchObject({ outcome: 'CREATE', label: 'Bits, Bytes & Co' });
      expect(byLine.get(4)).toMatchObject({
        outcome: 'UPDATE',
        matchedBy: 'website domain',
        changes: ['name', 'time_zone'],
      });
      expect(byLine.get(5)?.outcome).toBe('INVALID');
      expect(
        byLine
          .get(5)
          ?.errors.map((e) => e.column)
          .sort(),
      ).toEqual(['country', 'region', 'website_domains']);
      expect(byLine.get(6)).toMatchObject({ outcome: 'DUPLICATE_IN_FILE' });
      expect(byLine.get(6)?.errors[0].message).toContain('line 2');
      expect(byLine.get(7)?.errors).toEqual([
        { column: 'tier', message: 'No tier named “Platinum”; use one of Gold.' },
      ]);
      expect(byLine.get(8)?.errors.map((e) => e.column)).toEqual([
        'country',
        'region',
        'time_zone',
        'tier',
        'partner_type',
      ]);
      expect(report.errors).toContain('Line 7, tier: No tier named “Platinum”; use one of Gold.');
    });

    it('imports the valid rows only, and a second run of the same file changes nothing', async () => {
      const before = await count('partner');
      const first = await run(admin, PARTNERS, 'importPartners', csv, false);
      expect(first).toMatchObject({ preview: false, created: 2, updated: 1, invalid: 3 });
      expect(await count('partner')).toBe(before + 2);
      const rows = await t.db.asSystem((em) =>
        em.query(
          `SELECT p.name, p.website_domains AS domains, p.country, p.region, p.time_zone AS tz,
                  p.status, t.name AS tier, u.email AS manager
           FROM partner p JOIN tier t ON t.id = p.tier_id
           LEFT JOIN app_user u ON u.id = p.channel_manager_id
           WHERE p.name IN ('Acme Resellers', 'Bits, Bytes & Co', 'Existing Partner Inc',
                            'Broken Partner', 'Wrong Tier', 'Half Partner')
           ORDER BY p.name`,
        ),
      );
      expect(rows).toEqual([
        {
          name: 'Acme Resellers',
          domains: ['acme.example', 'acme-eu.example'],
          country: 'DE',
          region: 'EMEA',
          tz: 'Europe/Berlin',
          status: 'ACTIVE',
          tier: 'Gold',
          manager: managerEmail,
        },
        {
          name: 'Bits, Bytes & Co',
          domains: ['bits.example'],
          country: 'US',
          region: 'NA',
          tz: 'America/New_York',
          status: 'ONBOARDING',
          tier: 'Gold',
          manager: null,
        },
        {
          name: 'Existing Partner Inc',
          domains: ['existing.example'],
          country: 'US',
          region: 'NA',
          tz: 'America/Chicago',
          status: 'ACTIVE',
          tier: 'Gold',
          manager: null,
        },
      ]);
      const audits = await t.db.asSystem((em) =>
        em.query(`SELECT action FROM audit_entry WHERE action LIKE 'partner.%' ORDER BY action`),
      );
      expect(audits.map((a: { action: string }) => a.action)).toEqual([
        'partner.created',
        'partner.created',
        'partner.imported',
        'partner.updated',
      ]);

      const again = await run(admin, PARTNERS, 'importPartners', csv, false);
      expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 3, invalid: 3 });
      expect(await count('partner')).toBe(before + 2);
    });

    it('leaves an existing partner’s status to its page, with a clear error', async () => {
      const report = await run(
        admin,
        PARTNERS,
        'importPartners',
        'Name,Website,Status\nExisting Partner Inc,existing.example,ONBOARDING\n',
        true,
      );
      expect(report.rows[0]).toMatchObject({ outcome: 'INVALID' });
      expect(report.rows[0].errors).toEqual([
        {
          column: 'status',
          message:
            'Change Existing Partner Inc’s status on its page (it is active), so the change is recorded with its reason.',
        },
      ]);
    });

    it('rejects a file without a name column, and is for vendor admins only', async () => {
      const res = await admin.gql(PARTNERS, { i: { csv: 'company,country\nX,DE\n' } });
      expect(res.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fields?.[0]).toMatchObject({ field: 'csv' });
      const manager = await t.signedIn(managerEmail);
      expect((await manager.gql(PARTNERS, { i: { csv: 'name\nX\n' } })).code).toBe('FORBIDDEN');
    });
  });

  describe('products', () => {
    const CSV = [
      'sku,name,list_price,active',
      'P-1,Platform licence,"1,200.00",yes',
      'P-2,Support plan,300,',
      'P-3,,cheap,maybe',
      'p-1,Platform licence again,1200,yes',
    ].join('\n');

    it('previews, imports valid rows only, then updates and leaves identical rows alone', async () => {
      const before = await count('product');
      const preview = await run(admin, PRODUCTS, 'importProducts', CSV, true);
      expect(preview).toMatchObject({ preview: true, created: 2, invalid: 1, duplicates: 1 });
      expect(preview.rows[2].errors.map((e) => e.column)).toEqual(['name', 'list_price', 'active']);
      expect(preview.rows[3]).toMatchObject({ line: 5, outcome: 'DUPLICATE_IN_FILE' });
      expect(await count('product')).toBe(before);

      const first = await run(admin, PRODUCTS, 'importProducts', CSV, false);
      expect(first).toMatchObject({ created: 2, updated: 0, unchanged: 0, invalid: 1 });
      expect(await count('product')).toBe(before + 2);
      const again = await run(admin, PRODUCTS, 'importProducts', CSV, false);
      expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2, invalid: 1 });

      const changed = await run(
        admin,
        PRODUCTS,
        'importProducts',
        'SKU,Name,List price\np-2,Support plan,350.5\n',
        false,
      );
      expect(changed.rows[0]).toMatchObject({
        outcome: 'UPDATE',
        matchedBy: 'sku',
        changes: ['list_price'],
      });
      const [p2] = await t.db.asSystem((em) =>
        em.query(`SELECT sku, list_price::text AS price, active FROM product WHERE sku = 'P-2'`),
      );
      expect(p2).toEqual({ sku: 'P-2', price: '350.50', active: true });
      expect(await count('product')).toBe(before + 2);
    });
  });

  describe('existing customers', () => {
    const CSV = [
      'company_name,website,country',
      'Globex,https://www.globex.example/about,US',
      'Initech,,US',
      'Nowhere Corp,,',
      'Globex Corporation,globex.example,US',
      'Bad Site,not a site,US',
    ].join('\n');

    it('previews, imports valid rows only, and a re-run changes nothing', async () => {
      const before = await count('account_list_entry');
      const preview = await run(admin, ACCOUNTS, 'importAccountList', CSV, true);
      expect(preview).toMatchObject({ created: 2, invalid: 2, duplicates: 1 });
      expect(preview.rows[2].errors).toEqual([
        { column: 'country', message: 'Give a website, or a country to match the name in.' },
      ]);
      expect(preview.rows[4].errors[0].column).toBe('website');
      expect(await count('account_list_entry')).toBe(before);

      const first = await run(admin, ACCOUNTS, 'importAccountList', CSV, false);
      expect(first).toMatchObject({ created: 2, invalid: 2, duplicates: 1 });
      expect(await count('account_list_entry')).toBe(before + 2);
      const again = await run(admin, ACCOUNTS, 'importAccountList', CSV, false);
      expect(again).toMatchObject({ created: 0, unchanged: 2, invalid: 2 });
      expect(await count('account_list_entry')).toBe(before + 2);

      const renamed = await run(
        admin,
        ACCOUNTS,
        'importAccountList',
        'company_name,website\nGlobex Holdings,globex.example\n',
        false,
      );
      expect(renamed.rows[0]).toMatchObject({
        outcome: 'UPDATE',
        matchedBy: 'website domain',
        changes: ['company_name'],
      });
    });
  });
});
