import { useCallback, useRef, useState } from "react";

/**
 * State whose latest value a key handler can read at once (`now()`), before React renders it:
 * keys sent together ("Down Down Enter" from a script or a fast typist) each see the one before.
 */
export function useRefState<T>(initial: T): [T, (next: T | ((previous: T) => T)) => void, () => T] {
  const [value, setValue] = useState(initial);
  const ref = useRef(initial);
  const set = useCallback((next: T | ((previous: T) => T)) => {
    ref.current = typeof next === "function" ? (next as (previous: T) => T)(ref.current) : next;
    setValue(ref.current);
  }, []);
  const now = useCallback(() => ref.current, []);
  return [value, set, now];
}
