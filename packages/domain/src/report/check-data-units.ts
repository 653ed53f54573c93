import { DATA_VALUE_UNKNOWN_UNIT } from "../data/check-data-values.js";
import type { DataValue } from "../data/data-value.js";
import { type Issue, issue } from "../result/issue.js";
import { err, ok, type Result } from "../result/result.js";
import type { Edition } from "../unit/edition.js";
import { ancestors, unitByCode } from "../unit/query-hierarchy.js";
import { fullUnitName } from "../unit/unit.js";

/** The code of the warning that values of units outside the reported unit were not used. */
export const DATA_VALUE_OUTSIDE_UNIT = "DATA_VALUE_OUTSIDE_UNIT";

/**
 * Checks the units a report's data values belong to. A code that is no unit of the edition in force
 * ("99999", a commune merged away) is an error naming its row: its figure would otherwise be lost
 * without a word. Values of real units outside the reported unit (another province's rows in a
 * national file) are left out, and a warning says how many. Returns the values the report uses.
 */
export function checkDataUnits(
  edition: Edition,
  unitCode: string,
  dataValues: readonly DataValue[],
): Result<readonly DataValue[]> {
  const errors: Issue[] = [];
  const used: DataValue[] = [];
  const placeOf = unitPlacer(edition, unitCode);
  const outside = { rows: 0, units: new Set<string>(), first: -1 };
  dataValues.forEach((value, index) => {
    const code = value.orgUnit;
    const where = placeOf(code);
    if (where === "unknown") errors.push(unknownUnitIssue(edition, code, index));
    else if (where === "inside") used.push(value);
    else {
      outside.rows += 1;
      outside.units.add(code);
      if (outside.first < 0) outside.first = index;
    }
  });
  if (errors.length > 0) return err(errors);
  if (outside.rows === 0) return ok(used);
  const example = dataValues[outside.first]?.orgUnit ?? "";
  return ok(used, [
    outsideUnitWarning(edition, unitCode, { ...outside, units: outside.units.size, example }),
  ]);
}

/** Where a unit code stands for a report on `unitCode`: in it, another unit of the list, or no unit; remembered per code. */
export function unitPlacer(
  edition: Edition,
  unitCode: string,
): (code: string) => "inside" | "outside" | "unknown" {
  const place = new Map<string, "inside" | "outside" | "unknown">();
  return (code) => {
    const known = place.get(code);
    if (known) return known;
    const found = !unitByCode(edition, code)
      ? "unknown"
      : code === unitCode || ancestors(edition, code).some((a) => a.code === unitCode)
        ? "inside"
        : "outside";
    place.set(code, found);
    return found;
  };
}

/** A row naming a unit the list does not have. */
export function unknownUnitIssue(edition: Edition, code: string, index: number): Issue {
  return issue(
    DATA_VALUE_UNKNOWN_UNIT,
    `Dòng ${index + 1}: không có đơn vị mã "${code}" trong danh mục "${edition.name}"`,
    ["dataValues", index, "orgUnit"],
  );
}

/** The warning that rows of units outside the report's unit were left out: how many, and the first. */
export function outsideUnitWarning(
  edition: Edition,
  unitCode: string,
  outside: {
    readonly rows: number;
    readonly units: number;
    readonly first: number;
    readonly example: string;
  },
): Issue {
  const unit = unitByCode(edition, unitCode);
  const name = unit ? fullUnitName(unit) : unitCode;
  return issue(
    DATA_VALUE_OUTSIDE_UNIT,
    `${outside.rows} dòng số liệu của ${outside.units} đơn vị không thuộc ${name} không được dùng (đầu tiên: dòng ${outside.first + 1}, mã ${outside.example})`,
    ["dataValues"],
  );
}
