// Generates the synthetic demonstration dataset for Quảng Bình (44), 07/10/2024 – 30/5/2025.
// THE FIGURES ARE INVENTED. They are shaped so that the review of addicts, illegal users,
// post-rehabilitation management and drug hotspots (campaign r-004, seed 004, Kế hoạch 483/KH-BCA-C04)
// renders with figures by district; they are not statistics of the province.
//
// Deterministic: a seeded PRNG (mulberry32), so running it again writes the same file.
// Run after `npm run build`: node examples/quang-binh-2025/generate-data.mjs
import { children, descendantsAtLevel, fullUnitName } from "@pctm/domain";
import { seededSplit, unitsInForce, unknownElements, writeDataValues } from "../shared/generate-support.mjs";

const PROVINCE = "44";
// The campaign's data window as one period: the review runs from the plan (07/10/2024) to the
// closing report (30/5/2025); stocks are counted at its end, flows over it.
const PERIOD = "2024-10-07/2025-05-30";

/** Splits a whole total over units with random weights, exactly (largest remainder). */
const split = seededSplit(20250530);

// The unit list in force at the end of the window (30/5/2025, before the July 2025 reform).
const units = unitsInForce("2025-05-30");
const districts = children(units, PROVINCE);
const communes = descendantsAtLevel(units, PROVINCE, 3);

// Who does not report: Huyện Minh Hóa sends nothing; two communes of Bố Trạch miss the count of
// suspected users only.
const silentDistrict = districts.find((d) => d.name === "Minh Hóa");
const silent = new Set(descendantsAtLevel(units, silentDistrict.code, 3).map((c) => c.code));
const reporting = communes.filter((c) => !silent.has(c.code)).map((c) => c.code);
const boTrach = districts.find((d) => d.name === "Bố Trạch");
const noSuspects = new Set(
  descendantsAtLevel(units, boTrach.code, 3)
    .slice(0, 2)
    .map((c) => c.code),
);

// Province totals over the communes that report. Seed 004 §2.1 (people), §2.2 and §4 (hotspots), §3.
const TOTALS = {
  addicts_registered: 486,
  illegal_users_registered: 1135,
  post_rehab_managed: 212,
  substitution_patients: 318,
  suspected_users: 97,
  hotspots_at_start: 23,
  hotspots_new: 4,
  hotspots_eliminated: 21,
  hotspots_remaining: 6,
  rehab_success: 64,
  compulsory_rehab_files: 138,
  relapsed: 41,
};

const dataValues = [];
for (const [element, total] of Object.entries(TOTALS)) {
  const codes = element === "suspected_users" ? reporting.filter((c) => !noSuspects.has(c)) : reporting;
  for (const [orgUnit, value] of split(total, codes))
    dataValues.push({ dataElement: element, period: PERIOD, orgUnit, value });
}
// Kept by the province itself: the places its public rehabilitation centre can take.
dataValues.push({ dataElement: "rehab_capacity", period: PERIOD, orgUnit: PROVINCE, value: 350 });

const unknown = unknownElements(dataValues.map((v) => v.dataElement));
if (unknown.length > 0) throw new Error(`không có trong danh mục: ${unknown.join(", ")}`);

writeDataValues(new URL("./data.json", import.meta.url), dataValues);
console.log(
  `${dataValues.length} giá trị; ${districts.length} huyện, ${communes.length} xã; ` +
    `không báo cáo: ${fullUnitName(silentDistrict)} (${silent.size} xã); ${noSuspects.size} xã của ${fullUnitName(boTrach)} thiếu số người nghi sử dụng`,
);
