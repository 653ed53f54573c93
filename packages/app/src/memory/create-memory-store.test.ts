import { runStoreContract } from "../contract/index.js";
import { createMemoryStore } from "./create-memory-store.js";

runStoreContract("memory", async () => createMemoryStore());
