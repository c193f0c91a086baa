import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PERSONA_FIELDS, PersonaFieldKey } from '@tandem/shared-domain';
import { FieldError } from '@tandem/api-core';

const ITEM = { message: 'Each entry can be at most 500 characters.' };
const LIST = { message: 'At most 30 entries.' };

@ObjectType()
@InputType('ObjectionInput')
export class Objection {
  @Field()
  @IsString()
  @Length(1, 500, { message: 'Write the objection (at most 500 characters).' })
  objection: string;

  @Field()
  @IsString()
  @MaxLength(2000, { message: 'An answer can be at most 2,000 characters.' })
  answer: string;
}

/** The structured body of a persona; every version stores one of these. */
@ObjectType()
@InputType('PersonaContentInput')
export class PersonaContent {
  @Field()
  @IsString()
  @Length(2, 120, { message: 'Name must be 2 to 120 characters.' })
  name: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(2000, { message: 'Summary can be at most 2,000 characters.' })
  summary: string;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(30, LIST)
  @MaxLength(500, { each: true, ...ITEM })
  jobTitles: string[];

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(30, LIST)
  @MaxLength(500, { each: true, ...ITEM })
  industries: string[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'Use a whole number of employees.' })
  @Min(1, { message: 'Company size starts at 1 employee.' })
  @Max(10_000_000, { message: 'Company size can be at most 10,000,000.' })
  companySizeMin?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'Use a whole number of employees.' })
  @Min(1, { message: 'Company size starts at 1 employee.' })
  @Max(10_000_000, { message: 'Company size can be at most 10,000,000.' })
  companySizeMax?: number | null;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(30, LIST)
  @MaxLength(500, { each: true, ...ITEM })
  regions: string[];

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(30, LIST)
  @MaxLength(500, { each: true, ...ITEM })
  goals: string[];

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(30, LIST)
  @MaxLength(500, { each: true, ...ITEM })
  painPoints: string[];

  @Field(() => [Objection], { defaultValue: [] })
  @ArrayMaxSize(30, LIST)
  @ValidateNested({ each: true })
  @Type(() => Objection)
  objections: Objection[];

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(30, LIST)
  @MaxLength(500, { each: true, ...ITEM })
  buyingTriggers: string[];

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(30, LIST)
  @MaxLength(500, { each: true, ...ITEM })
  preferredChannels: string[];

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(30, LIST)
  @MaxLength(500, { each: true, ...ITEM })
  interests: string[];

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(30, LIST)
  @MaxLength(500, { each: true, ...ITEM })
  qualificationQuestions: string[];

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(30, LIST)
  @MaxLength(500, { each: true, ...ITEM })
  keyMessages: string[];

  @Field(() => String, { nullable: true, description: 'An https link to an image of the persona.' })
  @IsOptional()
  @IsUrl(
    { protocols: ['https'], require_protocol: true },
    { message: 'Use an https:// link to the image.' },
  )
  imageUrl?: string | null;
}

type ListKey = {
  [K in keyof PersonaContent]-?: PersonaContent[K] extends string[] ? K : never;
}[keyof PersonaContent];

const LIST_KEYS = PERSONA_FIELDS.filter((f) => f.kind === 'list').map((f) => f.key) as ListKey[];

/** Trims text, drops empty and repeated list entries; reports rules a decorator cannot express. */
export function normalizeContent(input: PersonaContent, errors: FieldError[] = []): PersonaContent {
  const clean = (items: string[] | undefined) => {
    const out: string[] = [];
    for (const raw of items ?? []) {
      const item = raw.trim();
      if (item && !out.some((o) => o.toLowerCase() === item.toLowerCase())) out.push(item);
    }
    return out;
  };
  const content: PersonaContent = {
    name: input.name.trim(),
    summary: (input.summary ?? '').trim(),
    companySizeMin: input.companySizeMin ?? null,
    companySizeMax: input.companySizeMax ?? null,
    objections: (input.objections ?? [])
      .map((o) => ({ objection: o.objection.trim(), answer: o.answer.trim() }))
      .filter((o) => o.objection),
    imageUrl: input.imageUrl?.trim() || null,
  } as PersonaContent;
  for (const key of LIST_KEYS) content[key] = clean(input[key]);
  if (content.name.length < 2)
    errors.push({ field: 'name', message: 'Name must be 2 to 120 characters.' });
  if (
    content.companySizeMin &&
    content.companySizeMax &&
    content.companySizeMin > content.companySizeMax
  ) {
    errors.push({
      field: 'companySizeMax',
      message: 'The upper company size must not be below the lower one.',
    });
  }
  return content;
}

export function emptyContent(name: string): PersonaContent {
  return normalizeContent({ name } as PersonaContent);
}

/** How a field reads as text (for diffs, proposals and the persona sheet). */
export function fieldText(content: PersonaContent, key: PersonaFieldKey): string[] {
  const value = content[key as keyof PersonaContent];
  if (value === null || value === undefined || value === '') return [];
  if (key === 'objections')
    return (value as Objection[]).map((o) => `${o.objection} — ${o.answer}`);
  if (Array.isArray(value)) return value as string[];
  return [String(value)];
}

export interface FieldChange {
  field: PersonaFieldKey;
  label: string;
  before: string[];
  after: string[];
  added: string[];
  removed: string[];
}

export function diffContent(before: PersonaContent, after: PersonaContent): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const { key, label } of PERSONA_FIELDS) {
    const a = fieldText(before, key);
    const b = fieldText(after, key);
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    changes.push({
      field: key,
      label,
      before: a,
      after: b,
      added: b.filter((x) => !a.includes(x)),
      removed: a.filter((x) => !b.includes(x)),
    });
  }
  return changes;
}

/**
 * Applies a partner's suggestion: text fields are replaced; for list fields each line of the
 * suggestion becomes an entry; for objections the first line is the objection, the rest the answer.
 */
export function applySuggestion(
  content: PersonaContent,
  field: PersonaFieldKey,
  suggestion: string,
): PersonaContent {
  const next: PersonaContent = JSON.parse(JSON.stringify(content));
  const text = suggestion.trim();
  const kind = PERSONA_FIELDS.find((f) => f.key === field)?.kind;
  if (kind === 'text') {
    (next as unknown as Record<string, unknown>)[field] = text;
  } else if (kind === 'list') {
    const list = next[field as ListKey];
    for (const line of text.split('\n')) list.push(line);
  } else if (kind === 'objections') {
    const [objection = '', ...answer] = text.split('\n');
    next.objections.push({ objection, answer: answer.join('\n') });
  }
  return normalizeContent(next);
}
