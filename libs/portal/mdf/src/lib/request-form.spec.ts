import { MdfActivityType } from '@tandem/shared-domain';
import { describe, expect, it } from 'vitest';
import {
  emptyRequestValues,
  requestValuesFrom,
  toRequestInput,
  validateRequestForm,
  type RequestFormValues,
} from './request-form';

const filled: RequestFormValues = {
  ...emptyRequestValues('b1'),
  activityType: MdfActivityType.WEBINAR,
  title: ' Security webinar for CFOs ',
  description: 'Two sessions. ',
  startsOn: '2026-11-01',
  endsOn: '2026-11-30',
  plannedCost: '$12,000',
  requestedAmount: '8000',
  expectedLeads: '40',
  campaignId: 'c1',
};

describe('request form', () => {
  it('needs the budget, activity, title, dates and amounts', () => {
    expect(Object.keys(validateRequestForm(emptyRequestValues()))).toEqual([
      'budgetId',
      'activityType',
      'title',
      'startsOn',
      'endsOn',
      'plannedCost',
      'requestedAmount',
    ]);
  });

  it('asks for at most the planned cost, and an end after the start', () => {
    expect(
      validateRequestForm({
        ...filled,
        requestedAmount: '13000',
        startsOn: '2026-12-01',
        expectedLeads: 2.5,
      }),
    ).toEqual({
      requestedAmount: 'Ask for at most the planned cost of the activity.',
      endsOn: 'The activity ends after it starts.',
      expectedLeads: 'Enter a whole number of leads.',
    });
    expect(validateRequestForm({ ...filled, requestedAmount: '0' }).requestedAmount).toBe(
      'Enter the amount you ask for, e.g. 6000.',
    );
  });

  it('maps a new request onto the API input', () => {
    expect(validateRequestForm(filled)).toEqual({});
    expect(toRequestInput(filled, null)).toEqual({
      budgetId: 'b1',
      activityType: 'WEBINAR',
      title: 'Security webinar for CFOs',
      description: 'Two sessions.',
      startsOn: '2026-11-01',
      endsOn: '2026-11-30',
      plannedCost: '12000',
      requestedAmount: '8000',
      expectedLeads: 40,
      campaignId: 'c1',
      personaId: null,
    });
  });

  it('sends a returned request again under its id and version', () => {
    const saved = {
      id: 'r1',
      version: 2,
      budgetId: 'b1',
      activityType: MdfActivityType.EVENT,
      title: 'Trade show booth',
      description: '',
      startsOn: '2026-11-01',
      endsOn: '2026-11-02',
      plannedCost: '12000.00',
      requestedAmount: '3000.00',
      expectedLeads: 0,
      campaignId: null,
      personaId: 'p1',
    };
    const values = requestValuesFrom(saved);
    expect(values).toMatchObject({
      plannedCost: '12000',
      requestedAmount: '3000',
      personaId: 'p1',
    });
    expect(toRequestInput(values, saved)).toMatchObject({
      id: 'r1',
      expectedVersion: 2,
      requestedAmount: '3000',
      personaId: 'p1',
      campaignId: null,
    });
  });
});
