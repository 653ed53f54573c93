import { readFileSync } from "node:fs";
import type { Edition, EditionMapping, Unit } from "@pctm/domain";
import { levelOfKind, UNIT_KINDS, type UnitKind } from "@pctm/domain";

/** The committed data file's shape: columns per edition, kinds as indexes into `kinds`. */
export interface UnitsFile {
  readonly format: number;
  readonly kinds: readonly string[];
  readonly editions: readonly {
    readonly id: string;
    readonly name: string;
    readonly validFrom: string | null;
    readonly validTo: string | null;
    readonly source: string;
    readonly note: string;
    readonly codes: readonly string[];
    readonly names: readonly string[];
    readonly kinds: readonly number[];
    readonly parents: readonly number[];
  }[];
  readonly mappings: readonly {
    readonly id: string;
    readonly fromEdition: string;
    readonly toEdition: string;
    readonly from: readonly string[];
    readonly to: readonly string[];
  }[];
}

export interface PackagedUnits {
  /** Oldest first: the three-level list (to 2024), the last three-level list (to 30/6/2025), the 2025 list. */
  readonly editions: readonly Edition[];
  /** Old → new: from the 30/6/2025 list and from the older list, both to the 2025 list. */
  readonly mappings: readonly EditionMapping[];
}

/** Where the data file is, relative to this module (src/ in tests, dist/ when built). */
export const UNITS_FILE_URL = new URL("../data/units.json", import.meta.url);

/** Turn the file's columns into plain editions. Exposed for the benchmark; use loadPackagedUnits. */
export function decodeUnits(text: string): PackagedUnits {
  const file = JSON.parse(text) as UnitsFile;
  if (file.format !== 1) throw new Error(`@pctm/units-data: unknown data format ${file.format}`);
  const kinds = file.kinds.map((k) => {
    if (!(UNIT_KINDS as readonly string[]).includes(k))
      throw new Error(`@pctm/units-data: unknown kind ${k}`);
    return k as UnitKind;
  });
  const editions = file.editions.map((e): Edition => {
    const units: Unit[] = new Array(e.codes.length);
    for (let i = 0; i < e.codes.length; i++) {
      const kind = kinds[e.kinds[i] as number] as UnitKind;
      const parent = e.parents[i] as number;
      units[i] = {
        code: e.codes[i] as string,
        name: e.names[i] as string,
        kind,
        level: levelOfKind(kind),
        parentCode: parent < 0 ? null : (e.codes[parent] as string),
      };
    }
    return {
      id: e.id,
      name: e.name,
      validFrom: e.validFrom,
      validTo: e.validTo,
      source: e.source,
      note: e.note,
      units,
    };
  });
  const mappings = file.mappings.map(
    (m): EditionMapping => ({
      id: m.id,
      fromEdition: m.fromEdition,
      toEdition: m.toEdition,
      pairs: m.from.map((from, i) => ({ from, to: m.to[i] as string })),
    }),
  );
  return { editions, mappings };
}

let cached: PackagedUnits | undefined;

/** The packaged editions and mappings, read and decoded once per process. */
export function loadPackagedUnits(): PackagedUnits {
  cached ??= decodeUnits(readFileSync(UNITS_FILE_URL, "utf8"));
  return cached;
}
