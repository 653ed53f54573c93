import type { Edition } from "../unit/edition.js";

/**
 * For tests: a province with a district of two communes and an island district without communes
 * (as Lý Sơn), which reports for itself.
 */
export const ISLAND_DISTRICT_EDITION: Edition = {
  id: "test",
  name: "Danh mục thử",
  validFrom: null,
  validTo: null,
  units: [
    { code: "51", name: "Quảng Ngãi", kind: "province", level: 1, parentCode: null },
    { code: "527", name: "Sơn Tịnh", kind: "rural_district", level: 2, parentCode: "51" },
    { code: "536", name: "Lý Sơn", kind: "rural_district", level: 2, parentCode: "51" },
    { code: "21001", name: "Tịnh Hà", kind: "commune", level: 3, parentCode: "527" },
    { code: "21002", name: "Tịnh Sơn", kind: "commune", level: 3, parentCode: "527" },
  ],
};
