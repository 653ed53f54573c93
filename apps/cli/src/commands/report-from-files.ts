import {
  type AppContext,
  buildCampaignReportModel,
  type CampaignReportModel,
  LOCAL_OPERATOR,
  loadDataValueSet,
  type PatchSource,
} from "@pctm/app";
import {
  dataValueSetSchema,
  err,
  type ProgressCallback,
  parseNarratives,
  parseWith,
  type Result,
} from "@pctm/domain";
import { fileModeContext } from "../file-context.js";

export interface ReportFiles {
  readonly campaignId: string;
  readonly unit: string;
  /** The --data file's content, JSON-parsed. */
  readonly data: unknown;
  /** The --narratives file's content, JSON-parsed. */
  readonly narratives?: unknown;
  readonly asOf?: string;
  readonly signer?: string;
  readonly patches?: readonly PatchSource[];
  readonly onProgress?: ProgressCallback;
}

/**
 * The file mode of `pctm report` and `pctm demo`: the data file's rows go into a memory store and
 * the application layer builds the report from it. Issues carry the paths "data", "narratives",
 * "campaign", "date", "unit", "patch".
 */
export async function reportFromFiles(
  files: ReportFiles,
  ctx: AppContext = fileModeContext(),
): Promise<Result<CampaignReportModel>> {
  const data = parseWith(dataValueSetSchema, files.data, ["data"]);
  if (!data.ok) return data;
  const loaded = await loadDataValueSet(ctx, LOCAL_OPERATOR, data.value.dataValues);
  if (!loaded.ok) return err(loaded.errors.map((e) => ({ ...e, path: ["data", ...e.path] })));
  const narratives = files.narratives === undefined ? undefined : parseNarratives(files.narratives);
  if (narratives && !narratives.ok)
    return err(narratives.errors.map((e) => ({ ...e, path: ["narratives", ...e.path] })));
  const built = await buildCampaignReportModel(
    ctx,
    LOCAL_OPERATOR,
    {
      campaignId: files.campaignId,
      unit: files.unit,
      ...(files.asOf ? { asOf: files.asOf } : {}),
      ...(files.signer ? { signer: files.signer } : {}),
    },
    {
      allStoredValues: true,
      ...(files.patches ? { patches: files.patches } : {}),
      ...(narratives?.ok ? { narratives: narratives.value } : {}),
      ...(files.onProgress ? { onProgress: files.onProgress } : {}),
    },
  );
  if (!built.ok || !narratives?.ok) return built;
  return { ...built, warnings: [...narratives.warnings, ...built.warnings] };
}
