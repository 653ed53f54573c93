import type { DocumentBundle } from "../../model/bundle.js";
import { COMPONENTS_424 } from "./components.js";
import { TARGETS_424_NATIONAL } from "./targets.js";

/** Chương trình phòng, chống ma túy đến năm 2020 (Quyết định 424/QĐ-TTg ngày 07/4/2017). */
export const national424: DocumentBundle = {
  documents: [
    {
      id: "qd-424-2017",
      kind: "programme",
      reference: "424/QĐ-TTg",
      date: "2017-04-07",
      issuer: "Thủ tướng Chính phủ",
      title: "Chương trình phòng, chống ma túy đến năm 2020",
    },
  ],
  plans: [
    {
      id: "qd-424-2017",
      kind: "programme",
      title: "Chương trình phòng, chống ma túy đến năm 2020",
      span: "2017-01-01/2020-12-31",
      objectives: [
        {
          clause: "Mục tiêu (theo Đề cương tổng kết, Phần thứ nhất, III)",
          title: "Các mục tiêu của Chương trình",
          targetIds: TARGETS_424_NATIONAL.map((t) => t.id),
        },
      ],
    },
  ],
  targets: TARGETS_424_NATIONAL,
  projects: COMPONENTS_424,
};
