import { fullUnitName } from "../unit/unit.js";
import type { UnitKind } from "../unit/unit-kind.js";

/** Units named after a person, which Nghị định 30/2020 asks to write in full ("Thành phố Hồ Chí Minh"). */
const NAMED_AFTER_PEOPLE = new Set(["Hồ Chí Minh"]);

/**
 * The place in a document's place-date line, by Nghị định 30/2020/NĐ-CP (Phụ lục I, mục I.4): the
 * proper name of the administrative unit without its kind — "Phú Vang, ngày …", "Thừa Thiên Huế,
 * ngày …" — except a unit named by a number or after a person, which keeps its full name ("Quận 1",
 * "Phường 15", "Thành phố Hồ Chí Minh").
 */
export function placeName(unit: { readonly name: string; readonly kind: UnitKind }): string {
  const byNumber = /^\d/.test(unit.name);
  return byNumber || NAMED_AFTER_PEOPLE.has(unit.name) ? fullUnitName(unit) : unit.name;
}
