import { authorise } from "@pctm/app";
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
  const scope = findCampaignScope(deps, campaignId);
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

export async function putNarrative(
  deps: LocalDeps,
  campaignId: string,
  unit: string,
  sectionId: string,
  paragraphs: readonly string[],
  expectedVersion: number | null,
): Promise<Result<SaveOutcome>> {
  const allowed = await authorise(deps.ctx, deps.actor, { unit, role: "editor" });
  if (!allowed.ok) return allowed;
  const clean = paragraphs.map((p) => p.normalize("NFC").trim()).filter((p) => p !== "");
  const result = await deps.ctx.store.narratives.put(
    { campaignId, orgUnit: unit, sectionId, paragraphs: clean, expectedVersion },
    { by: deps.actor.userId, at: deps.ctx.clock.now() },
  );
  if (result.ok) return ok({ kind: "saved", changed: 1 });
  const current = await deps.ctx.store.narratives.get({ campaignId, orgUnit: unit, sectionId });
  return ok({
    kind: "conflict",
    conflicts: [
      {
        dataElement: sectionId,
        mine: clean.join("\n"),
        theirs: current ? current.paragraphs.join("\n") : null,
        theirVersion: result.actualVersion,
      },
    ],
  });
}
