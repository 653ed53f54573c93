import { toIsoDate } from "../date/iso-date.js";
import { issue } from "../result/issue.js";
import { err, ok, type Result } from "../result/result.js";
import { type Edition, editionDateSchema } from "./edition.js";

/** Does the edition cover the day (inclusive on both ends; null = open)? */
export function isEditionInForce(edition: Edition, date: string): boolean {
  return (
    (edition.validFrom === null || edition.validFrom <= date) &&
    (edition.validTo === null || date <= edition.validTo)
  );
}

/**
 * The edition in force on `date` ("2019-12-31", "2025-07-01") among the editions given. When several
 * cover the day, the one listed last wins: append an organisation's own edition to override a packaged one.
 */
export function editionInForce(editions: readonly Edition[], date: string): Result<Edition> {
  if (!editionDateSchema.safeParse(date).success) {
    const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
    const calendar = parts ? toIsoDate(Number(parts[1]), Number(parts[2]), Number(parts[3])) : undefined;
    const message =
      calendar && !calendar.ok
        ? (calendar.errors[0]?.message ?? `ngày "${date}" không tồn tại trong lịch`)
        : `ngày "${date}" không đúng dạng YYYY-MM-DD`;
    return err(issue("EDITION_DATE_INVALID", message, ["date"]));
  }
  for (let i = editions.length - 1; i >= 0; i--) {
    const edition = editions[i];
    if (edition && isEditionInForce(edition, date)) return ok(edition);
  }
  return err(
    issue("EDITION_NOT_IN_FORCE", `không có danh mục đơn vị hành chính nào có hiệu lực vào ngày ${date}`, [
      "date",
    ]),
  );
}
