/** Text a unit wrote for one section of a campaign's outline. */
export interface NarrativeKey {
  readonly campaignId: string;
  readonly orgUnit: string;
  readonly sectionId: string;
}

export interface StoredNarrative extends NarrativeKey {
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
  /** A campaign's narratives, of one unit or of all, in no guaranteed order. */
  list(campaignId: string, orgUnit?: string): Promise<readonly StoredNarrative[]>;
  /** Paragraphs equal to the stored ones change nothing (same version, same author and time). */
  put(
    write: NarrativeWrite,
    meta: { readonly by: string; readonly at: string },
  ): Promise<NarrativeWriteResult>;
}
