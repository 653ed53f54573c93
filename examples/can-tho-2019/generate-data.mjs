// Generates the example dataset for Thành phố Cần Thơ (92), 2018 – 2019.
// THE FIGURES ARE INVENTED. They are chosen so that every verdict of `pctm catalog evaluate
// --plan can-tho-424 --unit 92` for 2019 can be worked out by hand (see README.md); they are not
// statistics of the city.
//
// Deterministic: no random numbers; figures are spread over the communes by their order of code.
// Run after `npm run build`: node examples/can-tho-2019/generate-data.mjs
import { children, descendantsAtLevel } from "@pctm/domain";
import { unitsInForce, writeDataValues } from "../shared/generate-support.mjs";

const CITY = "92";
const VINH_THANH = "924"; // the district that builds no pilot model in 2019
const THOT_NOT = "923"; // where the one new hotspot of 2019 arises

const units = unitsInForce("2019-12-31");
const byCode = (a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
const districts = children(units, CITY).sort(byCode);
const communes = descendantsAtLevel(units, CITY, 3).sort(byCode);

const dataValues = [];
const put = (dataElement, orgUnit, period, value, categoryOptionCombo) =>
  dataValues.push({
    dataElement,
    period,
    orgUnit,
    ...(categoryOptionCombo ? { categoryOptionCombo } : {}),
    value,
  });

/** `total` spread over the communes: the first (total mod n) communes get one more. */
function spread(dataElement, period, total) {
  const base = Math.floor(total / communes.length);
  const extra = total % communes.length;
  communes.forEach((c, i) => {
    put(dataElement, c.code, period, base + (i < extra ? 1 : 0));
  });
}
/** 1 for the first `count` communes, 0 for the others. */
function firstOnes(dataElement, period, count) {
  communes.forEach((c, i) => {
    put(dataElement, c.code, period, i < count ? 1 : 0);
  });
}

// By commune, rolled up to the districts and the city by the toolkit.
for (const period of ["2018", "2019"]) firstOnes("communes_with_drugs", period, 50); // 50 → 50
spread("addicts_registered", "2018", 2000);
spread("addicts_registered", "2019", 1960); // −2%
firstOnes("addicts_removed", "2019", 30); // 30 of 2000 at the start of the year = 1,5%
firstOnes("hotspots_at_start", "2019", 40);
firstOnes("hotspots_eliminated", "2019", 3); // 3 of 40 = 7,5%
const newHotspot = communes.find((c) => c.parentCode === THOT_NOT);
for (const c of communes) put("hotspots_new", c.code, "2019", c === newHotspot ? 1 : 0);
// One pilot model in the first commune of every district, none in Vĩnh Thạnh.
for (const d of districts) {
  const under = communes.filter((c) => c.parentCode === d.code);
  under.forEach((c, i) => {
    put("pilot_models_built", c.code, "2019", i === 0 && d.code !== VINH_THANH ? 1 : 0);
  });
}

// Kept by the city itself (departments, police, courts).
const city = {
  2018: { serious_cases_detected: 200 },
  2019: {
    serious_cases_detected: 212, // +6%
    communes_total: 83,
    communes_propaganda: 83,
    schools_total: 420,
    schools_propaganda: 420,
    industrial_zones_total: 8,
    industrial_zones_propaganda: 8,
    export_zones_total: 1,
    export_zones_propaganda: 1,
    illegal_users_registered: 240,
    addicts_users_served: 1800, // of 1960 + 240 = 2200: 81,8%
    rehab_facilities_total: 3,
    rehab_facilities_standard: 2, // 66,7% < 90%
    addicts_treated: 1470, // of 1960: 75%, below the 76% of the line 60% (2015) → 80% (2020)
    specialised_officers_total: 150,
    specialised_officers_trained: 150,
    major_cases: 12,
    major_cases_reviewed: 12,
    major_cases_tried: 10,
    major_cases_tried_properly: 10,
    compulsory_rehab_files: 100,
    compulsory_rehab_files_decided: 85,
    key_areas_total: 6,
    key_areas_assessed: 6,
    districts_inspected: 3,
    departments_inspected: 2,
    communes_newly_affected: 0,
    cultivation_new_localities: 0,
  },
};
for (const [period, figures] of Object.entries(city)) {
  for (const [dataElement, value] of Object.entries(figures)) put(dataElement, CITY, period, value);
}
put("cultivation_area_detected_ha", CITY, "2019", "0,5", "can_sa");
put("cultivation_area_destroyed_ha", CITY, "2019", "0,5", "can_sa");

// One value a line, laid out as biome formats JSON, so the file is committed as written.
writeDataValues(new URL("./data.json", import.meta.url), dataValues, { layout: "biome" });
console.log(
  `${dataValues.length} giá trị, ${communes.length} xã, ${districts.length} quận, huyện → data.json`,
);
