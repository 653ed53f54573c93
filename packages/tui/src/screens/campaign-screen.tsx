import { Box, Text } from "ink";
import type { CampaignStatusView, CampaignSummary, UnitStatus } from "../backend.js";
import { clampIndex, isDown, isUp } from "../ui/key-match.js";
import { LoadGate } from "../ui/load-gate.js";
import { useNav } from "../ui/nav.js";
import { useKeys } from "../ui/use-keys.js";
import { useLoad, useTyping } from "../ui/use-load.js";
import { useRefState } from "../ui/use-ref-state.js";
import { WindowList } from "../ui/window-list.js";
import { daysLeftText, shortDate, UNIT_STATUS_WORDS } from "../ui/words.js";

const STATUS_COLORS: Readonly<Record<UnitStatus, string>> = {
  submitted: "cyan",
  late: "yellow",
  missing: "red",
  approved: "green",
  returned: "magenta",
};

/** A campaign: its deadlines with the working days left, and each unit's status. */
export function CampaignScreen({ campaign }: { readonly campaign: CampaignSummary }) {
  const nav = useNav();
  useTyping("none");
  const { loaded, reload } = useLoad(() => nav.backend.campaignStatus(campaign.id), [campaign.id]);
  const [selected, setSelected, selectedNow] = useRefState(0);
  const view: CampaignStatusView | undefined = loaded.status === "ready" ? loaded.value : undefined;
  const units = view?.units ?? [];
  useKeys(
    (input, key) => {
      if (isUp(input, key)) setSelected((i) => clampIndex(i - 1, units.length));
      else if (isDown(input, key)) setSelected((i) => clampIndex(i + 1, units.length));
      else if (key.return) {
        const unit = units[selectedNow()];
        if (unit) nav.push({ kind: "unit", campaign, unit: unit.code, unitName: unit.name });
      } else if (input === "/") nav.push({ kind: "units", campaign });
      else if (input === "r") reload();
      else if (key.escape) nav.back();
    },
    { isActive: nav.active },
  );
  return (
    <Box flexDirection="column">
      <Text bold wrap="truncate-end">
        {campaign.id} · {campaign.title}
      </Text>
      <LoadGate loaded={loaded}>
        {(v) => (
          <Box flexDirection="column">
            <Text>Hạn báo cáo (tính đến {shortDate(v.asOf)}, không kể cuối tuần và ngày lễ):</Text>
            {v.deadlines.map((d) => (
              <Text key={d.id} wrap="truncate-end">
                {"  "}
                {shortDate(d.date)} · {daysLeftText(d.workingDaysLeft, d.overdue)} · {d.from} → {d.to}
              </Text>
            ))}
            <Text> </Text>
            <Text>Đơn vị ({v.units.length}) — Enter mở, / tìm đơn vị khác:</Text>
            <WindowList
              items={v.units}
              selected={selected}
              height={Math.max(4, nav.height - v.deadlines.length - 5)}
              keyOf={(u) => u.code}
              empty="Kế hoạch không có đơn vị trực thuộc; nhấn / để chọn đơn vị."
              render={(u) => (
                <Box>
                  <Box width={14} flexShrink={0}>
                    <Text {...(nav.color ? { color: STATUS_COLORS[u.status] } : {})}>
                      [{UNIT_STATUS_WORDS[u.status]}]
                    </Text>
                  </Box>
                  <Text wrap="truncate-end">
                    {u.name} ({u.code})
                  </Text>
                </Box>
              )}
            />
          </Box>
        )}
      </LoadGate>
    </Box>
  );
}
