import type { AccessStore } from "./access-store.js";
import type { DataValueStore } from "./data-value-store.js";
import type { DefinitionStore } from "./definition-store.js";
import type { NarrativeStore } from "./narrative-store.js";
import type { SubmissionStore } from "./submission-store.js";

/**
 * Everything the use cases keep, as one object an adapter hands to the application layer. The
 * in-memory store, the SQLite store and the PostgreSQL store all implement it and pass the same
 * contract suite (`runStoreContract`).
 */
export interface Store {
  readonly dataValues: DataValueStore;
  readonly narratives: NarrativeStore;
  readonly submissions: SubmissionStore;
  readonly access: AccessStore;
  readonly definitions: DefinitionStore;
  /** Releases connections; the store is unusable afterwards. */
  close(): Promise<void>;
}
