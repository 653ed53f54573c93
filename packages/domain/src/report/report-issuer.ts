import { z } from "zod";
import type { Unit } from "../unit/unit.js";
import { fullUnitName } from "../unit/unit.js";
import type { DocumentStyle } from "./report-model.js";

/**
 * What kind of body issues a campaign's documents and so signs its reports: a People's Committee
 * (state document, Nghị định 30/2020/NĐ-CP), a Party committee (Hướng dẫn 36-HD/VPTW) or the police.
 */
export const issuerKindSchema = z.enum(["people_committee", "party_committee", "police"]);
export type IssuerKind = z.infer<typeof issuerKindSchema>;

/** Everything in a report that depends on who issues it: header lines, number, signature, opening. */
export interface IssuerStyle {
  readonly style: DocumentStyle;
  /** Left column, upright ("ĐẢNG BỘ TỈNH QUẢNG NGÃI", "BỘ CÔNG AN"); empty for a province's UBND. */
  readonly parentBody: readonly string[];
  /** Left column, bold ("ỦY BAN NHÂN DÂN", "TỈNH THỪA THIÊN HUẾ"; the Party committee "TỈNH ỦY"). */
  readonly issuingBody: readonly string[];
  /** The number line with the number left blank: "Số:        /BC-UBND" or, for the Party, "Số        -BC/TU". */
  readonly reference: string;
  readonly nationalTitle: string;
  readonly motto?: string;
  /** Who speaks in the opening sentence ("Ủy ban nhân dân tỉnh Thừa Thiên Huế", "Ban Thường vụ Tỉnh ủy"). */
  readonly subject: string;
  /** Authority lines of the signature ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"; "T/M BAN THƯỜNG VỤ", "BÍ THƯ"). */
  readonly authority: readonly string[];
  /** Who keeps the archive copy ("VT"; "Văn phòng Tỉnh ủy"). */
  readonly archive: readonly string[];
}

const NUMBER_GAP = "        ";
const upper = (s: string) => s.toLocaleUpperCase("vi");

/** The Party committee of a unit and its symbol: Tỉnh ủy (TU), Thành ủy (TU), Huyện ủy (HU), Quận ủy (QU), Thị ủy (TU), Đảng ủy (ĐU). */
function partyCommittee(unit: Unit): { name: string; symbol: string } {
  switch (unit.kind) {
    case "province":
      return { name: "Tỉnh ủy", symbol: "TU" };
    case "municipality":
    case "provincial_city":
      return { name: "Thành ủy", symbol: "TU" };
    case "rural_district":
      return { name: "Huyện ủy", symbol: "HU" };
    case "urban_district":
      return { name: "Quận ủy", symbol: "QU" };
    case "district_town":
      return { name: "Thị ủy", symbol: "TU" };
    default:
      return { name: "Đảng ủy", symbol: "ĐU" };
  }
}

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase("vi") + s.slice(1);

/**
 * The header, number, signature and opening subject of a unit's report for an issuer kind:
 * - people_committee: "ỦY BAN NHÂN DÂN" / "TỈNH …", "Số:   /BC-UBND", the national title and motto,
 *   signed "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH";
 * - party_committee (Hướng dẫn 36-HD/VPTW): "ĐẢNG BỘ TỈNH …" over the issuing committee "TỈNH ỦY" (as
 *   provincial committees head their documents, even when the Ban Thường vụ signs), a star under it,
 *   "Số   -BC/TU" with a hyphen, "ĐẢNG CỘNG SẢN VIỆT NAM" without motto, signed "T/M BAN THƯỜNG VỤ" / "BÍ THƯ";
 * - police: "BỘ CÔNG AN" / "CÔNG AN TỈNH …", "Số:   /BC-CAT-PC04", signed "GIÁM ĐỐC".
 */
export function describeIssuer(kind: IssuerKind, unit: Unit): IssuerStyle {
  const unitName = fullUnitName(unit);
  const national = {
    nationalTitle: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    motto: "Độc lập - Tự do - Hạnh phúc",
  };
  switch (kind) {
    case "party_committee": {
      const committee = partyCommittee(unit);
      return {
        style: "party",
        parentBody: [`ĐẢNG BỘ ${upper(unitName)}`],
        issuingBody: [upper(committee.name)],
        reference: `Số${NUMBER_GAP}-BC/${committee.symbol}`,
        nationalTitle: "ĐẢNG CỘNG SẢN VIỆT NAM",
        subject: `Ban Thường vụ ${committee.name}`,
        authority: ["T/M BAN THƯỜNG VỤ", "BÍ THƯ"],
        archive: [`Văn phòng ${committee.name}`],
      };
    }
    case "police": {
      const province = unit.level === 1;
      return {
        style: "state",
        parentBody: province ? ["BỘ CÔNG AN"] : [],
        issuingBody: [`CÔNG AN ${upper(unitName)}`],
        reference: `Số:${NUMBER_GAP}/BC-${province ? "CAT-PC04" : "CA"}`,
        ...national,
        subject: `Công an ${lowerFirst(unitName)}`,
        authority: [province ? "GIÁM ĐỐC" : "TRƯỞNG CÔNG AN"],
        archive: province ? ["VT", "PC04"] : ["VT"],
      };
    }
    case "people_committee":
      return {
        style: "state",
        parentBody: [],
        issuingBody: ["ỦY BAN NHÂN DÂN", upper(unitName)],
        reference: `Số:${NUMBER_GAP}/BC-UBND`,
        ...national,
        subject: `Ủy ban nhân dân ${lowerFirst(unitName)}`,
        authority: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
        archive: ["VT"],
      };
  }
}
