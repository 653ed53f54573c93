import { type Issue, issue } from "../result/issue.js";
import { compareVietnamese } from "../text/vietnamese-text.js";
import type { Edition } from "../unit/edition.js";
import { ancestors, unitByCode } from "../unit/query-hierarchy.js";
import { fullUnitName } from "../unit/unit.js";

/** The code of "not one row of the data belongs to the unit being judged". */
export const DATA_NOT_IN_AREA = "DATA_NOT_IN_AREA";

/** How many units a message names before "…". */
const NAMED = 5;

/**
 * Whether any data value belongs to the unit or a unit under it. When none does, one issue says so
 * (DATA_NOT_IN_AREA) and names where the data does lie, by province ("Tỉnh Quảng Trị (12 dòng)"),
 * instead of every target printing "Chưa đủ dữ liệu": a plan judged for a unit outside its scope, or
 * a file of another area. No rows at all is not this problem (undefined): nothing was given, and the
 * verdicts say what is missing. Codes the edition does not know are left to checkDataValues.
 */
export function checkDataArea(
  values: readonly { readonly orgUnit: string }[],
  options: { readonly edition: Edition; readonly unitCode: string },
): Issue | undefined {
  const { edition, unitCode } = options;
  if (values.length === 0) return undefined;
  const unit = unitByCode(edition, unitCode);
  const rowsByProvince = new Map<string, number>();
  const seen = new Map<string, string | undefined>();
  for (const { orgUnit } of values) {
    if (!seen.has(orgUnit)) {
      const known = unitByCode(edition, orgUnit);
      if (!known) {
        seen.set(orgUnit, undefined);
        continue;
      }
      const chain = ancestors(edition, orgUnit);
      if (orgUnit === unitCode || chain.some((a) => a.code === unitCode)) return undefined;
      const province = chain.find((a) => a.level === 1) ?? known;
      seen.set(orgUnit, fullUnitName(province));
    }
    const province = seen.get(orgUnit);
    if (province !== undefined) rowsByProvince.set(province, (rowsByProvince.get(province) ?? 0) + 1);
  }
  if (rowsByProvince.size === 0) return undefined;
  const name = unit ? fullUnitName(unit) : `đơn vị mã ${unitCode}`;
  const places = [...rowsByProvince].sort(([a], [b]) => compareVietnamese(a, b));
  const listed = places
    .slice(0, NAMED)
    .map(([province, rows]) => `${province} (${rows} dòng)`)
    .join(", ");
  const more = places.length > NAMED ? ` và ${places.length - NAMED} tỉnh, thành phố khác` : "";
  return issue(
    DATA_NOT_IN_AREA,
    `không có dòng số liệu nào của ${name} hay đơn vị trực thuộc; số liệu đã cho thuộc ${listed}${more} — kiểm tra lại mã đơn vị hoặc tệp số liệu`,
    ["dataValues"],
  );
}
