import { authorise, putNarrative as putNarrativeCase } from "@pctm/app";
import { getBuiltinOutline } from "@pctm/catalog";
import { err, numberOutline, ok, type Result } from "@pctm/domain";
import type { SaveOutcome, SectionView } from "../backend.js";
import { raiseTui } from "../raise-tui.js";
import { findCampaignScope } from "./campaign-scope.js";
import type { LocalDeps } from "./local-deps.js";

/** Every section of the campaign's outline, numbered, with the text the unit wrote for it. */
export async function narratives(
  deps: LocalDeps,
  campaignId: string,
  unit: string,
): Promise<Result<readonly SectionView[]>> {
  const allowed = await authorise(deps.ctx, deps.actor, { unit, role: "viewer" });
  if (!allowed.ok) return allowed;
  const scope = await findCampaignScope(deps, campaignId);
  if (!scope.ok) return scope;
  const outlineId = scope.value.campaign.outlineId;
  const outline = outlineId ? getBuiltinOutline(outlineId) : undefined;
  if (!outline) return err(raiseTui("TUI_NO_OUTLINE", { campaign: campaignId }, ["campaign"]));
  const stored = new Map(
    (await deps.ctx.store.narratives.list(campaignId, unit)).map((n) => [n.sectionId, n] as const),
  );
  return ok(
    numberOutline(outline).map((n) => {
      const text = stored.get(n.section.id);
      return {
        sectionId: n.section.id,
        heading: `${n.number} ${n.section.title}`.trim(),
        depth: n.depth,
        paragraphs: text?.paragraphs ?? [],
        version: text?.version ?? null,
      };
    }),
  );
}

/** Saves a section through the use case; its version conflict comes back with both texts. */
export async function putNarrative(
  deps: LocalDeps,
  campaignId: string,
  unit: string,
  sectionId: string,
  paragraphs: readonly string[],
  expectedVersion: number | null,
): Promise<Result<SaveOutcome>> {
  const saved = await putNarrativeCase(deps.ctx, deps.actor, {
    campaignId,
    unit,
    sectionId,
    paragraphs: [...paragraphs],
    expectedVersion,
  });
  if (saved.ok) return ok({ kind: "saved", changed: 1 });
  if (!saved.errors.some((e) => e.code === "NARRATIVE_VERSION_CONFLICT")) return saved;
  const current = await deps.ctx.store.narratives.get({ campaignId, orgUnit: unit, sectionId });
  return ok({
    kind: "conflict",
    conflicts: [
      {
        dataElement: sectionId,
        mine: paragraphs
          .map((p) => p.trim())
          .filter((p) => p !== "")
          .join("\n"),
        theirs: current ? current.paragraphs.join("\n") : null,
        theirVersion: current?.version ?? null,
      },
    ],
  });
}
