// The data set sizes and the facts the seed and the benchmark share.
export const BENCH_PASSWORD = 'bench-password-2026';

/** xs is a smoke size; s and m are the sizes the targets talk about (issue 9). */
export const SIZE_PARAMS = {
  xs: { partners: 10, usersPerPartner: 10, leads: 5_000, deals: 1_250 },
  s: { partners: 200, usersPerPartner: 10, leads: 100_000, deals: 25_000 },
  m: { partners: 2_000, usersPerPartner: 10, leads: 1_000_000, deals: 250_000 },
};

/** Fiscal quarters with the default January start: FY2026-Q4 is Oct–Dec 2026. */
export function recentQuarters(now, count) {
  const out = [];
  let year = now.getUTCFullYear();
  let q = Math.floor(now.getUTCMonth() / 3) + 1;
  for (let i = 0; i < count; i++) {
    out.push({ code: `FY${year}-Q${q}` });
    q -= 1;
    if (q === 0) {
      q = 4;
      year -= 1;
    }
  }
  return out;
}

/** The users the benchmark signs in as (see the seed's naming). */
export const BENCH_USERS = {
  vendorAdmin: 'admin@bench.tandem',
  // Partner 0 is the largest partner; its first rep has the fullest inbox.
  partnerAdmin: 'admin.p0@bench.tandem',
  salesRep: 'rep1.p0@bench.tandem',
};
