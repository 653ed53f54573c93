// Generates the synthetic demonstration dataset for Thừa Thiên Huế (46), 2015 – 6 tháng đầu năm 2020.
// THE FIGURES ARE INVENTED. They are shaped so that the closing-review report (campaign r-000) shows
// every verdict its targets can take; they are not statistics of the province.
//
// Deterministic: a seeded PRNG (mulberry32), so running it again writes the same file.
// Run after `npm run build`: node examples/hue-2020/generate-data.mjs
import { children, descendantsAtLevel, fullUnitName } from "@pctm/domain";
import { seededSplit, unitsInForce, unknownElements, writeDataValues } from "../shared/generate-support.mjs";

const PROVINCE = "46";
const PERIODS = ["2015", "2016", "2017", "2018", "2019", "2020S1"];

/** Splits a whole total over units with random weights, exactly (largest remainder). */
const split = seededSplit(20200710);

const units = unitsInForce("2020-06-30");
const districts = children(units, PROVINCE);
const communes = descendantsAtLevel(units, PROVINCE, 3);
const byName = (name) => districts.find((d) => d.name === name);

// Who does not report: one whole district sends nothing; a few communes miss a period.
const silentDistrict = byName("Nam Đông") ?? districts.at(-1);
const silent = new Set(descendantsAtLevel(units, silentDistrict.code, 3).map((c) => c.code));
const lateCommunes = communes.filter((c) => !silent.has(c.code)).filter((_, i) => i % 37 === 5);
const reports = (code, period) =>
  !silent.has(code) && !(period === "2020S1" && lateCommunes.some((c) => c.code === code));

// Province totals per period among the communes that report (index as PERIODS).
// Designed verdicts (2017, 2018, 2019; 2020 is not yet due on 10/7/2020):
// serious cases +8% đạt, +3% không đạt, +12% đạt; new hotspots 0, 2, 0;
// hotspots eliminated 7,5% đạt, 12,5% vượt, 4% không đạt; addicts removed > 1% of last year's register.
const TOTALS = {
  addicts_registered: [1480, 1452, 1410, 1395, 1362, 1340],
  illegal_users_registered: [310, 322, 335, 348, 356, 361],
  addicts_removed: [12, 14, 18, 12, 21, 9],
  addicts_users_served: [1390, 1420, 1460, 1390, 1420, 1400],
  serious_cases_detected: [96, 100, 108, 111, 124, 61],
  hotspots_at_start: [44, 42, 40, 40, 50, 46],
  hotspots_eliminated: [3, 2, 3, 5, 2, 1],
  hotspots_new: [1, 0, 0, 2, 0, 0],
  schools_total: [610, 612, 615, 618, 620, 620],
  schools_propaganda: [600, 612, 615, 606, 620, 620],
  drug_cases_detected: [188, 196, 205, 214, 231, 118],
  hotspots_remaining: [42, 40, 40, 37, 48, 45],
};
// Communes classified by drug situation (a commune counts 1 in each class it is in).
const WITH_DRUGS = [62, 60, 58, 57, 55, 54];
const KEY = [14, 14, 13, 12, 11, 11];
const MOUNTAIN = new Set(
  ["A Lưới", "Phong Điền"].flatMap((name) =>
    descendantsAtLevel(units, byName(name).code, 3).map((c) => c.code),
  ),
);
const REPORTING = PERIODS.map((p) => communes.filter((c) => reports(c.code, p)).map((c) => c.code));

const dataValues = [];
const push = (dataElement, orgUnit, period, value) =>
  dataValues.push({ dataElement, period, orgUnit, value });

PERIODS.forEach((period, p) => {
  const codes = REPORTING[p];
  for (const [element, totals] of Object.entries(TOTALS)) {
    for (const [code, value] of split(totals[p], codes)) push(element, code, period, value);
  }
  codes.forEach((code, i) => {
    push("communes_total", code, period, 1);
    push("communes_propaganda", code, period, 1);
    push("communes_with_drugs", code, period, i < WITH_DRUGS[p] ? 1 : 0);
    push("key_communes", code, period, i < KEY[p] ? 1 : 0);
  });
  // Illicit cultivation: found in a few mountain communes, all destroyed; less every year.
  const mountain = codes.filter((c) => MOUNTAIN.has(c)).slice(0, 4);
  const found = [62, 48, 35, 40, 21, 10][p]; // hundredths of a hectare
  for (const [code, hundredths] of split(found, mountain)) {
    if (hundredths === 0) continue;
    const ha = (hundredths / 100).toFixed(2).replace(".", ",");
    push("cultivation_area_found_ha", code, period, ha);
    push("cultivation_area_detected_ha", code, period, ha);
    push("cultivation_area_destroyed_ha", code, period, ha);
    push("cultivation_incidents", code, period, 1);
  }
  // Figures the province keeps itself (provincial agencies, not communes).
  push("industrial_zones_total", PROVINCE, period, 6);
  push("industrial_zones_propaganda", PROVINCE, period, 6);
  push("export_zones_total", PROVINCE, period, 1);
  push("export_zones_propaganda", PROVINCE, period, 1);
  push("rehab_facilities_total", PROVINCE, period, 2);
  push("rehab_facilities_standard", PROVINCE, period, [1, 1, 1, 2, 2, 2][p]);
  push("production_offences", PROVINCE, period, [0, 1, 1, 0, 2, 0][p]);
  push("production_offences_handled_1y", PROVINCE, period, [0, 1, 1, 0, 1, 0][p]);
});

// Keep only the elements the catalogue defines (names of the same figure have changed while it grew).
const unknown = unknownElements(dataValues.map((v) => v.dataElement));
if (unknown.length > 0) console.warn(`bỏ qua (không có trong danh mục): ${unknown.join(", ")}`);
const kept = dataValues.filter((v) => !unknown.includes(v.dataElement));

// Laid out as biome formats JSON, as the file is committed.
writeDataValues(new URL("./data.json", import.meta.url), kept, { layout: "biome" });
console.log(
  `${kept.length} giá trị; ${districts.length} huyện, ${communes.length} xã; ` +
    `không báo cáo: ${fullUnitName(silentDistrict)} (${silent.size} xã), ${lateCommunes.length} xã thiếu 6 tháng đầu năm 2020`,
);
