/**
 * Text written for one section of a campaign's outline, by a unit or — for the same unit and section —
 * by a department that is not an administrative unit (`agency`, e.g. "Sở Lao động - Thương binh và Xã
 * hội"); several agencies may write for one section.
 */
export interface NarrativeKey {
  readonly campaignId: string;
  readonly orgUnit: string;
  readonly sectionId: string;
  /** Who wrote it when not the unit itself; absent or "" = the unit's own text. */
  readonly agency?: string;
}

export interface StoredNarrative extends NarrativeKey {
  /** "" for the unit's own text. */
  readonly agency: string;
  /** NFC paragraphs, in order. */
  readonly paragraphs: readonly string[];
  readonly updatedBy: string;
  readonly updatedAt: string;
  readonly version: number;
}

export interface NarrativeWrite extends NarrativeKey {
  readonly paragraphs: readonly string[];
  /** As for data values: undefined = any, null = must not exist, n = must be version n. */
  readonly expectedVersion?: number | null;
}

export type NarrativeWriteResult =
  | { readonly ok: true; readonly narrative: StoredNarrative }
  | { readonly ok: false; readonly actualVersion: number | null };

export interface NarrativeStore {
  get(key: NarrativeKey): Promise<StoredNarrative | undefined>;
  /** A campaign's narratives (every agency's), of one unit or of all, in no guaranteed order. */
  list(campaignId: string, orgUnit?: string): Promise<readonly StoredNarrative[]>;
  /** Paragraphs equal to the stored ones change nothing (same version, same author and time). */
  put(
    write: NarrativeWrite,
    meta: { readonly by: string; readonly at: string },
  ): Promise<NarrativeWriteResult>;
}
