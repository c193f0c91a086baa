import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DefinitionStatus, FitRuleKind, Role } from '@tandem/shared-domain';
import { ApiClient } from '@tandem/api-testing';
import { TestApp, startTestApp } from './support/test-app';

const IMPORT = `mutation($i: ImportLeadsInput!) { importLeads(input: $i) {
  preview totalRows created merged unchanged invalid duplicates qualified warnings
  rows { row email outcome messages } } }`;
const PREVIEW = IMPORT.replace('importLeads', 'previewLeadImport');

type Report = {
  preview: boolean;
  totalRows: number;
  created: number;
  merged: number;
  unchanged: number;
  invalid: number;
  duplicates: number;
  qualified: number;
  warnings: string[];
  rows: { row: number; email: string; outcome: string; messages: string[] }[];
};

// Line 1 is the header. Good rows: 2, 3, 7. Bad: 4 (email), 5 (country, size), 8 (persona).
// Line 6 repeats line 2's email (another case), so it is a duplicate within the file.
const CSV = [
  'Contact Name,Email,Title,Company,Country,Company Size,Persona,Consent,Favourite colour',
  'Ada Lovelace,ada@engines.example,CTO,Analytical Engines,GB,250,,yes,green',
  '"Hopper, Grace",grace@navy.example,Head of IT,US Navy,US,"10,000",,y,blue',
  'No Email,not-an-email,CTO,Nowhere,US,10,,yes,',
  'Bad Country,bad@country.example,CTO,Somewhere,XX,lots,,yes,',
  'Ada Again,ADA@engines.example,CTO,Analytical Engines,GB,250,,yes,',
  'Alan Turing,alan@bletchley.example,Analyst,Bletchley,GB,,Security Lead Sam,no,',
  'Wrong Persona,wrong@persona.example,CTO,Somewhere,US,,Nobody Known,yes,',
].join('\n');

describe('lead CSV import', () => {
  let t: TestApp;
  let marketer: ApiClient;
  let partnerMarketer: ApiClient;

  beforeAll(async () => {
    t = await startTestApp();
    marketer = await t.signedIn((await t.factories.user({ role: Role.VENDOR_MARKETER })).email);
    const partner = await t.factories.partner();
    partnerMarketer = await t.signedIn(
      (await t.factories.user({ role: Role.PARTNER_MARKETER, partnerId: partner.id })).email,
    );
    await t.factories.persona({ name: 'Security Lead Sam' });
    await t.factories.definition(DefinitionStatus.PUBLISHED, {
      requiredFields: ['email', 'company'],
      threshold: 10,
      fitRules: [{ kind: FitRuleKind.TITLE_KEYWORD, values: ['cto', 'head'], points: 10 }],
      engagementRules: [],
    });
  });
  afterAll(() => t.close());

  const leadCount = async () =>
    (
      await t.db.asSystem((em) =>
        em.query(`SELECT count(*)::int AS n FROM lead WHERE origin_partner_id IS NULL`),
      )
    )[0].n as number;

  it('previews the exact report and writes nothing', async () => {
    const res = await marketer.gql<{ previewLeadImport: Report }>(PREVIEW, { i: { csv: CSV } });
    expect(res.errors).toBeUndefined();
    const report = res.data!.previewLeadImport;
    expect(report).toMatchObject({
      preview: true,
      totalRows: 7,
      created: 3,
      merged: 0,
      unchanged: 0,
      invalid: 3,
      duplicates: 1,
      warnings: ['Column “favourite_colour” is not a lead field and was ignored.'],
    });
    expect(report.rows.map((r) => [r.row, r.outcome, r.messages])).toEqual([
      [2, 'CREATE', []],
      [3, 'CREATE', []],
      [4, 'INVALID', ['“not-an-email” is not an email address.']],
      [
        5,
        'INVALID',
        [
          'Company size “lots” is not a whole number.',
          'Use a two-letter country code such as US, DE or JP.',
        ],
      ],
      [6, 'DUPLICATE_IN_FILE', ['Same email as line 2; only the first is imported.']],
      [7, 'CREATE', []],
      [8, 'INVALID', ['No published persona named “Nobody Known” (check the spelling).']],
    ]);
    expect(await leadCount()).toBe(0);
  });

  it('imports the valid rows, qualifies them, and a second import of the same file creates nothing', async () => {
    const first = (await marketer.gql<{ importLeads: Report }>(IMPORT, { i: { csv: CSV } })).data!
      .importLeads;
    expect(first).toMatchObject({
      preview: false,
      created: 3,
      invalid: 3,
      duplicates: 1,
      qualified: 2,
    });
    expect(await leadCount()).toBe(3);
    const [grace] = await t.db.asSystem((em) =>
      em.query(`SELECT contact_name, company_size, consent, stage FROM lead WHERE email = $1`, [
        'grace@navy.example',
      ]),
    );
    expect(grace).toEqual({
      contact_name: 'Hopper, Grace',
      company_size: 10000,
      consent: true,
      stage: 'MQL',
    });

    const again = (await marketer.gql<{ importLeads: Report }>(IMPORT, { i: { csv: CSV } })).data!
      .importLeads;
    expect(again).toMatchObject({ created: 0, unchanged: 3, merged: 0, invalid: 3, duplicates: 1 });
    expect(await leadCount()).toBe(3);

    // A later file with more about a known lead merges it (fills blanks), never doubles it.
    const more = (
      await marketer.gql<{ importLeads: Report }>(IMPORT, {
        i: {
          csv: 'contact_name,email,phone\nAlan Turing,ALAN@bletchley.example,+44 1908 640404\n',
        },
      })
    ).data!.importLeads;
    expect(more.rows).toEqual([
      {
        row: 2,
        email: 'alan@bletchley.example',
        outcome: 'MERGE',
        messages: ['Already a lead; fills in phone.'],
      },
    ]);
    expect(await leadCount()).toBe(3);
  });

  it('keeps owners apart: a partner imports the same people as its own leads', async () => {
    const res = (await partnerMarketer.gql<{ importLeads: Report }>(IMPORT, { i: { csv: CSV } }))
      .data!.importLeads;
    expect(res.created).toBe(3);
  });

  it('refuses files it cannot read with a message, and nothing is written', async () => {
    const cases: [string, RegExp][] = [
      ['name,phone\nAda,123\n', /must name the columns/],
      ['contact_name,email\n', /no lead rows/],
      ['contact_name,email\n"Ada,ada@x.example\n', /not valid CSV/],
    ];
    for (const [csv, message] of cases) {
      const res = await marketer.gql(IMPORT, { i: { csv } });
      expect(res.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.fields?.[0]?.message).toMatch(message);
    }
    const big = `contact_name,email\n${Array.from({ length: 5001 }, (_, i) => `P${i},p${i}@x.example`).join('\n')}`;
    const res = await marketer.gql(IMPORT, { i: { csv: big } });
    expect(res.errors?.[0]?.extensions?.fields?.[0]?.message).toMatch(/at most 5000 leads/);
    expect(await leadCount()).toBe(3);
  });

  it('imports a full file of 5,000 leads in one go', async () => {
    const rows = Array.from(
      { length: 5000 },
      (_, i) => `Person ${i},bulk${i}@bulk.example,CTO,Bulk ${i % 50},US`,
    );
    const res = await marketer.gql<{ importLeads: Report }>(IMPORT, {
      i: { csv: `contact_name,email,title,company,country\n${rows.join('\n')}` },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.importLeads).toMatchObject({ created: 5000, qualified: 5000, invalid: 0 });
    const [{ jobs }] = await t.db.asSystem((em) =>
      em.query(`SELECT count(*)::int AS jobs FROM job WHERE kind = 'lead.handoff'`),
    );
    // Routing of an import runs in the background, one durable job per qualified lead.
    expect(jobs).toBeGreaterThanOrEqual(5000);
  });
});
