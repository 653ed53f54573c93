import type { DataElementInput } from "@pctm/domain";
import { CAPACITY_ELEMENTS } from "./capacity.js";
import { CRIME_ELEMENTS } from "./crime.js";
import { FUNDING_ELEMENTS } from "./funding.js";
import { PEOPLE_ELEMENTS } from "./people.js";
import { COMMUNE_ELEMENTS, PLACE_ELEMENTS } from "./places.js";

/** Every data element the catalogue's indicators read. */
export const DATA_ELEMENTS: readonly DataElementInput[] = [
  ...PEOPLE_ELEMENTS,
  ...COMMUNE_ELEMENTS,
  ...PLACE_ELEMENTS,
  ...CRIME_ELEMENTS,
  ...CAPACITY_ELEMENTS,
  ...FUNDING_ELEMENTS,
];
