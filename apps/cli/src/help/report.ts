import type { CommandHelp } from "../command.js";

/** The usage of `report`: the text `pctm report --help` prints. */
export const REPORT_USAGE = `pctm report --campaign <mã> --unit <mã> (--data <tệp.json> | --db) [--narratives <tệp.json>] --format docx|html|md --out <tệp> [--date YYYY-MM-DD] [--signer <họ tên>] [--patch <tệp>]… [--json]

Lập báo cáo của một đơn vị cho một đợt báo cáo dựng sẵn (r-000, r-003, r-004), theo đề cương của đợt,
với số liệu tổng hợp từ các đơn vị cấp dưới, đánh giá từng mục tiêu và thể thức Nghị định 30/2020/NĐ-CP.

  --campaign    mã đợt báo cáo (xem: pctm catalog campaigns)
  --unit        mã đơn vị hành chính (ví dụ 46: Thừa Thiên Huế)
  --data        số liệu theo định dạng trao đổi { "dataValues": [ … ] }
  --db          lấy số liệu và nội dung các mục từ cơ sở dữ liệu (DATABASE_URL, mặc định
                ./data/pctm.sqlite; nạp bằng pctm data import) thay cho --data
  --narratives  nội dung từng mục: { "signer"?, "narratives": [ { "section", "orgUnit"?, "paragraphs" } ] }
  --format      docx, html hoặc md (mặc định: theo đuôi tệp --out)
  --out         tệp kết quả; chỉ được ghi khi lập báo cáo thành công
  --date        ngày báo cáo (mặc định: hạn nộp cuối cùng của đợt)
  --signer      họ và tên người ký (mặc định: "signer" trong tệp --narratives;
                không có thì để trống chỗ ký, ghi "[Họ và tên]")
  --patch       bản sửa danh mục đơn vị hành chính (pctm schema edition-patch): thêm, đổi tên, bỏ,
                chuyển đơn vị; lặp lại được, áp theo thứ tự. Bản sửa không ghi validFrom sửa danh mục
                có hiệu lực vào ngày cuối của kỳ số liệu
  --json        in { out, format } (tệp đã ghi) thay cho dòng thông báo

Danh mục đơn vị hành chính: báo cáo dựng trên MỘT danh mục — danh mục có hiệu lực vào ngày cuối của kỳ
số liệu (kèm các bản sửa --patch của nó) — cho mọi kỳ trong báo cáo. Số liệu của đơn vị không còn tồn
tại vào ngày đó phải chuyển trước sang danh mục mới (pctm units remap). validFrom của bản sửa chỉ chọn
danh mục được sửa, không chia các kỳ của báo cáo; bản sửa không áp dụng cho danh mục đó được cảnh báo
(PATCH_NOT_IN_FORCE). Báo cáo dựng trên danh mục có bản sửa ghi tên các bản sửa dưới đoạn mở đầu.

Ví dụ: pctm report --campaign r-000 --unit 46 --data examples/hue-2020/data.json \\
         --narratives examples/hue-2020/narratives.json --format docx --out out/bao-cao.docx
       pctm data import examples/hue-2020/data.json && pctm report --campaign r-000 --unit 46 --db --out out/bao-cao.md`;

export const REPORT_HELP: CommandHelp = {
  name: "report",
  summary: "Lập báo cáo theo đề cương của đợt báo cáo (DOCX, HTML, Markdown)",
  usage: REPORT_USAGE,
};
