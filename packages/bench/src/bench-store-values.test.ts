import { createAppContext, createMemoryStore, importDataValues, LOCAL_OPERATOR } from "@pctm/app";
import { builtinCatalog } from "@pctm/catalog";
import { describe, expect, it } from "vitest";
import { importableValuesOf } from "./bench-store-values.js";
import { SERVICE_PROVINCE, serviceWorkload } from "./service-dataset.js";

describe("the workload's rows the import takes", { timeout: 120_000 }, () => {
  it("import through the checked path without one refused row (benchmarks 4 and 5 load them)", async () => {
    const workload = serviceWorkload({ label: "Huế", province: SERVICE_PROVINCE });
    const values = importableValuesOf(workload, builtinCatalog());
    // Elements with fewer than 8 options lose the combos past their last one, nothing else.
    expect(values.length).toBeGreaterThan(workload.size * 0.9);
    expect(values.some((v) => v.categoryOptionCombo === "nam")).toBe(true);
    const ctx = createAppContext({ store: createMemoryStore() });
    const done = await importDataValues(ctx, LOCAL_OPERATOR, { format: "json", rows: values });
    expect(done.ok ? done.value.created : done.errors.slice(0, 3)).toBe(values.length);
  });
});
