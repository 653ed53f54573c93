import type { Issue } from "@pctm/domain";
import { Box, Text } from "ink";
import { useState } from "react";
import type { CampaignSummary, Conflict, SectionView } from "../backend.js";
import { ConfirmBar } from "../ui/confirm-bar.js";
import { IssueLines } from "../ui/issue-lines.js";
import { clampIndex, isCtrl, isDown, isUp } from "../ui/key-match.js";
import { LoadGate } from "../ui/load-gate.js";
import { useNav } from "../ui/nav.js";
import { TextField, textEditOf } from "../ui/text-field.js";
import { useKeys } from "../ui/use-keys.js";
import { useLoad, useTyping } from "../ui/use-load.js";
import { WindowList } from "../ui/window-list.js";

export interface NarrativesProps {
  readonly campaign: CampaignSummary;
  readonly unit: string;
}

interface Draft {
  readonly section: SectionView;
  readonly paragraphs: readonly string[];
  /** The version saved against (a conflict's "overwrite" moves it to the stored one). */
  readonly version: number | null;
  readonly line: number;
}

type Mode = "list" | "edit" | "confirm-save" | "confirm-discard" | "saving";

function sameText(a: readonly string[], b: readonly string[]): boolean {
  const clean = (x: readonly string[]) => x.map((p) => p.trim()).filter((p) => p !== "");
  return JSON.stringify(clean(a)) === JSON.stringify(clean(b));
}

/** The outline's sections, each with the unit's text; Enter edits a section paragraph by paragraph. */
export function NarrativesScreen({ campaign, unit }: NarrativesProps) {
  const nav = useNav();
  const { loaded, reload } = useLoad(() => nav.backend.narratives(campaign.id, unit), [campaign.id, unit], {
    reloadOnTop: false,
  });
  const [selected, setSelected] = useState(0);
  const [mode, setMode] = useState<Mode>("list");
  const [draft, setDraft] = useState<Draft | undefined>(undefined);
  const [conflict, setConflict] = useState<Conflict | undefined>(undefined);
  const [failure, setFailure] = useState<readonly Issue[]>([]);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  useTyping(mode === "list" ? "none" : "text");
  const sections: readonly SectionView[] = loaded.status === "ready" ? loaded.value : [];
  const dirty = draft !== undefined && !sameText(draft.paragraphs, draft.section.paragraphs);

  const save = async (version: number | null) => {
    if (!draft) return;
    setMode("saving");
    const result = await nav.backend.putNarrative(
      campaign.id,
      unit,
      draft.section.sectionId,
      draft.paragraphs,
      version,
    );
    if (!result.ok) {
      setFailure(result.errors);
      setMode("edit");
    } else if (result.value.kind === "conflict") {
      setConflict(result.value.conflicts[0]);
      setMode("edit");
    } else {
      setFailure([]);
      setConflict(undefined);
      setDraft(undefined);
      setNotice(`Đã lưu mục ${draft.section.heading}.`);
      setMode("list");
      reload();
    }
  };

  const edit = (change: (d: Draft) => Draft) => setDraft((d) => (d ? change(d) : d));

  useKeys(
    (input, key) => {
      if (mode === "list") {
        if (isUp(input, key)) setSelected((i) => clampIndex(i - 1, sections.length));
        else if (isDown(input, key)) setSelected((i) => clampIndex(i + 1, sections.length));
        else if (key.return) {
          const section = sections[selected];
          if (!section) return;
          setNotice(undefined);
          const paragraphs = section.paragraphs.length > 0 ? section.paragraphs : [""];
          setDraft({ section, paragraphs, version: section.version, line: 0 });
          setMode("edit");
        } else if (key.escape) nav.back();
        return;
      }
      if (mode !== "edit" || !draft) return;
      if (conflict) {
        if (input === "m") void save(conflict.theirVersion);
        else if (input === "t") {
          const theirs = conflict.theirs === null ? [""] : conflict.theirs.split("\n");
          setDraft({ ...draft, paragraphs: theirs, version: conflict.theirVersion, line: 0 });
          setConflict(undefined);
        }
        if (!key.escape) return;
      }
      if (key.upArrow) edit((d) => ({ ...d, line: clampIndex(d.line - 1, d.paragraphs.length) }));
      else if (key.downArrow) edit((d) => ({ ...d, line: clampIndex(d.line + 1, d.paragraphs.length) }));
      else if (key.return) {
        edit((d) => ({
          ...d,
          paragraphs: [...d.paragraphs.slice(0, d.line + 1), "", ...d.paragraphs.slice(d.line + 1)],
          line: d.line + 1,
        }));
      } else if (
        (key.backspace || key.delete) &&
        draft.paragraphs[draft.line] === "" &&
        draft.paragraphs.length > 1
      ) {
        edit((d) => ({
          ...d,
          paragraphs: d.paragraphs.filter((_, i) => i !== d.line),
          line: Math.max(0, d.line - 1),
        }));
      } else if (isCtrl(input, key, "s")) {
        if (dirty) setMode("confirm-save");
        else setNotice("Không có gì thay đổi để lưu.");
      } else if (key.escape) {
        if (conflict) setConflict(undefined);
        else if (dirty) setMode("confirm-discard");
        else {
          setDraft(undefined);
          setMode("list");
        }
      } else {
        // Typing goes to the paragraph the queued updates leave current (keys may outrun renders).
        const change = textEditOf(input, key);
        if (change)
          edit((d) => ({ ...d, paragraphs: d.paragraphs.map((x, k) => (k === d.line ? change(x) : x)) }));
      }
    },
    { isActive: nav.active },
  );

  return (
    <Box flexDirection="column">
      <LoadGate loaded={loaded}>
        {(list) =>
          draft && mode !== "list" ? (
            <Box flexDirection="column">
              <Text bold wrap="truncate-end">
                Soạn: {draft.section.heading}
              </Text>
              <Text dimColor>Enter: đoạn mới · ↑↓: chuyển đoạn · Ctrl+S: lưu · Esc: thôi</Text>
              {draft.paragraphs.map((p, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs are edited in place by position
                <Box key={i}>
                  <Text>{i === draft.line ? "› " : "  "}</Text>
                  <Box flexGrow={1}>
                    <TextField
                      value={p}
                      focus={i === draft.line && nav.active && mode === "edit" && !conflict}
                      placeholder="(đoạn trống)"
                    />
                  </Box>
                </Box>
              ))}
              {conflict ? (
                <Box flexDirection="column" borderStyle="single" paddingX={1}>
                  <Text bold>Xung đột: mục này vừa được người khác sửa.</Text>
                  <Text wrap="wrap">Của bạn: {conflict.mine}</Text>
                  <Text wrap="wrap">Đang lưu: {conflict.theirs ?? "(không có)"}</Text>
                  <Text>m: giữ bản của bạn (ghi đè) · t: lấy bản đang lưu · Esc: để sau</Text>
                </Box>
              ) : null}
              {notice ? <Text>{notice}</Text> : null}
              <IssueLines issues={failure} />
              {mode === "confirm-save" ? (
                <ConfirmBar
                  question={`Lưu mục ${draft.section.heading}?`}
                  onYes={() => void save(draft.version)}
                  onNo={() => setMode("edit")}
                />
              ) : null}
              {mode === "confirm-discard" ? (
                <ConfirmBar
                  question="Bỏ phần đã soạn chưa lưu?"
                  onYes={() => {
                    setDraft(undefined);
                    setMode("list");
                  }}
                  onNo={() => setMode("edit")}
                />
              ) : null}
              {mode === "saving" ? <Text>Đang lưu…</Text> : null}
            </Box>
          ) : (
            <Box flexDirection="column">
              <WindowList
                items={list}
                selected={selected}
                height={nav.height - 2}
                keyOf={(s) => s.sectionId}
                render={(s) => (
                  <Text wrap="truncate-end">
                    {"  ".repeat(s.depth)}
                    {s.heading} {s.paragraphs.length > 0 ? `· ${s.paragraphs.length} đoạn` : "· (chưa viết)"}
                  </Text>
                )}
              />
              {notice ? <Text>{notice}</Text> : null}
            </Box>
          )
        }
      </LoadGate>
    </Box>
  );
}
