import { issue } from "../result/issue.js";
import { err, ok, type Result } from "../result/result.js";
import type { IsoDate } from "./iso-date.js";
import { parseDayDate } from "./parse-vietnamese-date.js";

export interface PlaceDate {
  readonly place: string;
  readonly date: IsoDate;
}

/**
 * Reads the header place-date line, the inverse of formatPlaceDate: "Huế, ngày 05 tháng 01 năm 2020"
 * → { place: "Huế", date: "2020-01-05" }. Errors: PLACE_DATE_UNRECOGNISED and the date's errors.
 */
export function parsePlaceDate(text: string): Result<PlaceDate> {
  const line = text.normalize("NFC").replace(/\s+/g, " ").trim();
  const match = /^(.+?),\s*(ngày\s.+)$/iu.exec(line);
  if (!match) {
    return err(
      issue(
        "PLACE_DATE_UNRECOGNISED",
        `không nhận ra dòng địa danh, ngày tháng "${line}" (ví dụ: Huế, ngày 05 tháng 01 năm 2020)`,
      ),
    );
  }
  const date = parseDayDate(match[2] as string);
  if (!date.ok) return date;
  return ok({ place: (match[1] as string).trim(), date: date.value }, date.warnings);
}
