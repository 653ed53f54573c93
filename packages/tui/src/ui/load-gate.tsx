import { Text } from "ink";
import type { ReactNode } from "react";
import { IssueLines } from "./issue-lines.js";
import type { Loaded } from "./use-load.js";

/** "Đang tải…", the errors, or the screen's body once its data is there. */
export function LoadGate<T>({
  loaded,
  children,
}: {
  readonly loaded: Loaded<T>;
  readonly children: (value: T) => ReactNode;
}) {
  if (loaded.status === "loading") return <Text>Đang tải…</Text>;
  if (loaded.status === "failed") return <IssueLines issues={loaded.issues} />;
  return <>{children(loaded.value)}</>;
}
