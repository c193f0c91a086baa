import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from '@nestjs/common';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@tandem/shared-domain';
import { ValidationError } from '../errors/domain-error';

@InputType()
export class PageInput {
  @Field(() => Int, { defaultValue: 0, description: 'Rows to skip.' })
  offset = 0;

  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `At most ${MAX_PAGE_SIZE}.` })
  limit = DEFAULT_PAGE_SIZE;
}

export interface Page {
  offset: number;
  limit: number;
}

/** Validates a page request; pages are always bounded. */
export function toPage(input?: PageInput | null): Page {
  const offset = input?.offset ?? 0;
  const limit = input?.limit ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(offset) || offset < 0) {
    throw ValidationError.field('page.offset', 'Offset must be zero or more.');
  }
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw ValidationError.field('page.limit', `Page size must be between 1 and ${MAX_PAGE_SIZE}.`);
  }
  return { offset, limit };
}

export interface PaginatedResult<T> {
  items: T[];
  totalCount: number;
  offset: number;
  limit: number;
  hasMore: boolean;
}

export function paginated<T>(items: T[], totalCount: number, page: Page): PaginatedResult<T> {
  return {
    items,
    totalCount,
    offset: page.offset,
    limit: page.limit,
    hasMore: page.offset + items.length < totalCount,
  };
}

/**
 * A page of a list and its total in one statement: the page's rows carry `count(*) OVER ()`, the
 * number of rows the query matches before the limit. Only a page past the end (no rows to carry
 * it) counts separately. For queries whose joins do not repeat the root row (no `…AndSelect` of a
 * to-many relation), which is every paged list here.
 */
export async function pageOf<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  page: Page,
): Promise<PaginatedResult<T>> {
  const { entities, raw } = await qb
    .clone()
    .addSelect('count(*) OVER ()', 'page_total')
    .offset(page.offset)
    .limit(page.limit)
    .getRawAndEntities<{ page_total: string }>();
  const total = raw.length
    ? Number(raw[0].page_total)
    : page.offset === 0
      ? 0
      : await qb.clone().offset(undefined).limit(undefined).getCount();
  return paginated(entities, total, page);
}

/** Builds a named GraphQL page type for T. */
export function Paginated<T>(classRef: Type<T>, name: string): Type<PaginatedResult<T>> {
  @ObjectType(name)
  abstract class PaginatedType implements PaginatedResult<T> {
    @Field(() => [classRef])
    items: T[];

    @Field(() => Int)
    totalCount: number;

    @Field(() => Int)
    offset: number;

    @Field(() => Int)
    limit: number;

    @Field()
    hasMore: boolean;
  }
  return PaginatedType as unknown as Type<PaginatedResult<T>>;
}
