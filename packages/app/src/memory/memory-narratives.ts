import type {
  NarrativeKey,
  NarrativeStore,
  NarrativeWrite,
  NarrativeWriteResult,
  StoredNarrative,
} from "../ports/narrative-store.js";

function narrativeId(key: NarrativeKey): string {
  return JSON.stringify([key.campaignId, key.orgUnit, key.sectionId, key.agency ?? ""]);
}

function sameParagraphs(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((p, i) => p === b[i]);
}

export function createMemoryNarratives(): NarrativeStore {
  const narratives = new Map<string, StoredNarrative>();
  return {
    async get(key) {
      return narratives.get(narrativeId(key));
    },
    async list(campaignId, orgUnit) {
      return [...narratives.values()].filter(
        (n) => n.campaignId === campaignId && (orgUnit === undefined || n.orgUnit === orgUnit),
      );
    },
    async put(write: NarrativeWrite, meta): Promise<NarrativeWriteResult> {
      const id = narrativeId(write);
      const before = narratives.get(id);
      const actualVersion = before ? before.version : null;
      if (write.expectedVersion !== undefined && write.expectedVersion !== actualVersion) {
        return { ok: false, actualVersion };
      }
      if (before && sameParagraphs(before.paragraphs, write.paragraphs))
        return { ok: true, narrative: before };
      const narrative: StoredNarrative = {
        campaignId: write.campaignId,
        orgUnit: write.orgUnit,
        sectionId: write.sectionId,
        agency: write.agency ?? "",
        paragraphs: [...write.paragraphs],
        updatedBy: meta.by,
        updatedAt: meta.at,
        version: (actualVersion ?? 0) + 1,
      };
      narratives.set(id, narrative);
      return { ok: true, narrative };
    },
  };
}
