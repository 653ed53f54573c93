import { runStoreContract } from "@pctm/app/contract";
import { openStore } from "./open-store.js";
import { tempSqliteFiles } from "./testing/temp-sqlite.js";

const nextFile = tempSqliteFiles();

runStoreContract("SQLite", async () => {
  const opened = await openStore({ url: nextFile() });
  if (!opened.ok) throw new Error(opened.errors.map((e) => e.message).join("; "));
  return opened.value;
});
