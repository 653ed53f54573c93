export type { PackagedUnits, UnitsFile } from "./load-units.js";
export { decodeUnits, loadPackagedUnits, UNITS_FILE_URL } from "./load-units.js";
export type { PackagedEditionId } from "./packaged.js";
export { PACKAGED_EDITION_IDS, packagedEdition, packagedEditions, packagedMapping } from "./packaged.js";
