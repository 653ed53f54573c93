import { err, ok, type Result } from "@pctm/domain";
import { raise } from "../shared/raise.js";
import type { ImportRow } from "./import-rows.js";
import { DATA_EXCHANGE_ISSUE_CODES } from "./issue-codes.js";

type State =
  | "start"
  | "key-or-close" // after "{": a key, or "}" for an empty object
  | "key" // after ",": a key
  | "colon"
  | "value"
  | "after-value" // in the top object: "," or "}"
  | "first-row-or-close" // after "[": a row, or "]"
  | "row" // after ",": a row
  | "after-row" // "," or "]"
  | "end";

/** What a captured JSON value is for. */
type SpanKind = "top" | "key" | "skip" | "data-values" | "row";

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
/** After a bare number or literal: where it stops. */
const endsScalar = (c: number) => isSpace(c) || c === 0x2c || c === 0x5d || c === 0x7d;

/**
 * Reads a JSON import — `{ "dataValues": [ … ] }` (DHIS2 dataValueSets; other keys are checked and
 * skipped) or a bare array of values — from text given in pieces, so a large file is never held whole.
 * The structure around the rows is followed character by character; each row (and each skipped value)
 * is cut out by tracking brackets and strings and handed to JSON.parse, which judges it. It accepts
 * exactly what JSON.parse accepts of the whole text and gives the same rows; a syntax error names the
 * file's line, and the row it is in (as ["dataValues", row − 1]).
 */
export class JsonRowsReader {
  private state: State = "start";
  private buf = "";
  private pos = 0;
  private line = 1;
  private first = true;
  private failure: Result<never> | undefined;
  /** The top level is an array (its rows are the values), an object, or something else (refused). */
  private top: "array" | "object" | "other" | undefined;
  private key = "";
  /** The last "dataValues" of the object was an array (JSON.parse keeps the last of a repeated key). */
  private found = false;
  private rows: ImportRow[] = [];
  // A value being cut out: where it began, the pieces of it already scanned, how deep, in a string?
  private span: { kind: SpanKind; start: number; line: number; parts: string[] } | undefined;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private scalar = false;

  /** Takes the next piece of text. Nothing more is read after an error. */
  push(piece: string): void {
    if (this.failure) return;
    let text = piece;
    if (this.first && text.length > 0) {
      this.first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // Notepad and Excel write a BOM
    }
    this.buf = this.buf.slice(this.pos) + text;
    this.pos = 0;
    if (this.span) this.span.start = 0;
    this.run(false);
    if (this.span && !this.failure) {
      // Keep what was scanned of an unfinished value aside, so the buffer does not grow with it.
      this.span.parts.push(this.buf.slice(this.span.start, this.pos));
      this.buf = this.buf.slice(this.pos);
      this.pos = 0;
      this.span.start = 0;
    }
  }

  /** The rows, once the text is over; or why the file is not a data value set. */
  end(): Result<ImportRow[]> {
    if (!this.failure) this.run(true);
    if (this.failure) return this.failure;
    if (this.state !== "end") return this.syntax("tệp kết thúc giữa chừng");
    if (this.top === "array" || (this.top === "object" && this.found)) return ok(this.rows);
    return err(raise(DATA_EXCHANGE_ISSUE_CODES, "IMPORT_NOT_A_DATA_VALUE_SET"));
  }

  private syntax(detail: string, row?: number): Result<never> {
    const where = row === undefined ? [] : ["dataValues", row - 1];
    this.failure = err(
      raise(
        DATA_EXCHANGE_ISSUE_CODES,
        "IMPORT_INVALID_JSON",
        { detail: `dòng ${this.line}: ${detail}` },
        where,
      ),
    );
    return this.failure;
  }

  private unexpected(c: number, wanted: string): void {
    const row = this.state === "row" || this.state === "after-row" ? this.rows.length + 1 : undefined;
    this.syntax(`gặp "${String.fromCharCode(c)}", cần ${wanted}`, row);
  }

  private run(atEnd: boolean): void {
    const buf = this.buf;
    while (!this.failure) {
      if (this.span) {
        if (!this.scan(atEnd)) return;
        continue;
      }
      if (this.pos >= buf.length) return;
      const c = buf.charCodeAt(this.pos);
      if (isSpace(c)) {
        if (c === 0x0a) this.line += 1;
        this.pos += 1;
        continue;
      }
      this.step(c);
    }
  }

  /** One structural character (not white space) in the current state. */
  private step(c: number): void {
    switch (this.state) {
      case "start":
        if (c === 0x5b) {
          this.openRows("array");
          return;
        }
        if (c === 0x7b) {
          this.top = "object";
          this.state = "key-or-close";
          this.pos += 1;
          return;
        }
        this.top = "other";
        this.startSpan("top");
        return;
      case "key-or-close":
      case "key":
        if (c === 0x22) {
          this.startSpan("key");
          return;
        }
        if (c === 0x7d && this.state === "key-or-close") {
          this.close();
          return;
        }
        this.unexpected(c, "tên khoá trong ngoặc kép");
        return;
      case "colon":
        if (c !== 0x3a) {
          this.unexpected(c, '":"');
          return;
        }
        this.state = "value";
        this.pos += 1;
        return;
      case "value":
        if (this.key === "dataValues" && c === 0x5b) {
          this.openRows("object");
          return;
        }
        this.startSpan(this.key === "dataValues" ? "data-values" : "skip");
        return;
      case "after-value":
        if (c === 0x2c) {
          this.state = "key";
          this.pos += 1;
          return;
        }
        if (c === 0x7d) {
          this.close();
          return;
        }
        this.unexpected(c, '"," hoặc "}"');
        return;
      case "first-row-or-close":
      case "row":
        if (c === 0x5d && this.state === "first-row-or-close") {
          this.closeRows();
          return;
        }
        this.startSpan("row");
        return;
      case "after-row":
        if (c === 0x2c) {
          this.state = "row";
          this.pos += 1;
          return;
        }
        if (c === 0x5d) {
          this.closeRows();
          return;
        }
        this.unexpected(c, '"," hoặc "]"');
        return;
      case "end":
        this.unexpected(c, "hết tệp");
        return;
    }
  }

  private openRows(top: "array" | "object"): void {
    if (top === "array") this.top = "array";
    else this.found = true;
    this.rows = [];
    this.state = "first-row-or-close";
    this.pos += 1;
  }

  private closeRows(): void {
    this.state = this.top === "array" ? "end" : "after-value";
    this.pos += 1;
  }

  private close(): void {
    this.state = "end";
    this.pos += 1;
  }

  private startSpan(kind: SpanKind): void {
    const c = this.buf.charCodeAt(this.pos);
    this.span = { kind, start: this.pos, line: this.line, parts: [] };
    this.depth = 0;
    this.inString = false;
    this.escaped = false;
    this.scalar = c !== 0x7b && c !== 0x5b && c !== 0x22;
  }

  /** Scans the value being cut out; true when it is complete (and handled), false to wait for more text. */
  private scan(atEnd: boolean): boolean {
    const buf = this.buf;
    let i = this.pos;
    let complete = false;
    for (; i < buf.length; i++) {
      const c = buf.charCodeAt(i);
      if (this.scalar) {
        if (endsScalar(c)) {
          complete = true;
          break;
        }
        continue;
      }
      if (c === 0x0a) this.line += 1;
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === 0x5c) this.escaped = true;
        else if (c === 0x22) {
          this.inString = false;
          if (this.depth === 0) {
            i += 1;
            complete = true;
            break;
          }
        }
        continue;
      }
      if (c === 0x22) this.inString = true;
      else if (c === 0x7b || c === 0x5b) this.depth += 1;
      else if (c === 0x7d || c === 0x5d) {
        this.depth -= 1;
        if (this.depth <= 0) {
          i += 1;
          complete = true;
          break;
        }
      }
    }
    this.pos = i;
    if (!complete && !(atEnd && this.scalar)) {
      if (atEnd) this.finishSpan(); // an unclosed value: JSON.parse says what is wrong
      return false;
    }
    this.finishSpan();
    return true;
  }

  private finishSpan(): void {
    const span = this.span;
    if (!span) return;
    this.span = undefined;
    const text = span.parts.join("") + this.buf.slice(span.start, this.pos);
    const row = span.kind === "row" ? this.rows.length + 1 : undefined;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      this.line = span.line;
      this.syntax(error instanceof Error ? error.message : String(error), row);
      return;
    }
    switch (span.kind) {
      case "row":
        this.rows.push({ line: this.rows.length + 1, raw: value });
        this.state = "after-row";
        return;
      case "key":
        this.key = value as string;
        this.state = "colon";
        return;
      case "data-values": // "dataValues" is not an array: the last one counts, as in JSON.parse
        this.found = false;
        this.rows = [];
        this.state = "after-value";
        return;
      case "skip":
        this.state = "after-value";
        return;
      case "top":
        this.state = "end";
        return;
    }
  }
}
