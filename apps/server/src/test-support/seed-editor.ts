import { createAppContext, createToken, createUser, LOCAL_OPERATOR } from "@pctm/app";
import type { TestDatabase } from "./test-databases.js";

/**
 * An editor of Huế (46) and a token for it, written straight into the database (migrating it) before
 * any server starts on it. Returns the token's secret.
 */
export async function seedEditorToken(db: TestDatabase): Promise<string> {
  const store = await db.open();
  try {
    const ctx = createAppContext({ store });
    const user = await createUser(ctx, LOCAL_OPERATOR, { name: "editor", role: "editor", scopeUnit: "46" });
    if (!user.ok) throw new Error(user.errors.map((e) => e.message).join("; "));
    const token = await createToken(ctx, LOCAL_OPERATOR, { user: "editor" });
    if (!token.ok) throw new Error(token.errors.map((e) => e.message).join("; "));
    return token.value.secret;
  } finally {
    await store.close();
  }
}
