import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  type Actor,
  type AppContext,
  createAppContext,
  createMemoryStore,
  createToken,
  fixedClock,
  LOCAL_OPERATOR,
  type Role,
} from "@pctm/app";
import { createRestApp } from "@pctm/rest";
import type { TuiBackend } from "../backend.js";
import { createLocalBackend } from "../local/local-backend.js";
import { createRestBackend } from "../rest/rest-backend.js";
import { TEST_INSTANT } from "./harness.js";

export const BACK_ENDS = ["local", "rest"] as const;
export type BackEndKind = (typeof BACK_ENDS)[number];

export interface BackEndUnderTest {
  readonly backend: TuiBackend;
  readonly ctx: AppContext;
  readonly reportDir: string;
  /** The same store as someone else: another back end of the same kind, for conflicts. */
  readonly other: TuiBackend;
  remove(): void;
}

/**
 * A back end of either kind on a fresh in-memory store and the fixed test clock, acting as one person
 * (`role` over `scopeUnit`): locally as that actor, over REST with that person's token against the real
 * service, called in this process through its fetch handler (no port).
 */
export async function backEndOf(
  kind: BackEndKind,
  role: Role,
  scopeUnit: string | null,
): Promise<BackEndUnderTest> {
  const store = createMemoryStore();
  const ctx = createAppContext({ store, clock: fixedClock(TEST_INSTANT) });
  const reportDir = mkdtempSync(join(tmpdir(), `pctm-tui-${kind}-`));
  const remove = () => rmSync(reportDir, { recursive: true, force: true });
  const people: Actor[] = [
    { userId: "u-operator", role, scopeUnit },
    { userId: "u-other", role: "editor", scopeUnit },
  ];
  for (const person of people) {
    await store.access.createUser({
      id: person.userId,
      name: person.userId,
      displayName: person.userId,
      role: person.role,
      scopeUnit: person.scopeUnit,
      createdAt: "2026-12-01T00:00:00.000Z",
    });
  }
  if (kind === "local") {
    const [me, other] = people.map((actor) => createLocalBackend({ ctx, actor: actor as Actor, reportDir }));
    return { backend: me as TuiBackend, other: other as TuiBackend, ctx, reportDir, remove };
  }
  const app = createRestApp({ ctx });
  const backends: TuiBackend[] = [];
  for (const person of people) {
    const token = await createToken(ctx, LOCAL_OPERATOR, { user: person.userId, label: "tui" });
    if (!token.ok) throw new Error(token.errors[0]?.message);
    backends.push(
      createRestBackend({
        baseUrl: "http://service.test",
        token: token.value.secret,
        reportDir,
        fetch: (request) => Promise.resolve(app.request(request)),
      }),
    );
  }
  return { backend: backends[0] as TuiBackend, other: backends[1] as TuiBackend, ctx, reportDir, remove };
}
