import { describe, expect, it } from "vitest";
import type { Unit } from "../unit/unit.js";
import { describeIssuer } from "./report-issuer.js";

const quangNgai: Unit = { code: "51", name: "Quảng Ngãi", kind: "province", level: 1, parentCode: null };
const sonTinh: Unit = { code: "527", name: "Sơn Tịnh", kind: "rural_district", level: 2, parentCode: "51" };

describe("describeIssuer", () => {
  it("a provincial Party committee: Hướng dẫn 36-HD/VPTW header, hyphenated number, no motto, T/M signature", () => {
    const party = describeIssuer("party_committee", quangNgai);
    expect(party.style).toBe("party");
    expect(party.parentBody).toEqual(["ĐẢNG BỘ TỈNH QUẢNG NGÃI"]);
    // The committee issues ("TỈNH ỦY"); the Ban Thường vụ appears in the signature only.
    expect(party.issuingBody).toEqual(["TỈNH ỦY"]);
    expect(party.reference).toMatch(/^Số +-BC\/TU$/);
    expect(party.nationalTitle).toBe("ĐẢNG CỘNG SẢN VIỆT NAM");
    expect(party.motto).toBeUndefined();
    expect(party.authority).toEqual(["T/M BAN THƯỜNG VỤ", "BÍ THƯ"]);
    expect(party.archive).toEqual(["Văn phòng Tỉnh ủy"]);
  });

  it("a district Party committee signs as the Huyện ủy with the HU symbol", () => {
    const party = describeIssuer("party_committee", sonTinh);
    expect(party.parentBody).toEqual(["ĐẢNG BỘ HUYỆN SƠN TỊNH"]);
    expect(party.issuingBody).toEqual(["HUYỆN ỦY"]);
    expect(party.reference).toMatch(/-BC\/HU$/);
    expect(party.subject).toBe("Ban Thường vụ Huyện ủy");
  });

  it("a People's Committee and the provincial police follow Nghị định 30/2020 with the national motto", () => {
    const ubnd = describeIssuer("people_committee", quangNgai);
    expect(ubnd.issuingBody).toEqual(["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI"]);
    expect(ubnd.reference).toMatch(/^Số: +\/BC-UBND$/);
    expect(ubnd.motto).toBe("Độc lập - Tự do - Hạnh phúc");
    expect(ubnd.authority).toEqual(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]);
    const police = describeIssuer("police", quangNgai);
    expect(police.parentBody).toEqual(["BỘ CÔNG AN"]);
    expect(police.issuingBody).toEqual(["CÔNG AN TỈNH QUẢNG NGÃI"]);
    expect(police.subject).toBe("Công an tỉnh Quảng Ngãi");
    expect(police.authority).toEqual(["GIÁM ĐỐC"]);
  });
});
