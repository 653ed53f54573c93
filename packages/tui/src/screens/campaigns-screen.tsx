import { foldDiacritics } from "@pctm/domain";
import { Box, Text } from "ink";
import { useMemo, useState } from "react";
import type { CampaignSummary } from "../backend.js";
import { clampIndex, isDown, isUp } from "../ui/key-match.js";
import { LoadGate } from "../ui/load-gate.js";
import { useNav } from "../ui/nav.js";
import { TextField, textEditOf } from "../ui/text-field.js";
import { useKeys } from "../ui/use-keys.js";
import { useLoad, useTyping } from "../ui/use-load.js";
import { useRefState } from "../ui/use-ref-state.js";
import { WindowList } from "../ui/window-list.js";

/** The campaigns whose id or title contains the query, without diacritics ("tong ket" finds "Tổng kết"). */
export function filterCampaigns(
  campaigns: readonly CampaignSummary[],
  query: string,
): readonly CampaignSummary[] {
  const folded = foldDiacritics(query).trim();
  if (folded === "") return campaigns;
  return campaigns.filter((c) => foldDiacritics(`${c.id} ${c.title}`).includes(folded));
}

/** The first screen: every campaign; `/` filters them, Enter opens one. */
export function CampaignsScreen() {
  const nav = useNav();
  const { loaded } = useLoad(() => nav.backend.listCampaigns(), []);
  const [selected, setSelected, selectedNow] = useRefState(0);
  const [searching, setSearching, searchingNow] = useRefState(false);
  const [query, setQuery] = useState("");
  useTyping(searching ? "text" : "none");
  const all: readonly CampaignSummary[] = loaded.status === "ready" ? loaded.value : [];
  const campaigns = useMemo(() => filterCampaigns(all, query), [all, query]);
  useKeys(
    (input, key) => {
      const typing = searchingNow();
      if (key.upArrow || (!typing && isUp(input, key)))
        setSelected((i) => clampIndex(i - 1, campaigns.length));
      else if (key.downArrow || (!typing && isDown(input, key)))
        setSelected((i) => clampIndex(i + 1, campaigns.length));
      else if (key.return) {
        const campaign = campaigns[selectedNow()];
        if (campaign) nav.push({ kind: "campaign", campaign });
      } else if (key.escape) {
        if (typing) {
          setSearching(false);
          setQuery("");
          setSelected(0);
        } else nav.back();
      } else if (typing) {
        const edit = textEditOf(input, key);
        if (edit) {
          setQuery(edit);
          setSelected(0);
        }
      } else if (input === "/") setSearching(true);
    },
    { isActive: nav.active },
  );
  return (
    <Box flexDirection="column">
      <Box>
        <Text>Chọn đợt báo cáo (Enter để mở) · Tìm (/): </Text>
        <TextField value={query} focus={searching && nav.active} placeholder="nhấn / rồi gõ" />
      </Box>
      <LoadGate loaded={loaded}>
        {() => (
          <WindowList
            items={campaigns}
            selected={selected}
            height={nav.height - 1}
            keyOf={(c) => c.id}
            empty={searching ? "Không có đợt báo cáo nào khớp." : "Chưa có đợt báo cáo nào."}
            render={(c) => (
              <Text wrap="truncate-end">
                {c.id} {c.title} ({c.periods[0]}–{c.periods[c.periods.length - 1]})
              </Text>
            )}
          />
        )}
      </LoadGate>
    </Box>
  );
}
