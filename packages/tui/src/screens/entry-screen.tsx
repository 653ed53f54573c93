import type { Issue } from "@pctm/domain";
import { Box, Text } from "ink";
import { useEffect, useMemo, useRef, useState } from "react";
import type { CampaignSummary, Conflict, DataForm } from "../backend.js";
import { type FieldBase, summariseForm } from "../form/form-state.js";
import { ConfirmBar } from "../ui/confirm-bar.js";
import { displayValue } from "../ui/display-value.js";
import { IssueLines } from "../ui/issue-lines.js";
import { clampIndex, isCtrl } from "../ui/key-match.js";
import { LoadGate } from "../ui/load-gate.js";
import { useNav } from "../ui/nav.js";
import { TextField, textEditOf } from "../ui/text-field.js";
import { useKeys } from "../ui/use-keys.js";
import { useLoad, useTyping } from "../ui/use-load.js";
import { windowStart } from "../ui/window-list.js";

export interface EntryProps {
  readonly campaign: CampaignSummary;
  readonly unit: string;
  readonly period: string;
}

type Mode =
  | { readonly kind: "edit" }
  | { readonly kind: "confirm-save" }
  | { readonly kind: "confirm-discard" }
  | { readonly kind: "saving" }
  | { readonly kind: "conflict"; readonly conflicts: readonly Conflict[] };

/**
 * The figures of a unit for a period. Each field is checked as it is typed (the failed rule in
 * Vietnamese under it), the form's data quality rules below; Ctrl+S asks before saving; a value
 * someone else changed meanwhile shows both values and asks which to keep.
 */
export function EntryScreen({ campaign, unit, period }: EntryProps) {
  const nav = useNav();
  useTyping("numbers");
  const { loaded, reload } = useLoad(
    () => nav.backend.dataForm(campaign.id, unit, period),
    [campaign.id, unit, period],
    {
      reloadOnTop: false,
    },
  );
  const form: DataForm | undefined = loaded.status === "ready" ? loaded.value : undefined;
  const [bases, setBases] = useState<ReadonlyMap<string, FieldBase>>(new Map());
  const [typed, setTyped] = useState<ReadonlyMap<string, string>>(new Map());
  const [selected, setSelectedState] = useState(0);
  // The selection as the keys left it, ahead of React's render: typing goes to the field just moved to.
  const selectedNow = useRef(0);
  const setSelected = (change: (i: number) => number) => {
    selectedNow.current = change(selectedNow.current);
    setSelectedState(selectedNow.current);
  };
  const [mode, setMode] = useState<Mode>({ kind: "edit" });
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [failure, setFailure] = useState<readonly Issue[]>([]);

  // A (re)loaded form starts from what is stored.
  useEffect(() => {
    if (!form) return;
    setBases(new Map(form.fields.map((f) => [f.dataElement, { value: f.value, version: f.version }])));
    setTyped(new Map());
  }, [form]);

  const summary = useMemo(() => (form ? summariseForm(form, bases, typed) : undefined), [form, bases, typed]);
  const fields = form?.fields ?? [];
  const field = fields[selected];
  const dirty =
    (summary?.edits.length ?? 0) > 0 || [...typed.keys()].some((k) => summary?.fieldIssues.has(k));

  const save = async (edits = summary?.edits ?? []) => {
    setMode({ kind: "saving" });
    const result = await nav.backend.saveValues(campaign.id, unit, period, edits);
    if (!result.ok) {
      setFailure(result.errors);
      setMode({ kind: "edit" });
      return;
    }
    if (result.value.kind === "conflict") {
      setMode({ kind: "conflict", conflicts: result.value.conflicts });
      return;
    }
    setFailure([]);
    setNotice(`Đã lưu ${result.value.changed} giá trị.`);
    // What was saved is the form's new starting point at once, before the reload answers: over a slow
    // service an Esc in between would otherwise take the saved figures for unsaved changes. Each saved
    // value's version moved by one (a delete leaves none); the reload then brings the stored truth.
    setBases((b) => {
      const next = new Map(b);
      for (const e of edits) {
        next.set(e.dataElement, {
          value: e.value,
          version: e.value === null ? null : (e.expectedVersion ?? 0) + 1,
        });
      }
      return next;
    });
    setTyped((t) => {
      const next = new Map(t);
      for (const e of edits) next.delete(e.dataElement);
      return next;
    });
    setMode({ kind: "edit" });
    reload();
  };

  const keepMine = (conflicts: readonly Conflict[]) => {
    const edits = (summary?.edits ?? []).map((e) => {
      const c = conflicts.find((x) => x.dataElement === e.dataElement);
      return c ? { ...e, expectedVersion: c.theirVersion } : e;
    });
    void save(edits);
  };
  const takeTheirs = (conflicts: readonly Conflict[]) => {
    setBases((b) => {
      const next = new Map(b);
      for (const c of conflicts) next.set(c.dataElement, { value: c.theirs, version: c.theirVersion });
      return next;
    });
    setTyped((t) => {
      const next = new Map(t);
      for (const c of conflicts) next.delete(c.dataElement);
      return next;
    });
    setNotice("Đã lấy giá trị đang lưu cho các ô xung đột; các ô khác giữ như bạn gõ.");
    setMode({ kind: "edit" });
  };

  useKeys(
    (input, key) => {
      if (mode.kind === "conflict") {
        if (input === "m") keepMine(mode.conflicts);
        else if (input === "t") takeTheirs(mode.conflicts);
        else if (key.escape) setMode({ kind: "edit" });
        return;
      }
      if (mode.kind !== "edit") return;
      if (key.upArrow || (key.shift && key.tab)) setSelected((i) => clampIndex(i - 1, fields.length));
      else if (key.downArrow || key.tab || key.return) setSelected((i) => clampIndex(i + 1, fields.length));
      else if (isCtrl(input, key, "s")) {
        setNotice(undefined);
        if (!summary) return;
        if (summary.fieldIssues.size > 0) setNotice("Còn ô chưa hợp lệ: sửa trước khi lưu.");
        else if (summary.edits.length === 0) setNotice("Không có gì thay đổi để lưu.");
        else setMode({ kind: "confirm-save" });
      } else if (isCtrl(input, key, "l") && field) {
        nav.push({
          kind: "audit",
          key: { dataElement: field.dataElement, orgUnit: unit, period },
          name: field.name,
        });
      } else if (isCtrl(input, key, "t")) nav.push({ kind: "targets", campaign, unit, period });
      else if (key.escape) {
        if (dirty) setMode({ kind: "confirm-discard" });
        else nav.back();
      } else {
        const edit = textEditOf(input, key);
        const target = fields[selectedNow.current];
        if (!edit || !target) return;
        setTyped((t) => {
          const base = bases.get(target.dataElement) ?? { value: target.value, version: target.version };
          const previous = t.get(target.dataElement) ?? displayValue(target.valueType, base.value);
          return new Map(t).set(target.dataElement, edit(previous));
        });
      }
    },
    { isActive: nav.active },
  );

  const labelWidth = Math.min(52, Math.floor(nav.width * 0.6));
  const rows = Math.max(3, nav.height - 9);
  const start = windowStart(selected, fields.length, rows);
  return (
    <Box flexDirection="column">
      <LoadGate loaded={loaded}>
        {(f) => (
          <Box flexDirection="column">
            <Text bold wrap="truncate-end">
              {f.unitName} ({f.unit}) · kỳ {f.period} · {f.fields.length} chỉ số
            </Text>
            {f.fields.length === 0 ? <Text>Kế hoạch không cần số liệu nào của đơn vị này.</Text> : null}
            {start > 0 ? <Text> ↑ {start}</Text> : null}
            {f.fields.slice(start, start + rows).map((fld, k) => {
              const i = start + k;
              const isSelected = i === selected;
              const base = bases.get(fld.dataElement) ?? { value: fld.value, version: fld.version };
              const text = typed.get(fld.dataElement) ?? displayValue(fld.valueType, base.value);
              const bad = summary?.fieldIssues.has(fld.dataElement);
              const changed = summary?.edits.some((e) => e.dataElement === fld.dataElement);
              return (
                <Box key={fld.dataElement}>
                  <Text inverse={isSelected && nav.color}>{isSelected ? "› " : "  "}</Text>
                  <Box width={labelWidth} flexShrink={0}>
                    <Text wrap="truncate-end">{fld.name}</Text>
                  </Box>
                  <Text>{bad ? "✗ " : changed ? "* " : "  "}</Text>
                  <TextField value={text} focus={isSelected && nav.active && mode.kind === "edit"} />
                  <Text> {fld.unitLabel ?? ""}</Text>
                </Box>
              );
            })}
            {start + rows < f.fields.length ? <Text> ↓ {f.fields.length - start - rows}</Text> : null}
            <Text> </Text>
            {field && summary?.fieldIssues.get(field.dataElement) ? (
              <IssueLines issues={[summary.fieldIssues.get(field.dataElement) as Issue]} />
            ) : null}
            {summary?.violations.map((v) => (
              <Text key={v.ruleId} wrap="wrap" {...(nav.color ? { color: "yellow" } : {})}>
                Cảnh báo [{v.ruleId}]: {v.message}
              </Text>
            ))}
            {notice ? <Text>{notice}</Text> : null}
            <IssueLines issues={failure} />
            {mode.kind === "confirm-save" && summary ? (
              <ConfirmBar
                question={`Lưu ${summary.edits.length} thay đổi (${summary.edits
                  .map((e) => `${e.dataElement} = ${e.value ?? "xoá"}`)
                  .join("; ")})?`}
                onYes={() => void save()}
                onNo={() => setMode({ kind: "edit" })}
              />
            ) : null}
            {mode.kind === "confirm-discard" ? (
              <ConfirmBar
                question="Bỏ các thay đổi chưa lưu và quay lại?"
                onYes={() => nav.back()}
                onNo={() => setMode({ kind: "edit" })}
              />
            ) : null}
            {mode.kind === "saving" ? <Text>Đang lưu…</Text> : null}
            {mode.kind === "conflict" ? <ConflictBox conflicts={mode.conflicts} form={f} /> : null}
          </Box>
        )}
      </LoadGate>
    </Box>
  );
}

function ConflictBox({
  conflicts,
  form,
}: {
  readonly conflicts: readonly Conflict[];
  readonly form: DataForm;
}) {
  const name = (id: string) => form.fields.find((f) => f.dataElement === id)?.name ?? id;
  return (
    <Box flexDirection="column" borderStyle="single" paddingX={1}>
      <Text bold>Xung đột: người khác đã sửa các giá trị này sau khi bạn mở biểu mẫu.</Text>
      {conflicts.map((c) => (
        <Text key={c.dataElement} wrap="wrap">
          {name(c.dataElement)}: của bạn {c.mine ?? "(xoá)"} · đang lưu {c.theirs ?? "(không có)"}
          {c.theirVersion !== null ? ` (phiên bản ${c.theirVersion})` : ""}
        </Text>
      ))}
      <Text>m: giữ giá trị của bạn (ghi đè) · t: lấy giá trị đang lưu · Esc: để sau</Text>
    </Box>
  );
}
