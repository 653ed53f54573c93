import { Box, Text } from "ink";
import type { CampaignSummary } from "../backend.js";
import { clampIndex, isDown, isUp } from "../ui/key-match.js";
import { LoadGate } from "../ui/load-gate.js";
import { useNav } from "../ui/nav.js";
import { useKeys } from "../ui/use-keys.js";
import { useLoad, useTyping } from "../ui/use-load.js";
import { useRefState } from "../ui/use-ref-state.js";
import { WindowList } from "../ui/window-list.js";

/** The first screen: every campaign; Enter opens one. */
export function CampaignsScreen() {
  const nav = useNav();
  useTyping("none");
  const { loaded } = useLoad(() => nav.backend.listCampaigns(), []);
  const [selected, setSelected, selectedNow] = useRefState(0);
  const campaigns: readonly CampaignSummary[] = loaded.status === "ready" ? loaded.value : [];
  useKeys(
    (input, key) => {
      if (isUp(input, key)) setSelected((i) => clampIndex(i - 1, campaigns.length));
      else if (isDown(input, key)) setSelected((i) => clampIndex(i + 1, campaigns.length));
      else if (key.return) {
        const campaign = campaigns[selectedNow()];
        if (campaign) nav.push({ kind: "campaign", campaign });
      } else if (key.escape) nav.back();
    },
    { isActive: nav.active },
  );
  return (
    <Box flexDirection="column">
      <Text>Chọn đợt báo cáo (Enter để mở):</Text>
      <LoadGate loaded={loaded}>
        {(list) => (
          <WindowList
            items={list}
            selected={selected}
            height={nav.height - 1}
            keyOf={(c) => c.id}
            empty="Chưa có đợt báo cáo nào."
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
