import { describe } from "vitest";
import { describeAccess } from "./access-contract.js";
import { describeDataValueReads } from "./audit-contract.js";
import { describeDataValueWrites } from "./data-values-contract.js";
import { describeDefinitions } from "./definitions-contract.js";
import { describeNarratives } from "./narratives-contract.js";
import { describeSubmissions } from "./submissions-contract.js";
import type { MakeStore } from "./use-store.js";

/**
 * The behaviour every Store must have, as vitest suites: call it at the top level of a test file with
 * a factory that returns a fresh, empty store (each test gets its own and closes it).
 *
 *   runStoreContract("SQLite", () => openStore({ url: tempFile() }));
 */
export function runStoreContract(name: string, makeStore: MakeStore): void {
  describe(`store contract: ${name}`, () => {
    describeDataValueWrites(makeStore);
    describeDataValueReads(makeStore);
    describeNarratives(makeStore);
    describeSubmissions(makeStore);
    describeAccess(makeStore);
    describeDefinitions(makeStore);
  });
}
