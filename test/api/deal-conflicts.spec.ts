import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DealStatus } from '@tandem/shared-domain';
import { Partner } from '@tandem/api-directory';
import { TestApp, startTestApp } from './support/test-app';

/**
 * The labelled conflict set: pairs of registrations by two different partners, each marked as the
 * same customer or not. Every true conflict must be found, and no other pair flagged, by the same
 * SQL the submission uses (registrable domain, or trigram-similar normalised name in one country)
 * at the default threshold.
 */
const BASES = [
  'Acme',
  'Globex',
  'Initech',
  'Umbrella',
  'Stark Industries',
  'Wayne Enterprises',
  'Wonka',
  'Cyberdyne',
  'Soylent',
  'Hooli',
  'Pied Piper',
  'Vandelay',
  'Tyrell',
  'Massive Dynamic',
  'Oscorp',
  'Gringotts',
  'Monarch',
  'Dunder Mifflin',
  'Prestige Worldwide',
  'Sterling Cooper',
  'Blue Sun',
  'Weyland',
  'Aperture',
  'Black Mesa',
  'Nakatomi',
];
const slug = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');
const shout = (s: string) => s.toUpperCase();

interface Side {
  name: string;
  website: string;
  country: string;
}
interface Pair {
  label: string;
  a: Side;
  b: Side;
  conflict: boolean;
}

const pairs: Pair[] = [];
BASES.forEach((base, i) => {
  const s = slug(base);
  const variants: [string, string][] = [
    [`${s}.com`, `www.${s}.com`],
    [`https://${s}.com/contact`, `shop.eu.${s}.com`],
    [`${s}.co.uk`, `WWW.${shout(s)}.CO.UK`],
    [`sales@${s}.de`, `${s}.de`],
  ];
  const [wa, wb] = variants[i % variants.length] as [string, string];
  // Same registrable domain, even with unrelated names and countries: one customer.
  pairs.push({
    label: `domain ${wa} ~ ${wb}`,
    a: { name: `${base} Holdings`, website: wa, country: 'US' },
    b: { name: `Project ${i} Buyer`, website: wb, country: i % 2 ? 'US' : 'GB' },
    conflict: true,
  });
  // Same company written differently (case, punctuation, legal form, accents), same country.
  const nameVariants: [string, string][] = [
    [`${base}, Inc.`, `${shout(base)} Incorporated`],
    [`${base} GmbH`, `${base} G.m.b.H.`],
    [`The ${base} Company`, `${base} Co`],
    [`${base} S.A.`, `${base} SA`],
    [`${base} Ltd`, `${base} Limited`],
  ];
  const [na, nb] = nameVariants[i % nameVariants.length] as [string, string];
  pairs.push({
    label: `name ${na} ~ ${nb}`,
    a: { name: na, website: `${s}-one.com`, country: 'DE' },
    b: { name: nb, website: `${s}-two.net`, country: 'DE' },
    conflict: true,
  });
  // The same name in different countries is a different customer.
  pairs.push({
    label: `country ${base} DE vs JP`,
    a: { name: `${base} GmbH`, website: `${s}.de`, country: 'DE' },
    b: { name: `${base} K.K.`, website: `${s}.jp`, country: 'JP' },
    conflict: false,
  });
  // Unrelated companies in one country.
  const other = BASES[(i + 7) % BASES.length] as string;
  pairs.push({
    label: `unrelated ${base} vs ${other}`,
    a: { name: `${base} Inc`, website: `${s}-us.com`, country: 'US' },
    b: { name: `${other} Inc`, website: `${slug(other)}-us.com`, country: 'US' },
    conflict: false,
  });
});
// Accented and typo variants of one name.
pairs.push(
  {
    label: 'accents',
    a: { name: 'Société Générale S.A.', website: 'socgen-a.fr', country: 'FR' },
    b: { name: 'Societe Generale', website: 'socgen-b.fr', country: 'FR' },
    conflict: true,
  },
  {
    label: 'umlaut',
    a: { name: 'Müller Maschinenbau GmbH', website: 'mueller-a.de', country: 'DE' },
    b: { name: 'Muller Maschinenbau', website: 'mueller-b.de', country: 'DE' },
    conflict: true,
  },
  {
    label: 'typo',
    a: { name: 'Northbridge Analytics', website: 'nb-a.com', country: 'US' },
    b: { name: 'Northbrige Analytics Inc', website: 'nb-b.com', country: 'US' },
    conflict: true,
  },
  {
    label: 'same first word, different business',
    a: { name: 'Summit Logistics', website: 'summit-log.com', country: 'US' },
    b: { name: 'Summit Dental Care', website: 'summit-dental.com', country: 'US' },
    conflict: false,
  },
  {
    label: 'shared industry word',
    a: { name: 'Atlas Software', website: 'atlas-sw.com', country: 'US' },
    b: { name: 'Zenith Software', website: 'zenith-sw.com', country: 'US' },
    conflict: false,
  },
);

describe('deal conflict detection (labelled pairs)', () => {
  let t: TestApp;
  let p1: Partner;
  let p2: Partner;
  beforeAll(async () => {
    t = await startTestApp();
    p1 = await t.factories.partner();
    p2 = await t.factories.partner();
  });
  afterAll(() => t.close());

  it(`has at least 100 labelled pairs`, () => {
    expect(pairs.length).toBeGreaterThanOrEqual(100);
    expect(pairs.filter((p) => p.conflict).length).toBeGreaterThanOrEqual(40);
    expect(pairs.filter((p) => !p.conflict).length).toBeGreaterThanOrEqual(40);
  });

  it('finds every true conflict and flags no unrelated pair at the default threshold', async () => {
    const { registrableDomain } = await import('@tandem/api-deals');
    const wrong: string[] = [];
    for (const pair of pairs) {
      const a = await t.factories.deal({
        partnerId: p1.id,
        companyName: pair.a.name,
        website: pair.a.website,
        domain: registrableDomain(pair.a.website),
        country: pair.a.country,
      });
      const b = await t.factories.deal({
        partnerId: p2.id,
        companyName: pair.b.name,
        website: pair.b.website,
        domain: registrableDomain(pair.b.website),
        country: pair.b.country,
      });
      const [{ n }] = await t.db.asSystem((em) =>
        em.query(
          `SELECT count(*)::int AS n FROM deal_conflict WHERE deal_id = $1 AND other_deal_id = $2`,
          [b.id, a.id],
        ),
      );
      if (n > 0 !== pair.conflict)
        wrong.push(`${pair.label}: expected ${pair.conflict}, got ${n > 0}`);
      // Take both out of play so pairs do not meet each other.
      await t.db.asSystem((em) =>
        em.query(`UPDATE deal_registration SET status = $1 WHERE id = ANY($2)`, [
          DealStatus.WITHDRAWN,
          [a.id, b.id],
        ]),
      );
    }
    expect(wrong).toEqual([]);
  });
});
