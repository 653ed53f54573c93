import { z } from "zod";
import { isoDateTextSchema } from "./document.js";

/** One step of the reporting chain: who sends what to whom, before which date. */
export const deadlineSchema = z.object({
  id: z.string().min(1),
  /**
   * "trước ngày 15/6/2020" → 2020-06-15 (the date itself; "before" is kept in `before`). `before: false`
   * with a period: during it ("sơ kết giữa kỳ (năm 2018)"), not before it.
   */
  due: isoDateTextSchema.optional(),
  /** When the seed names only a period ("năm 2018"), its id. */
  duePeriod: z.string().optional(),
  before: z.boolean().default(true),
  from: z.string().min(1),
  to: z.string().min(1),
  /** Others the same report is also sent to ("gửi Công an thành phố, Sở Kế hoạch và Đầu tư, Sở Tài chính"). */
  copyTo: z.array(z.string().min(1)).default([]),
  what: z.string().min(1),
  clause: z.string().min(1),
});
export type Deadline = z.infer<typeof deadlineSchema>;

/** A recurring obligation: "Định kỳ (6 tháng và hàng năm)", "hàng năm … trước ngày 5/12". */
export const scheduleSchema = z.object({
  id: z.string().min(1),
  frequency: z.enum(["half_year", "year"]),
  /** "MM-DD" of the yearly due day when the seed gives one ("12-05"). */
  dueDay: z
    .string()
    .regex(/^\d{2}-\d{2}$/)
    .optional(),
  from: z.string().min(1),
  to: z.string().min(1),
  copyTo: z.array(z.string().min(1)).default([]),
  what: z.string().min(1),
  clause: z.string().min(1),
});
export type Schedule = z.infer<typeof scheduleSchema>;

export const conferenceSchema = z.object({
  /** A period id ("2020-08") or a date. */
  when: z.string().min(1).optional(),
  organiser: z.string().min(1),
  what: z.string().min(1),
  /** Levels where no conference is held (seed 003: "không tổ chức Hội nghị sơ kết ở cấp xã, cấp huyện"). */
  notAtLevels: z.array(z.enum(["commune", "district"])).default([]),
  clause: z.string().min(1),
});
export type Conference = z.infer<typeof conferenceSchema>;

/**
 * A reporting campaign (tổng kết / sơ kết / periodic reports): the outline every unit follows, the
 * data window its figures cover, the chain of deadlines, conferences, inspections and periodic schedules.
 */
export const campaignSchema = z.object({
  id: z.string().regex(/^r-\d{3}$/),
  planId: z.string().min(1),
  title: z.string().min(1),
  kind: z.enum(["closing_review", "interim_review", "periodic", "statistical_review"]),
  outlineId: z.string().min(1).nullable(),
  /** The period the figures cover, as a period id. */
  dataWindow: z.string().min(1),
  /** False when the seed states no window and the catalogue chose one (see `notes`). */
  dataWindowStated: z.boolean().default(true),
  deadlines: z.array(deadlineSchema).default([]),
  schedules: z.array(scheduleSchema).default([]),
  conferences: z.array(conferenceSchema).default([]),
  /** Inspections and surveys ("Tổ chức các đoàn kiểm tra … trong tháng 6"). */
  inspections: z
    .array(z.object({ when: z.string().min(1), by: z.string().min(1), what: z.string().min(1) }))
    .default([]),
  standingAgency: z.string().optional(),
  notes: z.array(z.string()).default([]),
  /** Readings the seed does not state (a sender it does not name), said as the catalogue's interpretation. */
  interpretations: z.array(z.string().min(1)).default([]),
});
export type Campaign = z.infer<typeof campaignSchema>;
export type CampaignInput = z.input<typeof campaignSchema>;
