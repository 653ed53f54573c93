import type { OutlineInput } from "@pctm/domain";

/**
 * Seed 004: the statistics-heavy outline for the review of addicts, illegal users, post-rehabilitation
 * management and drug hotspots (Kế hoạch 483/KH-BCA-C04, 2024). §2.1 and §2.2 ask for the counts.
 * Generated once from the seed text with parseOutline, then given stable ids and bindings by hand.
 * The round-trip test (seed-outlines.test.ts) keeps it identical to the seed, heading by heading.
 */
export const raSoatNghienDiemOutline: OutlineInput = {
  id: "ra-soat-nghien-diem-2024",
  title:
    "ĐỀ CƯƠNG BÁO CÁO Kết quả công tác rà soát, phát hiện, thống kê, quản lý người nghiện ma tuý, người sử dụng trái phép chất ma túy, người bị quản lý sau cai nghiện ma tuý và đấu tranh, triệt xoá điểm, tụ điểm phức tạp về ma tuý",
  source: {
    document: "Kế hoạch 483/KH-BCA-C04 ngày 07/10/2024 của Bộ Công an",
    clause: "Đề cương báo cáo kèm theo Điện mật thực hiện Kế hoạch",
    note: "seed 004; the damaged second copy at the end of the seed is not part of the outline",
  },
  preamble: [
    {
      kind: "text",
      text: "(kèm theo Điện mật số ........./ĐK-HT ngày......tháng 10 năm 2024 về việc thực hiện Kế hoạch số 483/KH-BCA-C04 ngày 07/10/2024)",
    },
  ],
  sections: [
    {
      id: "dac-diem-tinh-hinh",
      style: "roman",
      title: "ĐẶC ĐIỂM TÌNH HÌNH CÓ LIÊN QUAN",
      guidance: [
        {
          kind: "-",
          text: "Khái quát diễn biến tình hình tội phạm và tệ nạn ma túy; phương thức, thủ đoạn mới mà các đối tượng sử dụng để mua bán, vận chuyển trái phép và tổ chức sử dụng trái phép chất ma túy;",
        },
        {
          kind: "-",
          text: "Thực trạng công tác quản lý người sử dụng trái phép chất ma túy, người nghiện ma túy, người quản lý sau cai nghiện ma túy và công tác đấu tranh, triệt xóa điểm, tụ điểm phức tạp về ma túy.",
        },
      ],
      children: [],
    },
    {
      id: "ket-qua-cac-mat-cong-tac",
      style: "roman",
      title: "KẾT QUẢ CÁC MẶT CÔNG TÁC",
      guidance: [],
      children: [
        {
          id: "tham-muu-chi-dao",
          style: "arabic",
          title: "Công tác tham mưu chỉ đạo",
          guidance: [
            {
              kind: "-",
              text: "Khái quát nội dung, kết quả công tác chỉ đạo của Ban Chỉ đạo phòng, chống AIDS và phòng, chống tệ nạn ma túy, mại dâm; huy động sự tham gia vào cuộc của các ban, ngành và đoàn thể.",
            },
            {
              kind: "-",
              text: "Vai trò, trách nhiệm của Giám đốc Công an cấp tỉnh, Trưởng Công an cấp huyện, Trưởng Công an cấp xã trong công tác rà soát, phát hiện, thống kê, báo cáo và tổ chức đấu tranh theo Kế hoạch.",
            },
            {
              kind: "-",
              text: "Công tác chỉ đạo triển khai kế hoạch tổng rà soát, ban hành quy chế xác định trách nhiệm, phân công, phân cấp trong công tác rà soát, phát hiện, thống kê người sử dụng trái phép chất ma tuý, người nghiện ma túy và người bị quản lý sau cai nghiện.",
            },
            {
              kind: "-",
              text: "Công tác chỉ đạo, tham mưu đấu tranh, triệt xóa điểm, tụ điểm phức tạp về ma túy.",
            },
            {
              kind: "-",
              text: "Công tác kiểm tra, hướng dẫn, khen thưởng và kỷ luật trong quá trình thực hiện Kế hoạch.",
            },
          ],
          children: [],
        },
        {
          id: "ra-soat-thong-ke",
          style: "arabic",
          title: "Công tác rà soát, phát hiện, thống kê",
          guidance: [],
          children: [
            {
              id: "ra-soat-nguoi-nghien-su-dung",
              style: "decimal",
              title:
                "Kết quả rà soát, phát hiện, thống kê người sử dụng trái phép chất ma túy, người nghiện ma túy và người bị quản lý sau cai nghiện ma túy",
              bindings: {
                targets: [],
                indicators: [],
                dataElements: [
                  "addicts_registered",
                  "illegal_users_registered",
                  "post_rehab_managed",
                  "substitution_patients",
                  "suspected_users",
                ],
                tables: ["bieu-mau-483-2024-nguoi"],
                agencies: [],
              },
              guidance: [
                {
                  kind: "-",
                  text: "Số người nghiện ma tuý; số người sử dụng trái phép chất ma tuý; số người bị quản lý sau cai nghiện ma tuý; số người tham gia điều trị các chất dạng thuốc phiện bằng thuốc thay thế; số người nghi sử dụng trái phép chất ma túy, nghi nghiện ma túy; người có tiền sử nghiện ma tuý, người có tiền sử sử dụng trái phép chất ma tuý trong các trại giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng (có biểu mẫu kèm theo).",
                },
                {
                  kind: "-",
                  text: "Công tác cập nhật số liệu người sử dụng trái phép chất ma túy, người nghiện ma túy và người bị quản lý sau cai nghiện lên hệ thống phần mềm quản lý đối tượng.",
                },
                {
                  kind: "-",
                  text: "Kết quả cập nhật nhập số liệu trên hệ thống phần mềm quản lý đối tượng người sử dụng trái phép chất ma túy, người nghiện ma túy và người bị quản lý sau cai nghiện của địa phương.",
                },
              ],
              children: [],
            },
            {
              id: "ra-soat-diem-tu-diem",
              style: "decimal",
              title: "Kết quả rà soát, phát hiện, thống kê điểm, tụ điểm phức tạp về ma túy",
              bindings: {
                targets: [],
                indicators: [],
                dataElements: ["hotspots_at_start", "hotspots_new"],
                tables: ["hd-689-c04-p4"],
                agencies: [],
              },
              guidance: [
                {
                  kind: "-",
                  text: "Số điểm, tụ điểm, điểm có nguy cơ phức tạp về ma túy (bao gồm cả điểm, tụ điểm về ma túy lợi dụng không gian mạng để hoạt động), đối tượng bán lẻ trái phép chất ma túy được thống kê (theo các biểu mẫu tại Hướng dẫn 689/HD-C04-P4 ngày 21/2/2023 về việc xác định và phân công, phân cấp trong đấu tranh, giải quyết điểm, tụ điểm phức tạp về ma túy).",
                },
                {
                  kind: "-",
                  text: "Thống kê số liệu cụ thể và có nhận xét đánh giá về tình hình rà soát, nguyên nhân hình thành, phát sinh điểm, tụ điểm, điểm có nguy cơ phức tạp về ma túy, đối tượng bán lẻ trái phép chất ma túy; đánh giá việc phân bố điểm, tụ điểm, điểm có nguy cơ phức tạp về ma túy, đối tượng bán lẻ trái phép chất ma túy trên địa bàn.",
                },
              ],
              children: [],
            },
          ],
        },
        {
          id: "quan-ly-nguoi-nghien",
          style: "arabic",
          title:
            "Công tác quản lý người sử dụng trái phép chất ma túy, người nghiện ma túy và người quản lý sau cai nghiện ma túy",
          guidance: [],
          children: [
            {
              id: "cai-nghien-quan-ly-sau-cai",
              style: "decimal",
              title: "Công tác cai nghiện và quản lý sau cai",
              bindings: {
                targets: [],
                indicators: [],
                dataElements: ["post_rehab_managed", "rehab_success"],
                tables: [],
                agencies: [],
              },
              guidance: [
                {
                  kind: "-",
                  text: "Kết quả triển khai thực hiện các biện pháp cai nghiện, phục hồi và quản lý sau cai; các cơ chế, chính sách về cai nghiện, quản lý sau cai tại đơn vị, địa phương.",
                },
                {
                  kind: "-",
                  text: "Công tác chỉ đạo, triển khai các kế hoạch, chỉ tiêu về công tác cai nghiện và quản lý sau cai; công tác xác định tình trạng nghiện; tổ chức xét nghiệm chất ma túy trong cơ thể.",
                },
                {
                  kind: "-",
                  text: "Kết quả tổ chức cai nghiện, hỗ trợ dạy nghề tại các trung tâm, cơ sở cai nghiện; cai nghiện tại gia đình và cộng đồng; điều trị nghiện các chất dạng thuốc phiện bằng thuốc thay thế; công tác quản lý sau cai và phòng, chống tái nghiện am túy; số người được cai nghiện thành công (có số liệu cụ thể);",
                },
              ],
              children: [],
            },
            {
              id: "cai-nghien-tu-nguyen",
              style: "decimal",
              title: "Công tác cai nghiện ma túy tự nguyện tại gia đình, cộng đồng",
              guidance: [
                {
                  kind: "-",
                  text: "Thực trạng công tác cai nghiện ma túy tự nguyện tại gia đình, cộng đồng: Đánh giá toàn diện công tác cai nghiện ma túy tự nguyện tại gia đình, cộng đồng và có đề xuất các giải pháp thực hiện trong thời gian tới được tốt hơn.",
                },
                {
                  kind: "-",
                  text: "Việc tổ chức các cơ sở cung cấp dịch vụ cai nghiện để thực hiện cai nghiện tự nguyện tại gia đình, cộng đồng theo quy định của NĐ116:",
                  items: [
                    {
                      kind: "+",
                      text: "Số huyện đã công bố danh sách tổ chức, cá nhân đủ điều kiện cung cấp dịch vụ cai nghiện ma túy tự nguyện tại gia đình, cộng đồng:",
                    },
                    {
                      kind: "+",
                      text: "Số tổ chức, cá nhân trên địa bàn đủ điều kiện cung cấp dịch vụ cai nghiện ma túy tự nguyện tại gia đình, cộng đồng.",
                    },
                    {
                      kind: "+",
                      text: "Số đơn vị sự nghiệp công lập trên địa bàn cung cấp dịch vụ cai nghiện ma túy tự nguyện tại gia đình, cộng đồng.",
                    },
                  ],
                },
              ],
              children: [],
            },
            {
              id: "cai-nghien-bat-buoc",
              style: "decimal",
              title: "Công tác cai nghiện bắt buộc",
              bindings: {
                targets: [],
                indicators: [],
                dataElements: ["compulsory_rehab_files", "rehab_capacity"],
                tables: [],
                agencies: [],
              },
              guidance: [
                {
                  kind: "-",
                  text: "Thực trạng công tác lập hồ sơ áp dụng biện pháp xử lý hành chính đưa vào cơ sở cai nghiện bắt buộc.",
                  items: [
                    {
                      kind: "+",
                      text: "Tập trung đánh giá những thuận lợi, khó khăn, vướng mắc; nguyên nhân của những khó khăn, vướng mắc. Trong đó cần chỉ rõ vướng mắc trong các quy định của pháp luật (khó khăn, vướng mắc ở điều khoản của văn bản pháp luật nào? Đề xuất sửa đổi các quy định đó như thế nào? Căn cứ pháp lý, thực tiễn đề xuất?).",
                    },
                    {
                      kind: "+",
                      text: "Sự phối hợp giữa các cơ quan trong công tác lập hồ sơ đưa vào cơ sở cai nghiện bắt buộc.",
                    },
                  ],
                },
                {
                  kind: "-",
                  text: "Tổng số người nghiện được lập hồ sơ đưa đi cai nghiện bắt buộc, đánh giá việc tăng, giảm; phân tích cụ thể nguyên nhân tăng, giảm.",
                },
                {
                  kind: "-",
                  text: "Đánh giá quy mô, sức chứa của cơ sở cai nghiện công lập, có đáp ứng được với thực trạng người nghiện trên địa bàn không?",
                },
              ],
              children: [],
            },
            {
              id: "dieu-tri-thay-the",
              style: "decimal",
              title: "Công tác điều trị nghiện các chất bằng thuốc thay thế",
              bindings: {
                targets: [],
                indicators: [],
                dataElements: ["substitution_patients", "relapsed"],
                tables: [],
                agencies: [],
              },
              guidance: [
                {
                  kind: "-",
                  text: "Thực trạng công tác điều trị nghiện các chất dạng thuốc phiện bằng thuốc thay thế. Số người đang tham gia điều trị phương pháp này tại địa phương? Số tái nghiện và hiệu quả của chương trình.",
                },
              ],
              children: [],
            },
          ],
        },
        {
          id: "dau-tranh-diem-tu-diem",
          style: "arabic",
          title:
            "Kết quả đấu tranh, giải quyết điểm, tụ điểm phức tạp về ma túy, điểm có nguy cơ phức tạp về ma túy, đối tượng bán lẻ trái phép chất ma túy",
          bindings: {
            targets: [],
            indicators: [],
            dataElements: ["hotspots_eliminated", "hotspots_remaining"],
            tables: ["hd-689-c04-p4"],
            agencies: [],
          },
          guidance: [
            {
              kind: "-",
              text: "Tổng số điểm, tụ điểm, điểm có nguy cơ phức tạp về ma túy, đối tượng bán lẻ trái phép chất ma túy (bao gồm điểm, tụ điểm ma túy lợi dụng không gian mạng để hoạt động) được đấu tranh, giải quyết theo các biểu mẫu tại Hướng dẫn 689/HD-C04-P4 ngày 21/2/2023 về việc xác định và phân công, phân cấp trong đấu tranh, giải quyết điểm, tụ điểm phức tạp về ma túy. Trong đó:",
              items: [
                {
                  kind: "+",
                  text: "Tập trung phân tích, đánh giá tình hình, phương thức thủ đoạn của tội phạm tổ chức, chứa chấp việc sử dụng trái phép chất ma túy tại các cơ sở kinh doanh có điều kiện về ANTT, dịch vụ nhạy cảm, khu chung cư, khu resort cao cấp, khu công nghiệp, công trường xây dựng; điểm, tụ điểm về ma túy lợi dụng không gian mạng để hoạt động.",
                },
                {
                  kind: "+",
                  text: "Phân tích, đánh giá cơ cấu xử lý tội phạm tại các điểm, tụ điểm, điểm có nguy cơ phức tạp về ma túy, đối tượng bán lẻ trái phép chất ma túy được đấu tranh, giải quyết.",
                },
                {
                  kind: "+",
                  text: "Phân tích cơ cấu thành phần, nghề nghiệp, giới tính, lứa tuổi, diện quản lý nghiệp vụ, quản lý người nghiện, người sử dụng trái phép chất ma túy số đối tượng bị xử lý hình sự, hành chính liên quan đến ma túy;",
                },
                {
                  kind: "+",
                  text: "Những thuận lợi, khó khăn trong quá trình đấu tranh, giải quyết điểm, tụ điểm, điểm có nguy cơ phức tạp về ma túy, đối tượng bán lẻ trái phép chất ma túy.",
                },
              ],
            },
            {
              kind: "-",
              text: "Số điểm, tụ điểm phức tạp về ma túy, điểm có nguy cơ phức tạp về ma túy, đối tượng bán lẻ trái phép chất ma túy hiện còn (sau khi kết thúc cao điểm).",
            },
          ],
          children: [],
        },
        {
          id: "phoi-hop",
          style: "arabic",
          title: "Kết quả công tác phối hợp",
          guidance: [],
          children: [
            {
              id: "phoi-hop-lao-dong-thuong-binh-xa-hoi",
              style: "decimal",
              title: "Phối hợp với ngành Lao động - Thương binh và Xã hội",
              guidance: [
                {
                  kind: "-",
                  text: "Mở rộng quy mô, nâng cao năng lực cho các cơ sở cai nghiện ma túy công lập trên địa bàn, đảm bảo công tác cai nghiện ma tuý đạt hiệu quả và đúng quy định pháp luật;",
                },
                {
                  kind: "-",
                  text: "Triển khai các biện pháp nghiệp vụ đảm bảo an ninh trật tự tại các cơ sở cai nghiện ma tuý, không để xảy ra tình trạng chống phá, thẩm lậu ma tuý và các vật cấm khác; phòng ngừa các hành vi vi phạm pháp luật, xây dựng, diễn tập các phương án giả định để giải quyết kịp thời tình huống bất ngờ xảy ra tại cơ sở cai nghiện ma túy trên địa bàn;",
                },
                {
                  kind: "-",
                  text: "Trong công tác nâng cao hiệu quả quản lý sau cai và phòng, chống tái nghiện ma túy.",
                },
              ],
              children: [],
            },
            {
              id: "phoi-hop-y-te",
              style: "decimal",
              title: "Phối hợp với ngành Y tế",
              guidance: [
                {
                  kind: "-",
                  text: "Tăng cường công tác xác định tình trạng nghiện và tổ chức xét nghiệm chất ma túy trong cơ thể;",
                },
                {
                  kind: "-",
                  text: "Cung cấp danh sách người nghiện đang điều trị nghiện các chất dạng thuốc phiện bằng thuốc thay thế và danh sách bệnh nhân khám chữa bệnh tại các cơ sở y tế có biểu hiện loạn thần, “ngáo đá” do sử dụng ma túy cho lực lượng công an cùng cấp.",
                },
              ],
              children: [],
            },
            {
              id: "phoi-hop-vien-kiem-sat-toa-an",
              style: "decimal",
              title:
                "Kết quả trao đổi, phối hợp với Viện kiểm sát nhân dân, Toà án nhân dân các cấp: thống nhất nội dung, phương pháp thu thập tài liệu, chứng cứ để truy xét mở rộng, xử lý triệt để các đối tượng, đường dây, ổ, nhóm mua bán, tàng trữ, tổ chức, chứa chấp việc sử dụng trái phép chất ma túy.",
              guidance: [],
              children: [],
            },
            {
              id: "phoi-hop-luc-luong-khac",
              style: "decimal",
              title:
                "Phối hợp với các lực lượng khác: các ban, ngành, Mặt trận Tổ quốc Việt Nam, Đoàn Thanh niên Cộng sản Hồ Chí Minh, Hội Phụ nữ và các lực lượng có liên quan đẩy mạnh phong trào toàn dân bảo vệ An ninh tổ quốc.",
              guidance: [],
              children: [],
            },
          ],
        },
        {
          id: "kho-khan-van-ban",
          style: "arabic",
          title: "Khó khăn, vướng mắc, bất cập của hệ thống văn bản quy định, hướng dẫn có liên quan.",
          guidance: [
            {
              kind: "text",
              text: "Đánh giá, chỉ ra những khó khăn, vướng mắc việc thực hiện các văn bản quy định hiện hành trong công tác quản lý người sử dụng trái phép chất ma túy, người nghiện ma túy, người bị quản lý sau cai nghiện và công tác đấu tranh, giải quyết điểm, tụ điểm phức tạp về ma túy để kiến nghị, đề xuất sửa đổi, bổ sung cho phù hợp nhằm nâng cao hiệu quả công tác này trong thời gian tới.",
            },
          ],
          children: [],
        },
      ],
    },
    {
      id: "nhan-xet-danh-gia",
      style: "roman",
      title: "NHẬN XÉT, ĐÁNH GIÁ",
      guidance: [],
      children: [
        {
          id: "uu-diem-ton-tai",
          style: "arabic",
          title: "Ưu điểm và tồn tại, hạn chế",
          guidance: [],
          children: [
            {
              id: "danh-gia-quan-ly-nguoi-nghien",
              style: "decimal",
              punctuation: "",
              title:
                "Trong công tác quản lý người sử dụng trái phép chất ma túy, người nghiện ma túy và người bị quản lý sau cai nghiện, người nghi sử dụng trái phép chất ma túy, nghi nghiện ma túy.",
              guidance: [
                {
                  kind: "-",
                  text: "Đánh giá những mặt đạt được và chưa đạt trong công tác quản lý người sử dụng trái phép chất ma túy, người nghiện ma túy và người bị quản lý sau cai nghiện, người nghi sử dụng trái phép chất ma túy, nghi nghiện ma túy.",
                },
                {
                  kind: "-",
                  text: "Đánh giá công tác cập nhật số liệu người sử dụng trái phép chất ma túy, người nghiện ma túy và người bị quản lý sau cai nghiện lên Cơ sở dữ liệu phần mềm quản lý đối tượng.",
                },
              ],
              children: [],
            },
            {
              id: "danh-gia-dau-tranh-diem",
              style: "decimal",
              punctuation: "",
              title:
                "Trong công tác đấu tranh giải quyết điểm, tụ điểm phức tạp về ma túy, điểm có nguy cơ phức tạp về ma túy, đối tượng bán lẻ trái phép chất ma túy.",
              guidance: [
                {
                  kind: "-",
                  text: "Những điểm nổi bật trong công tác tham mưu, chỉ đạo, triển khai thực hiện cao điểm đấu tranh, giải quyết điểm, tụ điểm phức tạp về ma túy, điểm có nguy cơ phức tạp về ma túy, đối tượng bán lẻ trái phép chất ma túy.",
                },
                {
                  kind: "-",
                  text: "Những biện pháp, cách làm hay, mô hình phòng, chống ma túy đạt hiệu quả, vụ án điển hình.",
                },
              ],
              children: [],
            },
          ],
        },
        {
          id: "kho-khan-vuong-mac",
          style: "arabic",
          title: "Khó khăn, vướng mắc.",
          guidance: [],
          children: [],
        },
        {
          id: "nguyen-nhan",
          style: "arabic",
          title: "Nguyên nhân khách quan, chủ quan",
          guidance: [],
          children: [],
        },
      ],
    },
    {
      id: "kien-nghi-de-xuat",
      style: "roman",
      title: "KIẾN NGHỊ, ĐỀ XUẤT",
      guidance: [],
      children: [],
    },
    {
      id: "phuong-huong-nhiem-vu",
      style: "roman",
      title: "PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI",
      guidance: [
        {
          kind: "text",
          text: "Báo cáo kết quả thực hiện từng giai đoạn theo tiến độ đề ra của Kế hoạch này để tổng hợp, báo cáo lãnh đạo Bộ. Tổng hợp báo cáo kết quả thực hiện của 2 giai đoạn gửi về Bộ (qua C04, V01) để tập hợp báo cáo Lãnh đạo bộ, cụ thể:",
          items: [
            {
              kind: "+",
              text: "Sơ kết giai đoạn 1: trước ngày 30/11/2024.",
            },
            {
              kind: "+",
              text: "Tổng kết giai đoạn 2: trước ngày 30/5/2025.",
            },
          ],
        },
      ],
      children: [],
    },
  ],
};
