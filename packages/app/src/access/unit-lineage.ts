import { ancestors, type Edition, editionInForce, unitByCode } from "@pctm/domain";

/**
 * The unit list that holds `code`: the list in force on `today` when the unit is in it, else the
 * newest list that has it (a district of the 2023 list after the 2025 reform). undefined when no
 * list has the code.
 */
export function editionHolding(
  editions: readonly Edition[],
  code: string,
  today: string,
): Edition | undefined {
  const inForce = editionInForce(editions, today);
  if (inForce.ok && unitByCode(inForce.value, code)) return inForce.value;
  return [...editions].reverse().find((edition) => unitByCode(edition, code) !== undefined);
}

/**
 * The unit and its ancestors (commune → district → province), codes nearest first, in the unit list
 * that holds it (`editionHolding`). undefined when no list has the code.
 */
export function unitLineage(
  editions: readonly Edition[],
  code: string,
  today: string,
): readonly string[] | undefined {
  const holder = editionHolding(editions, code, today);
  if (!holder) return undefined;
  return [code, ...ancestors(holder, code).map((unit) => unit.code)];
}
