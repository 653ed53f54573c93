import type { Issue } from "@pctm/domain";
import { Box, Text } from "ink";
import { useState } from "react";
import type { CampaignSummary, SubmissionView, WorkflowAction } from "../backend.js";
import { ConfirmBar } from "../ui/confirm-bar.js";
import { IssueLines } from "../ui/issue-lines.js";
import { LoadGate } from "../ui/load-gate.js";
import { useNav } from "../ui/nav.js";
import { TextField } from "../ui/text-field.js";
import { useKeys } from "../ui/use-keys.js";
import { useLoad, useTyping } from "../ui/use-load.js";
import { ACTION_WORDS, SUBMISSION_STATE_WORDS, shortDate } from "../ui/words.js";

export interface WorkflowProps {
  readonly campaign: CampaignSummary;
  readonly unit: string;
  readonly unitName: string;
}

type Mode =
  | { readonly kind: "idle" }
  | { readonly kind: "reason"; readonly text: string }
  | { readonly kind: "confirm"; readonly action: WorkflowAction; readonly reason?: string }
  | { readonly kind: "discard-reason"; readonly text: string }
  | { readonly kind: "busy" };

/** A unit's submission: its state and history; s submits, a approves, t returns with a reason. */
export function WorkflowScreen({ campaign, unit, unitName }: WorkflowProps) {
  const nav = useNav();
  const { loaded, reload } = useLoad(() => nav.backend.submission(campaign.id, unit), [campaign.id, unit]);
  const [mode, setMode] = useState<Mode>({ kind: "idle" });
  const [failure, setFailure] = useState<readonly Issue[]>([]);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  useTyping(mode.kind === "reason" || mode.kind === "discard-reason" ? "text" : "none");

  const act = async (action: WorkflowAction, reason?: string) => {
    setMode({ kind: "busy" });
    const result = await nav.backend.transition(campaign.id, unit, action, reason);
    setMode({ kind: "idle" });
    if (!result.ok) {
      setFailure(result.errors);
      setNotice(undefined);
      return;
    }
    setFailure([]);
    setNotice(`Đã ${ACTION_WORDS[action]}: nay ${SUBMISSION_STATE_WORDS[result.value.state].toLowerCase()}.`);
    reload();
  };

  useKeys(
    (input, key) => {
      if (mode.kind === "reason") {
        if (key.return && mode.text.trim() !== "")
          setMode({ kind: "confirm", action: "return", reason: mode.text });
        else if (key.escape) {
          if (mode.text.trim() === "") setMode({ kind: "idle" });
          else setMode({ kind: "discard-reason", text: mode.text });
        }
        return;
      }
      if (mode.kind !== "idle") return;
      if (input === "s") setMode({ kind: "confirm", action: "submit" });
      else if (input === "a") setMode({ kind: "confirm", action: "approve" });
      else if (input === "t") setMode({ kind: "reason", text: "" });
      else if (key.escape) nav.back();
    },
    { isActive: nav.active },
  );

  return (
    <Box flexDirection="column">
      <Text bold wrap="truncate-end">
        {unitName} ({unit}) · {campaign.id}
      </Text>
      <LoadGate loaded={loaded}>
        {(v: SubmissionView) => (
          <Box flexDirection="column">
            <Text>Trạng thái: {SUBMISSION_STATE_WORDS[v.state]}</Text>
            <Text> </Text>
            <Text>Lịch sử:</Text>
            {v.history.length === 0 ? <Text> (chưa có)</Text> : null}
            {v.history.slice(-Math.max(3, nav.height - 12)).map((h) => (
              <Text key={`${h.at}-${h.state}`} wrap="truncate-end">
                {"  "}
                {shortDate(h.at)} {h.at.slice(11, 16)} · {SUBMISSION_STATE_WORDS[h.state]} · {h.by}
                {h.reason ? ` · lý do: ${h.reason}` : ""}
              </Text>
            ))}
            <Text> </Text>
            <Text>s: nộp · a: duyệt · t: trả lại (kèm lý do)</Text>
          </Box>
        )}
      </LoadGate>
      {mode.kind === "reason" ? (
        <Box>
          <Text>Lý do trả lại: </Text>
          <TextField
            value={mode.text}
            focus={nav.active}
            onEdit={(edit) =>
              setMode((m) => (m.kind === "reason" ? { kind: "reason", text: edit(m.text) } : m))
            }
          />
        </Box>
      ) : null}
      {mode.kind === "confirm" ? (
        <ConfirmBar
          question={
            mode.action === "return"
              ? `Trả lại báo cáo của ${unitName} với lý do “${mode.reason}”?`
              : `${ACTION_WORDS[mode.action] === "nộp" ? "Nộp" : "Duyệt"} báo cáo của ${unitName}?`
          }
          onYes={() => void act(mode.action, mode.reason)}
          onNo={() =>
            setMode(mode.action === "return" ? { kind: "reason", text: mode.reason ?? "" } : { kind: "idle" })
          }
        />
      ) : null}
      {mode.kind === "discard-reason" ? (
        <ConfirmBar
          question="Bỏ lý do đang gõ?"
          onYes={() => setMode({ kind: "idle" })}
          onNo={() => setMode({ kind: "reason", text: mode.text })}
        />
      ) : null}
      {mode.kind === "busy" ? <Text>Đang gửi…</Text> : null}
      {notice ? <Text>{notice}</Text> : null}
      <IssueLines issues={failure} />
    </Box>
  );
}
