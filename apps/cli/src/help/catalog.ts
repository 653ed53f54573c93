import type { CommandHelp } from "../command.js";

/** The usage of `catalog`: the text `pctm catalog --help` prints. */
export const CATALOG_USAGE = `pctm catalog plans [--json]
pctm catalog show <mã kế hoạch> [--json]
pctm catalog targets [--plan <mã>] [--json]
pctm catalog target <mã mục tiêu> [--json]
pctm catalog campaigns [--plan <mã>] [--json]
pctm catalog check [--seeds <thư mục>] [--json]
pctm catalog evaluate --plan <mã> --unit <mã đơn vị> --data <tệp> [--period <kỳ>] [--as-of <yyyy-mm-dd>]
                      [--assessments <tệp>] [--patch <tệp>]… [--json]

Danh mục dựng sẵn: các chương trình, kế hoạch, mục tiêu, dự án, phân công và đợt báo cáo của các văn bản gốc.
  plans      liệt kê kế hoạch (mã, loại, cơ quan, số mục tiêu)
  show       tóm tắt một kế hoạch: mục tiêu, chỉ tiêu kèm câu trích, dự án, phân công, báo cáo
  targets    các mục tiêu (id, planId, kind, source.quote …)
  target     một mục tiêu: câu trích, văn bản gốc và các văn bản mà văn bản đó thực hiện
  campaigns  các đợt báo cáo (id, planId, title, outlineId, dataWindow, deadlines …)
  check      kiểm tra toàn bộ danh mục; --seeds đối chiếu câu trích với văn bản gốc (thoát 1 nếu có lỗi;
             --json: { valid, quotesChecked, problems })
  evaluate   đánh giá mọi mục tiêu của một kế hoạch cho một đơn vị và một kỳ trên tệp số liệu:
             --data        { "dataValues": [ { dataElement, period, orgUnit, value } ] } (số liệu của xã
                           được cộng lên huyện, thành phố khi đơn vị không tự ghi)
             --period      kỳ đánh giá (2019, 2020S1 …); mặc định: năm muộn nhất có số liệu
             --as-of       ngày xét "chưa đến hạn"; mặc định: ngày cuối kỳ
             --assessments { "assessments": [ { targetId, orgUnit, period, verdict, justification } ] }
             --patch       bản sửa danh mục đơn vị hành chính (pctm schema edition-patch), lặp lại được
             mục tiêu "mỗi quận, huyện …" xét theo danh mục đơn vị hành chính có hiệu lực ngày cuối kỳ
             (cùng các bản sửa --patch; bản sửa không ghi validFrom sửa danh mục của ngày đó)`;

export const CATALOG_HELP: CommandHelp = {
  name: "catalog",
  summary: "Danh mục dựng sẵn: kế hoạch, mục tiêu, đợt báo cáo; kiểm tra danh mục (catalog check)",
  usage: CATALOG_USAGE,
};
