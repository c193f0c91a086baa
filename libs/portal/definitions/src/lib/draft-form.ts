import { EngagementKind, FitRuleKind, LEAD_STAGES, type LeadStage } from '@tandem/shared-domain';
import type { MqlLike } from './mql-explain';

export interface DraftFormValues {
  stages: { stage: LeadStage; description: string; entryCriteria: string }[];
  requiredFields: string[];
  threshold: number | string;
  fitRules: {
    kind: FitRuleKind;
    values: string[];
    min: number | string;
    max: number | string;
    points: number | string;
  }[];
  engagementRules: { kind: EngagementKind; points: number | string; maxPoints: number | string }[];
}

export interface DefinitionLike {
  stages: readonly { stage: LeadStage; description: string; entryCriteria: string }[];
  mql: MqlLike;
}

/** Form values from a saved definition; every stage appears once, in funnel order. */
export function toFormValues(definition: DefinitionLike | null): DraftFormValues {
  const byStage = new Map((definition?.stages ?? []).map((s) => [s.stage, s]));
  return {
    stages: LEAD_STAGES.map((stage) => ({
      stage,
      description: byStage.get(stage)?.description ?? '',
      entryCriteria: byStage.get(stage)?.entryCriteria ?? '',
    })),
    requiredFields: [...(definition?.mql.requiredFields ?? [])],
    threshold: definition?.mql.threshold ?? 0,
    fitRules: (definition?.mql.fitRules ?? []).map((r) => ({
      kind: r.kind,
      values: [...r.values],
      min: r.min ?? '',
      max: r.max ?? '',
      points: r.points,
    })),
    engagementRules: (definition?.mql.engagementRules ?? []).map((r) => ({ ...r })),
  };
}

const int = (v: number | string): number => (typeof v === 'number' ? v : Number(v || 0));
const optionalInt = (v: number | string): number | null =>
  v === '' || v === null || v === undefined ? null : int(v);

/** The API input for saving the draft. */
export function toDraftInput(values: DraftFormValues, version: number | undefined) {
  return {
    version,
    stages: values.stages.map((s) => ({
      stage: s.stage,
      description: s.description.trim(),
      entryCriteria: s.entryCriteria.trim(),
    })),
    mql: {
      requiredFields: values.requiredFields,
      threshold: int(values.threshold),
      fitRules: values.fitRules.map((r) => {
        const sized = r.kind === FitRuleKind.COMPANY_SIZE;
        return {
          kind: r.kind,
          values: sized ? [] : r.values.map((v) => v.trim()).filter(Boolean),
          min: sized ? optionalInt(r.min) : null,
          max: sized ? optionalInt(r.max) : null,
          points: int(r.points),
        };
      }),
      engagementRules: values.engagementRules.map((r) => ({
        kind: r.kind,
        points: int(r.points),
        maxPoints: int(r.maxPoints),
      })),
    },
  };
}

/** API field paths ('input.mql.fitRules.0.values') as form paths ('fitRules.0.values'). */
export function formPath(apiField: string): string {
  return apiField.replace(/^input\./, '').replace(/^mql\./, '');
}
