import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '@tandem/shared-domain';
import { ApiClient } from '@tandem/api-testing';
import { Partner, User } from '@tandem/api-directory';
import { TestApp, startTestApp } from './support/test-app';

const CREATE = `mutation($c:PersonaContentInput!){ createPersona(content:$c) { id version status } }`;
const UPDATE = `mutation($id:ID!,$v:Int!,$c:PersonaContentInput!){ updatePersonaDraft(id:$id, version:$v, content:$c) { id version hasUnpublishedChanges } }`;
const PUBLISH = `mutation($id:ID!,$n:String!){ publishPersona(id:$id, changeNote:$n) { publishedVersion status } }`;
const GET = `query($id:ID!){ persona(id:$id) { id status publishedVersion published { name painPoints objections { objection answer } } following openProposalCount } }`;

const content = (values: Record<string, unknown> = {}) => ({
  name: 'IT Director Irene',
  summary: 'Runs IT for a mid-size manufacturer.',
  jobTitles: ['IT Director', 'Head of IT'],
  painPoints: ['Too many tools', ' too many tools ', ''],
  objections: [{ objection: 'Too expensive', answer: 'Pays back in a year' }],
  companySizeMin: 200,
  companySizeMax: 2000,
  ...values,
});

describe('personas', () => {
  let t: TestApp;
  let marketer: ApiClient;
  let partnerA: Partner;
  let partnerB: Partner;
  let repA: User;
  let clientA: ApiClient;
  let clientB: ApiClient;
  let repAClient: ApiClient;

  beforeAll(async () => {
    t = await startTestApp();
    const vm = await t.factories.user({ role: Role.VENDOR_MARKETER });
    marketer = await t.signedIn(vm.email);
    partnerA = await t.factories.partner({ name: 'Alpha Partner' });
    partnerB = await t.factories.partner({ name: 'Beta Partner' });
    const pmA = await t.factories.user({
      role: Role.PARTNER_MARKETER,
      partnerId: partnerA.id,
      name: 'Pam Alpha',
    });
    const pmB = await t.factories.user({ role: Role.PARTNER_MARKETER, partnerId: partnerB.id });
    repA = await t.factories.user({ role: Role.PARTNER_SALES_REP, partnerId: partnerA.id });
    clientA = await t.signedIn(pmA.email);
    clientB = await t.signedIn(pmB.email);
    repAClient = await t.signedIn(repA.email);
  });
  afterAll(() => t.close());

  async function publishedPersona(values: Record<string, unknown> = {}): Promise<string> {
    const created = await marketer.gql<{ createPersona: { id: string } }>(CREATE, {
      c: content(values),
    });
    const id = created.data?.createPersona.id ?? '';
    const published = await marketer.gql(PUBLISH, { id, n: 'First version' });
    expect(published.code).toBeNull();
    return id;
  }

  it('keeps drafts from partners, versions every publication and diffs versions', async () => {
    const created = await marketer.gql<{
      createPersona: { id: string; version: number; status: string };
    }>(CREATE, { c: content() });
    expect(created.data?.createPersona.status).toBe('DRAFT');
    const id = created.data?.createPersona.id ?? '';
    expect((await clientA.gql(GET, { id })).code).toBe('NOT_FOUND');
    const list = await clientA.gql<{ personas: { items: { id: string }[] } }>(
      `{ personas { items { id } } }`,
    );
    expect(list.data?.personas.items.map((p) => p.id)).not.toContain(id);

    await marketer.gql(PUBLISH, { id, n: 'First version' });
    const seen = await clientA.gql<{
      persona: { published: { painPoints: string[] }; publishedVersion: number };
    }>(GET, { id });
    expect(seen.data?.persona.publishedVersion).toBe(1);
    expect(seen.data?.persona.published.painPoints).toEqual(['Too many tools']);
    expect(
      (await clientA.gql(`query($id:ID!){ persona(id:$id) { draft { name } } }`, { id })).code,
    ).toBe('FORBIDDEN');

    const again = await marketer.gql(PUBLISH, { id, n: 'nothing' });
    expect(again.code).toBe('BAD_USER_INPUT');
    expect(again.errors?.[0]?.message).toMatch(/Nothing has changed since version 1/);

    await repAClient.gql(`mutation($id:ID!){ followPersona(personaId:$id) }`, { id });
    const [{ version }] = await t.db.asSystem((em) =>
      em.query('SELECT version FROM persona WHERE id = $1', [id]),
    );
    const stale = await marketer.gql(UPDATE, { id, v: version - 1, c: content() });
    expect(stale.code).toBe('CONFLICT');
    const updated = await marketer.gql<{ updatePersonaDraft: { hasUnpublishedChanges: boolean } }>(
      UPDATE,
      {
        id,
        v: version,
        c: content({ painPoints: ['Too many tools', 'Audit findings'], summary: 'Runs IT.' }),
      },
    );
    expect(updated.data?.updatePersonaDraft.hasUnpublishedChanges).toBe(true);
    await marketer.gql(PUBLISH, { id, n: 'Added audit findings' });

    const versions = await clientA.gql<{
      personaVersions: { items: { number: number; changeNote: string }[] };
    }>(`query($id:ID!){ personaVersions(personaId:$id) { items { number changeNote } } }`, { id });
    expect(versions.data?.personaVersions.items).toEqual([
      { number: 2, changeNote: 'Added audit findings' },
      { number: 1, changeNote: 'First version' },
    ]);
    const diff = await clientA.gql<{
      personaDiff: { field: string; added: string[]; removed: string[] }[];
    }>(`query($id:ID!){ personaDiff(personaId:$id, from:1, to:2) { field added removed } }`, {
      id,
    });
    expect(diff.data?.personaDiff).toEqual([
      { field: 'summary', added: ['Runs IT.'], removed: ['Runs IT for a mid-size manufacturer.'] },
      { field: 'painPoints', added: ['Audit findings'], removed: [] },
    ]);
    const note = await repAClient.gql<{ myNotifications: { items: { title: string }[] } }>(
      `{ myNotifications { items { title } } }`,
    );
    expect(note.data?.myNotifications.items.map((n) => n.title)).toContain(
      'IT Director Irene: version 2 published',
    );
  });

  it('explains invalid content field by field', async () => {
    const res = await marketer.gql(CREATE, {
      c: content({
        name: 'X',
        companySizeMin: 500,
        companySizeMax: 10,
        imageUrl: 'http://insecure.example/p.png',
      }),
    });
    expect(res.code).toBe('BAD_USER_INPUT');
    const fields = res.errors?.[0]?.extensions?.fields?.map((f) => f.field).sort();
    expect(fields).toEqual(['imageUrl', 'name']);
    const sizes = await marketer.gql(CREATE, {
      c: content({ companySizeMin: 500, companySizeMax: 10 }),
    });
    expect(sizes.errors?.[0]?.extensions?.fields).toEqual([
      {
        field: 'companySizeMax',
        message: 'The upper company size must not be below the lower one.',
      },
    ]);
  });

  it('keeps each partner’s comments and proposals to that partner', async () => {
    const id = await publishedPersona({ name: `Shared ${Date.now()}` });
    const a = await clientA.gql<{ commentOnPersona: { id: string } }>(
      `mutation($id:ID!){ commentOnPersona(personaId:$id, body:"Alpha's field note") { id } }`,
      { id },
    );
    const vendorPublic = await marketer.gql<{ commentOnPersona: { id: string } }>(
      `mutation($id:ID!){ commentOnPersona(personaId:$id, body:"Welcome, all") { id } }`,
      { id },
    );
    const reply = await marketer.gql<{ commentOnPersona: { id: string } }>(
      `mutation($id:ID!,$p:ID){ commentOnPersona(personaId:$id, body:"Thanks Alpha", parentId:$p) { id } }`,
      { id, p: a.data?.commentOnPersona.id },
    );
    const seen = async (client: ApiClient) => {
      const res = await client.gql<{ personaComments: { items: { id: string }[] } }>(
        `query($id:ID!){ personaComments(personaId:$id) { items { id } } }`,
        { id },
      );
      return res.data?.personaComments.items.map((c) => c.id) ?? [];
    };
    const aId = a.data?.commentOnPersona.id;
    const replyId = reply.data?.commentOnPersona.id;
    const publicId = vendorPublic.data?.commentOnPersona.id;
    expect((await seen(clientA)).sort()).toEqual([aId, publicId, replyId].sort());
    expect(await seen(clientB)).toEqual([publicId]);
    expect((await seen(marketer)).sort()).toEqual([aId, publicId, replyId].sort());
    // Replying into another partner's thread is refused as if it did not exist.
    const sneaky = await clientB.gql(
      `mutation($id:ID!,$p:ID){ commentOnPersona(personaId:$id, body:"hi", parentId:$p) { id } }`,
      {
        id,
        p: aId,
      },
    );
    expect(sneaky.code).toBe('NOT_FOUND');
    // Row-level security refuses the same rows with no filter in the SQL.
    const pmB = await t.db.asSystem((em) =>
      em.query(`SELECT id FROM app_user WHERE partner_id = $1 LIMIT 1`, [partnerB.id]),
    );
    const raw = await t.db.transaction(
      { kind: 'partner', partnerId: partnerB.id, userId: pmB[0].id },
      (em) => em.query(`SELECT id FROM persona_comment WHERE persona_id = $1`, [id]),
    );
    expect(raw).toEqual([{ id: publicId }]);
  });

  it('accepts a proposal into a new version and tells the proposer; declines need a reason', async () => {
    const id = await publishedPersona({ name: `Proposals ${Date.now()}` });
    const proposed = await clientA.gql<{ proposePersonaChange: { id: string; status: string } }>(
      `mutation($id:ID!){ proposePersonaChange(personaId:$id, field:"painPoints", suggestion:"Board wants ROI proof", evidence:"3 of 5 calls") { id status } }`,
      { id },
    );
    expect(proposed.data?.proposePersonaChange.status).toBe('OPEN');
    const bad = await clientA.gql(
      `mutation($id:ID!){ proposePersonaChange(personaId:$id, field:"companySizeMin", suggestion:"5") { id } }`,
      { id },
    );
    expect(bad.code).toBe('BAD_USER_INPUT');
    const inbox = await marketer.gql<{ myNotifications: { items: { title: string }[] } }>(
      `{ myNotifications { items { title } } }`,
    );
    const titles = inbox.data?.myNotifications.items.map((n) => n.title) ?? [];
    expect(
      titles.filter((title) =>
        /^Pam Alpha proposed a change to Proposals \d+ \(Pain points\)$/.test(title),
      ),
    ).toHaveLength(1);
    const count = await marketer.gql<{ persona: { openProposalCount: number } }>(GET, { id });
    expect(count.data?.persona.openProposalCount).toBe(1);

    const accepted = await marketer.gql<{
      acceptPersonaProposal: { status: string; acceptedVersion: number };
    }>(
      `mutation($c:ID!){ acceptPersonaProposal(commentId:$c, note:"Good catch") { status acceptedVersion } }`,
      { c: proposed.data?.proposePersonaChange.id },
    );
    expect(accepted.data?.acceptPersonaProposal).toEqual({
      status: 'ACCEPTED',
      acceptedVersion: 2,
    });
    const now = await clientA.gql<{ persona: { published: { painPoints: string[] } } }>(GET, {
      id,
    });
    expect(now.data?.persona.published.painPoints).toEqual([
      'Too many tools',
      'Board wants ROI proof',
    ]);
    const twice = await marketer.gql(
      `mutation($c:ID!){ declinePersonaProposal(commentId:$c, reason:"late") { status } }`,
      {
        c: proposed.data?.proposePersonaChange.id,
      },
    );
    expect(twice.code).toBe('CONFLICT');
    const told = await clientA.gql<{
      myNotifications: { items: { title: string; body: string }[] };
    }>(`{ myNotifications { items { title body } } }`);
    expect(told.data?.myNotifications.items).toContainEqual({
      title: 'Your proposal was accepted (version 2)',
      body: 'Good catch',
    });

    const second = await clientA.gql<{ proposePersonaChange: { id: string } }>(
      `mutation($id:ID!){ proposePersonaChange(personaId:$id, field:"summary", suggestion:"Hates vendors") { id } }`,
      { id },
    );
    const c = second.data?.proposePersonaChange.id;
    expect(
      (
        await marketer.gql(
          `mutation($c:ID!){ declinePersonaProposal(commentId:$c, reason:"  ") { status } }`,
          { c },
        )
      ).code,
    ).toBe('BAD_USER_INPUT');
    const declined = await marketer.gql<{
      declinePersonaProposal: { status: string; decisionReason: string };
    }>(
      `mutation($c:ID!){ declinePersonaProposal(commentId:$c, reason:"Not what we hear") { status decisionReason } }`,
      { c },
    );
    expect(declined.data?.declinePersonaProposal).toEqual({
      status: 'DECLINED',
      decisionReason: 'Not what we hear',
    });
  });

  it('hides retired personas from partners until published again', async () => {
    const id = await publishedPersona({ name: `Retiring ${Date.now()}` });
    await marketer.gql(`mutation($id:ID!){ retirePersona(id:$id, reason:"Outdated") { status } }`, {
      id,
    });
    expect((await clientA.gql(GET, { id })).code).toBe('NOT_FOUND');
    await marketer.gql(PUBLISH, { id, n: 'Back' });
    expect((await clientA.gql(GET, { id })).code).toBeNull();
  });

  it('exports a print-ready persona sheet to those who may read the persona', async () => {
    const id = await publishedPersona({ name: 'Sheet <Sally>' });
    const res = await clientA.request('GET', `/api/personas/${id}/sheet`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await res.text();
    expect(html).toContain('Sheet &lt;Sally&gt;');
    expect(html).toContain('Pays back in a year');
    expect(html).toContain('@page');
    const download = await clientA.request('GET', `/api/personas/${id}/sheet?download=1`);
    expect(download.headers.get('content-disposition')).toBe(
      'attachment; filename="sheet-sally-v1.html"',
    );
    expect((await t.client().request('GET', `/api/personas/${id}/sheet`)).status).toBe(401);
    const draft = await marketer.gql<{ createPersona: { id: string } }>(CREATE, {
      c: content({ name: 'Secret Draft' }),
    });
    expect(
      (await clientA.request('GET', `/api/personas/${draft.data?.createPersona.id}/sheet`)).status,
    ).toBe(404);
  });
});
