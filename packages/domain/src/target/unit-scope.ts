/**
 * What a per-unit target needs to know about administrative units, implemented by the units area for
 * one edition of the unit list. Levels: 1 province, 2 district, 3 commune.
 */
export interface TargetUnitScope {
  /**
   * Codes of the units at `level` under `ancestorCode` (the ancestor itself when it is at that level).
   * undefined = the level does not exist in this edition (no district level from 1/7/2025).
   */
  unitsAtLevel(ancestorCode: string, level: 1 | 2 | 3): readonly string[] | undefined;
  /** The unit's Vietnamese name, for sentences. */
  nameOf(code: string): string | undefined;
  /** Optional: the date the edition takes effect (ISO), quoted when a level does not exist. */
  readonly effectiveFrom?: string;
}
