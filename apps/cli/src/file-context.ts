import { type AppContext, createAppContext, createMemoryStore } from "@pctm/app";

/**
 * The application context of the file mode: an in-memory store the command fills from the files it
 * was given, so the same use cases run on files as on the database.
 */
export function fileModeContext(): AppContext {
  return createAppContext({ store: createMemoryStore() });
}
