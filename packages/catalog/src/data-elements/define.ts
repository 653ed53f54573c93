import type { Category, DataElementInput } from "@pctm/domain";

/** A counted quantity: people, places, cases … summed over units. */
export function count(
  id: string,
  name: string,
  unitLabel: string,
  categories: readonly Category[] = [],
  description?: string,
): DataElementInput {
  return {
    id,
    name,
    valueType: "count",
    aggregation: "sum",
    unitLabel,
    categories: [...categories],
    ...(description ? { description } : {}),
  };
}

/**
 * A counted stock at a date (people on record, places remaining): summed over units, but over time
 * the latest value counts (aggregation `last`), and reports compare it at two dates.
 */
export function stock(
  id: string,
  name: string,
  unitLabel: string,
  categories: readonly Category[] = [],
): DataElementInput {
  return { ...count(id, name, unitLabel, categories), aggregation: "last" };
}

/** An area in hectares. */
export function areaHa(id: string, name: string, categories: readonly Category[] = []): DataElementInput {
  return { id, name, valueType: "area_ha", aggregation: "sum", unitLabel: "ha", categories: [...categories] };
}

/** An amount of money in VND. */
export function moneyVnd(id: string, name: string, categories: readonly Category[] = []): DataElementInput {
  return {
    id,
    name,
    valueType: "money_vnd",
    aggregation: "sum",
    unitLabel: "đồng",
    categories: [...categories],
  };
}
