import type { Store } from "../ports/store.js";
import { createMemoryAccess } from "./memory-access.js";
import { createMemoryDataValues } from "./memory-data-values.js";
import { createMemoryDefinitions } from "./memory-definitions.js";
import { createMemoryNarratives } from "./memory-narratives.js";
import { createMemorySubmissions } from "./memory-submissions.js";

/**
 * Every port in memory: for tests, and for the CLI's file mode (`--data file.json` is loaded into it).
 * Each call is synchronous inside, so a batch is atomic by construction; nothing survives the process.
 */
export function createMemoryStore(): Store {
  return {
    dataValues: createMemoryDataValues(),
    narratives: createMemoryNarratives(),
    submissions: createMemorySubmissions(),
    access: createMemoryAccess(),
    definitions: createMemoryDefinitions(),
    async close() {},
  };
}
