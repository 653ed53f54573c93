import type { Edition, EditionMapping } from "@pctm/domain";
import { loadPackagedUnits } from "./load-units.js";

/** The editions in the package, oldest first. */
export const PACKAGED_EDITION_IDS = ["vn-2023-04-08", "vn-2025-06-30", "vn-2025-07-01"] as const;
export type PackagedEditionId = (typeof PACKAGED_EDITION_IDS)[number];

/** Every packaged edition, oldest first: pass to editionInForce (append your own to override). */
export function packagedEditions(): readonly Edition[] {
  return loadPackagedUnits().editions;
}

/** One packaged edition by id. */
export function packagedEdition(id: PackagedEditionId): Edition {
  const found = packagedEditions().find((e) => e.id === id);
  if (!found) throw new Error(`@pctm/units-data: no edition ${id}`);
  return found;
}

/** The packaged mapping from an edition to the 2025 list, if there is one. */
export function packagedMapping(fromEditionId: string, toEditionId: string): EditionMapping | undefined {
  return loadPackagedUnits().mappings.find(
    (m) => m.fromEdition === fromEditionId && m.toEdition === toEditionId,
  );
}
