import type { Issue } from "@pctm/domain";
import { Box, Text } from "ink";
import { useState } from "react";
import type { CampaignSummary } from "../backend.js";
import { IssueLines } from "../ui/issue-lines.js";
import { useNav } from "../ui/nav.js";
import { progressBar } from "../ui/progress-bar.js";
import { useKeys } from "../ui/use-keys.js";
import { useTyping } from "../ui/use-load.js";

const FORMATS = [
  { id: "docx", key: "d", label: "DOCX (Word)" },
  { id: "html", key: "h", label: "HTML" },
  { id: "md", key: "m", label: "Markdown" },
] as const;

export interface ReportProps {
  readonly campaign: CampaignSummary;
  readonly unit: string;
  readonly unitName: string;
}

type State =
  | { readonly kind: "choose" }
  | { readonly kind: "running"; readonly fraction: number; readonly label: string }
  | { readonly kind: "done"; readonly path: string }
  | { readonly kind: "failed"; readonly issues: readonly Issue[] };

/** Renders the unit's report in the chosen format with a progress bar, then shows the file's path. */
export function ReportScreen({ campaign, unit, unitName }: ReportProps) {
  const nav = useNav();
  useTyping("none");
  const [format, setFormat] = useState(0);
  const [state, setState] = useState<State>({ kind: "choose" });
  const chosen = FORMATS[format] ?? FORMATS[0];

  const run = async () => {
    setState({ kind: "running", fraction: 0, label: "Bắt đầu" });
    const result = await nav.backend.renderReport(campaign.id, unit, chosen.id, (fraction, label) =>
      setState({ kind: "running", fraction, label }),
    );
    setState(
      result.ok ? { kind: "done", path: result.value.path } : { kind: "failed", issues: result.errors },
    );
  };

  useKeys(
    (input, key) => {
      if (state.kind === "running") return;
      if (key.leftArrow) setFormat((f) => (f + FORMATS.length - 1) % FORMATS.length);
      else if (key.rightArrow) setFormat((f) => (f + 1) % FORMATS.length);
      else if (key.return) void run();
      else if (key.escape) nav.back();
      else {
        const k = FORMATS.findIndex((f) => f.key === input);
        if (k >= 0) setFormat(k);
      }
    },
    { isActive: nav.active },
  );
  const barWidth = Math.max(20, Math.min(60, nav.width - 30));
  return (
    <Box flexDirection="column">
      <Text bold wrap="truncate-end">
        Báo cáo của {unitName} ({unit}) · {campaign.id}
      </Text>
      <Text>
        Định dạng: {FORMATS.map((f, i) => (i === format ? `[${f.label}]` : ` ${f.label} `)).join("  ")}
      </Text>
      <Text>Enter: lập báo cáo</Text>
      <Text> </Text>
      {state.kind === "running" ? (
        <Box flexDirection="column">
          <Text>{progressBar(state.fraction, barWidth)}</Text>
          <Text wrap="truncate-end">{state.label}</Text>
        </Box>
      ) : null}
      {state.kind === "done" ? (
        <Box flexDirection="column">
          <Text>{progressBar(1, barWidth)}</Text>
          <Text>Đã lập báo cáo:</Text>
          <Text wrap="wrap">{state.path}</Text>
        </Box>
      ) : null}
      {state.kind === "failed" ? <IssueLines issues={state.issues} /> : null}
    </Box>
  );
}
