import type { Catalog } from "@pctm/catalog";
import { children, type DataValue, type Edition, editionInForce } from "@pctm/domain";
import { demoDataElements } from "./demo-elements.js";
import { type CommuneMemory, demoFigures, newCommuneMemory } from "./demo-figures.js";
import { seededRandom } from "./seeded-random.js";

/** The comment every demonstration value carries: nobody may mistake it for real figures. */
export const DEMO_COMMENT = "Số liệu minh họa tự sinh (không có thật) — pctm db seed";
/** Thừa Thiên Huế until 30/6/2025, Thành phố Huế from 1/7/2025: the same code in both lists. */
export const DEMO_PROVINCE = "46";
export const DEMO_SEED = 20_250_701;

/** A period of the dataset and the day whose unit list its communes come from. */
const PERIODS: readonly {
  readonly id: string;
  readonly day: string;
  readonly year: number;
  readonly carry: boolean;
}[] = [
  ...Array.from({ length: 10 }, (_, i) => ({
    id: String(2015 + i),
    day: `${2015 + i}-12-31`,
    year: 2015 + i,
    carry: true,
  })),
  // The half-year Huế's 2016–2020 review closes on.
  { id: "2020S1", day: "2020-06-30", year: 2020, carry: false },
  { id: "2025S1", day: "2025-06-30", year: 2025, carry: true },
  { id: "2025-07-01/2025-12-31", day: "2025-07-01", year: 2025, carry: true },
];

/** The units with no units under them (communes, wards …) below `code`, in list order. */
function lowestUnits(edition: Edition, code: string): string[] {
  const below = children(edition, code);
  return below.length === 0 ? [code] : below.flatMap((unit) => lowestUnits(edition, unit.code));
}

export interface DemoDataset {
  readonly values: readonly DataValue[];
  readonly periods: readonly string[];
  readonly dataElements: readonly string[];
  /** Communes per period id. */
  readonly communes: Readonly<Record<string, number>>;
}

/**
 * The invented demonstration dataset: every commune of Thừa Thiên Huế for 2015–2024 (and the
 * first half of 2020 and of 2025), every commune of Thành phố Huế for the second half of 2025,
 * the data elements Huế's and the national plans need; deterministic for a seed.
 */
export function generateDemoValues(
  catalog: Catalog,
  editions: readonly Edition[],
  seed = DEMO_SEED,
): DemoDataset {
  const random = seededRandom(seed);
  const wanted = demoDataElements(catalog);
  const memories = new Map<string, CommuneMemory>();
  const values: DataValue[] = [];
  const communes: Record<string, number> = {};
  for (const period of PERIODS) {
    const edition = editionInForce(editions, period.day);
    if (!edition.ok) continue;
    const units = lowestUnits(edition.value, DEMO_PROVINCE);
    communes[period.id] = units.length;
    for (const orgUnit of units) {
      let memory = memories.get(orgUnit);
      if (!memory) {
        memory = newCommuneMemory(random);
        memories.set(orgUnit, memory);
      }
      const figures = demoFigures(random, memory, period.year - 2015, period.carry);
      for (const dataElement of wanted) {
        const value = figures[dataElement];
        if (value === undefined) continue;
        values.push({ dataElement, period: period.id, orgUnit, value, comment: DEMO_COMMENT });
      }
    }
  }
  return { values, periods: PERIODS.map((p) => p.id), dataElements: wanted, communes };
}
