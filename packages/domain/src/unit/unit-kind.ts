import { z } from "zod";

/**
 * The kinds of administrative unit, as stable English codes. The order is part of the data format of
 * @pctm/units-data (it stores kinds as indexes into this list, and its build script reads this very
 * list): append, never reorder.
 */
export const UNIT_KINDS = [
  "province",
  "municipality",
  "rural_district",
  "urban_district",
  "district_town",
  "provincial_city",
  "commune",
  "ward",
  "township",
  "special_zone",
] as const;

export const unitKindSchema = z.enum(UNIT_KINDS);
export type UnitKind = z.infer<typeof unitKindSchema>;

/** Level 1 province, 2 district (abolished 1/7/2025), 3 commune. */
export const unitLevelSchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);
export type UnitLevel = z.infer<typeof unitLevelSchema>;

const KIND_INFO: Record<UnitKind, { level: UnitLevel; label: string }> = {
  province: { level: 1, label: "tỉnh" },
  municipality: { level: 1, label: "thành phố trực thuộc trung ương" },
  rural_district: { level: 2, label: "huyện" },
  urban_district: { level: 2, label: "quận" },
  district_town: { level: 2, label: "thị xã" },
  provincial_city: { level: 2, label: "thành phố thuộc tỉnh" },
  commune: { level: 3, label: "xã" },
  ward: { level: 3, label: "phường" },
  township: { level: 3, label: "thị trấn" },
  special_zone: { level: 3, label: "đặc khu" },
};

/** The word written before a unit's name ("Huyện Phú Vang", "Thành phố Huế"). */
const KIND_WORD: Record<UnitKind, string> = {
  province: "Tỉnh",
  municipality: "Thành phố",
  rural_district: "Huyện",
  urban_district: "Quận",
  district_town: "Thị xã",
  provincial_city: "Thành phố",
  commune: "Xã",
  ward: "Phường",
  township: "Thị trấn",
  special_zone: "Đặc khu",
};

/** The level a kind belongs to. */
export function levelOfKind(kind: UnitKind): UnitLevel {
  return KIND_INFO[kind].level;
}

/** The Vietnamese label of a kind ("thành phố trực thuộc trung ương"). */
export function labelOfKind(kind: UnitKind): string {
  return KIND_INFO[kind].label;
}

/** The capitalised word that precedes a unit's name ("Huyện", "Thị trấn"). */
export function kindWord(kind: UnitKind): string {
  return KIND_WORD[kind];
}

/** Names of the levels as Vietnamese documents say them. */
export const UNIT_LEVEL_NAMES: Record<UnitLevel, string> = { 1: "cấp tỉnh", 2: "cấp huyện", 3: "cấp xã" };
