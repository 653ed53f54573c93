import type { SignatureBlock } from "./report-model.js";

export interface SignatureInput {
  /** Who receives the report, in order ("Bộ Công an (Cục C04)"). */
  readonly recipients: readonly string[];
  /** The archive line's holders ("VT", "NC"): printed last as "- Lưu: VT, NC.". */
  readonly archive: readonly string[];
  /** "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH". */
  readonly authority: readonly string[];
  readonly signerName?: string;
}

/**
 * The signature block as Nghị định 30/2020 prints it: one recipient a line, "- " first and ";" last,
 * the archive line last and closed with "."; the authority upper case.
 */
export function buildSignature(input: SignatureInput): SignatureBlock {
  const recipients = input.recipients.map((r) => `- ${r.replace(/[;.,\s]+$/u, "")};`);
  recipients.push(`- Lưu: ${input.archive.length > 0 ? input.archive.join(", ") : "VT"}.`);
  return {
    recipientsTitle: "Nơi nhận:",
    recipients,
    authority: input.authority.map((a) => a.toLocaleUpperCase("vi")),
    signerName: input.signerName ?? "",
  };
}
