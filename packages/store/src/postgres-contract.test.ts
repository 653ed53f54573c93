import { runStoreContract } from "@pctm/app/contract";
import { openStore } from "./open-store.js";
import { describePostgres } from "./testing/postgres-suite.js";

describePostgres("PostgreSQL store", (fresh) => {
  runStoreContract("PostgreSQL", async () => {
    const opened = await openStore(fresh());
    if (!opened.ok) throw new Error(opened.errors.map((e) => e.message).join("; "));
    return opened.value;
  });
});
