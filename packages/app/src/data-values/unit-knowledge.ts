import {
  children,
  type Edition,
  editionInForce,
  ok,
  parsePeriod,
  periodEnd,
  periodStart,
  type Result,
  unitByCode,
} from "@pctm/domain";
import type { AppContext } from "../context.js";
import { loadUnitLists } from "../units/load-unit-lists.js";

/** What the data exchange asks of the unit lists (packaged, with the organisation's patches). */
export interface UnitKnowledge {
  /** Is `unit` in the list in force on the first or the last day of `period`? */
  readonly unitKnown: (unit: string, period: string) => boolean;
  /** A unit's children in the newest list that has it (for sumChildren in rules). */
  readonly childrenOf: (unit: string) => readonly string[];
  readonly editions: readonly Edition[];
  /** The packaged id of a list (a patched list keeps its packaged mappings). */
  readonly packagedIdOf: (edition: Edition) => string;
}

export async function loadUnitKnowledge(ctx: AppContext): Promise<Result<UnitKnowledge>> {
  const lists = await loadUnitLists(ctx);
  if (!lists.ok) return lists;
  const editions = lists.value.editions;
  const byPeriod = new Map<string, readonly Edition[]>();
  const inForce = (period: string): readonly Edition[] => {
    const cached = byPeriod.get(period);
    if (cached) return cached;
    const parsed = parsePeriod(period);
    const found: Edition[] = [];
    if (parsed.ok) {
      for (const day of [periodStart(parsed.value), periodEnd(parsed.value)]) {
        const edition = editionInForce(editions, day);
        if (edition.ok && !found.includes(edition.value)) found.push(edition.value);
      }
    }
    byPeriod.set(period, found);
    return found;
  };
  const newestHolder = new Map<string, Edition | undefined>();
  const answers = new Map<string, boolean>();
  return ok({
    editions,
    packagedIdOf: lists.value.packagedIdOf,
    unitKnown(unit, period) {
      const id = `${unit}\u0000${period}`;
      let known = answers.get(id);
      if (known === undefined) {
        known = inForce(period).some((edition) => unitByCode(edition, unit) !== undefined);
        answers.set(id, known);
      }
      return known;
    },
    childrenOf(unit) {
      if (!newestHolder.has(unit)) {
        newestHolder.set(
          unit,
          [...editions].reverse().find((e) => unitByCode(e, unit) !== undefined),
        );
      }
      const holder = newestHolder.get(unit);
      return holder ? children(holder, unit).map((u) => u.code) : [];
    },
  });
}
