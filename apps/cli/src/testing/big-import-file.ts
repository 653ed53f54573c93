import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const EXAMPLE = fileURLToPath(new URL("../../../../examples/hue-2020/data.json", import.meta.url));

/** The comment every value of a generated file carries, so a test can count them. */
export const BIG_COMMENT = "tệp thử nhập lớn";

/**
 * Writes a large valid dataValueSets file: each (element, unit, disaggregation) of the Huế 2020
 * example once per month from January 2016 (2 116 values a month), `months` months, one value per
 * line. Returns how many values it holds.
 */
export function writeBigImportFile(path: string, months: number): number {
  const example = JSON.parse(readFileSync(EXAMPLE, "utf8")) as {
    dataValues: { dataElement: string; orgUnit: string; categoryOptionCombo?: string; value: unknown }[];
  };
  const seen = new Set<string>();
  const base = example.dataValues.filter((v) => {
    const id = JSON.stringify([v.dataElement, v.orgUnit, v.categoryOptionCombo ?? ""]);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  const lines: string[] = [];
  for (let m = 0; m < months; m++) {
    const period = `${2016 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}`;
    for (const v of base) lines.push(JSON.stringify({ ...v, period, comment: BIG_COMMENT }));
  }
  writeFileSync(path, `{\n"dataValues": [\n${lines.join(",\n")}\n]\n}\n`);
  return lines.length;
}
