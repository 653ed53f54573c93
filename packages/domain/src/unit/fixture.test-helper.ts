import type { Edition } from "./edition.js";
import type { EditionMapping } from "./edition-mapping.js";
import type { Unit } from "./unit.js";

const u = (
  code: string,
  name: string,
  kind: Unit["kind"],
  level: Unit["level"],
  parentCode: string | null,
): Unit => ({
  code,
  name,
  kind,
  level,
  parentCode,
});

/** A small three-level edition: two provinces, three districts, seven communes. */
export const OLD: Edition = {
  id: "old",
  name: "Danh mục thử ba cấp",
  validFrom: null,
  validTo: "2025-06-30",
  units: [
    u("46", "Thừa Thiên Huế", "province", 1, null),
    u("48", "Đà Nẵng", "municipality", 1, null),
    u("478", "Phú Vang", "rural_district", 2, "46"),
    u("474", "Huế", "provincial_city", 2, "46"),
    u("490", "Hải Châu", "urban_district", 2, "48"),
    u("20001", "Phú Thuận", "commune", 3, "478"),
    u("20002", "Phú Đa", "township", 3, "478"),
    u("20003", "Dương Nỗ", "ward", 3, "474"),
    u("20004", "Đông Ba", "ward", 3, "474"),
    u("20005", "Vỹ Dạ", "ward", 3, "474"),
    u("20006", "Hải Châu I", "ward", 3, "490"),
    u("20007", "Phú Vang", "commune", 3, "478"),
  ],
};

/** The same territory after a reform without districts. */
export const NEW: Edition = {
  id: "new",
  name: "Danh mục thử hai cấp",
  validFrom: "2025-07-01",
  validTo: null,
  units: [
    u("46", "Huế", "municipality", 1, null),
    u("48", "Đà Nẵng", "municipality", 1, null),
    u("30001", "Phú Vang", "commune", 3, "46"),
    u("30002", "Thuận Hóa", "ward", 3, "46"),
    u("30003", "Hải Châu", "ward", 3, "48"),
  ],
};

/** OLD to NEW: three communes merged into 30001 (20005 split between two), 46 and 48 kept. */
export const MAPPING: EditionMapping = {
  id: "test",
  fromEdition: "old",
  toEdition: "new",
  pairs: [
    { from: "20001", to: "30001" },
    { from: "20002", to: "30001" },
    { from: "20007", to: "30001" },
    { from: "20003", to: "30002" },
    { from: "20004", to: "30002" },
    { from: "20005", to: "30002" },
    { from: "20005", to: "30001" },
    { from: "20006", to: "30003" },
    { from: "46", to: "46" },
    { from: "48", to: "48" },
  ],
};
