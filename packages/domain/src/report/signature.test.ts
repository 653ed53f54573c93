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
    expect(block.signerName).toBe("Nguyễn Văn Phương");
    expect(block.signerMissing).toBeUndefined();
  });

  it("without a signer (or a blank one) marks the name's place '[Họ và tên]'", () => {
    for (const signerName of [undefined, "  "]) {
      const block = buildSignature({
        recipients: [],
        archive: ["VT"],
        authority: ["TM. Ủy ban nhân dân", "Chủ tịch"],
        ...(signerName === undefined ? {} : { signerName }),
      });
      expect(block.signerName).toBe("[Họ và tên]");
      expect(block.signerMissing).toBe(true);
    }
  });
});

describe("buildSignature for a Party document (Hướng dẫn 36-HD/VPTW)", () => {
  it("ends recipients with ',' and writes the archive line without a colon", () => {
    const block = buildSignature({
      recipients: ["Đảng ủy Công an Trung ương", "Đảng ủy Công an tỉnh;"],
      archive: ["Văn phòng Tỉnh ủy"],
      authority: ["T/M Ban Thường vụ", "Bí thư"],
      style: "party",
    });
    expect(block.recipients).toEqual([
      "- Đảng ủy Công an Trung ương,",
      "- Đảng ủy Công an tỉnh,",
      "- Lưu Văn phòng Tỉnh ủy.",
    ]);
    expect(block.authority).toEqual(["T/M BAN THƯỜNG VỤ", "BÍ THƯ"]);
    expect(block.style).toBe("party");
  });
});
