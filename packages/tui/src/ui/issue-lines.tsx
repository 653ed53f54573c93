import type { Issue } from "@pctm/domain";
import { Text } from "ink";
import { useNav } from "./nav.js";

/** Errors as the CLI prints them: "Lỗi [CODE]: message", one per line. */
export function IssueLines({ issues }: { readonly issues: readonly Issue[] }) {
  const nav = useNav();
  return (
    <>
      {issues.map((i) => (
        <Text
          key={`${i.code}:${i.path.join(".")}:${i.message}`}
          {...(nav.color ? { color: "red" } : {})}
          wrap="wrap"
        >
          Lỗi [{i.code}]: {i.message}
        </Text>
      ))}
    </>
  );
}
