import { parseDayDate } from "../date/parse-vietnamese-date.js";
import { type Issue, issue } from "../result/issue.js";
import { err, ok, type Result } from "../result/result.js";
import type { DocumentReference } from "./document-reference.js";
import { lookupDocumentType } from "./document-type.js";
import { canonicalIssuerSymbol } from "./issuer.js";

const PART = /^[\p{L}\d]+$/u;
const EXAMPLE = "424/QĐ-TTg, 36-CT/TW, 3122/2010/QĐ-BCA hoặc 2067/UBND-NC";

function splitParts(symbol: string, original: string): Result<string[]> {
  const parts = symbol.split("-");
  if (parts.some((part) => !PART.test(part))) {
    return err(
      issue("REFERENCE_INVALID_SYMBOL", `ký hiệu "${symbol}" trong "${original}" có ký tự không hợp lệ`),
    );
  }
  return ok(parts);
}

function canonicalIssuer(parts: readonly string[], warnings: Issue[], original: string): string[] {
  const issuer = parts.map(canonicalIssuerSymbol);
  if (issuer.some((part, index) => part !== parts[index])) {
    warnings.push(
      issue("REFERENCE_CASE_NORMALISED", `"${original}": ký hiệu cơ quan viết lại thành ${issuer.join("-")}`),
    );
  }
  return issuer;
}

/**
 * Parses "số/ký hiệu" with an optional date: "424/QĐ-TTg", "Số: 147/KH-UBND", "36-CT/TW ngày
 * 16/8/2019", "483/KH-BCA-C04 ngày 07/10/2024", "3122/2010/QĐ-BCA", "01/2022/UBTVQH15",
 * "2067/UBND-NC ngày 11/5/2020", "424/QĐ-TTg ngày 07 tháng 4 năm 2017". Spaces around "/" and "-"
 * and upper-case titles ("424/QĐ-TTG") are accepted with a warning.
 * Errors: REFERENCE_EMPTY, REFERENCE_UNRECOGNISED, REFERENCE_UNKNOWN_TYPE, REFERENCE_MISSING_ISSUER,
 * REFERENCE_INVALID_SYMBOL, and the date's errors (DATE_…) with path ["date"].
 */
export function parseReference(text: string): Result<DocumentReference> {
  const original = text.normalize("NFC").replace(/\s+/g, " ").trim();
  const warnings: Issue[] = [];
  let body = original.replace(/^số\s*:?\s*/iu, "").replace(/[.,;:)]+$/, "");
  if (body === "") return err(issue("REFERENCE_EMPTY", "chưa nhập số, ký hiệu văn bản"));

  let date: string | undefined;
  const dated = /^(.*?)\s+(ngày\s+.+)$/iu.exec(body);
  if (dated) {
    const parsedDate = parseDayDate(dated[2] as string);
    if (!parsedDate.ok) return err(parsedDate.errors.map((e) => ({ ...e, path: ["date", ...e.path] })));
    date = parsedDate.value;
    warnings.push(...parsedDate.warnings);
    body = dated[1] as string;
  }

  const tight = body.replace(/\s*([/-])\s*/g, "$1");
  if (tight !== body) {
    warnings.push(
      issue("REFERENCE_SPACES_REMOVED", `"${original}": bỏ khoảng trắng trong ký hiệu (${tight})`),
    );
    body = tight;
  }

  const party = /^(\d{1,6})-([\p{L}]+)\/(.+)$/u.exec(body);
  if (party) {
    const [, number, typeText, issuerText] = party as unknown as [string, string, string, string];
    const type = lookupDocumentType(typeText);
    if (!type) {
      return err(
        issue("REFERENCE_UNKNOWN_TYPE", `"${original}": không biết loại văn bản "${typeText}"`, ["typeCode"]),
      );
    }
    if (type.normalised) {
      warnings.push(
        issue("REFERENCE_CASE_NORMALISED", `"${original}": loại văn bản viết lại thành ${type.code}`),
      );
    }
    const parts = splitParts(issuerText, original);
    if (!parts.ok) return parts;
    const issuer = canonicalIssuer(parts.value, warnings, original);
    return ok({ number, typeCode: type.code, issuer, style: "party", ...(date ? { date } : {}) }, warnings);
  }

  const state = /^(\d{1,6})(?:\/(\d{4}))?\/(.+)$/u.exec(body);
  if (!state) {
    return err(
      issue("REFERENCE_UNRECOGNISED", `không nhận ra số, ký hiệu "${original}": dùng dạng ${EXAMPLE}`),
    );
  }
  const [, number, yearText, symbol] = state as unknown as [string, string, string | undefined, string];
  const parts = splitParts(symbol, original);
  if (!parts.ok) return parts;
  const [first, ...rest] = parts.value as [string, ...string[]];
  const type = lookupDocumentType(first);
  const year = yearText === undefined ? {} : { year: Number(yearText) };
  if (type) {
    if (rest.length === 0) {
      return err(
        issue("REFERENCE_MISSING_ISSUER", `"${original}": thiếu ký hiệu cơ quan ban hành sau ${type.code}`, [
          "issuer",
        ]),
      );
    }
    if (type.normalised) {
      warnings.push(
        issue("REFERENCE_CASE_NORMALISED", `"${original}": loại văn bản viết lại thành ${type.code}`),
      );
    }
    const issuer = canonicalIssuer(rest, warnings, original);
    return ok(
      { number, ...year, typeCode: type.code, issuer, style: "state", ...(date ? { date } : {}) },
      warnings,
    );
  }
  // No type: a công văn (2067/UBND-NC) or a law/ordinance/normative resolution (01/2022/UBTVQH15).
  const issuer = canonicalIssuer(parts.value, warnings, original);
  return ok({ number, ...year, issuer, style: "state", ...(date ? { date } : {}) }, warnings);
}
