import type { OutlineInput } from "@pctm/domain";

/**
 * Seed 000: the outline attached to Thừa Thiên Huế's plan for the closing review of the national drug
 * control programme to 2020 (Quyết định 424/QĐ-TTg). Phần thứ nhất III binds the programme's targets.
 * Generated once from the seed text with parseOutline, then given stable ids and bindings by hand.
 * The round-trip test (seed-outlines.test.ts) keeps it identical to the seed, heading by heading.
 */
export const tongKetCtpcmt2020Outline: OutlineInput = {
  id: "tong-ket-ctpcmt-2020",
  title: "ĐỀ CƯƠNG BÁO CÁO TỔNG KẾT ĐÁNH GIÁ THỰC HIỆN CHƯƠNG TRÌNH PHÒNG CHỐNG MA TÚY ĐẾN NĂM 2020",
  source: {
    document:
      "Kế hoạch tổng kết thực hiện Chương trình phòng, chống ma túy đến năm 2020 (UBND tỉnh Thừa Thiên Huế, thực hiện Kế hoạch 483/KH-UBQG-BCA ngày 18/12/2019)",
    clause: "Đề cương báo cáo tổng kết kèm theo Kế hoạch",
    note: "seed 000",
  },
  sections: [
    {
      id: "phan-tinh-hinh-ket-qua",
      style: "part-ordinal",
      title: "TÌNH HÌNH, KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH PHÒNG, CHỐNG MA TÚY ĐẾN NĂM 2020",
      guidance: [],
      children: [
        {
          id: "tinh-hinh-toi-pham-te-nan",
          style: "roman",
          title: "TÌNH HÌNH TỘI PHẠM VÀ TỆ NẠN MA TÚY",
          guidance: [
            {
              kind: "text",
              text: "Nêu khái quát diễn biến, xu thế mới, nét nổi bật tình hình ma túy từ khi triển khai Chương trình đến nay, cụ thể:",
            },
          ],
          children: [
            {
              id: "tinh-hinh-the-gioi-khu-vuc",
              style: "arabic",
              title: "Tình hình ma túy trên thế giới và trong khu vực",
              guidance: [],
              children: [],
            },
            {
              id: "tinh-hinh-toi-pham-trong-nuoc",
              style: "arabic",
              title: "Tình hình tội phạm ma túy trong nước",
              guidance: [
                {
                  kind: "-",
                  text: "Phân tích diễn biến tình hình hoạt động của tội phạm ma túy trên các tuyến, địa bàn; chỉ ra các tuyến, địa bàn trọng điểm.",
                },
                {
                  kind: "-",
                  text: "Nêu phương thức, thủ đoạn mới mà các đối tượng sử dụng để mua bán, vận chuyển trái phép và tổ chức sử dụng ma túy.",
                },
                {
                  kind: "-",
                  text: "Nguồn ma túy thẩm lậu vào địa phương; Các loại ma túy phổ biến; các loại ma túy, các chất gây nghiện, chất hướng thần mới xuất hiện...",
                },
                {
                  kind: "-",
                  text: "Tình trạng các đối tượng manh động, chống trả lực lượng chức năng khi bị phát hiện, truy bắt...",
                },
              ],
              children: [],
            },
            {
              id: "tinh-hinh-nguoi-nghien",
              style: "arabic",
              title: "Tình trạng sử dụng ma túy, tình hình người nghiện ma túy (Số liệu thống kê)",
              bindings: {
                targets: [],
                indicators: [],
                dataElements: [
                  "addicts_registered",
                  "illegal_users_registered",
                  "communes_with_drugs",
                  "key_communes",
                ],
                tables: [],
                agencies: [],
              },
              guidance: [
                {
                  kind: "-",
                  text: "Số người nghiện ma túy có hồ sơ quản lý, số người sử dụng ma túy ngoài xã hội, thành phần, loại ma túy sử dụng.",
                },
                {
                  kind: "-",
                  text: "Tình trạng sử dụng ma túy, đặc biệt là ma túy tổng hợp và các hành vi vi phạm pháp luật do người sử dụng ma túy gây ra.",
                },
                {
                  kind: "-",
                  text: "Phân loại xã, phường, thị trấn có tệ nạn ma túy theo Quyết định 3122/2010/QĐ-BCA của Bộ trưởng Bộ Công an...",
                },
              ],
              children: [],
            },
            {
              id: "tinh-hinh-trong-cay",
              style: "arabic",
              title: "Tình hình trồng, tái trồng cây có chất ma túy",
              bindings: {
                targets: [],
                indicators: [],
                dataElements: [
                  "cultivation_area_detected_ha",
                  "cultivation_area_destroyed_ha",
                  "cultivation_incidents",
                ],
                tables: [],
                agencies: [],
              },
              guidance: [
                {
                  kind: "-",
                  text: "Diện tích phát hiện và triệt phá, địa bàn phân bố (số liệu thống kê).",
                },
                {
                  kind: "-",
                  text: "Mục đích trồng cây thuốc phiện, cây cần sa.",
                },
                {
                  kind: "-",
                  text: "Phương thức, thủ đoạn để tránh sự phát hiện của cơ quan chức năng...",
                },
              ],
              children: [],
            },
          ],
        },
        {
          id: "ket-qua-thuc-hien-chuong-trinh",
          style: "roman",
          title: "KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH",
          guidance: [
            {
              kind: "text",
              text: "Căn cứ vào nội dung Chương trình phòng, chống ma túy đến năm 2020 ban hành kèm theo Quyết định số 424/QĐ-TTg ngày 07/4/2017 của Thủ tướng Chính phủ và phân công trách nhiệm theo Kế hoạch số 245/KH-UBQG-BCA ngày 18/8/2017 của UBQG về thực hiện Chương trình, các bộ, ngành, đoàn thể và địa phương tiến hành tổng kết, đánh giá kết quả triển khai thực hiện Chương trình trên các mặt, trong đó tập trung đánh giá các nội dung sau:",
            },
          ],
          children: [
            {
              id: "tham-muu-lanh-dao-chi-dao",
              style: "arabic",
              title: "Công tác tham mưu, lãnh đạo, chỉ đạo thực hiện Chương trình",
              guidance: [
                {
                  kind: "-",
                  text: "Kết quả công tác lãnh đạo, chỉ đạo của Chính phủ; công tác tham mưu, chỉ đạo thực hiện của Ủy ban Quốc gia trong triển khai thực hiện Chương trình; việc ban hành các chỉ thị, nghị quyết, kế hoạch, chương trình chỉ đạo.",
                },
                {
                  kind: "-",
                  text: "Kết quả công tác tham mưu, chỉ đạo và thực hiện các mục tiêu, nhiệm vụ và giải pháp nêu trong Chương trình của các bộ, ngành liên quan và Ủy ban nhân dân các tỉnh, thành phố; việc ban hành các văn bản hướng dẫn thực hiện Chương trình, đặc biệt là hướng dẫn lồng ghép việc thực hiện các nội dung nhiệm vụ của Chương trình với việc thực hiện Chỉ thị số 21-CT/TW ngày 26 tháng 3 năm 2008 của Bộ Chính trị về tăng cường vai trò lãnh đạo, chỉ đạo công tác phòng, chống và kiểm soát ma túy trong tình hình mới và Chỉ thị số 36-CT/TW ngày 16-8-2019 của Bộ Chính trị về tăng cường, nâng cao hiệu quả công tác phòng, chống và kiểm soát ma túy.",
                },
                {
                  kind: "-",
                  text: "Đánh giá kết quả công tác kiểm tra, giám sát thực hiện Chương trình; công tác chỉ đạo xây dựng, phê duyệt, quản lý và triển khai các Dự án, Đề án Chương trình đề ra.",
                },
                {
                  kind: "-",
                  text: "Kết quả công tác theo dõi, đôn đốc, hướng dẫn, kiểm tra, giám sát, đánh giá việc thực hiện Chương trình của cơ quan thường trực quản lý Chương trình...",
                },
              ],
              children: [],
            },
            {
              id: "giai-phap-dieu-hanh-chi-dao",
              style: "arabic",
              title:
                "Kết quả thực hiện nhiệm vụ trọng tâm và giải pháp chủ yếu về nâng cao hiệu quả điều hành, chỉ đạo thực hiện toàn diện công tác phòng, chống ma túy (PCMT)",
              guidance: [
                {
                  kind: "-",
                  text: "Tình hình và kết quả triển khai thực hiện các giải pháp nâng cao năng lực PCMT (năng lực nắm tình hình, phát hiện, điều tra, xử lý tội phạm ma túy, nhất là các vụ án phức tạp, nghiêm trọng và đặc biệt nghiêm trọng).",
                },
                {
                  kind: "-",
                  text: "Nâng cao hiệu quả hoạt động của các cơ quan PCMT theo hướng chuyên môn hóa, tăng cường lực lượng, nâng cao năng lực cho lực lượng chuyên trách và lực lượng tham mưu, quản lý nhà nước về PCMT.",
                },
                {
                  kind: "-",
                  text: "Hoàn thiện hệ thống chính sách, pháp luật về PCMT, kết quả rà soát, đề xuất sửa đổi, bổ sung các văn bản pháp luật.",
                },
                {
                  kind: "-",
                  text: "Công tác quản lý các ngành, nghề dễ bị tội phạm ma túy lợi dụng, các hoạt động xuất nhập khẩu, sử dụng tiền chất ma túy, thuốc hướng thần...",
                },
                {
                  kind: "-",
                  text: "Công tác đảm bảo nguồn lực, chính sách động viên, khuyến khích tham gia PCMT của các cá nhân, tổ chức kinh tế - xã hội và cả hệ thống chính trị. Công tác điều tra cơ bản, rà soát, đánh giá tình hình tệ nạn ma túy để điều chỉnh các nhiệm vụ, giải pháp phòng, chống ma túy phù hợp với từng thời điểm và từng địa bàn.",
                },
                {
                  kind: "-",
                  text: "Áp dụng hiệu quả các thành tựu khoa học tiên tiến và công nghệ hiện đại vào công tác PCMT và kiểm soát ma túy, đặc biệt là trong lĩnh vực đấu tranh, giám định chất ma túy và thống kê về PCMT.",
                },
              ],
              children: [],
            },
            {
              id: "giai-phap-tuyen-truyen",
              style: "arabic",
              title:
                "Kết quả thực hiện nhiệm vụ trọng tâm và giải pháp chủ yếu về nâng cao năng lực tuyên truyền phòng, chống ma túy",
              guidance: [
                {
                  kind: "-",
                  text: "Phản công trách nhiệm của các cơ quan thực hiện công tác tuyên truyền, giáo dục về PCMT. Công tác phối hợp tuyên truyền phòng, chống ma túy giữa các bộ, ngành, địa phương.",
                },
                {
                  kind: "-",
                  text: "Xây dựng chương trình, kế hoạch và đổi mới phương pháp, nội dung, hình thức, xây dựng các chương trình tuyên truyền theo hướng chuyên sâu, phù hợp với từng nhóm đối tượng cụ thể.",
                },
                {
                  kind: "-",
                  text: "Công tác bồi dưỡng, nâng cao kiến thức nghiệp vụ và kỹ năng cho đội ngũ cán bộ làm công tác tuyên truyền PCMT từ trung ương đến địa phương.",
                },
                {
                  kind: "-",
                  text: "Triển khai đồng bộ các hoạt động PCMT ở các xã, phường, thị trấn có ma túy; xây dựng và duy trì các mô hình có hiệu quả về PCMT...",
                },
              ],
              children: [],
            },
            {
              id: "giai-phap-dau-tranh",
              style: "arabic",
              title:
                "Kết quả thực hiện nhiệm vụ trọng tâm và giải pháp chủ yếu về nâng cao năng lực, hiệu quả đấu tranh chống tội phạm về ma túy",
              bindings: {
                targets: [],
                indicators: [],
                dataElements: ["drug_cases_detected", "hotspots_eliminated", "hotspots_remaining"],
                tables: [],
                agencies: [],
              },
              guidance: [
                {
                  kind: "-",
                  text: "Tình hình và kết quả thực hiện giải pháp tăng cường lực lượng, trang thiết bị PCMT cho các lực lượng chuyên trách thuộc công an, bộ đội biên phòng, cảnh sát biển, hải quan và các cơ quan viện kiểm sát, tòa án nhằm đáp ứng thực tiễn đấu tranh và các yêu cầu pháp luật mới.",
                },
                {
                  kind: "-",
                  text: "Đánh giá hiệu quả công tác phối hợp đấu tranh PCMT giữa các lực lượng chuyên trách ở Trung ương và giữa các cơ quan chuyên trách ở Trung ương với các địa phương, nhất là những địa bàn trọng điểm phức tạp về ma túy.",
                },
                {
                  kind: "-",
                  text: "Kết quả đấu tranh với các tổ chức, đường dây, băng nhóm tội phạm ma túy của lực lượng công an, biên phòng, cảnh sát biển và hải quan. Công tác phát hiện, bắt giữ, xử lý tội phạm về ma túy (thống kê và phân tích số liệu phát hiện, bắt giữ, xử lý của các lực lượng tăng, giảm so với năm trước; nêu các vụ điển hình). Kết quả giải quyết các điểm, tụ điểm phức tạp về ma túy.",
                },
                {
                  kind: "-",
                  text: "Kết quả công tác truy tố và xét xử các vụ án về ma túy của cơ quan kiểm sát và tòa án (thống kê và phân tích số liệu cụ thể).",
                },
                {
                  kind: "-",
                  text: "Kết quả công tác phòng, chống trồng cây có chất ma túy: công tác vận động, tuyên truyền, giáo dục nhân dân không trồng cây có chứa chất ma túy; tổ chức phát hiện, xóa bỏ cây có chứa chất ma túy; kết quả xử lý đối với các đối tượng trồng cây có chứa chất ma túy (có số liệu kèm theo).",
                },
                {
                  kind: "-",
                  text: "Kết quả công tác kiểm soát các hoạt động hợp pháp liên quan đến ma túy, công tác quản lý và kiểm soát tiền chất; tổ chức thực hiện các kế hoạch quản lý, kiểm tra, giám sát để ngăn chặn hiệu quả việc thất thoát, thẩm lậu các tiền chất, hóa chất, dược liệu vào việc sản xuất ma túy tổng hợp trong nước.",
                },
              ],
              children: [],
            },
            {
              id: "giai-phap-cai-nghien",
              style: "arabic",
              title:
                "Kết quả thực hiện nhiệm vụ trọng tâm và giải pháp chủ yếu về đổi mới và nâng cao hiệu quả công tác điều trị, cai nghiện ma túy",
              guidance: [
                {
                  kind: "-",
                  text: "Kết quả triển khai Đề án đổi mới công tác cai nghiện và thực hiện Chương trình đầu tư phát triển hệ thống dịch vụ xã hội hỗ trợ người nghiện ma túy giai đoạn 2016-2020. Việc xã hội hóa, huy động các nguồn lực vào công tác điều trị và cai nghiện ma túy.",
                },
                {
                  kind: "-",
                  text: "Kết quả tham mưu đề xuất sửa đổi, bổ sung, thay thế các Nghị định quy định về quản lý người nghiện và cai nghiện ma túy. Xây dựng tiêu chí xác định mức độ lạm dụng, nghiện ma túy và phác đồ điều trị nghiện, rối loạn do sử dụng ma túy. Đánh giá hiệu quả, tác động việc triển khai thực hiện Chương trình điều trị thay thế bằng thuốc Methadone.",
                },
                {
                  kind: "-",
                  text: "Hoàn thiện xây dựng tiêu chí phân loại người nghiện ma túy. Kết quả xây dựng, triển khai kế hoạch tổng rà soát, thống kê và phân loại người sử dụng, người nghiện ma túy; công tác quản lý người sử dụng, người nghiện, người cai nghiện ma túy và đảm bảo ANTT tại các cơ sở cai nghiện ma túy.",
                },
                {
                  kind: "-",
                  text: "Xây dựng và thực hiện cơ chế, chính sách hạn chế người nghiện bỏ điều trị, khuyến khích cai nghiện tự nguyện; thí điểm và nhân rộng các mô hình cai nghiện và quản lý người nghiện kết hợp với dạy nghề, tạo việc làm; giải quyết các vấn đề xã hội sau cai nghiện như: tư vấn phòng, chống tái nghiện; tránh kỳ thị; vay vốn kinh doanh, sản xuất; tạo việc làm ổn định.",
                },
                {
                  kind: "-",
                  text: "Thí điểm, xây dựng quy trình và tiến hành điều trị nghiện ma túy với từng loại ma túy, đặc biệt là ma túy tổng hợp để áp dụng tại các cơ sở cai nghiện ma túy và cơ sở y tế.",
                },
                {
                  kind: "-",
                  text: "Kết quả xây dựng tiêu chuẩn các loại hình cơ sở điều trị nghiện ma túy. Nâng cấp, cải tạo, chuyển đổi công năng các cơ sở cai nghiện ma túy, điều trị lồng ghép điều trị nghiện các chất dạng thuốc phiện bằng thuốc thay thế (Methadone).",
                },
                {
                  kind: "-",
                  text: "Đổi mới công tác cai nghiện tại gia đình và cộng đồng.",
                },
                {
                  kind: "-",
                  text: "Công tác đào tạo, tập huấn nâng cao năng lực cho cán bộ quản lý, cán bộ trực tiếp thực hiện công tác tư vấn, điều trị cai nghiện ma túy.",
                },
              ],
              children: [],
            },
            {
              id: "giai-phap-hop-tac-quoc-te",
              style: "arabic",
              title:
                "Kết quả thực hiện nhiệm vụ trọng tâm và giải pháp chủ yếu về nâng cao hiệu quả hợp tác quốc tế.",
              guidance: [
                {
                  kind: "-",
                  text: "Kết quả triển khai thực hiện Công ước quốc tế về kiểm soát ma túy, các Hiệp định và thỏa thuận song phương, đa phương về hợp tác PCMT mà Việt Nam đã ký kết hoặc tham gia; kết quả rà soát, đánh giá hiệu quả thực hiện các hiệp định đã ký và đề xuất đàm phán ký kết các kế hoạch, chương trình và Hiệp định PCMT mới.",
                },
                {
                  kind: "-",
                  text: "Kết quả hợp tác PCMT đa phương, song phương với các tổ chức quốc tế, các nước trong khu vực và trên thế giới, đặc biệt là với các nước có chung đường biên giới trên các lĩnh vực: chia sẻ thông tin tội phạm, phối hợp điều tra, khám phá các vụ án ma túy xuyên quốc gia, truy bắt các đối tượng truy nã; chia sẻ kinh nghiệm PCMT; hỗ trợ đào tạo, tập huấn nâng cao năng lực cán bộ; tranh thủ ủng hộ về kỹ thuật, trang thiết bị, tài chính... cho các hoạt động PCMT.",
                },
              ],
              children: [],
            },
            {
              id: "de-an-du-an",
              style: "arabic",
              title: "Kết quả triển khai thực hiện các Đề án, Dự án của Chương trình",
              guidance: [
                {
                  kind: "-",
                  text: "Báo cáo kết quả xây dựng, thẩm định, phê duyệt các Đề án, Dự án.",
                },
                {
                  kind: "-",
                  text: "Tổng kinh phí được cấp để thực hiện Đề án, Dự án, nguồn kinh phí; việc phân bổ, sử dụng kinh phí.",
                },
                {
                  kind: "-",
                  text: "Báo cáo kết quả triển khai thực hiện các Đề án, Dự án; phân tích, đánh giá tình hình, tiến độ thực hiện Đề án. Dự án trên các mặt: Các chỉ tiêu, mục tiêu đề ra (đạt/không đạt =%); Việc huy động nguồn vốn thực hiện (%)...",
                },
                {
                  kind: "-",
                  text: "Đánh giá tác động, hiệu quả của các Đề án, Dự án,",
                },
                {
                  kind: "-",
                  text: "Đánh giá sự phối hợp trong tổ chức thực hiện các Đề án, Dự án giữa cơ quan quản lý và các cơ quan, địa phương được giao thực hiện.",
                },
                {
                  kind: "-",
                  text: "Khó khăn, vướng mắc trong quá trình xây dựng, thẩm định, phê duyệt và tổ chức triển khai thực hiện các Đề án, Dự án...",
                },
              ],
              children: [],
            },
            {
              id: "kinh-phi",
              style: "arabic",
              title: "Kết quả huy động, sử dụng, phân bổ kinh phí thực hiện Chương trình:",
              guidance: [
                {
                  kind: "-",
                  text: "Kết quả huy động kinh phí thực hiện Chương trình; nguồn kinh phí được huy động; tổng kinh phí sử dụng triển khai thực hiện Chương trình",
                },
                {
                  kind: "-",
                  text: "Kết quả tổng hợp phương án phân bổ kinh phí thực hiện Chương trình vào dự toán ngân sách của các bộ, ngành, địa phương; tổng hợp, cấp phát kinh phí thực hiện Chương trình sau khi được phê duyệt.",
                },
                {
                  kind: "-",
                  text: "Công tác hướng dẫn, kiểm tra, giám sát tình hình quản lý và sử dụng kinh phí tại các đơn vị, địa phương đảm bảo kinh phí được huy động, quản lý, sử dụng đúng mục đích, quy định và phát huy hiệu quả...",
                },
              ],
              children: [],
            },
          ],
        },
        {
          id: "danh-gia-chung",
          style: "roman",
          punctuation: "-",
          title: "ĐÁNH GIÁ CHUNG",
          bindings: {
            targets: [
              "424nat-1",
              "424nat-2",
              "424nat-3",
              "424nat-4",
              "424nat-5",
              "424nat-6a",
              "424nat-6",
              "424nat-6c",
              "424nat-6d",
              "424nat-6e",
              "424nat-7a",
              "424nat-7b",
            ],
            indicators: [],
            dataElements: [],
            tables: [],
            agencies: [],
          },
          guidance: [
            {
              kind: "text",
              text: "Đối chiếu với các mục tiêu Chương trình để ra, cụ thể:",
              items: [
                {
                  kind: "-",
                  text: "Tổ chức công tác tuyên truyền PCMT tại 100% số xã, phường, thị trấn, trường học, khu công nghiệp, khu chế xuất;",
                },
                {
                  kind: "-",
                  text: "Số vụ phạm tội sản xuất, mua bán, tàng trữ, vận chuyển trái phép chất ma túy từ mức độ nghiêm trọng trở lên được phát hiện, xử lý tăng hơn 5% so với năm trước;",
                },
                {
                  kind: "-",
                  text: "Không phát sinh tụ điểm phức tạp về ma túy, triệt xóa từ 5 - 10% số điểm, tụ điểm mỗi năm trên phạm vi toàn quốc;",
                },
                {
                  kind: "-",
                  text: "Không quá 1 năm từ khi xảy ra, 100% hành vi phạm tội sản xuất trái phép chất ma túy ở trong nước được phát hiện, xử lý triệt để;",
                },
                {
                  kind: "-",
                  text: "Giảm diện tích cây có chứa chất ma túy trồng trái phép so với năm trước và triệt phá 100% diện tích phát hiện.",
                },
                {
                  kind: "-",
                  text: "Hạn chế phát sinh người nghiện mới, mỗi năm hơn 1 % số người nghiện ma túy có hồ sơ quản lý đủ tiêu chuẩn đưa ra khỏi diện và giảm hơn 1 % số xã, phường, thị trấn có ma túy so với năm trước; đến năm 2020 có hơn 20% số xã, phường, thị trấn trọng điểm về ma túy giảm mức độ phức tạp so với năm 2015; mỗi huyện, quận, thị xã, thành phố (trực thuộc tỉnh) xây dựng được 1 mô hình điểm về phòng, chống ma túy tại xã, phường, thị trấn/năm.",
                },
                {
                  kind: "-",
                  text: "Hàng năm, 80% số người nghiện và sử dụng ma túy có hồ sơ quản lý được tiếp cận các dịch vụ tư vấn, điều trị, cai nghiện; 90% cơ sở cai nghiện đáp ứng các tiêu chuẩn, điều kiện về cai nghiện ma túy.",
                },
              ],
            },
            {
              kind: "text",
              text: "Tiến hành đánh giá kết quả triển khai thực hiện các nhiệm vụ trọng tâm và giải pháp chủ yếu nêu trong Chương trình. Phân tích nguyên nhân đạt/không đạt các mục tiêu của Chương trình. Cụ thể:",
            },
          ],
          children: [
            {
              id: "uu-diem",
              style: "arabic",
              title: "Ưu điểm: Đánh giá những mặt đạt được hoặc vượt mục tiêu Chương trình đề ra nêu trên.",
              guidance: [],
              children: [],
            },
            {
              id: "ton-tai-han-che-nguyen-nhan",
              style: "arabic",
              title: "Những tồn tại, hạn chế và nguyên nhân",
              guidance: [],
              children: [
                {
                  id: "ton-tai-han-che",
                  style: "decimal",
                  title:
                    "Tồn tại, hạn chế: Đánh giá những mặt chưa đạt được theo mục tiêu Chương trình đề ra nêu trên.",
                  guidance: [],
                  children: [],
                },
                {
                  id: "nguyen-nhan",
                  style: "decimal",
                  title: "Nguyên nhân: Nguyên nhân khách quan; nguyên nhân chủ quan.",
                  guidance: [],
                  children: [],
                },
              ],
            },
            {
              id: "kho-khan-vuong-mac",
              style: "arabic",
              title: "Khó khăn, vướng mắc:",
              guidance: [
                {
                  kind: "text",
                  text: "Khó khăn, vướng mắc trong quá trình triển khai thực hiện các nội dung Chương trình đề ra.",
                },
              ],
              children: [],
            },
          ],
        },
        {
          id: "kien-nghi-de-xuat",
          style: "roman",
          title: "Kiến nghị, đề xuất nhằm nâng cao hiệu quả công tác PCMT",
          guidance: [],
          children: [],
        },
      ],
    },
    {
      id: "phan-de-xuat-giai-doan-tiep-theo",
      style: "part-ordinal",
      title:
        "ĐỀ XUẤT NHỮNG NỘI DUNG CHỦ YẾU CỦA CHƯƠNG TRÌNH PHÒNG, CHỐNG MA TÚY GIAI ĐOẠN TIẾP THEO (2021-2025)",
      guidance: [
        {
          kind: "text",
          text: "Đánh giá, dự báo tình hình, xu hướng tệ nạn và tội phạm ma túy tại địa phương, theo lĩnh vực quản lý... và đề xuất những nội dung chủ yếu của Chương trình PCMT giai đoạn tiếp theo:",
        },
      ],
      children: [
        {
          id: "muc-tieu",
          style: "roman",
          title: "Mục tiêu",
          guidance: [],
          children: [],
        },
        {
          id: "nhiem-vu-trong-tam",
          style: "roman",
          title: "Nhiệm vụ trọng tâm",
          guidance: [],
          children: [],
        },
        {
          id: "giai-phap-chu-yeu",
          style: "roman",
          title: "Giải pháp chủ yếu",
          guidance: [],
          children: [],
        },
      ],
    },
  ],
};
