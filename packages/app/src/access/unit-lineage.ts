import { ancestors, type Edition, editionInForce, unitByCode } from "@pctm/domain";

/**
 * The unit and its ancestors (commune → district → province), codes nearest first, in the unit list
 * that holds it: the list in force on `today` when the unit is in it, else the newest list that has
 * it (a district of the 2023 list after the 2025 reform). undefined when no list has the code.
 */
export function unitLineage(
  editions: readonly Edition[],
  code: string,
  today: string,
): readonly string[] | undefined {
  const inForce = editionInForce(editions, today);
  const holder =
    inForce.ok && unitByCode(inForce.value, code)
      ? inForce.value
      : [...editions].reverse().find((edition) => unitByCode(edition, code) !== undefined);
  if (!holder) return undefined;
  return [code, ...ancestors(holder, code).map((unit) => unit.code)];
}
