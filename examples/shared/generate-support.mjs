// What the example generators (examples/*/generate-data.mjs) share: the unit list in force on a day,
// a seeded PRNG, exact splitting of a total over units, the catalogue check and the writing of data.json.
// Everything here is deterministic: the same calls write the same bytes.
import { writeFileSync } from "node:fs";
import { builtinCatalog } from "@pctm/catalog";
import { editionInForce } from "@pctm/domain";
import { packagedEditions } from "@pctm/units-data";

/** The packaged unit list in force on `date` (YYYY-MM-DD); throws when there is none. */
export function unitsInForce(date) {
  const edition = editionInForce(packagedEditions(), date);
  if (!edition.ok) throw new Error(`no unit list in force on ${date}`);
  return edition.value;
}

/** A seeded PRNG (mulberry32): a function returning numbers in [0, 1), the same sequence for a seed. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A function that splits a whole total over units with random weights (0,2 + a number of the PRNG
 * seeded with `seed`), exactly (largest remainder): `split(total, codes)` → Map code → whole share,
 * the shares summing to `total`. Each call draws the next numbers of the one sequence.
 */
export function seededSplit(seed) {
  const random = mulberry32(seed);
  return (total, codes) => {
    const weights = codes.map(() => 0.2 + random());
    const sum = weights.reduce((a, b) => a + b, 0);
    const raw = weights.map((w) => (total * w) / sum);
    const out = raw.map(Math.floor);
    let rest = total - out.reduce((a, b) => a + b, 0);
    const order = raw.map((r, i) => [r - Math.floor(r), i]).sort((a, b) => b[0] - a[0]);
    for (const [, i] of order) {
      if (rest <= 0) break;
      out[i] += 1;
      rest -= 1;
    }
    return new Map(codes.map((c, i) => [c, out[i]]));
  };
}

/** The data element ids among `ids` that the built-in catalogue does not define, each once, in order. */
export function unknownElements(ids) {
  const known = new Set(builtinCatalog().dataElements.map((e) => e.id));
  return [...new Set(ids)].filter((id) => !known.has(id));
}

/**
 * Writes `{ dataValues }` to `url`, one value a line: compact by default; with `layout: "biome"` laid
 * out as Biome formats JSON (line width 110): a value on one line where it fits, its trailing comma
 * counted, else one field a line.
 */
export function writeDataValues(url, dataValues, { layout = "compact" } = {}) {
  if (layout === "compact") {
    writeFileSync(url, `{"dataValues": [\n${dataValues.map((v) => JSON.stringify(v)).join(",\n")}\n]}\n`);
    return;
  }
  if (layout !== "biome") throw new Error(`unknown layout: ${layout}`);
  const line = (value, i) => {
    const fields = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`);
    const short = `    { ${fields.join(", ")} }`;
    const comma = i < dataValues.length - 1 ? 1 : 0;
    return short.length + comma <= 110
      ? short
      : `    {\n${fields.map((f) => `      ${f}`).join(",\n")}\n    }`;
  };
  writeFileSync(url, `{\n  "dataValues": [\n${dataValues.map(line).join(",\n")}\n  ]\n}\n`);
}
