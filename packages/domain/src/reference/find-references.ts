import type { Issue } from "../result/issue.js";
import { issue } from "../result/issue.js";
import type { DocumentReference } from "./document-reference.js";
import { DOCUMENT_TYPES } from "./document-type.js";
import { parseReference } from "./parse-reference.js";

/** A reference found in running text, with its place (UTF-16 offsets, end excluded). */
export interface ReferenceMatch {
  readonly reference: DocumentReference;
  /** The text matched: the symbol and, when it follows, "ngày …". */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** The type named just before, as written ("Kế hoạch" in "Kế hoạch số 483/KH-…"), if any. */
  readonly statedType?: string;
  readonly warnings: readonly Issue[];
}

/** A candidate that looks like a reference but does not parse ("483/KH" with no issuer). */
export interface MalformedReference {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly errors: readonly Issue[];
}

const SYMBOL = String.raw`\p{Lu}[\p{L}\d]*(?:-[\p{L}\d]+)*`;
const CANDIDATE = new RegExp(
  String.raw`(?<![\p{L}\p{N}/.\-])\d{1,6}(?:(?:\/\d{4})?\/${SYMBOL}|-\p{Lu}\p{L}*\/${SYMBOL})(?![\p{L}\p{N}])`,
  "gu",
);
const DATE_AFTER =
  /\s+ngày\s+\d{1,2}(?:\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|\s*([/.-])\s*\d{1,2}\s*\1\s*\d{4})/iuy;

const TYPE_NAMES = [...Object.values(DOCUMENT_TYPES), "Luật", "Pháp lệnh", "Điện mật"].sort(
  (a, b) => b.length - a.length,
);
const STATED_TYPE = new RegExp(String.raw`(?<!\p{L})(${TYPE_NAMES.join("|")})\s+(?:số\s*:?\s*)?$`, "iu");

function scan(text: string): { matches: ReferenceMatch[]; malformed: MalformedReference[] } {
  const source = text.normalize("NFC");
  const matches: ReferenceMatch[] = [];
  const malformed: MalformedReference[] = [];
  for (const found of source.matchAll(CANDIDATE)) {
    const start = found.index;
    const symbolEnd = start + found[0].length;
    DATE_AFTER.lastIndex = symbolEnd;
    const dateText = DATE_AFTER.exec(source)?.[0];
    let end = dateText === undefined ? symbolEnd : symbolEnd + dateText.length;
    let parsed = parseReference(source.slice(start, end));
    if (!parsed.ok && dateText !== undefined) {
      end = symbolEnd;
      parsed = parseReference(source.slice(start, end));
    }
    if (!parsed.ok) {
      malformed.push({ text: source.slice(start, end), start, end, errors: parsed.errors });
      continue;
    }
    const stated = STATED_TYPE.exec(source.slice(Math.max(0, start - 40), start))?.[1];
    const warnings = [...parsed.warnings];
    const reference = parsed.value;
    if (stated !== undefined && reference.typeCode !== undefined) {
      const expected = DOCUMENT_TYPES[reference.typeCode];
      if (expected.toLocaleLowerCase("vi") !== stated.toLocaleLowerCase("vi")) {
        warnings.push(
          issue(
            "REFERENCE_TYPE_MISMATCH",
            `"${stated} số ${source.slice(start, symbolEnd)}": ký hiệu ${reference.typeCode} là ${expected}, không phải ${stated}`,
          ),
        );
      }
    }
    matches.push({
      reference,
      text: source.slice(start, end).trim(),
      start,
      end,
      ...(stated === undefined ? {} : { statedType: stated }),
      warnings,
    });
  }
  return { matches, malformed };
}

/**
 * Every document reference in a running Vietnamese text, in order, with its position, the date that
 * follows it ("… ngày 07/4/2017" or "… ngày 07 tháng 4 năm 2017") and the type named before it
 * ("Quyết định số …", "kế hoạch 147/…"). A type named before that contradicts the symbol gives a warning
 * REFERENCE_TYPE_MISMATCH. Candidates that do not parse are left out (see findMalformedReferences).
 */
export function findReferences(text: string): ReferenceMatch[] {
  return scan(text).matches;
}

/** Things in the text shaped like a reference that do not parse, with the parser's errors. */
export function findMalformedReferences(text: string): MalformedReference[] {
  return scan(text).malformed;
}
