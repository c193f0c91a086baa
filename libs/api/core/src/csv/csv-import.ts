import { Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsString, MaxLength } from 'class-validator';
import { parse } from 'csv-parse/sync';
import { CsvRowOutcome } from '@tandem/shared-domain';
import { ValidationError } from '../errors/domain-error';

registerEnumType(CsvRowOutcome, { name: 'CsvRowOutcome' });

@InputType()
export class CsvImportInput {
  @Field({ description: 'The CSV text (UTF-8, header row first).' })
  @IsString()
  @MaxLength(5_000_000, { message: 'The file is too large (at most 5 MB).' })
  csv: string;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Check the file and report; write nothing.',
  })
  @IsBoolean()
  preview = false;
}

@ObjectType({ description: 'A problem with one cell: the column to fix and what is wrong.' })
export class CsvCellError {
  @Field()
  column: string;

  @Field()
  message: string;
}

@ObjectType()
export class CsvImportRow {
  @Field(() => Int, { description: 'Line number in the file (the header is line 1).' })
  line: number;

  @Field({ description: 'What identifies the row to a person (name, SKU, company…).' })
  label: string;

  @Field(() => CsvRowOutcome)
  outcome: CsvRowOutcome;

  @Field(() => [CsvCellError])
  errors: CsvCellError[];

  @Field(() => [String], { description: 'Updates: the columns whose values change.' })
  changes: string[];

  @Field(() => String, { nullable: true, description: 'Updates: how the row was matched.' })
  matchedBy?: string | null;
}

@ObjectType()
export class CsvImportReport {
  @Field({ description: 'True for a preview: nothing was written.' })
  preview: boolean;

  @Field(() => Int)
  totalRows: number;

  @Field(() => Int)
  created: number;

  @Field(() => Int)
  updated: number;

  @Field(() => Int)
  unchanged: number;

  @Field(() => Int, { description: 'Rows with errors; nothing of them is written.' })
  invalid: number;

  @Field(() => Int, { description: 'Rows repeating an earlier row of the file; skipped.' })
  duplicates: number;

  @Field(() => [String], { description: 'Every row error as one line of text.' })
  errors: string[];

  @Field(() => [String], { description: 'Notes about the file itself, e.g. ignored columns.' })
  warnings: string[];

  @Field(() => [CsvImportRow])
  rows: CsvImportRow[];
}

export interface CsvFileRow {
  line: number;
  /** The trimmed cell of a column ('' when the file has no such column). */
  cell(column: string): string;
  /** Whether the file has that column at all (so a blank cell can mean "keep"). */
  has(column: string): boolean;
}

export interface CsvFile {
  header: string[];
  rows: CsvFileRow[];
  warnings: string[];
}

/**
 * Parses an uploaded CSV: header names are read case-insensitively with spaces and hyphens as "_"
 * (and aliases mapped onto canonical names), unknown columns are reported as warnings, rows keep
 * their line numbers for the report.
 */
export function readCsvFile(
  csv: string,
  opts: {
    required: readonly string[];
    known: readonly string[];
    aliases?: Record<string, string>;
    maxRows: number;
    what: string;
  },
): CsvFile {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(csv, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (err) {
    throw ValidationError.field(
      'csv',
      `The file is not valid CSV: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  const header = (records[0]?.record ?? []).map((h) => {
    const name = h
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_');
    return opts.aliases?.[name] ?? name;
  });
  const missing = opts.required.filter((r) => !header.includes(r));
  if (missing.length)
    throw ValidationError.field(
      'csv',
      `The first line must name the columns, including ${missing.join(', ')}.`,
    );
  const known = new Set(opts.known);
  const warnings = header
    .filter((h) => h && !known.has(h))
    .map((h) => `Column “${h}” is not a ${opts.what} field and was ignored.`);
  const body = records.slice(1);
  if (!body.length) throw ValidationError.field('csv', `The file has no ${opts.what} rows.`);
  if (body.length > opts.maxRows)
    throw ValidationError.field(
      'csv',
      `A file can hold at most ${opts.maxRows} ${opts.what}s (this one has ${body.length}); split it.`,
    );
  const rows = body.map(({ record, info }) => ({
    line: info.lines,
    cell: (column: string) => {
      const i = header.indexOf(column);
      return i >= 0 ? (record[i] ?? '').trim() : '';
    },
    has: (column: string) => header.includes(column),
  }));
  return { header, rows, warnings };
}

export function importRow(line: number, label: string): CsvImportRow {
  return { line, label, outcome: CsvRowOutcome.CREATE, errors: [], changes: [], matchedBy: null };
}

/** Totals and the flattened error list, from the per-row results. */
export function importReport(
  preview: boolean,
  rows: CsvImportRow[],
  warnings: string[],
): CsvImportReport {
  const count = (o: CsvRowOutcome) => rows.filter((r) => r.outcome === o).length;
  return {
    preview,
    totalRows: rows.length,
    created: count(CsvRowOutcome.CREATE),
    updated: count(CsvRowOutcome.UPDATE),
    unchanged: count(CsvRowOutcome.UNCHANGED),
    invalid: count(CsvRowOutcome.INVALID),
    duplicates: count(CsvRowOutcome.DUPLICATE_IN_FILE),
    errors: rows.flatMap((r) => r.errors.map((e) => `Line ${r.line}, ${e.column}: ${e.message}`)),
    warnings,
    rows,
  };
}
