import { describe, expect, it } from 'vitest';
import {
  dealFormFields,
  dealTotal,
  dealValuesFromDraft,
  dealValuesFromLead,
  emptyDealValues,
  emptyLine,
  lineFieldAliases,
  repriceLine,
  toDealInput,
  validateDealForm,
  websiteHost,
  type DealFormValues,
} from './deal-form';

const PRODUCTS = [
  { id: 'plat', listPrice: '12000.00' },
  { id: 'sec', listPrice: '4000.00' },
];

function filled(): DealFormValues {
  return {
    ...emptyDealValues('US'),
    website: 'www.acme.com',
    companyName: 'ACME Inc.',
    lines: [{ ...emptyLine(), productId: 'plat', quantity: 2, amount: '24000.00' }],
  };
}

describe('websiteHost', () => {
  it('finds the host in what people paste', () => {
    expect(websiteHost('www.acme.com')).toBe('www.acme.com');
    expect(websiteHost('https://Shop.Acme.co.uk/about?x=1')).toBe('shop.acme.co.uk');
    expect(websiteHost('jane@acme.com')).toBe('acme.com');
    expect(websiteHost('acme')).toBeNull();
    expect(websiteHost('acme.')).toBeNull();
    expect(websiteHost('')).toBeNull();
  });
});

describe('product lines', () => {
  it('prefills the amount as quantity × list price', () => {
    const line = { ...emptyLine(), productId: 'sec', quantity: 3 };
    expect(repriceLine(line, PRODUCTS).amount).toBe('12000.00');
    expect(repriceLine({ ...line, quantity: 0 }, PRODUCTS).amount).toBe('');
  });

  it('keeps an amount the person typed', () => {
    const line = {
      ...emptyLine(),
      productId: 'sec',
      quantity: 3,
      amount: '9999',
      amountEdited: true,
    };
    expect(repriceLine(line, PRODUCTS).amount).toBe('9999');
  });

  it('totals the lines exactly', () => {
    const lines = [
      { ...emptyLine(), amount: '24000.10' },
      { ...emptyLine(), amount: '0.20' },
      { ...emptyLine(), amount: '' },
    ];
    expect(dealTotal(lines)).toBe('24000.30');
  });
});

describe('validateDealForm', () => {
  it('needs a website, a company, a country and complete lines to register', () => {
    expect(validateDealForm({ ...emptyDealValues(), lines: [] })).toEqual({
      website: 'Enter the customer’s website, e.g. acme.com.',
      companyName: 'Enter the customer’s company name (2 to 200 characters).',
      country: 'Choose the customer’s country.',
      lines: 'Add at least one product line.',
    });
    expect(validateDealForm(emptyDealValues('US'))).toMatchObject({
      'lines.0.productId': 'Choose a product.',
      'lines.0.amount': 'Enter the amount.',
    });
    expect(validateDealForm(filled())).toEqual({});
  });

  it('checks websites, emails, quantities and amounts', () => {
    const values = filled();
    values.website = 'acme';
    values.contactEmail = 'jane@nowhere';
    values.lines = [{ ...emptyLine(), productId: 'plat', quantity: 1.5, amount: '10.123' }];
    expect(validateDealForm(values)).toEqual({
      website: '“acme” is not a website; use a domain such as acme.com.',
      contactEmail: '“jane@nowhere” is not an email address.',
      'lines.0.quantity': 'Use a whole number from 1 to 1,000,000.',
      'lines.0.amount': 'Use a number with at most two decimals, e.g. 12500.00.',
    });
  });

  it('lets a draft keep a blank line', () => {
    const values = { ...filled(), lines: [...filled().lines, emptyLine()] };
    expect(validateDealForm(values, 'draft')).toEqual({});
    expect(validateDealForm(values, 'register')).toHaveProperty('lines.1.productId');
  });
});

describe('toDealInput', () => {
  it('trims, upper-cases the country and sends amounts as strings', () => {
    const values = { ...filled(), country: 'us', contactEmail: ' jane@acme.com ' };
    values.lines = [{ ...emptyLine(), productId: 'plat', quantity: '2', amount: '24,000.00' }];
    expect(toDealInput(values, { leadId: 'lead-1' })).toEqual({
      website: 'www.acme.com',
      companyName: 'ACME Inc.',
      country: 'US',
      contactName: '',
      contactEmail: 'jane@acme.com',
      contactRole: '',
      currency: 'USD',
      lines: [{ productId: 'plat', quantity: 2, amount: '24000.00' }],
      expectedCloseOn: null,
      personaId: null,
      leadId: 'lead-1',
      lastMeetingOn: null,
      notes: '',
    });
  });

  it('sends the draft id and version, without blank rows, and maps errors back', () => {
    const values = { ...filled(), lines: [emptyLine(), ...filled().lines] };
    const input = toDealInput(values, { id: 'd1', version: 3 });
    expect(input).toMatchObject({ id: 'd1', version: 3 });
    expect(input.lines).toHaveLength(1);
    expect(lineFieldAliases(values)['lines.0.amount']).toBe('lines.1.amount');
    expect(dealFormFields(2)).toContain('lines.1.productId');
  });
});

describe('prefill', () => {
  it('starts from an accepted lead', () => {
    const values = dealValuesFromLead({
      contactName: 'Jane Roe',
      email: 'jane@acme.com',
      title: 'CIO',
      company: 'Acme',
      domain: 'acme.com',
      country: 'DE',
      personaId: 'persona-1',
    });
    expect(values).toMatchObject({
      website: 'acme.com',
      companyName: 'Acme',
      country: 'DE',
      contactName: 'Jane Roe',
      contactEmail: 'jane@acme.com',
      contactRole: 'CIO',
      personaId: 'persona-1',
    });
  });

  it('reopens a draft with its lines as typed', () => {
    const values = dealValuesFromDraft({
      website: 'acme.com',
      companyName: 'Acme',
      country: 'US',
      contactName: '',
      contactEmail: '',
      contactRole: '',
      currency: 'EUR',
      expectedCloseOn: null,
      personaId: null,
      lastMeetingOn: '2026-01-10',
      notes: '',
      lines: [{ productId: 'plat', quantity: 1, amount: '11000.00' }],
    });
    expect(values.lines[0]).toMatchObject({
      productId: 'plat',
      amount: '11000.00',
      amountEdited: true,
    });
    expect(values.lastMeetingOn).toBe('2026-01-10');
    expect(values.expectedCloseOn).toBe('');
  });
});
