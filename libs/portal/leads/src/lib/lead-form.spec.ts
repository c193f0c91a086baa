import { LeadPriority } from '@tandem/shared-domain';
import { describe, expect, it } from 'vitest';
import {
  emptyLeadValues,
  leadValuesFrom,
  toCreateLeadInput,
  toUpdateLeadInput,
  validateLeadForm,
} from './lead-form';

describe('lead form', () => {
  it('requires a name and a valid email', () => {
    expect(validateLeadForm(emptyLeadValues())).toEqual({
      contactName: 'Enter the contact’s name.',
      email: 'Enter the contact’s email address.',
    });
    const values = { ...emptyLeadValues(), contactName: 'Jane', email: 'jane@nowhere' };
    expect(validateLeadForm(values).email).toMatch(/not an email address/);
  });

  it('checks country codes and numbers', () => {
    const values = {
      ...emptyLeadValues(),
      contactName: 'Jane',
      email: 'jane@example.com',
      country: 'USA',
      companySize: 0,
      campaignResponses: 2.5,
      contentDownloads: 3,
    };
    expect(validateLeadForm(values)).toEqual({
      country: 'Use a two-letter country code such as US, DE or JP.',
      companySize: 'Company size is a number of employees (1 or more).',
      campaignResponses: 'Use a whole number from 0 to 10,000.',
    });
  });

  it('trims and converts values for the API, sending a rep only when allowed', () => {
    const values = {
      ...emptyLeadValues(),
      contactName: ' Jane Doe ',
      email: ' jane@example.com ',
      country: 'us',
      companySize: '1200',
      offerToUserId: 'rep-1',
    };
    const input = toCreateLeadInput(values, true);
    expect(input).toMatchObject({
      contactName: 'Jane Doe',
      email: 'jane@example.com',
      country: 'US',
      companySize: 1200,
      campaignResponses: 0,
      personaId: null,
      priority: LeadPriority.NORMAL,
      offerToUserId: 'rep-1',
    });
    expect(toCreateLeadInput(values, false)).not.toHaveProperty('offerToUserId');
  });

  it('round-trips a lead for editing, with its version', () => {
    const values = leadValuesFrom({
      contactName: 'Jane',
      email: 'jane@example.com',
      phone: '',
      title: 'CIO',
      company: 'Example',
      domain: 'example.com',
      country: null,
      companySize: null,
      personaId: 'p1',
      campaignId: null,
      consent: true,
      priority: LeadPriority.HOT,
      campaignResponses: 0,
      contentDownloads: 2,
      notes: '',
    });
    expect(values.country).toBe('');
    expect(values.companySize).toBe('');
    expect(values.campaignResponses).toBe('');
    const input = toUpdateLeadInput(values, 'lead-1', 4);
    expect(input).toMatchObject({
      id: 'lead-1',
      version: 4,
      country: null,
      companySize: null,
      personaId: 'p1',
      contentDownloads: 2,
      priority: LeadPriority.HOT,
    });
  });
});
