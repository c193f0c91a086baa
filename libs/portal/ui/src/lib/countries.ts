/** ISO 3166-1 alpha-2 codes of the countries and territories (leads, customers, routing rules). */
const ISO_COUNTRIES = `
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS
BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE
EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM
HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW
SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO
TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
`
  .trim()
  .split(/\s+/);

let regionNames: Intl.DisplayNames | null | undefined;

function nameOf(code: string): string | undefined {
  if (regionNames === undefined) {
    try {
      regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
    } catch {
      regionNames = null;
    }
  }
  try {
    const name = regionNames?.of(code);
    return name && name !== code ? name : undefined;
  } catch {
    return undefined;
  }
}

/** "Germany (DE)" where the runtime knows the country, else the code itself. */
export function countryLabel(code: string): string {
  const upper = code.toUpperCase();
  const name = nameOf(upper);
  return name ? `${name} (${upper})` : upper;
}

let options: { value: string; label: string }[] | null = null;

/**
 * Options for a country picker, sorted by name. Codes already chosen stay selectable even when
 * they are not in the list, so saving a rule never drops them silently.
 */
export function countryOptions(
  selected: readonly string[] = [],
): { value: string; label: string }[] {
  if (!options) {
    options = ISO_COUNTRIES.map((code) => ({ value: code, label: countryLabel(code) })).sort(
      (a, b) => a.label.localeCompare(b.label, 'en'),
    );
  }
  const extra = selected
    .filter((code) => !ISO_COUNTRIES.includes(code))
    .map((code) => ({ value: code, label: countryLabel(code) }));
  return extra.length ? [...extra, ...options] : options;
}

/**
 * Options matching what was typed, best first: the exact code ("us" → United States), then names
 * that start with it, then the rest that contain it. So typing a code and Enter picks it.
 */
export function rankCountries<T extends { value: string; label: string }>(
  options: readonly T[],
  search: string,
): T[] {
  const q = search.trim().toLowerCase();
  if (!q) return [...options];
  const exact: T[] = [];
  const starts: T[] = [];
  const contains: T[] = [];
  for (const o of options) {
    const label = o.label.toLowerCase();
    if (o.value.toLowerCase() === q) exact.push(o);
    else if (label.startsWith(q)) starts.push(o);
    else if (label.includes(q)) contains.push(o);
  }
  return [...exact, ...starts, ...contains];
}
