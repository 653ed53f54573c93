import { randomInt } from "./seeded-random.js";

/** What a commune carries from one year to the next: its stocks. */
export interface CommuneMemory {
  readonly addictsBase: number;
  readonly schools: number;
  hotspotsRemaining: number;
}

const chance = (random: () => number, p: number) => random() < p;
/** A part of `whole`: between `low` and all of it. */
const share = (random: () => number, whole: number, low = 0.6) =>
  Math.min(whole, Math.round(whole * (low + random() * (1 - low))));

export function newCommuneMemory(random: () => number): CommuneMemory {
  return {
    addictsBase: randomInt(random, 0, 24),
    schools: randomInt(random, 1, 6),
    hotspotsRemaining: randomInt(random, 0, 2),
  };
}

/**
 * One commune's invented figures for one period, consistent with the catalogue's validation rules
 * (parts never exceed wholes, the hotspot balance adds up), with a slow decline of drug figures over
 * the years. `yearIndex` counts from 2015; `carry` says whether this period's stocks are remembered
 * (years are; a half-year inside a year is not).
 */
export function demoFigures(
  random: () => number,
  memory: CommuneMemory,
  yearIndex: number,
  carry: boolean,
): Record<string, string> {
  const trend = Math.max(0.35, 1 - 0.05 * yearIndex);
  const registered = Math.max(0, Math.round(memory.addictsBase * trend + randomInt(random, -2, 2)));
  const withDrugs = registered > 0 || chance(random, 0.2) ? 1 : 0;
  const key = withDrugs === 1 && chance(random, 0.25) ? 1 : 0;
  const cases = randomInt(random, 0, Math.max(1, Math.round(5 * trend)));
  const atStart = memory.hotspotsRemaining;
  const fresh = chance(random, 0.25 * trend) ? 1 : 0;
  const eliminated = Math.min(atStart + fresh, randomInt(random, 0, 2));
  const remaining = atStart + fresh - eliminated;
  if (carry) memory.hotspotsRemaining = remaining;
  const cultivated = chance(random, 0.08) ? randomInt(random, 1, 60) / 100 : 0;
  const offences = chance(random, 0.05) ? 1 : 0;
  const industrial = chance(random, 0.05) ? 1 : 0;
  const healthStations = 1;
  const figures: Record<string, number | string> = {
    addicts_registered: registered,
    illegal_users_registered: Math.round(registered * (0.3 + random() * 0.5)),
    addicts_removed:
      share(random, registered, 0) > 0 && chance(random, 0.3)
        ? randomInt(random, 0, Math.min(2, registered))
        : 0,
    addicts_users_served: share(random, registered, 0.5),
    communes_total: 1,
    communes_with_drugs: withDrugs,
    communes_drug_free: 1 - withDrugs,
    key_communes: key,
    key_communes_downgraded: key === 1 && chance(random, 0.3) ? 1 : 0,
    communes_propaganda: chance(random, 0.97) ? 1 : 0,
    pilot_models_built: chance(random, 0.1) ? 1 : 0,
    schools_total: memory.schools,
    schools_propaganda: share(random, memory.schools, 0.7),
    industrial_zones_total: industrial,
    industrial_zones_propaganda: industrial,
    export_zones_total: 0,
    export_zones_propaganda: 0,
    drug_cases_detected: cases,
    serious_cases_detected: share(random, cases, 0.2),
    hotspots_at_start: atStart,
    hotspots_new: fresh,
    hotspots_eliminated: eliminated,
    hotspots_remaining: remaining,
    production_offences: offences,
    production_offences_handled_1y: offences,
    cultivation_area_detected_ha: cultivated.toFixed(2),
    cultivation_area_destroyed_ha: cultivated.toFixed(2),
    cultivation_incidents: cultivated > 0 ? 1 : 0,
    rehab_facilities_total: 0,
    rehab_facilities_standard: 0,
    border_units_total: 0,
    border_units_equipped: 0,
    commune_health_stations_total: healthStations,
    commune_health_stations_qualified: chance(random, 0.6 + 0.04 * yearIndex) ? 1 : 0,
    public_rehab_centres_total: 0,
    public_rehab_centres_qualified: 0,
  };
  return Object.fromEntries(Object.entries(figures).map(([id, value]) => [id, String(value)]));
}
