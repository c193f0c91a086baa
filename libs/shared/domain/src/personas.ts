export enum PersonaStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  RETIRED = 'RETIRED',
}

export enum PersonaCommentKind {
  COMMENT = 'COMMENT',
  PROPOSAL = 'PROPOSAL',
}

export enum ProposalStatus {
  OPEN = 'OPEN',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
}

export type PersonaFieldKind = 'text' | 'list' | 'objections' | 'number';

/** Every field of a persona, in the order a persona sheet shows them. */
export const PERSONA_FIELDS = [
  { key: 'name', label: 'Name', kind: 'text' },
  { key: 'summary', label: 'Summary', kind: 'text' },
  { key: 'jobTitles', label: 'Job titles and roles', kind: 'list' },
  { key: 'industries', label: 'Industries', kind: 'list' },
  { key: 'companySizeMin', label: 'Company size from (employees)', kind: 'number' },
  { key: 'companySizeMax', label: 'Company size to (employees)', kind: 'number' },
  { key: 'regions', label: 'Regions', kind: 'list' },
  { key: 'goals', label: 'Goals', kind: 'list' },
  { key: 'painPoints', label: 'Pain points', kind: 'list' },
  { key: 'objections', label: 'Objections and answers', kind: 'objections' },
  { key: 'buyingTriggers', label: 'Buying triggers', kind: 'list' },
  { key: 'preferredChannels', label: 'Preferred channels', kind: 'list' },
  { key: 'interests', label: 'Interests', kind: 'list' },
  { key: 'qualificationQuestions', label: 'Qualification questions', kind: 'list' },
  { key: 'keyMessages', label: 'Key messages', kind: 'list' },
  { key: 'imageUrl', label: 'Image', kind: 'text' },
] as const satisfies readonly { key: string; label: string; kind: PersonaFieldKind }[];

export type PersonaFieldKey = (typeof PERSONA_FIELDS)[number]['key'];

/** Fields a partner may propose a change to (text they can write). */
export const PROPOSABLE_PERSONA_FIELDS: readonly PersonaFieldKey[] = PERSONA_FIELDS.filter(
  (f) => f.kind === 'text' || f.kind === 'list' || f.kind === 'objections',
).map((f) => f.key);
