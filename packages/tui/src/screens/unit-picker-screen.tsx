import { Box, Text } from "ink";
import { useMemo, useState } from "react";
import type { CampaignSummary, UnitNode } from "../backend.js";
import { clampIndex, isDown, isUp } from "../ui/key-match.js";
import { LoadGate } from "../ui/load-gate.js";
import { useNav } from "../ui/nav.js";
import { TextField, textEditOf } from "../ui/text-field.js";
import { searchRows, visibleRows } from "../ui/tree-rows.js";
import { useKeys } from "../ui/use-keys.js";
import { useLoad, useTyping } from "../ui/use-load.js";
import { useRefState } from "../ui/use-ref-state.js";
import { WindowList } from "../ui/window-list.js";

/** The unit list as a tree (→ opens a branch, ← closes it) with type-to-search without diacritics. */
export function UnitPickerScreen({ campaign }: { readonly campaign: CampaignSummary }) {
  const nav = useNav();
  const { loaded } = useLoad(() => nav.backend.unitTree(campaign.id), [campaign.id]);
  const nodes: readonly UnitNode[] = loaded.status === "ready" ? loaded.value : [];
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [searching, setSearching, searchingNow] = useRefState(false);
  const [query, setQuery] = useState("");
  const [selected, setSelected, selectedNow] = useRefState(0);
  useTyping(searching ? "text" : "none");
  const rows = useMemo(() => {
    if (searching && query.trim() !== "") return searchRows(nodes, query);
    // The roots start open: a province's districts show at once.
    const open = new Set(expanded);
    for (const n of nodes) if (n.depth === 0 && !expanded.has(`-${n.code}`)) open.add(n.code);
    return visibleRows(nodes, open);
  }, [nodes, expanded, searching, query]);

  const pick = (node: UnitNode) => {
    nav.back();
    nav.push({ kind: "unit", campaign, unit: node.code, unitName: node.name });
  };
  const toggle = (code: string, depth: number, open: boolean) =>
    setExpanded((s) => {
      const next = new Set(s);
      // A root is open unless marked closed ("-code"); other nodes are closed unless listed.
      if (depth === 0) {
        if (open) next.delete(`-${code}`);
        else next.add(`-${code}`);
      } else if (open) next.add(code);
      else next.delete(code);
      return next;
    });

  useKeys(
    (input, key) => {
      const searching = searchingNow();
      const row = rows[selectedNow()];
      if (key.upArrow || (!searching && isUp(input, key))) setSelected((i) => clampIndex(i - 1, rows.length));
      else if (key.downArrow || (!searching && isDown(input, key)))
        setSelected((i) => clampIndex(i + 1, rows.length));
      else if (key.return) {
        if (row) pick(row.node);
      } else if (key.escape) {
        if (searching) {
          setSearching(false);
          setQuery("");
          setSelected(0);
        } else nav.back();
      } else if (searching) {
        const edit = textEditOf(input, key);
        if (edit) {
          setQuery(edit);
          setSelected(0);
        }
      } else if (input === "/") {
        setSearching(true);
        setSelected(0);
      } else if ((key.rightArrow || input === "l") && row?.hasChildren)
        toggle(row.node.code, row.node.depth, true);
      else if ((key.leftArrow || input === "h") && row) {
        if (row.hasChildren) toggle(row.node.code, row.node.depth, false);
        else {
          // On a leaf, ← goes to its parent.
          const parent = rows.findIndex((r) => r.node.code === row.node.parentCode);
          if (parent >= 0) setSelected(parent);
        }
      }
    },
    { isActive: nav.active },
  );

  return (
    <Box flexDirection="column">
      <Box>
        <Text>Tìm (/): </Text>
        <TextField
          value={query}
          focus={searching && nav.active}
          placeholder="nhấn / rồi gõ tên, không dấu cũng được"
        />
      </Box>
      <LoadGate loaded={loaded}>
        {() => (
          <WindowList
            items={rows}
            selected={selected}
            height={nav.height - 1}
            keyOf={(r) => r.node.code}
            empty={searching ? "Không có đơn vị nào khớp." : "Không có đơn vị."}
            render={(r) => (
              <Text wrap="truncate-end">
                {"  ".repeat(searching ? 0 : r.node.depth)}
                {r.hasChildren ? (rows.some((x) => x.node.parentCode === r.node.code) ? "▾ " : "▸ ") : "  "}
                {r.node.name} ({r.node.code})
              </Text>
            )}
          />
        )}
      </LoadGate>
    </Box>
  );
}
