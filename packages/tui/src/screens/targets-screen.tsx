import { Box, Text } from "ink";
import { useState } from "react";
import type { CampaignSummary, TargetView } from "../backend.js";
import { clampIndex, isDown, isUp } from "../ui/key-match.js";
import { LoadGate } from "../ui/load-gate.js";
import { useNav } from "../ui/nav.js";
import { sparkline } from "../ui/sparkline.js";
import { useKeys } from "../ui/use-keys.js";
import { useLoad, useTyping } from "../ui/use-load.js";
import { WindowList } from "../ui/window-list.js";

const VERDICT_COLORS: Readonly<Record<string, string>> = {
  achieved: "green",
  exceeded: "green",
  on_track: "green",
  not_achieved: "red",
  behind_schedule: "yellow",
};

export interface TargetsProps {
  readonly campaign: CampaignSummary;
  readonly unit: string;
  readonly period: string;
}

/** The plan's targets for a unit and period: verdict, actual against expected, the years as a sparkline. */
export function TargetsScreen({ campaign, unit, period }: TargetsProps) {
  const nav = useNav();
  useTyping("none");
  const { loaded, reload } = useLoad(
    () => nav.backend.targets(campaign.id, unit, period),
    [campaign.id, unit, period],
  );
  const [selected, setSelected] = useState(0);
  const targets: readonly TargetView[] = loaded.status === "ready" ? loaded.value : [];
  useKeys(
    (input, key) => {
      if (isUp(input, key)) setSelected((i) => clampIndex(i - 1, targets.length));
      else if (isDown(input, key)) setSelected((i) => clampIndex(i + 1, targets.length));
      else if (input === "r") reload();
      else if (key.escape) nav.back();
    },
    { isActive: nav.active },
  );
  const chosen = targets[selected];
  const years = campaign.periods;
  return (
    <Box flexDirection="column">
      <Text bold wrap="truncate-end">
        Đơn vị {unit} · kỳ {period} · kế hoạch {campaign.planId}
      </Text>
      <LoadGate loaded={loaded}>
        {(list) => (
          <Box flexDirection="column">
            <Text wrap="truncate-end">
              {"  "}
              {"Mục tiêu".padEnd(12)} {"Đánh giá".padEnd(18)} {"Thực tế".padEnd(12)} {"Yêu cầu".padEnd(14)}{" "}
              {years[0]}–{years[years.length - 1]}
            </Text>
            <WindowList
              items={list}
              selected={selected}
              height={Math.max(4, nav.height - 8)}
              keyOf={(t) => t.targetId}
              empty="Kế hoạch này không đặt mục tiêu nào."
              render={(t) => (
                <Box>
                  <Text wrap="truncate-end">{t.targetId.padEnd(12).slice(0, 12)} </Text>
                  <Box width={19} flexShrink={0}>
                    <Text
                      wrap="truncate-end"
                      {...(nav.color && VERDICT_COLORS[t.verdict]
                        ? { color: VERDICT_COLORS[t.verdict] }
                        : {})}
                    >
                      {t.verdictLabel}
                    </Text>
                  </Box>
                  <Box width={13} flexShrink={0}>
                    <Text wrap="truncate-end">{t.actualText}</Text>
                  </Box>
                  <Box width={15} flexShrink={0}>
                    <Text wrap="truncate-end">{t.expectedText}</Text>
                  </Box>
                  <Text>{sparkline(t.series.map((s) => s.value))}</Text>
                </Box>
              )}
            />
            {chosen ? (
              <Box flexDirection="column" borderStyle="single" paddingX={1}>
                <Text bold wrap="truncate-end">
                  {chosen.targetId}: {chosen.title}
                </Text>
                <Text wrap="wrap">{chosen.sentence}</Text>
              </Box>
            ) : null}
          </Box>
        )}
      </LoadGate>
    </Box>
  );
}
