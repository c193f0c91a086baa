import { DEAL_CURRENCIES } from '@tandem/shared-domain';
import { cleanAmount, isAmount, lineAmount, sumAmounts } from './money';

export interface DealLineValues {
  /** Stable React key for the row (not sent). */
  key: string;
  productId: string | null;
  quantity: number | string;
  /** Decimal string; prefilled from quantity × list price until the person types their own. */
  amount: string;
  /** True once the person changed the amount by hand: it is no longer recalculated. */
  amountEdited: boolean;
}

export interface DealFormValues {
  website: string;
  companyName: string;
  /** ISO 3166-1 alpha-2, e.g. US. */
  country: string | null;
  contactName: string;
  contactEmail: string;
  contactRole: string;
  lines: DealLineValues[];
  currency: string;
  /** YYYY-MM-DD or ''. */
  expectedCloseOn: string;
  personaId: string | null;
  lastMeetingOn: string;
  notes: string;
}

/** Registering needs product lines; a draft may be saved without them. */
export type DealFormMode = 'register' | 'draft';

export interface ProductOption {
  id: string;
  listPrice: string;
}

let lineSeq = 0;
export function emptyLine(): DealLineValues {
  lineSeq += 1;
  return { key: `line-${lineSeq}`, productId: null, quantity: 1, amount: '', amountEdited: false };
}

export function emptyDealValues(country: string | null = null): DealFormValues {
  return {
    website: '',
    companyName: '',
    country,
    contactName: '',
    contactEmail: '',
    contactRole: '',
    lines: [emptyLine()],
    currency: 'USD',
    expectedCloseOn: '',
    personaId: null,
    lastMeetingOn: '',
    notes: '',
  };
}

/** The lead facts a registration starts from. */
export interface LeadPrefill {
  contactName: string;
  email: string;
  title: string;
  company: string;
  domain: string;
  country?: string | null;
  personaId?: string | null;
}

export function dealValuesFromLead(lead: LeadPrefill): DealFormValues {
  return {
    ...emptyDealValues(lead.country ?? null),
    website: lead.domain,
    companyName: lead.company,
    contactName: lead.contactName,
    contactEmail: lead.email,
    contactRole: lead.title,
    personaId: lead.personaId ?? null,
  };
}

/** The draft fields the form edits, as the API returns them. */
export interface DealDraftSource {
  website: string;
  companyName: string;
  country: string;
  contactName: string;
  contactEmail: string;
  contactRole: string;
  currency: string;
  expectedCloseOn?: string | null;
  personaId?: string | null;
  lastMeetingOn?: string | null;
  notes: string;
  lines: readonly { productId: string; quantity: number; amount: string }[];
}

export function dealValuesFromDraft(deal: DealDraftSource): DealFormValues {
  return {
    website: deal.website,
    companyName: deal.companyName,
    country: deal.country || null,
    contactName: deal.contactName,
    contactEmail: deal.contactEmail,
    contactRole: deal.contactRole,
    lines: deal.lines.length
      ? deal.lines.map((l) => ({
          ...emptyLine(),
          productId: l.productId,
          quantity: l.quantity,
          amount: l.amount,
          amountEdited: true,
        }))
      : [emptyLine()],
    currency: deal.currency,
    expectedCloseOn: deal.expectedCloseOn ?? '',
    personaId: deal.personaId ?? null,
    lastMeetingOn: deal.lastMeetingOn ?? '',
    notes: deal.notes,
  };
}

/** A line after its product or quantity changed: the amount follows unless typed by hand. */
export function repriceLine(
  line: DealLineValues,
  products: readonly ProductOption[],
): DealLineValues {
  if (line.amountEdited) return line;
  const product = products.find((p) => p.id === line.productId);
  const quantity = Number(line.quantity);
  if (!product || !Number.isInteger(quantity) || quantity < 1) return line;
  return { ...line, amount: lineAmount(quantity, product.listPrice) ?? line.amount };
}

/** The exact total of the lines, as a decimal string. */
export function dealTotal(lines: readonly DealLineValues[]): string {
  return sumAmounts(lines.map((l) => cleanAmount(l.amount)));
}

/**
 * "https://www.Acme.com/about" → "www.acme.com": the host part, when the text looks like a
 * website at all. Only such text is worth asking the API about.
 */
export function websiteHost(text: string): string | null {
  const host = text
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/^[^@/]*@/, '')
    .split(/[/?#:]/)[0];
  if (!host || !/^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/.test(host)) return null;
  return host;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Form field names the API may name in `extensions.fields`, for the given number of lines. */
export function dealFormFields(lineCount: number): string[] {
  const fields = [
    'website',
    'companyName',
    'country',
    'contactName',
    'contactEmail',
    'contactRole',
    'lines',
    'currency',
    'expectedCloseOn',
    'personaId',
    'lastMeetingOn',
    'notes',
  ];
  for (let i = 0; i < lineCount; i++)
    fields.push(`lines.${i}.productId`, `lines.${i}.quantity`, `lines.${i}.amount`);
  return fields;
}

/** Checks what the browser can check; the API has the last word (and maps its own messages). */
export function validateDealForm(
  values: DealFormValues,
  mode: DealFormMode = 'register',
): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.website.trim()) errors.website = 'Enter the customer’s website, e.g. acme.com.';
  else if (!websiteHost(values.website))
    errors.website = `“${values.website.trim()}” is not a website; use a domain such as acme.com.`;
  const name = values.companyName.trim();
  if (name.length < 2 || name.length > 200)
    errors.companyName = 'Enter the customer’s company name (2 to 200 characters).';
  if (!values.country) errors.country = 'Choose the customer’s country.';
  const email = values.contactEmail.trim();
  if (email && !EMAIL.test(email)) errors.contactEmail = `“${email}” is not an email address.`;
  if (!(DEAL_CURRENCIES as readonly string[]).includes(values.currency))
    errors.currency = 'Choose a currency from the list.';
  for (const key of ['expectedCloseOn', 'lastMeetingOn'] as const) {
    if (values[key] && !DATE.test(values[key])) errors[key] = 'Use a date like 2026-11-20.';
  }
  if (values.notes.length > 5000) errors.notes = 'Notes can be at most 5,000 characters.';

  const lines = values.lines;
  if (mode === 'register' && lines.length === 0) errors.lines = 'Add at least one product line.';
  lines.forEach((line, i) => {
    const untouched = !line.productId && !line.amount.trim();
    // A blank last row in a draft is not a mistake; it is simply not sent.
    if (mode === 'draft' && untouched) return;
    if (!line.productId) errors[`lines.${i}.productId`] = 'Choose a product.';
    const quantity = Number(line.quantity);
    if (line.quantity === '' || !Number.isInteger(quantity) || quantity < 1 || quantity > 1e6)
      errors[`lines.${i}.quantity`] = 'Use a whole number from 1 to 1,000,000.';
    if (!line.amount.trim()) errors[`lines.${i}.amount`] = 'Enter the amount.';
    else if (!isAmount(line.amount))
      errors[`lines.${i}.amount`] = 'Use a number with at most two decimals, e.g. 12500.00.';
  });
  return errors;
}

/** Input for `registerDeal` and `saveDealDraft`. */
export function toDealInput(
  values: DealFormValues,
  extra: { id?: string; version?: number; leadId?: string | null } = {},
) {
  const lines = values.lines
    .filter((l) => l.productId || l.amount.trim())
    .map((l) => ({
      productId: l.productId ?? '',
      quantity: Number(l.quantity),
      amount: cleanAmount(l.amount),
    }));
  return {
    ...(extra.id ? { id: extra.id, version: extra.version } : {}),
    website: values.website.trim(),
    companyName: values.companyName.trim(),
    country: (values.country ?? '').toUpperCase(),
    contactName: values.contactName.trim(),
    contactEmail: values.contactEmail.trim(),
    contactRole: values.contactRole.trim(),
    currency: values.currency,
    lines,
    expectedCloseOn: values.expectedCloseOn || null,
    personaId: values.personaId || null,
    leadId: extra.leadId || null,
    lastMeetingOn: values.lastMeetingOn || null,
    notes: values.notes.trim(),
  };
}

/**
 * Blank draft rows are not sent, so the API numbers lines differently from the form: this maps
 * its `lines.<sent index>.<field>` paths back onto the form's rows.
 */
export function lineFieldAliases(values: DealFormValues): Record<string, string> {
  const aliases: Record<string, string> = {};
  let sent = 0;
  values.lines.forEach((l, i) => {
    if (!(l.productId || l.amount.trim())) return;
    for (const field of ['productId', 'quantity', 'amount'])
      aliases[`lines.${sent}.${field}`] = `lines.${i}.${field}`;
    sent += 1;
  });
  return aliases;
}
