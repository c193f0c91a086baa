import { EngagementKind, FitRuleKind, LEAD_STAGES, type LeadStage } from '@tandem/shared-domain';

/** Lead fields an MQL definition may require, in words. */
export const LEAD_FIELD_LABELS: Record<string, string> = {
  email: 'Email',
  phone: 'Phone',
  title: 'Job title',
  company: 'Company',
  domain: 'Company website domain',
  country: 'Country',
  companySize: 'Company size',
  persona: 'Persona',
  consent: 'Marketing consent',
};

export const FIT_RULE_KIND_LABELS: Record<FitRuleKind, string> = {
  [FitRuleKind.PERSONA]: 'Persona',
  [FitRuleKind.COUNTRY]: 'Country',
  [FitRuleKind.COMPANY_SIZE]: 'Company size',
  [FitRuleKind.TITLE_KEYWORD]: 'Job title keyword',
};

export const ENGAGEMENT_KIND_LABELS: Record<EngagementKind, { one: string; label: string }> = {
  [EngagementKind.CAMPAIGN_RESPONSE]: { one: 'campaign response', label: 'Campaign responses' },
  [EngagementKind.CONTENT_DOWNLOAD]: { one: 'content download', label: 'Content downloads' },
};

export interface FitRuleLike {
  kind: FitRuleKind;
  values: readonly string[];
  min?: number | null;
  max?: number | null;
  points: number;
}

export interface EngagementRuleLike {
  kind: EngagementKind;
  points: number;
  maxPoints: number;
}

export interface MqlLike {
  requiredFields: readonly string[];
  threshold: number;
  fitRules: readonly FitRuleLike[];
  engagementRules: readonly EngagementRuleLike[];
}

export interface MqlExplanation {
  requiredFields: string;
  threshold: string;
  fitRules: string[];
  engagementRules: string[];
}

const numbers = new Intl.NumberFormat('en-US');

export function fieldLabel(field: string): string {
  return LEAD_FIELD_LABELS[field] ?? field;
}

let regionNames: Intl.DisplayNames | null | undefined;
/** "Germany (DE)" where the runtime knows the country, else the code itself. */
export function countryLabel(code: string): string {
  if (regionNames === undefined) {
    try {
      regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
    } catch {
      regionNames = null;
    }
  }
  const upper = code.toUpperCase();
  let name: string | undefined;
  try {
    name = regionNames?.of(upper);
  } catch {
    name = undefined;
  }
  return name && name !== upper ? `${name} (${upper})` : upper;
}

function points(n: number): string {
  return n >= 0 ? `+${n}` : `${n}`;
}

/** "a", "a or b", "a, b or c". */
export function listOr(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

export function explainFitRule(
  rule: FitRuleLike,
  personaNames: Readonly<Record<string, string>> = {},
): string {
  const p = points(rule.points);
  switch (rule.kind) {
    case FitRuleKind.PERSONA:
      return `${p} if persona is ${rule.values.map((id) => personaNames[id] ?? 'an unknown persona').join(' / ')}`;
    case FitRuleKind.COUNTRY:
      return `${p} if country is ${rule.values.map(countryLabel).join(' / ')}`;
    case FitRuleKind.TITLE_KEYWORD:
      return `${p} if job title contains ${listOr(rule.values.map((v) => `“${v}”`))}`;
    case FitRuleKind.COMPANY_SIZE: {
      const { min, max } = rule;
      if (min != null && max != null)
        return `${p} if company size ${numbers.format(min)}–${numbers.format(max)}`;
      if (min != null) return `${p} if company size ${numbers.format(min)} or more`;
      if (max != null) return `${p} if company size up to ${numbers.format(max)}`;
      return `${p} for any company size`;
    }
  }
}

export function explainEngagementRule(rule: EngagementRuleLike): string {
  const { one } = ENGAGEMENT_KIND_LABELS[rule.kind];
  return `${points(rule.points)} per ${one}, at most ${numbers.format(rule.maxPoints)}`;
}

/** The MQL criteria in plain words, for people rather than machines. */
export function explainMql(
  mql: MqlLike,
  personaNames: Readonly<Record<string, string>> = {},
): MqlExplanation {
  const fields = mql.requiredFields.map(fieldLabel);
  return {
    requiredFields: fields.length
      ? `A lead needs ${fields.join(', ')} before it can become an MQL.`
      : 'No lead fields are required.',
    threshold: `A lead becomes an MQL at ${numbers.format(mql.threshold)} points or more.`,
    fitRules: mql.fitRules.map((r) => explainFitRule(r, personaNames)),
    engagementRules: mql.engagementRules.map(explainEngagementRule),
  };
}

/** Stages in the funnel's order (LEAD_STAGES), whatever order the API sent. */
export function sortStages<T extends { stage: LeadStage }>(stages: readonly T[]): T[] {
  return [...stages].sort((a, b) => LEAD_STAGES.indexOf(a.stage) - LEAD_STAGES.indexOf(b.stage));
}
