/**
 * What an organisation adds to the packaged data: patches of the unit list (the kernel's EditionPatch
 * JSON) and catalogue additions (its own plans, targets, validation rules …), kept as JSON documents
 * and read back in the order they were added.
 */
export type DefinitionKind =
  | "edition_patch"
  | "catalog_addition"
  | "validation_rule"
  /** The rule violations a non-strict import let through, kept for follow-up (one document per run). */
  | "validation_violation";

export interface StoredDefinition {
  readonly id: string;
  readonly kind: DefinitionKind;
  /** The document as it was given (JSON). */
  readonly body: unknown;
  readonly addedBy: string;
  readonly addedAt: string;
}

export interface DefinitionStore {
  /** An id already stored is a programming error (thrown). */
  add(definition: StoredDefinition): Promise<void>;
  /** Oldest first. */
  list(kind: DefinitionKind): Promise<readonly StoredDefinition[]>;
  remove(id: string): Promise<boolean>;
}
