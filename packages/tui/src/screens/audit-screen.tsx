import { Box, Text } from "ink";
import { useState } from "react";
import type { AuditRow, ValueKey } from "../backend.js";
import { clampIndex, isDown, isUp } from "../ui/key-match.js";
import { LoadGate } from "../ui/load-gate.js";
import { useNav } from "../ui/nav.js";
import { useKeys } from "../ui/use-keys.js";
import { useLoad, useTyping } from "../ui/use-load.js";
import { WindowList } from "../ui/window-list.js";
import { shortDate } from "../ui/words.js";

/** One value's history: every change, oldest first, with who, when, from what to what, and why. */
export function AuditScreen({ valueKey, name }: { readonly valueKey: ValueKey; readonly name: string }) {
  const nav = useNav();
  useTyping("none");
  const { loaded } = useLoad(() => nav.backend.audit(valueKey), [valueKey]);
  const [selected, setSelected] = useState(0);
  const rows: readonly AuditRow[] = loaded.status === "ready" ? loaded.value : [];
  useKeys(
    (input, key) => {
      if (isUp(input, key)) setSelected((i) => clampIndex(i - 1, rows.length));
      else if (isDown(input, key)) setSelected((i) => clampIndex(i + 1, rows.length));
      else if (key.escape) nav.back();
    },
    { isActive: nav.active },
  );
  return (
    <Box flexDirection="column">
      <Text bold wrap="truncate-end">
        {name} · đơn vị {valueKey.orgUnit} · kỳ {valueKey.period}
      </Text>
      <LoadGate loaded={loaded}>
        {(list) => (
          <WindowList
            items={list}
            selected={selected}
            height={nav.height - 1}
            keyOf={(r) => `${r.version}-${r.at}`}
            empty="Giá trị này chưa từng được ghi."
            render={(r) => (
              <Text wrap="truncate-end">
                {shortDate(r.at)} {r.at.slice(11, 16)} · {r.by} · {r.oldValue ?? "(trống)"} →{" "}
                {r.newValue ?? "(xoá)"} · phiên bản {r.version}
                {r.reason ? ` · ${r.reason}` : ""}
              </Text>
            )}
          />
        )}
      </LoadGate>
    </Box>
  );
}
