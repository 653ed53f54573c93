import { Box, Text } from "ink";
import type { CampaignSummary } from "../backend.js";
import { clampIndex, isDown, isUp } from "../ui/key-match.js";
import { useNav } from "../ui/nav.js";
import type { Screen } from "../ui/screen.js";
import { useKeys } from "../ui/use-keys.js";
import { useTyping } from "../ui/use-load.js";
import { useRefState } from "../ui/use-ref-state.js";

interface MenuItem {
  readonly hotkey: string;
  readonly label: string;
  readonly open: (period: string) => Screen;
}

export interface UnitMenuProps {
  readonly campaign: CampaignSummary;
  readonly unit: string;
  readonly unitName: string;
}

/** What can be done for one unit of a campaign, and the period the figures are for. */
export function UnitMenuScreen({ campaign, unit, unitName }: UnitMenuProps) {
  const nav = useNav();
  useTyping("none");
  const periods = campaign.periods;
  const [periodIndex, setPeriodIndex, periodNow] = useRefState(Math.max(0, periods.length - 1));
  const [selected, setSelected, selectedNow] = useRefState(0);
  const period = periods[periodIndex] ?? "";
  const items: readonly MenuItem[] = [
    { hotkey: "d", label: "Nhập số liệu", open: (p) => ({ kind: "entry", campaign, unit, period: p }) },
    {
      hotkey: "t",
      label: "Mục tiêu và đánh giá",
      open: (p) => ({ kind: "targets", campaign, unit, period: p }),
    },
    ...(campaign.hasOutline
      ? [
          {
            hotkey: "n",
            label: "Thuyết minh theo đề cương",
            open: (): Screen => ({ kind: "narratives", campaign, unit }),
          },
        ]
      : []),
    {
      hotkey: "w",
      label: "Nộp, duyệt, trả lại",
      open: () => ({ kind: "workflow", campaign, unit, unitName }),
    },
    ...(campaign.hasOutline
      ? [
          {
            hotkey: "b",
            label: "Lập báo cáo",
            open: (): Screen => ({ kind: "report", campaign, unit, unitName }),
          },
        ]
      : []),
  ];
  useKeys(
    (input, key) => {
      if (isUp(input, key)) setSelected((i) => clampIndex(i - 1, items.length));
      else if (isDown(input, key)) setSelected((i) => clampIndex(i + 1, items.length));
      else if (key.leftArrow || input === "[") setPeriodIndex((i) => clampIndex(i - 1, periods.length));
      else if (key.rightArrow || input === "]") setPeriodIndex((i) => clampIndex(i + 1, periods.length));
      else if (key.return) {
        const item = items[selectedNow()];
        if (item) nav.push(item.open(periods[periodNow()] ?? ""));
      } else if (key.escape) nav.back();
      else {
        const item = items.find((x) => x.hotkey === input);
        if (item) nav.push(item.open(periods[periodNow()] ?? ""));
      }
    },
    { isActive: nav.active },
  );
  return (
    <Box flexDirection="column">
      <Text bold wrap="truncate-end">
        {unitName} ({unit}) · {campaign.id}
      </Text>
      <Text>
        Kỳ số liệu: ‹ {period} › (← → đổi kỳ; có {periods.join(", ")})
      </Text>
      <Text> </Text>
      {items.map((item, i) => (
        <Text key={item.hotkey} inverse={i === selected && nav.color}>
          {i === selected ? "› " : "  "}
          {item.hotkey} {item.label}
        </Text>
      ))}
    </Box>
  );
}
