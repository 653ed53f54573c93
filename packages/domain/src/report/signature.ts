import type { DocumentStyle, SignatureBlock } from "./report-model.js";

/** Printed in the name's place when no signer is given, so the place is visibly left to fill. */
export const SIGNER_PLACEHOLDER = "[Họ và tên]";

export interface SignatureInput {
  /** Who receives the report, in order ("Bộ Công an (Cục C04)"). */
  readonly recipients: readonly string[];
  /** The archive line's holders ("VT", "NC"): printed last as "- Lưu: VT, NC.". */
  readonly archive: readonly string[];
  /** "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH". */
  readonly authority: readonly string[];
  /** The signer's name; absent or blank: the name's place is marked "[Họ và tên]". */
  readonly signerName?: string;
  /** "party": recipients end with "," and the archive line reads "- Lưu Văn phòng Tỉnh ủy." (Hướng dẫn 36-HD/VPTW). */
  readonly style?: DocumentStyle;
}

/**
 * The signature block as Nghị định 30/2020 prints it: one recipient a line, "- " first and ";" last,
 * the archive line last and closed with "."; the authority upper case. A Party document (Hướng dẫn
 * 36-HD/VPTW) ends each recipient with "," and writes the archive line without a colon. Without a
 * signer's name the name's place reads "[Họ và tên]" (and `signerMissing` lets renderers mark it).
 */
export function buildSignature(input: SignatureInput): SignatureBlock {
  const party = input.style === "party";
  const recipients = input.recipients.map((r) => `- ${r.replace(/[;.,\s]+$/u, "")}${party ? "," : ";"}`);
  const archive = input.archive.length > 0 ? input.archive.join(", ") : party ? "Văn phòng" : "VT";
  recipients.push(party ? `- Lưu ${archive}.` : `- Lưu: ${archive}.`);
  const name = input.signerName?.normalize("NFC").trim();
  return {
    ...(input.style ? { style: input.style } : {}),
    recipientsTitle: "Nơi nhận:",
    recipients,
    authority: input.authority.map((a) => a.toLocaleUpperCase("vi")),
    signerName: name || SIGNER_PLACEHOLDER,
    ...(name ? {} : { signerMissing: true }),
  };
}
