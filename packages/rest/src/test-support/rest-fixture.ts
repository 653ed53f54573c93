import type { OpenAPIHono } from "@hono/zod-openapi";
import {
  type AppContext,
  createAppContext,
  createMemoryStore,
  createToken,
  fixedClock,
  LOCAL_OPERATOR,
  type Role,
  type Store,
} from "@pctm/app";
import { createRestApp } from "../create-rest-app.js";
import type { RestEnv } from "../rest-env.js";

/** Units of the list in force on the fixture's day (1/7/2025 list): Huế, two of its communes, one of Đà Nẵng. */
export const UNITS = {
  province: "46",
  commune: "20044",
  sibling: "20056",
  elsewhere: "20275",
  /** A district of the list before 1/7/2025 (Huyện A Lưới), reporting in campaign r-000. */
  district: "481",
} as const;

export const NOW = "2026-12-05T03:00:00.000Z";

/** The people every route test asks as, each with a token. */
export const PEOPLE = {
  admin: { role: "admin", scopeUnit: null },
  provinceAdmin: { role: "admin", scopeUnit: UNITS.province },
  provinceApprover: { role: "approver", scopeUnit: UNITS.province },
  communeEditor: { role: "editor", scopeUnit: UNITS.commune },
  communeViewer: { role: "viewer", scopeUnit: UNITS.commune },
  otherEditor: { role: "editor", scopeUnit: UNITS.elsewhere },
  otherApprover: { role: "approver", scopeUnit: UNITS.elsewhere },
  districtEditor: { role: "editor", scopeUnit: UNITS.district },
  districtApprover: { role: "approver", scopeUnit: UNITS.district },
  districtViewer: { role: "viewer", scopeUnit: UNITS.district },
} as const satisfies Record<string, { role: Role; scopeUnit: string | null }>;
export type Person = keyof typeof PEOPLE;

export interface RestFixture {
  readonly app: OpenAPIHono<RestEnv>;
  readonly ctx: AppContext;
  readonly tokens: Readonly<Record<Person, string>>;
  readonly userIds: Readonly<Record<Person, string>>;
  /** A request as `person` (Authorization header set), JSON body when given. */
  call(
    person: Person | null,
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Response>;
  close(): Promise<void>;
}

/** A store for a test run: the memory store, or a real database from a factory. */
export type StoreFactory = () => Promise<Store>;

export const memoryStore: StoreFactory = async () => createMemoryStore();

export async function createRestFixture(openStore: StoreFactory = memoryStore): Promise<RestFixture> {
  const store = await openStore();
  const ctx = createAppContext({ store, clock: fixedClock(NOW) });
  const tokens = {} as Record<Person, string>;
  const userIds = {} as Record<Person, string>;
  for (const [person, spec] of Object.entries(PEOPLE) as [Person, (typeof PEOPLE)[Person]][]) {
    const id = `user-${person}`;
    await store.access.createUser({
      id,
      name: person,
      displayName: person,
      role: spec.role,
      scopeUnit: spec.scopeUnit,
      createdAt: NOW,
    });
    const created = await createToken(ctx, LOCAL_OPERATOR, { user: id, label: "test" });
    if (!created.ok)
      throw new Error(`token for ${person}: ${created.errors.map((e) => e.message).join("; ")}`);
    tokens[person] = created.value.secret;
    userIds[person] = id;
  }
  // A test must see an unforeseen failure, not only its 500.
  const app = createRestApp({ ctx, onUnexpectedError: (error) => console.error(error) });
  const call: RestFixture["call"] = (person, method, path, body, headers = {}) => {
    const init: RequestInit = { method, headers: { ...headers } };
    const all = init.headers as Record<string, string>;
    if (person) all.authorization = `Bearer ${tokens[person]}`;
    if (body !== undefined) {
      all["content-type"] ??= "application/json";
      init.body =
        typeof body === "string" || body instanceof Uint8Array
          ? (body as RequestInit["body"])
          : JSON.stringify(body);
    }
    return Promise.resolve(app.request(path, init));
  };
  return { app, ctx, tokens, userIds, call, close: () => store.close() };
}

/** A response's JSON body, loosely typed for assertions. */
// biome-ignore lint/suspicious/noExplicitAny: tests assert on answers of many shapes.
export async function bodyOf(res: Response): Promise<any> {
  return res.json();
}
