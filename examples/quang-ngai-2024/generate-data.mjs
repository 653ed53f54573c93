// Generates the synthetic demonstration dataset for Quảng Ngãi (51), 2020 – 15/6/2024.
// THE FIGURES ARE INVENTED. They are shaped so that the 5-year review of Directive 36-CT/TW (campaign
// r-003, seed 003) renders with figures by district; they are not statistics of the province.
//
// Deterministic: a seeded PRNG (mulberry32), so running it again writes the same file.
// Run after `npm run build`: node examples/quang-ngai-2024/generate-data.mjs
import { children, descendantsAtLevel, fullUnitName } from "@pctm/domain";
import { seededSplit, unitsInForce, unknownElements, writeDataValues } from "../shared/generate-support.mjs";

const PROVINCE = "51";
// Whole years of the data window (15/12/2019 – 15/6/2024), its tail, and the same days of 2023 so the
// tail's flows can be compared with the same period a year earlier ("cùng kỳ").
const PERIODS = ["2020", "2021", "2022", "2023", "2023-01-01/2023-06-15", "2024-01-01/2024-06-15"];
const TAIL = PERIODS.length - 1;

/** Splits a whole total over units with random weights, exactly (largest remainder). */
const split = seededSplit(20240630);

// The unit list in force at the end of the data window (15/6/2024).
const units = unitsInForce("2024-06-15");
const districts = children(units, PROVINCE);
const communes = descendantsAtLevel(units, PROVINCE, 3);
const byName = (name) => districts.find((d) => d.name === name);

// Huyện Lý Sơn has no communes: it reports for itself, at district level.
const selfReporting = districts.filter((d) => descendantsAtLevel(units, d.code, 3).length === 0);
// Who does not report: Huyện Sơn Tây sends nothing; three communes miss the tail of the window.
const silentDistrict = byName("Sơn Tây");
const silent = new Set(descendantsAtLevel(units, silentDistrict.code, 3).map((c) => c.code));
const lateCommunes = communes.filter((c) => !silent.has(c.code)).filter((_, i) => i % 55 === 7);
const reports = (code, p) => !silent.has(code) && !(p === TAIL && lateCommunes.some((c) => c.code === code));

// Province totals per period (index as PERIODS) over the units that report.
// Stocks (people on record, hotspots remaining) are at the end of each period; cases are counted in it.
const TOTALS = {
  drug_cases_detected: [142, 156, 171, 183, 88, 97],
  addicts_registered: [612, 648, 701, 735, 742, 720],
  illegal_users_registered: [420, 465, 512, 560, 571, 583],
  hotspots_remaining: [19, 17, 15, 12, 13, 11],
};

const dataValues = [];
PERIODS.forEach((period, p) => {
  const codes = [
    ...communes.filter((c) => reports(c.code, p)).map((c) => c.code),
    ...selfReporting.map((d) => d.code),
  ];
  for (const [element, totals] of Object.entries(TOTALS)) {
    for (const [orgUnit, value] of split(totals[p], codes))
      dataValues.push({ dataElement: element, period, orgUnit, value });
  }
});

const unknown = unknownElements(Object.keys(TOTALS));
if (unknown.length > 0) throw new Error(`không có trong danh mục: ${unknown.join(", ")}`);

writeDataValues(new URL("./data.json", import.meta.url), dataValues);
console.log(
  `${dataValues.length} giá trị; ${districts.length} huyện, ${communes.length} xã; ` +
    `không báo cáo: ${fullUnitName(silentDistrict)} (${silent.size} xã), ${lateCommunes.length} xã thiếu số liệu đến 15/6/2024; ` +
    `tự báo cáo (không có xã): ${selfReporting.map(fullUnitName).join(", ")}`,
);
