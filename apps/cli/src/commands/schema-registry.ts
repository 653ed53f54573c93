import { assessmentFileSchema } from "@pctm/app";
import {
  dataValueSetSchema,
  editionPatchSchema,
  narrativeFileSchema,
  outlineSchema,
  splitWeightsSchema,
  targetShape,
} from "@pctm/domain";

/** What zod schemas offer for conversion (zod 4's `schema.toJSONSchema`). */
interface ConvertibleSchema {
  toJSONSchema(params?: { io?: "input" | "output"; target?: "draft-2020-12" }): object;
}

/** One file format a user writes or reads, with the zod schema that is its single source of truth. */
export interface FileSchema {
  /** The name on the command line and in docs/schemas/<name>.schema.json. */
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly schema: ConvertibleSchema;
}

/** Every file format of the toolkit, in the order `pctm schema` lists them. */
export const FILE_SCHEMAS: readonly FileSchema[] = [
  {
    name: "data",
    title: "Tệp số liệu",
    description:
      "Số liệu theo định dạng trao đổi { dataValues: [ { dataElement, period, orgUnit, categoryOptionCombo?, value } ] } (pctm report --data, pctm catalog evaluate --data, pctm units remap --data).",
    schema: dataValueSetSchema,
  },
  {
    name: "narratives",
    title: "Tệp nội dung thuyết minh",
    description: "Đoạn văn của đơn vị cho từng mục của đề cương (pctm report --narratives).",
    schema: narrativeFileSchema,
  },
  {
    name: "assessments",
    title: "Tệp đánh giá mục tiêu định tính",
    description:
      "Kết quả đánh giá có căn cứ cho mục tiêu không đo được bằng số (pctm catalog evaluate --assessments).",
    schema: assessmentFileSchema,
  },
  {
    name: "edition-patch",
    title: "Bản sửa danh mục đơn vị hành chính",
    description: "Các thay đổi (đổi tên, thêm, bỏ, chuyển) áp lên một danh mục đơn vị hành chính có sẵn.",
    schema: editionPatchSchema,
  },
  {
    name: "remap-weights",
    title: "Tỷ lệ chia số liệu khi chia tách đơn vị",
    description:
      'Mảng { from, to, weight }: tỷ lệ chia ("1/3", "0,25") cho đơn vị cũ bị chia tách (pctm units remap --weights).',
    schema: splitWeightsSchema,
  },
  {
    name: "outline",
    title: "Đề cương báo cáo",
    description: "Đề cương: các mục có đánh số, hướng dẫn và liên kết tới mục tiêu, số liệu (pctm outline).",
    schema: outlineSchema,
  },
  {
    name: "target",
    title: "Mục tiêu",
    description: "Một mục tiêu theo một trong các loại của bộ công cụ, kèm nguồn trích dẫn.",
    schema: targetShape,
  },
];

/** The file name of a schema in docs/schemas. */
export function schemaFileName(entry: FileSchema): string {
  return `${entry.name}.schema.json`;
}

/**
 * The JSON Schema of a file format, generated from its zod schema. `io: "input"`: the shape a user
 * writes, before defaults are filled in and transforms run (a transform has no JSON Schema output).
 */
export function generateJsonSchema(entry: FileSchema): object {
  const generated = entry.schema.toJSONSchema({ io: "input", target: "draft-2020-12" }) as Record<
    string,
    unknown
  >;
  const { $schema, ...rest } = generated;
  return { $schema, title: entry.title, description: entry.description, ...rest };
}
