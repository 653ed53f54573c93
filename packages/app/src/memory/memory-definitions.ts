import type { DefinitionStore, StoredDefinition } from "../ports/definition-store.js";

export function createMemoryDefinitions(): DefinitionStore {
  const definitions: StoredDefinition[] = [];
  return {
    async add(definition) {
      if (definitions.some((d) => d.id === definition.id)) {
        throw new Error(`definition ${definition.id} is already stored`);
      }
      // Kept as JSON, as a database would: what is read back is a copy, not the caller's object.
      definitions.push({ ...definition, body: JSON.parse(JSON.stringify(definition.body)) });
    },
    async list(kind) {
      return definitions
        .filter((d) => d.kind === kind)
        .map((d) => ({ ...d, body: JSON.parse(JSON.stringify(d.body)) }));
    },
    async remove(id) {
      const at = definitions.findIndex((d) => d.id === id);
      if (at < 0) return false;
      definitions.splice(at, 1);
      return true;
    },
  };
}
