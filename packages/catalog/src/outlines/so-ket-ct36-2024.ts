import type { OutlineInput } from "@pctm/domain";

/**
 * Seed 003: the content of the 5-year review of Directive 36-CT/TW (Quảng Ngãi, 2024), section II.1 of the
 * plan: 1.1–1.4, with the focus items each agency reports on in 1.4 (agency ids are the slugs of the
 * plan's assignments in the catalogue, clause II.1.4).
 * Generated once from the seed text with parseOutline, then given stable ids and bindings by hand.
 * The round-trip test (seed-outlines.test.ts) keeps it identical to the seed, heading by heading.
 */
export const soKetCt36Outline: OutlineInput = {
  id: "so-ket-ct36-2024",
  title: "Nội dung sơ kết 05 năm thực hiện Chỉ thị số 36-CT/TW của Bộ Chính trị",
  source: {
    document:
      "Kế hoạch sơ kết 05 năm thực hiện Chỉ thị số 36-CT/TW (Ban Thường vụ Tỉnh ủy Quảng Ngãi, thực hiện Kế hoạch 230-KH/ĐUCA ngày 26/4/2024)",
    clause: "mục II.1 (Nội dung sơ kết)",
    note: "seed 003. Cách hiểu: tên đề cương do danh mục đặt (mục II.1 không có tên riêng); “đề cương hướng dẫn báo cáo sơ kết kèm theo” mà Kế hoạch nhắc đến không có trong seed, nên đề cương này dựng từ mục II.1.",
  },
  sections: [
    {
      id: "noi-dung-so-ket",
      style: "arabic",
      title: "Nội dung sơ kết",
      guidance: [],
      children: [
        {
          id: "lanh-dao-chi-dao",
          style: "decimal",
          title: "Công tác lãnh đạo, chỉ đạo thực hiện",
          guidance: [
            {
              kind: "-",
              text: "Ban hành văn bản chỉ đạo của các cấp ủy, tổ chức đảng; tổ chức quán triệt, cách thức duy trì sự lãnh đạo thường xuyên ở các cấp ủy, tổ chức đảng; hoạt động kiểm tra, đôn đốc thực hiện của cấp ủy cấp trên với cấp dưới và của cấp ủy cơ sở đối với từng đảng viên trong công tác phòng, chống ma túy.",
            },
            {
              kind: "-",
              text: "Kiểm điểm vai trò, trách nhiệm của người đứng đầu các cấp ủy, tổ chức đảng và đảng viên, các giải pháp lãnh đạo, chỉ đạo thực hiện Chỉ thị số 36-CT/TW (tình hình đảng viên vi phạm pháp luật về phòng, chống ma túy; đảng viên bị xử lý kỷ luật do liên đới vì để người thân trong gia đình nghiện ma túy và phạm tội về ma túy...).",
            },
          ],
          children: [],
        },
        {
          id: "nhiem-vu-giai-phap",
          style: "decimal",
          title: "Kết quả triển khai thực hiện các nhiệm vụ, giải pháp",
          // The figures the guidance asks to assess: crime fought, addicts and users on record, hotspots.
          bindings: {
            targets: [],
            indicators: [],
            dataElements: [
              "drug_cases_detected",
              "addicts_registered",
              "illegal_users_registered",
              "hotspots_remaining",
            ],
            tables: [],
            agencies: [],
          },
          guidance: [
            {
              kind: "text",
              text: "Căn cứ nội dung Chỉ thị số 36-CT/TW, Kế hoạch số 227-KH/TU ngày 29/10/2019 của Ban Thường vụ Tỉnh ủy về triển khai thực hiện Chỉ thị số 36-CT/TW (viết tắt là *Kế hoạch số 227-KH/TU*) và chức năng, nhiệm vụ được giao, các cấp ủy, tổ chức đảng kiểm điểm, đánh giá kết quả thực hiện trên các mặt công tác sau:",
              items: [
                {
                  kind: "-",
                  text: "Công tác tham mưu, triển khai thực hiện các nội dung của Chỉ thị số 36-CT/TW và Kế hoạch số 227-KH/TU.",
                },
                {
                  kind: "-",
                  text: "Tăng cường, nâng cao hiệu quả công tác lãnh đạo, chỉ đạo về phòng, chống và kiểm soát ma túy.",
                },
                {
                  kind: "-",
                  text: "Công tác rà soát, đề nghị sửa đổi, bổ sung, hoàn thiện hệ thống chính sách, pháp luật về phòng, chống ma túy, trọng tâm là Luật Phòng, chống ma túy năm 2021 và các văn bản quy định chi tiết, hướng dẫn thi hành.",
                },
                {
                  kind: "-",
                  text: "Công tác tuyên truyền, giáo dục phòng, chống ma túy; xây dựng, duy trì và nhân rộng các mô hình tiêu biểu, điển hình tiên tiến về phòng, chống ma túy tại địa bàn cơ sở.",
                },
                {
                  kind: "-",
                  text: "Công tác đấu tranh phòng, chống tội phạm về ma túy; vai trò nòng cốt của cơ quan chuyên trách, đặc biệt là vai trò chủ trì công tác phòng, chống và kiểm soát ma túy của lực lượng Công an; công tác phối hợp giữa các lực lượng; công tác kiểm soát các hoạt động hợp pháp liên quan đến ma túy; công tác nắm tình hình, điều tra, truy tố, xét xử tội phạm về ma túy; đánh giá kết quả thực hiện nhiệm vụ quản lý, kiểm soát tiền chất, chất hướng thần, chất gây nghiện.",
                },
                {
                  kind: "-",
                  text: "Công tác cai nghiện ma túy tại gia đình, cộng đồng, các cơ sở cai nghiện; công tác điều trị nghiện ma túy; công tác thống kê, đánh giá tình hình, quản lý người nghiện và người sử dụng trái phép chất ma túy.",
                },
                {
                  kind: "-",
                  text: "Tăng cường nguồn lực cho công tác phòng, chống ma túy; củng cố, kiện toàn nâng cao năng lực của lực lượng phòng, chống ma túy; đầu tư trang, thiết bị; xây dựng cơ chế, chính sách đặc thù; đầu tư kinh phí; thực hiện xã hội hóa, huy động nguồn lực cho công tác phòng, chống ma túy.",
                },
                {
                  kind: "-",
                  text: "Công tác hợp tác quốc tế về phòng, chống ma túy; công tác phối hợp giữa các tỉnh tiếp giáp với địa bàn tỉnh trong công tác phòng, chống và kiểm soát ma túy.",
                },
                {
                  kind: "-",
                  text: "Công tác nghiên cứu khoa học và sơ kết, tổng kết để nâng cao hiệu quả công tác phòng, chống và kiểm soát ma túy.",
                },
              ],
            },
          ],
          children: [],
        },
        {
          id: "danh-gia-chung",
          style: "decimal",
          title:
            "Đánh giá chung những ưu điểm; tồn tại, hạn chế; khó khăn, vướng mắc; nguyên nhân; kiến nghị, đề xuất và phương hướng, nhiệm vụ công tác trọng tâm nâng cao hiệu quả sự lãnh đạo, chỉ đạo công tác phòng, chống và kiểm soát ma túy trong giai đoạn tiếp theo.",
          guidance: [],
          children: [],
        },
        {
          id: "noi-dung-theo-co-quan",
          style: "decimal",
          title:
            "Ngoài các nội dung hướng dẫn sơ kết nêu trên, các ban cán sự đảng, đảng đoàn, đảng ủy trực thuộc Tỉnh ủy khi tiến hành sơ kết theo chức năng, nhiệm vụ tập trung vào một số nội dung sau:",
          bindings: {
            targets: [],
            indicators: [],
            dataElements: [],
            tables: [],
            agencies: [
              "bcsd-ubnd",
              "duca",
              "quan-su-bien-phong-hai-quan",
              "vks",
              "toa-an",
              "doan-the",
              "bao-dai",
            ],
          },
          guidance: [
            {
              kind: "-",
              text: "Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo Ủy ban nhân dân tỉnh chỉ đạo đánh giá việc xây dựng chương trình, kế hoạch trong công tác phòng, chống ma túy; huy động nguồn lực, tăng cường chỉ đạo các cấp, các ngành thực hiện công tác phòng, chống ma túy theo Kế hoạch số 157/KH-UBND ngày 13/12/2019 của Ủy ban nhân dân tỉnh về triển khai thực hiện Chỉ thị số 36-CT/TW; Công văn số 2067/UBND-NC ngày 11/5/2020 của Chủ tịch Ủy ban nhân dân tỉnh về đẩy mạnh thực hiện Chỉ thị số 36-CT/TW; Công văn số 575/UBND-NC ngày 17/02/2023 của Chủ tịch Ủy ban nhân dân tỉnh về việc tăng cường thực hiện một số nhiệm vụ, giải pháp trọng tâm của Chỉ thị số 36-CT/TW; Công văn số 2379/UBND-NC ngày 26/5/2023 của Chủ tịch Ủy ban nhân dân tỉnh về tiếp tục thực hiện Chỉ thị số 36-CT/TW, Luật Phòng, chống ma túy và công tác phòng, chống ma túy trên địa bàn tỉnh năm 2023; trong đó, chỉ đạo đánh giá kết quả một số nhiệm vụ trọng tâm sau:",
              items: [
                {
                  kind: "+",
                  text: "Công tác tổ chức và quản lý cai nghiện; tổ chức giáo dục, dạy nghề cho người nghiện ma túy; tạo việc làm, tái hòa nhập cộng đồng cho người sau cai nghiện ma túy.",
                },
                {
                  kind: "+",
                  text: "Việc nghiên cứu, ban hành phác đồ, quy trình điều trị nghiện ma túy; nghiên cứu các bài thuốc hỗ trợ cắt cơn cho người nghiện ma túy; nghiên cứu các giải pháp điều trị cho người nghiện ma túy tổng hợp; hiệu quả chương trình điều trị Methadone; việc quản lý các loại thuốc gây nghiện, thuốc hướng thần và tiền chất dùng trong y học.",
                },
                {
                  kind: "+",
                  text: "Việc bố trí kinh phí phục vụ công tác phòng, chống ma túy; công tác hướng dẫn, kiểm tra, giám sát sử dụng kinh phí phòng, chống ma túy.",
                },
                {
                  kind: "+",
                  text: "Công tác phối hợp xây dựng chính sách huy động nguồn lực, bố trí kinh phí cho công tác phòng, chống ma túy; hướng dẫn lập, thẩm định, phê duyệt các dự án đầu tư liên quan đến công tác phòng, chống ma túy.",
                },
                {
                  kind: "+",
                  text: "Công tác phối hợp với các sở, ngành liên quan đề nghị sửa đổi, bổ sung, hoàn thiện hệ thống văn bản quy phạm pháp luật về phòng, chống ma túy.",
                },
                {
                  kind: "+",
                  text: "Việc đổi mới nội dung và phương pháp tuyên truyền, giáo dục về phòng, chống ma túy; xây dựng chiến lược thông tin tuyên truyền phòng, chống ma túy.",
                },
                {
                  kind: "+",
                  text: "Công tác tuyên truyền phòng, chống ma túy, lồng ghép vào các hoạt động văn hoá, thể thao, du lịch; việc quản lý, kiểm tra các hoạt động dịch vụ văn hóa, thể thao, du lịch nhằm ngăn ngừa phát sinh tội phạm và tệ nạn ma túy.",
                },
                {
                  kind: "+",
                  text: "Công tác tuyên truyền, giáo dục về phòng, chống ma túy trong trường học và các cơ sở giáo dục; xây dựng nội dung giáo dục về phòng, chống ma túy vào chương trình chính khóa ở các cấp học.",
                },
                {
                  kind: "+",
                  text: "Công tác tuyên truyền, kiểm tra, triệt xóa diện tích trồng cây có chứa chất ma túy; hiệu quả các kế hoạch, dự án chuyển đổi cơ cấu cây trồng tại những vùng đã xoá bỏ cây có chứa chất ma túy; công tác quản lý các loại thuốc thú y có chứa tiền chất, chất gây nghiện, thuốc hướng thần.",
                },
                {
                  kind: "+",
                  text: "Công tác quản lý tiền chất trong lĩnh vực công nghiệp, thương mại; công tác quản lý sản xuất, kinh doanh, xuất khẩu, nhập khẩu và sử dụng tiền chất trong lĩnh vực công nghiệp.",
                },
                {
                  kind: "+",
                  text: "Công tác hợp tác quốc tế về phòng, chống ma túy.",
                },
                {
                  kind: "+",
                  text: "Việc xây dựng và phối hợp triển khai các chính sách chuyển đổi, sản xuất thay thế cây có chứa chất ma túy; công tác tuyên truyền phòng, chống ma túy ở miền núi và vùng dân tộc ít người.",
                },
              ],
            },
            {
              kind: "-",
              text: "Đảng ủy Công an tỉnh đánh giá kết quả thực hiện vai trò, trách nhiệm hướng dẫn, đôn đốc việc thực hiện Chỉ thị số 36-CT/TW, Kế hoạch số 227-KH/TU; chức năng thường trực cho Ủy ban nhân dân tỉnh trong lĩnh vực phòng, chống ma túy.",
            },
            {
              kind: "-",
              text: "Đảng ủy Quân sự tỉnh, Đảng ủy Bộ đội Biên phòng tỉnh, Cục Hải quan tỉnh đánh giá hiệu quả hoạt động phòng ngừa, đấu tranh và ngăn chặn các hoạt động mua bán, vận chuyển trái phép ma túy theo chức năng, nhiệm vụ; phối hợp tổ chức cai nghiện cho người nghiện ma túy tại các xã thuộc khu vực biên giới biển; công tác tuyên truyền, vận động nhân dân không trồng, tái trồng cây có chứa chất ma túy tại khu vực biên giới biển.",
            },
            {
              kind: "-",
              text: "Ban cán sự đảng Viện kiểm sát nhân dân tỉnh đánh giá tình hình, kết quả công tác truy tố các vụ án về ma túy, công tác tương trợ tư pháp về hình sự đối với các vụ án về ma túy.",
            },
            {
              kind: "-",
              text: "Ban cán sự đảng Tòa án nhân dân tỉnh đánh giá tình hình, kết quả công tác xét xử các vụ án về ma túy và áp dụng biện pháp xử lý vi phạm hành chính đưa vào cơ sở cai nghiện bắt buộc; kết quả áp dụng biện pháp đưa người nghiện ma túy từ đủ 12 tuổi đến dưới 18 tuổi vào cơ sở cai nghiện bắt buộc theo quy định của Pháp lệnh số 01/2022/UBTVQH15.",
            },
            {
              kind: "-",
              text: "Đảng đoàn: Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Liên đoàn Lao động tỉnh, Hội Liên hiệp Phụ nữ tỉnh, Hội Nông dân tỉnh, Hội Cựu chiến binh tỉnh; Ban Thường vụ Tỉnh đoàn đánh giá kết quả thực hiện các kế hoạch liên tịch, chương trình phối hợp hành động về phòng, chống ma túy đã ký kết; xây dựng mô hình phòng, chống ma túy.",
            },
            {
              kind: "-",
              text: "Báo Quảng Ngãi, Đài Phát thanh và Truyền hình tỉnh đánh giá kết quả công tác tuyên truyền phòng, chống ma túy theo chức năng.",
            },
            {
              kind: "text",
              text: "(có đề cương hướng dẫn báo cáo sơ kết kèm theo)",
            },
          ],
          children: [],
        },
      ],
    },
  ],
};
