import {
  type Actor,
  type AppContext,
  type ImportDataValuesOutput,
  type ImportOptions,
  importDataValues,
} from "@pctm/app";
import { dataElementSchema, err, type Issue, ok, parseWith, type Result } from "@pctm/domain";
import { z } from "zod";
import { readForm } from "./read-form.js";

export const importFormInputSchema = z.object({
  /** The filled .xlsx file. */
  bytes: z.instanceof(Uint8Array),
  dryRun: z.boolean().default(false),
  strict: z.boolean().default(false),
});
export type ImportFormInput = z.input<typeof importFormInputSchema>;

export interface ImportFormOutput extends ImportDataValuesOutput {
  readonly campaignId: string;
  readonly unit: string;
  /** Filled input cells read. */
  readonly cells: number;
}

/**
 * Reads a filled form back and imports its figures through importDataValues (the same checks,
 * access, rules and one all-or-nothing batch). Every rejected cell is reported at [sheet, "C7"] with
 * its reason; a workbook with any error imports nothing. Empty cells change nothing.
 */
export async function importForm(
  ctx: AppContext,
  actor: Actor,
  input: unknown,
  options: ImportOptions = {},
): Promise<Result<ImportFormOutput>> {
  const parsed = parseWith(importFormInputSchema, input);
  if (!parsed.ok) return parsed;
  const types = new Map(ctx.catalog.dataElements.map((e) => [e.id, dataElementSchema.parse(e).valueType]));
  const read = await readForm(parsed.value.bytes, (id) => types.get(id));
  if (!read.ok) return read;
  const { cells, campaignId, unit } = read.value;
  const imported = await importDataValues(
    ctx,
    actor,
    {
      format: "json",
      rows: cells.map((c) => ({
        dataElement: c.dataElement,
        period: c.period,
        orgUnit: c.orgUnit,
        value: c.value,
      })),
      dryRun: parsed.value.dryRun,
      strict: parsed.value.strict,
      source: `biểu mẫu ${campaignId}, đơn vị ${unit}`,
    },
    options,
  );
  if (!imported.ok) {
    // A row's issue names its cell: row i of the batch is cells[i].
    const toCell = (found: Issue): Issue => {
      const [top, index] = found.path;
      const cell = top === "dataValues" && typeof index === "number" ? cells[index] : undefined;
      return cell ? { ...found, path: [cell.sheet, cell.address] } : found;
    };
    return err(imported.errors.map(toCell));
  }
  return ok({ ...imported.value, campaignId, unit, cells: cells.length });
}
