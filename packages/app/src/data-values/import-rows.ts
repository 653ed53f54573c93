import { err, ok, type Result } from "@pctm/domain";
import { parse } from "csv-parse";
import { raise } from "../shared/raise.js";
import { DATA_EXCHANGE_ISSUE_CODES } from "./issue-codes.js";
import { JsonRowsReader } from "./json-rows-reader.js";

/** One row of an import file, before any check: where it was and what it held. */
export interface ImportRow {
  /** 1-based: a CSV file's line, a JSON file's entry number. */
  readonly line: number;
  readonly raw: unknown;
}

/** How far reading or checking has come (bytes for reading, rows after). */
export type ImportProgress = (done: number, total: number, phase: ImportPhase) => void;
export type ImportPhase = "read" | "check" | "write" | "rules";

/** The CSV columns, in the order an export writes them; the first four are required. */
export const CSV_COLUMNS = [
  "dataElement",
  "period",
  "orgUnit",
  "categoryOptionCombo",
  "value",
  "comment",
] as const;
const REQUIRED = new Set(["dataElement", "period", "orgUnit", "value"]);

/**
 * The line a record starts on: csv-parse counts to its last line, and a quoted field may hold line
 * breaks, so the breaks inside the record (not the empty lines skipped before it) are taken off.
 */
function firstLineOf(lastLine: number, raw: string): number {
  const body = raw.replace(/^[\r\n]+/, "").replace(/\r?\n$/, "");
  return lastLine - (body.match(/\n/g)?.length ?? 0);
}

/**
 * A JSON import: `{ "dataValues": [...] }` (DHIS2 dataValueSets) or a bare array of values, read
 * piece by piece (JsonRowsReader), so a large file is never held whole as text.
 */
export async function readJsonRows(pieces: AsyncIterable<string>): Promise<Result<ImportRow[]>> {
  const reader = new JsonRowsReader();
  for await (const piece of pieces) reader.push(piece);
  return reader.end();
}

function headerOf(record: readonly string[]): Result<string[]> {
  const names = record.map((name) => name.normalize("NFC").trim());
  const known = new Set<string>(CSV_COLUMNS);
  const unknown = names.filter((n) => !known.has(n));
  const missing = [...REQUIRED].filter((n) => !names.includes(n));
  const repeated = names.filter((n, i) => names.indexOf(n) !== i);
  if (unknown.length > 0 || missing.length > 0 || repeated.length > 0) {
    return err(
      raise(
        DATA_EXCHANGE_ISSUE_CODES,
        "IMPORT_CSV_HEADER",
        { expected: CSV_COLUMNS.join(","), found: names.join(",") || "(trống)" },
        ["dataValues", 0],
      ),
    );
  }
  return ok(names);
}

/**
 * A CSV import with a header row (any order of the columns; BOM accepted), parsed piece by piece
 * (the pieces report the progress). A line with the wrong number of fields is a row of its own kind
 * (`raw` holds the field count), so every bad line is listed; a broken quote stops the file.
 */
export async function readCsvRows(pieces: AsyncIterable<string>): Promise<Result<ImportRow[]>> {
  const records: { record: string[]; line: number }[] = [];
  const parser = parse({
    bom: true,
    info: true,
    raw: true,
    relax_column_count: true,
    skip_empty_lines: true,
  });
  let failure: Error | undefined;
  parser.on("readable", () => {
    for (let item = parser.read(); item !== null; item = parser.read()) {
      const { record, info, raw } = item as { record: string[]; info: { lines: number }; raw: string };
      records.push({ record, line: firstLineOf(info.lines, raw) });
    }
  });
  parser.on("error", (error) => {
    failure = error;
  });
  const ended = new Promise<void>((resolve) => {
    parser.on("end", () => resolve());
    parser.on("error", () => resolve());
  });
  for await (const piece of pieces) {
    if (failure) break;
    parser.write(piece);
  }
  if (!failure) parser.end();
  await ended;
  if (failure) {
    const line = (failure as { lines?: number }).lines;
    return err(
      raise(
        DATA_EXCHANGE_ISSUE_CODES,
        "IMPORT_INVALID_CSV",
        { detail: failure.message },
        line === undefined ? [] : ["dataValues", Math.max(0, line - 1)],
      ),
    );
  }
  const [head, ...body] = records;
  if (!head) return ok([]);
  const header = headerOf(head.record);
  if (!header.ok) return header;
  return ok(
    body.map(({ record, line }) => {
      if (record.length !== header.value.length)
        return { line, raw: { __fieldCount: record.length, expected: header.value.length } };
      const row: Record<string, string> = {};
      header.value.forEach((name, i) => {
        const cell = record[i] ?? "";
        // An empty optional cell is "not given", as a key left out of a JSON value.
        if (cell !== "" || REQUIRED.has(name)) row[name] = cell;
      });
      return { line, raw: row };
    }),
  );
}
