import type { DocumentBundle } from "../model/bundle.js";

/**
 * Documents the seeds name without giving their text: the upper links of the implementation chain and
 * the guidance the outlines cite. Dates and issuers are as the seeds print them.
 */
export const referencedDocuments: DocumentBundle = {
  documents: [
    {
      id: "qd-1001-2011",
      kind: "strategy",
      reference: "1001/QĐ-TTg",
      date: "2011-06-27",
      issuer: "Thủ tướng Chính phủ",
      title:
        "Chiến lược quốc gia phòng, chống và kiểm soát ma túy ở Việt Nam đến năm 2020 và định hướng đến năm 2030",
    },
    {
      id: "ct-21-2008",
      kind: "directive",
      reference: "21-CT/TW",
      date: "2008-03-26",
      issuer: "Bộ Chính trị",
      title:
        "Chỉ thị về tiếp tục tăng cường lãnh đạo, chỉ đạo công tác phòng, chống và kiểm soát ma túy trong tình hình mới",
    },
    {
      id: "ct-36-2019",
      kind: "directive",
      reference: "36-CT/TW",
      date: "2019-08-16",
      issuer: "Bộ Chính trị",
      title: "Chỉ thị về tăng cường, nâng cao hiệu quả công tác phòng, chống và kiểm soát ma túy",
    },
    {
      id: "kh-245-ubqg-2017",
      kind: "plan",
      reference: "245/KH-UBQG-BCA",
      date: "2017-08-18",
      issuer: "Ủy ban Quốc gia Phòng, chống AIDS và phòng, chống tệ nạn ma túy, mại dâm",
      title: "Kế hoạch thực hiện Chương trình phòng, chống ma túy đến năm 2020",
      implements: ["qd-424-2017"],
    },
    {
      id: "kh-483-ubqg-2019",
      kind: "plan",
      reference: "483/KH-UBQG-BCA",
      date: "2019-12-18",
      issuer: "Ủy ban Quốc gia Phòng, chống AIDS và phòng, chống tệ nạn ma túy, mại dâm",
      title: "Kế hoạch tổng kết thực hiện Chương trình phòng, chống ma túy đến năm 2020",
      implements: ["qd-424-2017"],
    },
    {
      id: "kh-147-ubnd-hue-2017",
      kind: "plan",
      reference: "147/KH-UBND",
      date: "2017-06-30",
      issuer: "Ủy ban nhân dân tỉnh Thừa Thiên Huế",
      scopeUnitCode: "46",
      title: "Kế hoạch thực hiện Chương trình phòng, chống ma túy đến năm 2020",
      implements: ["qd-424-2017"],
    },
    {
      id: "kh-227-tu-qng-2019",
      kind: "plan",
      reference: "227-KH/TU",
      date: "2019-10-29",
      issuer: "Ban Thường vụ Tỉnh ủy Quảng Ngãi",
      scopeUnitCode: "51",
      title: "Kế hoạch triển khai thực hiện Chỉ thị số 36-CT/TW",
      implements: ["ct-36-2019"],
    },
    {
      id: "kh-157-ubnd-qng-2019",
      kind: "plan",
      reference: "157/KH-UBND",
      date: "2019-12-13",
      issuer: "Ủy ban nhân dân tỉnh Quảng Ngãi",
      scopeUnitCode: "51",
      title: "Kế hoạch triển khai thực hiện Chỉ thị số 36-CT/TW",
      implements: ["ct-36-2019"],
    },
    {
      id: "cv-2067-ubnd-qng-2020",
      kind: "official_letter",
      reference: "2067/UBND-NC",
      date: "2020-05-11",
      issuer: "Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi",
      scopeUnitCode: "51",
      title: "Công văn về đẩy mạnh thực hiện Chỉ thị số 36-CT/TW",
      implements: ["ct-36-2019"],
    },
    {
      id: "cv-575-ubnd-qng-2023",
      kind: "official_letter",
      reference: "575/UBND-NC",
      date: "2023-02-17",
      issuer: "Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi",
      scopeUnitCode: "51",
      title:
        "Công văn về việc tăng cường thực hiện một số nhiệm vụ, giải pháp trọng tâm của Chỉ thị số 36-CT/TW",
      implements: ["ct-36-2019"],
    },
    {
      id: "cv-2379-ubnd-qng-2023",
      kind: "official_letter",
      reference: "2379/UBND-NC",
      date: "2023-05-26",
      issuer: "Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi",
      scopeUnitCode: "51",
      title:
        "Công văn về tiếp tục thực hiện Chỉ thị số 36-CT/TW, Luật Phòng, chống ma túy và công tác phòng, chống ma túy trên địa bàn tỉnh năm 2023",
      implements: ["ct-36-2019"],
    },
    {
      id: "kh-230-duca-2024",
      kind: "plan",
      reference: "230-KH/ĐUCA",
      date: "2024-04-26",
      issuer: "Đảng ủy Công an Trung ương",
      title: "Kế hoạch sơ kết 05 năm thực hiện Chỉ thị số 36-CT/TW",
      implements: ["ct-36-2019"],
    },
    {
      id: "kh-483-bca-2024",
      kind: "plan",
      reference: "483/KH-BCA-C04",
      date: "2024-10-07",
      issuer: "Bộ Công an",
      title:
        "Kế hoạch rà soát, thống kê, quản lý người nghiện, người sử dụng trái phép chất ma túy, người bị quản lý sau cai nghiện và đấu tranh, triệt xóa điểm, tụ điểm phức tạp về ma túy",
    },
    {
      id: "dm-483-bca-2024",
      kind: "cipher_telegram",
      issuer: "Bộ Công an",
      title: "Điện mật về việc thực hiện Kế hoạch số 483/KH-BCA-C04 ngày 07/10/2024",
      implements: ["kh-483-bca-2024"],
      sourceNote:
        "Seed 004: “Điện mật số ........./ĐK-HT ngày......tháng 10 năm 2024” — số và ngày để trống.",
      interpretations: [
        "Số, ngày ký để trống trong seed (ký hiệu …/ĐK-HT, tháng 10 năm 2024); cơ quan gửi điện không ghi, danh mục hiểu là Bộ Công an.",
      ],
    },
    {
      id: "hd-689-c04-2023",
      kind: "guidance",
      reference: "689/HD-C04-P4",
      date: "2023-02-21",
      issuer: "Cục Cảnh sát điều tra tội phạm về ma túy (C04), Bộ Công an",
      title:
        "Hướng dẫn về việc xác định và phân công, phân cấp trong đấu tranh, giải quyết điểm, tụ điểm phức tạp về ma túy",
    },
    {
      id: "qd-3122-bca-2010",
      kind: "decision",
      reference: "3122/2010/QĐ-BCA",
      date: "2010-08-09",
      issuer: "Bộ trưởng Bộ Công an",
      title: "Quyết định phân loại xã, phường, thị trấn trọng điểm về ma túy",
      sourceNote: "Ngày ban hành theo REFERENCES.md §3",
    },
    {
      id: "nq-98-cp-2014",
      kind: "resolution",
      reference: "98/NQ-CP",
      date: "2014-12-26",
      issuer: "Chính phủ",
      title:
        "Nghị quyết về tăng cường chỉ đạo công tác phòng, chống, kiểm soát và cai nghiện ma túy trong tình hình mới",
    },
    {
      id: "kh-89-ubnd-ct-2015",
      kind: "plan",
      reference: "89/KH-UBND",
      date: "2015-08-03",
      issuer: "Ủy ban nhân dân thành phố Cần Thơ",
      scopeUnitCode: "92",
      title:
        "Kế hoạch thực hiện Đề án “Đổi mới công tác cai nghiện ma túy trên địa bàn thành phố đến năm 2020”",
    },
    {
      id: "kh-12-ubnd-ct-2015",
      kind: "plan",
      reference: "12/KH-UBND",
      date: "2015-01-29",
      issuer: "Ủy ban nhân dân thành phố Cần Thơ",
      scopeUnitCode: "92",
      title: "Kế hoạch thực hiện Nghị quyết số 98/NQ-CP ngày 26 tháng 12 năm 2014 của Chính phủ",
      implements: ["nq-98-cp-2014"],
    },
    {
      id: "pl-01-2022-ubtvqh15",
      kind: "ordinance",
      reference: "01/2022/UBTVQH15",
      issuer: "Ủy ban Thường vụ Quốc hội",
      title:
        "Pháp lệnh trình tự, thủ tục Tòa án nhân dân xem xét, quyết định việc đưa người nghiện ma túy từ đủ 12 tuổi đến dưới 18 tuổi vào cơ sở cai nghiện bắt buộc",
    },
  ],
};
