import { afterEach, beforeEach } from "vitest";
import type { Store } from "../ports/store.js";

export type MakeStore = () => Promise<Store>;

/** A fresh store for every test, closed after it; returns the accessor the tests call. */
export function useStore(makeStore: MakeStore): () => Store {
  let store: Store | undefined;
  beforeEach(async () => {
    store = await makeStore();
  });
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });
  return () => {
    if (!store) throw new Error("the store is only available inside a test");
    return store;
  };
}
