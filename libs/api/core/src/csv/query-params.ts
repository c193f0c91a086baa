import { plainToInstance } from 'class-transformer';
import { validate, ValidationError as ClassValidationError } from 'class-validator';
import { FieldError, ValidationError } from '../errors/domain-error';

/** An Express query string as Nest hands it over. */
export type QueryParams = Record<string, string | string[] | undefined>;

/** One value; the first when the key is repeated; undefined when empty. */
export function queryOne(q: QueryParams, key: string): string | undefined {
  const v = q[key];
  return (Array.isArray(v) ? v[0] : v) || undefined;
}

/** One value that must be there: a clear error naming the parameter when it is not. */
export function queryRequired(q: QueryParams, key: string): string {
  const v = queryOne(q, key);
  if (!v) throw ValidationError.field(key, `Add the ${key} to the address.`);
  return v;
}

/** A list given as `key=a,b` or `key=a&key=b`; undefined when absent. */
export function queryList(q: QueryParams, key: string): string[] | undefined {
  const v = q[key];
  if (v === undefined) return undefined;
  const items = (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(',')).filter(Boolean);
  return items.length ? items : undefined;
}

/**
 * Builds a GraphQL input class from query-string values and runs the same class-validator rules
 * the GraphQL API applies, so a download accepts exactly the filters its list screen does.
 */
export async function validatedQuery<T extends object>(
  cls: new () => T,
  plain: Record<string, unknown>,
): Promise<T> {
  const defined = Object.fromEntries(Object.entries(plain).filter(([, v]) => v !== undefined));
  const input = plainToInstance(cls, defined);
  const errors = await validate(input, { forbidUnknownValues: false });
  if (errors.length) {
    const fields = flatten(errors);
    throw new ValidationError(fields, fields.map((f) => `${f.field}: ${f.message}`).join(' '));
  }
  return input;
}

function flatten(errors: ClassValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}
