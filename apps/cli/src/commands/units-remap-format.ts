import {
  exactValueOf,
  formatExactValueVi,
  parseFractionString,
  type RemappedValue,
  toExactJsonValue,
  type UnallocatedValue,
} from "@pctm/domain";
import { renderTable } from "../table.js";

/** What `pctm units remap` gives: the values moved to the new units and those left on the old ones. */
export interface RemapOutcome {
  readonly fromLabel: string;
  readonly toLabel: string;
  readonly dataValues: readonly RemappedValue[];
  readonly unallocated: readonly UnallocatedValue[];
}

/** A remapped value in --json: exact, as a JSON number, a decimal string, or a fraction with `display`. */
function toJsonValue(v: RemappedValue) {
  const exact = parseFractionString(v.value);
  if (!exact) return v;
  const { lineage, ...rest } = v;
  return { ...rest, ...toExactJsonValue(exact), lineage };
}

/** `--json`: { dataValues, unallocated }, every value exact. */
export function formatRemapJson(outcome: RemapOutcome): string {
  const { dataValues, unallocated } = outcome;
  return `${JSON.stringify({ dataValues: dataValues.map(toJsonValue), unallocated }, null, 2)}\n`;
}

/** For people: the moved values, the unallocated ones with why, values in the Vietnamese style (≈ when rounded). */
export function formatRemapTables(outcome: RemapOutcome): string {
  const { dataValues, unallocated } = outcome;
  let rounded = false;
  const show = (value: UnallocatedValue["value"]): string => {
    const exact = exactValueOf(value);
    if (!exact) return String(value);
    const shown = formatExactValueVi(exact);
    rounded ||= shown.rounded;
    return shown.rounded ? `≈${shown.text}` : shown.text;
  };
  const parts = [
    `Từ: ${outcome.fromLabel}\nSang: ${outcome.toLabel}\n\n`,
    renderTable(
      ["Đơn vị mới", "Phần tử dữ liệu", "Kỳ", "Giá trị", "Từ đơn vị cũ"],
      dataValues.map((v) => [
        v.orgUnit,
        v.dataElement,
        v.period,
        show(v.value),
        v.lineage.map((l) => l.orgUnit).join(", "),
      ]),
      { right: [3] },
    ),
    `\n${dataValues.length} giá trị đã chuyển; ${unallocated.length} giá trị chưa phân bổ\n`,
  ];
  if (unallocated.length > 0) {
    parts.push(
      "\nChưa phân bổ (giữ ở đơn vị cũ):\n",
      renderTable(
        ["Đơn vị cũ", "Phần tử dữ liệu", "Kỳ", "Giá trị", "Lý do"],
        unallocated.map((v) => [
          v.orgUnit,
          v.dataElement,
          v.period,
          show(v.value),
          `[${v.reason}] ${v.message}`,
        ]),
        { right: [3] },
      ),
    );
  }
  if (rounded) {
    parts.push("\n≈ đã làm tròn để hiển thị; giá trị chính xác (dạng phân số) có trong kết quả --json.\n");
  }
  return parts.join("");
}
