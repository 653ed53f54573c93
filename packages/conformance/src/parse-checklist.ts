/** One target row of SEED-TARGETS.md: its id, the quote (NFC) and the line it is on (from 1). */
export interface ChecklistTarget {
  readonly id: string;
  readonly quote: string;
  readonly line: number;
}

/** One campaign row ("r-000" …) of the reporting obligations table. */
export interface ChecklistCampaign {
  readonly id: string;
  readonly line: number;
}

export interface Checklist {
  readonly targets: readonly ChecklistTarget[];
  readonly campaigns: readonly ChecklistCampaign[];
  /** Table rows that are neither: reported, so a row in an unexpected shape is never skipped silently. */
  readonly unreadable: readonly { readonly line: number; readonly text: string }[];
}

const ROW = /^\| ([^|]+?) \| (.+?) \| (.+) \|$/;
const HEADER_OR_RULE = /^\| (id|---) \|/;

/** Every body row of every table in SEED-TARGETS.md, sorted into targets and campaigns. */
export function parseChecklist(text: string): Checklist {
  const targets: ChecklistTarget[] = [];
  const campaigns: ChecklistCampaign[] = [];
  const unreadable: { line: number; text: string }[] = [];
  text.split("\n").forEach((raw, index) => {
    const row = raw.trimEnd();
    const line = index + 1;
    if (!row.startsWith("|") || HEADER_OR_RULE.test(row)) return;
    const m = ROW.exec(row);
    const id = m?.[1]?.trim() ?? "";
    if (/^r-\d{3}$/.test(id)) campaigns.push({ id, line });
    else if (m && /^[0-9a-z]+(-[0-9a-z.]+)+$/.test(id)) {
      targets.push({ id, quote: (m[2] as string).normalize("NFC"), line });
    } else unreadable.push({ line, text: row });
  });
  return { targets, campaigns, unreadable };
}
