import { parseVietnameseDate } from "../date/parse-vietnamese-date.js";
import { issue } from "../result/issue.js";
import { err, ok, type Result } from "../result/result.js";
import { type Period, parsePeriod } from "./period.js";

const QUARTER_NUMBERS: Record<string, 1 | 2 | 3 | 4> = {
  "1": 1,
  "2": 2,
  "3": 3,
  "4": 4,
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
};
/** "năm 2020", "/2020", "-2020" or just " 2020" after a quarter or month number. */
const YEAR_TAIL = String.raw`\s*(?:\/|-|,)?\s*(?:năm\s+)?(\d{4})`;

function normalise(text: string): string {
  return text
    .normalize("NFC")
    .toLocaleLowerCase("vi")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[.,;:]+$/, "");
}

const EXAMPLES =
  '"năm 2020", "6 tháng đầu năm 2020", "quý 3/2020", "tháng 7/2020", "từ ngày 01/01/2017 đến ngày 30/6/2020"';

/**
 * Reads a period as people write it: "năm 2020", "cả năm 2020", "6 tháng đầu năm 2020", "sáu tháng
 * cuối năm 2020", "quý 3/2020", "quý III năm 2020", "tháng 7/2020", "tháng 7 năm 2020", a range
 * ("từ ngày 01/01/2017 đến ngày 30/6/2020", "15/12/2019–15/6/2024"), a single day (a one-day range),
 * and period ids ("2020Q3"). "6 tháng năm 2020" is read as the first half, with a warning.
 * Errors: PERIOD_UNRECOGNISED, PERIOD_INVALID_QUARTER, PERIOD_INVALID_MONTH, and date errors.
 */
export function parsePeriodPhrase(text: string): Result<Period> {
  const original = text.normalize("NFC").trim();
  if (original === "") return err(issue("PERIOD_EMPTY", "chưa nhập kỳ"));
  if (/^\d{4}(?:[SQ]\d|-\d{2}|-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2})?$/.test(original))
    return parsePeriod(original);

  const phrase = normalise(original);
  let match = /^(?:cả\s+)?năm\s+(\d{4})$/.exec(phrase);
  if (match) return ok({ type: "year", year: Number(match[1]) });

  match = new RegExp(String.raw`^(?:6|06|sáu)\s+tháng\s+(đầu|cuối)${YEAR_TAIL}$`).exec(phrase);
  if (match) return ok({ type: "half_year", year: Number(match[2]), half: match[1] === "đầu" ? 1 : 2 });

  match = new RegExp(String.raw`^(?:6|06|sáu)\s+tháng${YEAR_TAIL}$`).exec(phrase);
  if (match) {
    return ok({ type: "half_year", year: Number(match[1]), half: 1 }, [
      issue("PERIOD_ASSUMED_FIRST_HALF", `"${original}" không nói đầu hay cuối năm: hiểu là 6 tháng đầu năm`),
    ]);
  }

  match = new RegExp(String.raw`^quý\s+([0-9]+|[ivx]+)${YEAR_TAIL}$`).exec(phrase);
  if (match) {
    const quarter = QUARTER_NUMBERS[match[1] as string];
    if (quarter === undefined) {
      return err(issue("PERIOD_INVALID_QUARTER", `"${original}": quý chỉ từ 1 (I) đến 4 (IV)`));
    }
    return ok({ type: "quarter", year: Number(match[2]), quarter });
  }

  match = new RegExp(String.raw`^tháng\s+(\d{1,2})${YEAR_TAIL}$`).exec(phrase);
  if (match) {
    const month = Number(match[1]);
    if (month < 1 || month > 12) {
      return err(issue("PERIOD_INVALID_MONTH", `"${original}": tháng phải từ 1 đến 12`));
    }
    return ok({ type: "month", year: Number(match[2]), month });
  }

  const date = parseVietnameseDate(original);
  if (
    date.ok &&
    (date.value.relation === "between" || (date.value.relation === "on" && date.value.precision === "day"))
  ) {
    return ok({ type: "range", start: date.value.start, end: date.value.end }, date.warnings);
  }
  if (!date.ok && date.errors[0]?.code !== "DATE_UNRECOGNISED") return date;
  return err(issue("PERIOD_UNRECOGNISED", `không nhận ra kỳ "${original}": dùng dạng ${EXAMPLES}`));
}
