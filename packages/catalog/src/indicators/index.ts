import type { IndicatorInput } from "@pctm/domain";
import { CAPACITY_INDICATORS } from "./capacity.js";
import { CRIME_INDICATORS } from "./crime.js";
import { PEOPLE_INDICATORS } from "./people.js";
import { PLACE_INDICATORS } from "./places.js";

/** Every indicator the catalogue's targets are judged on. */
export const INDICATORS: readonly IndicatorInput[] = [
  ...PEOPLE_INDICATORS,
  ...PLACE_INDICATORS,
  ...CRIME_INDICATORS,
  ...CAPACITY_INDICATORS,
];
