import { describe, expect, it } from 'vitest';
import {
  emptyPersonaForm,
  formFieldForApiPath,
  listToText,
  suggestionHelp,
  textToList,
  toContentInput,
  toFormValues,
  validatePersonaForm,
} from './persona-form';

describe('list fields as text', () => {
  it('makes one entry per non-empty line, trimmed', () => {
    expect(textToList('  CFO \n\n\r\nHead of finance\n   \n')).toEqual(['CFO', 'Head of finance']);
  });

  it('round-trips a list through text', () => {
    const list = ['Slow month-end close', 'Manual reconciliations'];
    expect(textToList(listToText(list))).toEqual(list);
  });
});

describe('form values and API input', () => {
  const content = {
    name: 'Finance Fiona',
    summary: 'Runs finance at a mid-sized firm.',
    jobTitles: ['CFO', 'Finance director'],
    industries: [],
    companySizeMin: 50,
    companySizeMax: null,
    regions: ['EMEA'],
    goals: [],
    painPoints: ['Spreadsheets everywhere'],
    objections: [{ objection: 'Too expensive', answer: 'Pays back in six months.' }],
    buyingTriggers: [],
    preferredChannels: [],
    interests: [],
    qualificationQuestions: [],
    keyMessages: [],
    imageUrl: null,
  };

  it('round-trips content through the form', () => {
    expect(toContentInput(toFormValues(content))).toEqual(content);
  });

  it('sends blank numbers and image as null and drops blank objection rows', () => {
    const values = {
      ...emptyPersonaForm(),
      name: ' Ops Oscar ',
      objections: [
        { objection: '', answer: '' },
        { objection: 'No time', answer: '' },
      ],
    };
    const input = toContentInput(values);
    expect(input.name).toBe('Ops Oscar');
    expect(input.companySizeMin).toBeNull();
    expect(input.imageUrl).toBeNull();
    expect(input.objections).toEqual([{ objection: 'No time', answer: '' }]);
    expect(input.painPoints).toEqual([]);
  });
});

describe('validation and API error paths', () => {
  it('flags a short name, an inverted size range, a non-https image and an orphan answer', () => {
    const errors = validatePersonaForm({
      ...emptyPersonaForm(),
      name: 'X',
      companySizeMin: 500,
      companySizeMax: 10,
      imageUrl: 'http://example.com/a.png',
      objections: [{ objection: ' ', answer: 'Because.' }],
    });
    expect(Object.keys(errors).sort()).toEqual([
      'companySizeMax',
      'imageUrl',
      'name',
      'objections',
    ]);
  });

  it('flags list entries over the API limits', () => {
    const errors = validatePersonaForm({
      ...emptyPersonaForm(),
      name: 'Valid name',
      goals: Array.from({ length: 31 }, (_, i) => `Goal ${i}`).join('\n'),
      painPoints: 'x'.repeat(501),
    });
    expect(errors.goals).toMatch(/30/);
    expect(errors.painPoints).toMatch(/500/);
  });

  it('points nested API paths at the form field', () => {
    expect(formFieldForApiPath('content.painPoints.2')).toBe('painPoints');
    expect(formFieldForApiPath('content.objections.0.answer')).toBe('objections');
    expect(formFieldForApiPath('companySizeMax')).toBe('companySizeMax');
  });

  it('explains how a suggestion is applied per field kind', () => {
    expect(suggestionHelp('painPoints')).toMatch(/Each line/);
    expect(suggestionHelp('objections')).toMatch(/First line/);
    expect(suggestionHelp('summary')).toMatch(/replaces/);
  });
});
