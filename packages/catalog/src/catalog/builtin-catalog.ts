import { unwrap } from "@pctm/domain";
import { buildCatalog } from "./build-catalog.js";
import type { Catalog } from "./catalog.js";
import { BUILTIN_SOURCES } from "./sources.js";

let built: Catalog | undefined;

/**
 * The built-in catalogue, read once. Its data is part of the package and checked by its tests, so a
 * schema failure here is a defect of the package: it throws PctmError with the issues.
 */
export function builtinCatalog(): Catalog {
  if (!built) built = unwrap(buildCatalog(BUILTIN_SOURCES));
  return built;
}
