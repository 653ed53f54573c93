import { ok, parseWith, type Result } from "@pctm/domain";
import { z } from "zod";
import type { AppContext } from "../context.js";
import type { Actor } from "../ports/actor.js";
import { formatDataValuesCsv, formatDataValuesJson } from "./format-data-values.js";
import { selectStoredValues } from "./select-stored-values.js";

export const exportDataValuesInputSchema = z.object({
  orgUnit: z.string().min(1).optional(),
  children: z.boolean().default(false),
  period: z.string().min(1).optional(),
  dataElement: z.string().min(1).optional(),
  format: z.enum(["json", "csv"]).default("json"),
});
export type ExportDataValuesInput = z.input<typeof exportDataValuesInputSchema>;

export interface ExportDataValuesOutput {
  readonly format: "json" | "csv";
  readonly count: number;
  /** The file's text: JSON dataValueSets or CSV with a header row, both readable by importDataValues. */
  readonly content: string;
}

/** The stored values of a unit (and the units under it), a period and a data element, as a file. */
export async function exportDataValues(
  ctx: AppContext,
  actor: Actor,
  input: unknown,
): Promise<Result<ExportDataValuesOutput>> {
  const parsed = parseWith(exportDataValuesInputSchema, input);
  if (!parsed.ok) return parsed;
  const request = parsed.value;
  const selected = await selectStoredValues(ctx, actor, request);
  if (!selected.ok) return selected;
  const { values } = selected.value;
  const content = request.format === "csv" ? formatDataValuesCsv(values) : formatDataValuesJson(values);
  return ok({ format: request.format, count: values.length, content });
}
