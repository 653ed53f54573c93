import type { ReportModel } from "@pctm/domain";

/** A hand-built report model with every kind of block, for the renderers' tests. */
export function sampleReportModel(): ReportModel {
  return {
    header: {
      parentBody: [],
      issuingBody: ["ỦY BAN NHÂN DÂN", "TỈNH THỪA THIÊN HUẾ"],
      reference: "Số:      /BC-UBND",
      nationalTitle: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      motto: "Độc lập - Tự do - Hạnh phúc",
      placeDate: "Thừa Thiên Huế, ngày 10 tháng 7 năm 2020",
      documentType: "BÁO CÁO",
      summary: "Tổng kết thực hiện Chương trình phòng, chống ma túy đến năm 2020",
    },
    opening: [
      "Thực hiện Kế hoạch số 483/KH-UBQG-BCA ngày 18/12/2019 của Ủy ban Quốc gia, Ủy ban nhân dân tỉnh báo cáo như sau:",
    ],
    preface: [
      {
        kind: "missing_submissions",
        text: "Đơn vị chưa gửi báo cáo (1/9):",
        units: ["Huyện A Lưới"],
      },
    ],
    sections: [
      {
        id: "p1",
        style: "part",
        numbering: "Phần thứ nhất",
        title: "TÌNH HÌNH, KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH PHÒNG, CHỐNG MA TÚY ĐẾN NĂM 2020",
        blocks: [],
        children: [
          {
            id: "p1.I",
            style: "roman",
            numbering: "I.",
            title: "TÌNH HÌNH TỘI PHẠM VÀ TỆ NẠN MA TÚY",
            blocks: [
              {
                kind: "placeholder",
                label: "[Nội dung chưa được cung cấp — cần bổ sung theo hướng dẫn của đề cương]",
                guidance: ["Nêu khái quát diễn biến, xu thế mới, nét nổi bật tình hình ma túy."],
              },
            ],
            children: [
              {
                id: "p1.I.3",
                style: "arabic",
                numbering: "3.",
                title: "Tình trạng sử dụng ma túy, tình hình người nghiện ma túy",
                blocks: [
                  {
                    kind: "narrative",
                    paragraphs: ["Tình hình người nghiện trên địa bàn tỉnh cơ bản được kiểm soát."],
                  },
                  {
                    kind: "narrative",
                    from: "Thành phố Huế",
                    paragraphs: ["Thành phố đã rà soát 100% tổ dân phố."],
                  },
                  {
                    kind: "paragraph",
                    text: "Số người nghiện ma túy có hồ sơ quản lý toàn tỉnh năm 2019 là 1.234 người, giảm 56 người (4,34%) so với năm 2018 (8/9 đơn vị báo cáo; số liệu chưa đầy đủ).",
                  },
                  {
                    kind: "figure_table",
                    caption: "Số người nghiện ma túy có hồ sơ quản lý (người)",
                    dataElement: "addicts_registered",
                    columns: ["Năm 2018", "Năm 2019"],
                    rows: [
                      {
                        unitCode: "474",
                        unitName: "Thành phố Huế",
                        cells: ["1.200", "1.150*"],
                        reported: true,
                      },
                      { unitCode: "481", unitName: "Huyện A Lưới", cells: ["90", "—"], reported: false },
                    ],
                    totalLabel: "Toàn tỉnh",
                    totals: ["1.290", "1.234*"],
                    missingCounts: [0, 1],
                    note: "1/2 đơn vị chưa báo cáo đủ số liệu: Huyện A Lưới.",
                    footnotes: [
                      "* Thành phố Huế (năm 2019): thiếu số liệu 1/27 xã, phường: Phường Vĩnh Ninh.",
                      "* Toàn tỉnh (năm 2019): tổng chưa đầy đủ, thiếu số liệu 22/48 xã, phường, thị trấn: Huyện A Lưới 21/21, Thành phố Huế 1/27.",
                    ],
                  },
                ],
                children: [],
              },
            ],
          },
          {
            id: "p1.III",
            style: "roman",
            numbering: "III.",
            title: "ĐÁNH GIÁ CHUNG",
            blocks: [
              {
                kind: "target_table",
                caption: "Kết quả thực hiện các mục tiêu của Chương trình",
                rows: [
                  {
                    targetId: "424nat-3",
                    title: "Tỷ lệ điểm, tụ điểm được triệt xóa trong năm",
                    quote: "triệt xóa từ 5 - 10% số điểm, tụ điểm mỗi năm",
                    source: "424/QĐ-TTg",
                    period: "Năm 2019",
                    expected: "5% - 10%",
                    actual: "7,5%",
                    completion: "150%",
                    verdict: "achieved",
                    verdictLabel: "Đạt",
                    sentence: "Đạt: triệt xóa 7,5% số điểm (mục tiêu từ 5 đến 10%/năm)",
                  },
                  {
                    targetId: "424nat-7b",
                    quote: "90% cơ sở cai nghiện đáp ứng các tiêu chuẩn, điều kiện về cai nghiện ma túy",
                    period: "Năm 2019",
                    expected: "≥ 90%",
                    actual: "50%",
                    verdict: "not_achieved",
                    verdictLabel: "Không đạt",
                    sentence: "Không đạt: 50% cơ sở cai nghiện đạt chuẩn (mục tiêu ít nhất 90%)",
                  },
                ],
              },
              {
                kind: "chart",
                id: "chart-424nat-3",
                title: "Tỷ lệ điểm, tụ điểm được triệt xóa",
                unitLabel: "%",
                categories: ["2017", "2018", "2019"],
                series: [
                  { name: "Thực hiện", role: "actual", values: [4, 6, 7.5], labels: ["4%", "6%", "7,5%"] },
                  {
                    name: "Mục tiêu (lộ trình)",
                    role: "expected",
                    values: [5, 5, 5],
                    labels: ["5%", "5%", "5%"],
                  },
                ],
              },
            ],
            children: [],
          },
        ],
      },
      {
        id: "p2",
        style: "part",
        numbering: "Phần thứ hai",
        title: "ĐỀ XUẤT NHỮNG NỘI DUNG CHỦ YẾU GIAI ĐOẠN TIẾP THEO (2021-2025)",
        blocks: [],
        children: [
          {
            id: "p2.I",
            style: "roman",
            numbering: "I.",
            title: "Mục tiêu",
            blocks: [
              { kind: "narrative", paragraphs: ["Giảm số người nghiện mới; đường dây được triệt phá."] },
            ],
            children: [],
          },
        ],
      },
    ],
    signature: {
      recipientsTitle: "Nơi nhận:",
      recipients: ["- Bộ Công an (C04);", "- Thường trực Tỉnh ủy;", "- Lưu: VT, NC."],
      authority: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
      signerName: "[Họ và tên]",
      signerMissing: true,
    },
    meta: { title: "Báo cáo tổng kết Chương trình phòng, chống ma túy đến năm 2020", unitCode: "46" },
  };
}
