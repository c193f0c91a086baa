import { EngagementKind, FitRuleKind } from '@tandem/shared-domain';
import { MqlCriteria } from './definition.types';

/** What the scorer needs to know about a lead (the leads feature fills it in). */
export interface LeadFacts {
  fields: Record<string, unknown>;
  personaId?: string | null;
  country?: string | null;
  companySize?: number | null;
  title?: string | null;
  campaignResponses?: number;
  contentDownloads?: number;
}

export interface MqlVerdict {
  isMql: boolean;
  score: number;
  missingFields: string[];
  /** Human-readable reasons, stored with the lead when it becomes an MQL. */
  reasons: string[];
}

/** Applies published MQL criteria to a lead: pure, so every screen and job agrees on the result. */
export function scoreLead(criteria: MqlCriteria, lead: LeadFacts): MqlVerdict {
  const reasons: string[] = [];
  const missingFields = criteria.requiredFields.filter((f) => {
    const v = lead.fields[f];
    return v === undefined || v === null || v === '' || v === false;
  });
  let score = 0;
  for (const rule of criteria.fitRules) {
    let hit = false;
    if (rule.kind === FitRuleKind.PERSONA)
      hit = Boolean(lead.personaId && rule.values.includes(lead.personaId));
    if (rule.kind === FitRuleKind.COUNTRY)
      hit = Boolean(
        lead.country &&
        rule.values.map((v) => v.toUpperCase()).includes(lead.country.toUpperCase()),
      );
    if (rule.kind === FitRuleKind.COMPANY_SIZE) {
      const size = lead.companySize ?? null;
      hit =
        size !== null &&
        (rule.min == null || size >= rule.min) &&
        (rule.max == null || size <= rule.max);
    }
    if (rule.kind === FitRuleKind.TITLE_KEYWORD) {
      const title = (lead.title ?? '').toLowerCase();
      hit = rule.values.some((k) => k.trim() && title.includes(k.trim().toLowerCase()));
    }
    if (hit) {
      score += rule.points;
      reasons.push(
        `${rule.kind.toLowerCase().replace('_', ' ')} matches (${rule.points >= 0 ? '+' : ''}${rule.points})`,
      );
    }
  }
  for (const rule of criteria.engagementRules) {
    const count =
      rule.kind === EngagementKind.CAMPAIGN_RESPONSE
        ? (lead.campaignResponses ?? 0)
        : (lead.contentDownloads ?? 0);
    const points = Math.min(count * rule.points, rule.maxPoints);
    if (points > 0) {
      score += points;
      reasons.push(
        `${count} ${rule.kind === EngagementKind.CAMPAIGN_RESPONSE ? 'campaign response(s)' : 'content download(s)'} (+${points})`,
      );
    }
  }
  const isMql = missingFields.length === 0 && score >= criteria.threshold;
  reasons.push(
    missingFields.length
      ? `missing required fields: ${missingFields.join(', ')}`
      : `score ${score} ${score >= criteria.threshold ? '≥' : '<'} threshold ${criteria.threshold}`,
  );
  return { isMql, score, missingFields, reasons };
}
