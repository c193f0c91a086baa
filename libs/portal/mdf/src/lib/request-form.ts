import { MdfActivityType, MDF_ACTIVITY_LABELS } from '@tandem/shared-domain';
import { moneyFromInput, moneyToInput, positiveMoneyFromInput, toCents } from './money';

export interface RequestFormValues {
  budgetId: string | null;
  activityType: MdfActivityType | null;
  title: string;
  description: string;
  /** YYYY-MM-DD */
  startsOn: string;
  endsOn: string;
  /** As typed. */
  plannedCost: string;
  requestedAmount: string;
  expectedLeads: number | string;
  campaignId: string | null;
  personaId: string | null;
}

export const REQUEST_FORM_FIELDS = [
  'budgetId',
  'activityType',
  'title',
  'description',
  'startsOn',
  'endsOn',
  'plannedCost',
  'requestedAmount',
  'expectedLeads',
  'campaignId',
  'personaId',
] as const;

/** A saved request, as far as the form is concerned (editing a returned one). */
export interface EditableRequest {
  id: string;
  version: number;
  budgetId: string;
  activityType: MdfActivityType;
  title: string;
  description: string;
  startsOn: string;
  endsOn: string;
  plannedCost: string;
  requestedAmount: string;
  expectedLeads: number;
  campaignId?: string | null;
  personaId?: string | null;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export const ACTIVITY_OPTIONS = Object.values(MdfActivityType).map((value) => ({
  value,
  label: MDF_ACTIVITY_LABELS[value],
}));

export function emptyRequestValues(budgetId: string | null = null): RequestFormValues {
  return {
    budgetId,
    activityType: null,
    title: '',
    description: '',
    startsOn: '',
    endsOn: '',
    plannedCost: '',
    requestedAmount: '',
    expectedLeads: 0,
    campaignId: null,
    personaId: null,
  };
}

export function requestValuesFrom(request: EditableRequest): RequestFormValues {
  return {
    budgetId: request.budgetId,
    activityType: request.activityType,
    title: request.title,
    description: request.description,
    startsOn: request.startsOn,
    endsOn: request.endsOn,
    plannedCost: moneyToInput(request.plannedCost),
    requestedAmount: moneyToInput(request.requestedAmount),
    expectedLeads: request.expectedLeads,
    campaignId: request.campaignId ?? null,
    personaId: request.personaId ?? null,
  };
}

function leadsOf(value: number | string): number | null {
  const n = typeof value === 'number' ? value : value.trim() === '' ? 0 : Number(value);
  return Number.isInteger(n) && n >= 0 ? n : null;
}

export function validateRequestForm(values: RequestFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.budgetId) errors.budgetId = 'Choose the budget to request from.';
  if (!values.activityType) errors.activityType = 'Choose the kind of activity.';
  if (!values.title.trim()) errors.title = 'Name the activity.';
  else if (values.title.trim().length > 200) errors.title = 'Keep the title under 200 characters.';
  if (values.description.length > 4000)
    errors.description = 'Keep the description under 4,000 characters.';
  if (!DAY.test(values.startsOn)) errors.startsOn = 'Choose the first day.';
  if (!DAY.test(values.endsOn)) errors.endsOn = 'Choose the last day.';
  else if (DAY.test(values.startsOn) && values.endsOn < values.startsOn)
    errors.endsOn = 'The activity ends after it starts.';
  const planned = moneyFromInput(values.plannedCost);
  if (planned === null) errors.plannedCost = 'Enter the planned cost, e.g. 12000.';
  const requested = positiveMoneyFromInput(values.requestedAmount);
  if (requested === null) errors.requestedAmount = 'Enter the amount you ask for, e.g. 6000.';
  else if (planned !== null && toCents(requested) > toCents(planned))
    errors.requestedAmount = 'Ask for at most the planned cost of the activity.';
  if (leadsOf(values.expectedLeads) === null)
    errors.expectedLeads = 'Enter a whole number of leads.';
  return errors;
}

/** The saveMdfRequest input; a returned request goes again under its id. */
export function toRequestInput(values: RequestFormValues, request: EditableRequest | null) {
  const plannedCost = moneyFromInput(values.plannedCost);
  const requestedAmount = moneyFromInput(values.requestedAmount);
  const expectedLeads = leadsOf(values.expectedLeads);
  if (
    !values.budgetId ||
    !values.activityType ||
    plannedCost === null ||
    requestedAmount === null ||
    expectedLeads === null
  )
    throw new Error('Validate the request first');
  return {
    ...(request ? { id: request.id, expectedVersion: request.version } : {}),
    budgetId: values.budgetId,
    activityType: values.activityType,
    title: values.title.trim(),
    description: values.description.trim(),
    startsOn: values.startsOn,
    endsOn: values.endsOn,
    plannedCost,
    requestedAmount,
    expectedLeads,
    campaignId: values.campaignId || null,
    personaId: values.personaId || null,
  };
}
