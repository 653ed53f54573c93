import { readFileSync } from "node:fs";
import { bench, describe } from "vitest";
import { decodeUnits, loadPackagedUnits, UNITS_FILE_URL } from "./load-units.js";

// Reference measured in the same run: plain JSON.parse of the same bytes. decodeUnits adds building
// ~25,000 unit objects; loadPackagedUnits after the first call is the memoised path every query takes.
const text = readFileSync(UNITS_FILE_URL, "utf8");

describe("loading the packaged units", () => {
  bench("reference: JSON.parse of units.json", () => {
    JSON.parse(text);
  });
  bench("decodeUnits (parse + build editions)", () => {
    decodeUnits(text);
  });
  bench("loadPackagedUnits (memoised)", () => {
    loadPackagedUnits();
  });
});
