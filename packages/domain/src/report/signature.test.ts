import { describe, expect, it } from "vitest";
import { buildSignature } from "./signature.js";

describe("buildSignature", () => {
  it("prints one recipient a line with '- ' and ';', and the archive line last with '.'", () => {
    const block = buildSignature({
      recipients: ["Cục C04 - Bộ Công an;", "Thường trực Tỉnh ủy"],
      archive: ["VT", "NC"],
      authority: ["TM. Ủy ban nhân dân", "KT. Chủ tịch", "Phó Chủ tịch"],
      signerName: "Nguyễn Văn Phương",
    });
    expect(block.recipients).toEqual(["- Cục C04 - Bộ Công an;", "- Thường trực Tỉnh ủy;", "- Lưu: VT, NC."]);
    expect(block.authority).toEqual(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]);
  });
});
