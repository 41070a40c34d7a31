import { z } from 'zod';
import { int, measure, queryInt } from './common';
import { formFlag, uploadForm, TABLE_FILE_MAX_BYTES } from './upload-form';

const IsoDate = z.iso.date().describe('YYYY-MM-DD');
const Time = z
  .string()
  .regex(/^\d{2}:\d{2}$/)
  .describe('HH:MM, Vietnam time');
export const StationKindSchema = z.enum(['radio', 'loudspeaker_cluster', 'smart_speaker']);
export const PrioritySchema = z
  .enum(['normal', 'priority', 'emergency'])
  .describe('emergency plays at once and overrides the schedule');
export const RepeatSchema = z.enum(['once', 'daily', 'weekly', 'monthly']);

export const CreateStationRequestSchema = z.strictObject({
  unitId: z.uuid(),
  name: z.string().min(1).max(200),
  kind: StationKindSchema,
  zones: z.array(z.string().max(200)).max(100).describe('Areas the station covers'),
  operatorUnitId: z
    .uuid()
    .nullable()
    .optional()
    .describe(
      'The unit that plays it: the owner (default) or a unit below it; plays are its activities',
    ),
  inServiceFrom: IsoDate.nullable()
    .optional()
    .describe('Ngày bắt đầu hoạt động: plays before it are refused; default the day it is entered'),
});
export const UpdateStationRequestSchema = z.strictObject({
  operatorUnitId: z.uuid().optional(),
  inServiceFrom: IsoDate.nullable().optional(),
});
const HealthSchema = z.object({
  ok: z.boolean(),
  message: z.string().nullable(),
  volume: z.number().nullable(),
  firmware: z.string().nullable(),
});
export const StationResponseSchema = z
  .object({
    id: z.uuid(),
    unitId: z.uuid(),
    unitName: z.string().optional(),
    operatorUnitId: z.uuid().describe('The unit that plays it; plays count for its tasks'),
    operatorName: z.string().optional(),
    inServiceFrom: z.string().describe('The first day a play is taken (YYYY-MM-DD)'),
    name: z.string(),
    kind: StationKindSchema,
    zones: z.array(z.string()),
    hasController: z.boolean(),
    tokenIssuedAt: z.string().nullable(),
    lastSeenAt: z.string().nullable(),
    lastHealth: HealthSchema.nullable(),
    quiet: z.boolean().describe('Its controller has not called in for a day'),
    active: z.boolean(),
  })
  .meta({ id: 'Station' });
export type StationResponse = z.infer<typeof StationResponseSchema>;
export const StationCreatedResponseSchema = z.object({
  station: StationResponseSchema,
  token: z.string().describe('The controller token, shown this once; only its hash is stored'),
});
export const StationListQuerySchema = z.strictObject({ unitId: z.uuid().optional() });
export const StationListResponseSchema = z.object({ items: z.array(StationResponseSchema) });
export const TokenResponseSchema = z.object({ token: z.string() });

export const CreateSlotRequestSchema = z.strictObject({
  contentId: z.uuid(),
  stationIds: z.array(z.uuid()).min(1).max(200),
  priority: PrioritySchema,
  repeat: RepeatSchema,
  startDate: IsoDate,
  endDate: IsoDate.nullable().optional(),
  times: z.array(Time).max(24),
  weekdays: z.array(int(1, 7)).max(7).optional().describe('1 = Monday … 7 = Sunday'),
  monthDays: z.array(int(1, 31)).max(31).optional(),
});
export const SlotResponseSchema = z
  .object({
    id: z.uuid(),
    unitId: z.uuid(),
    contentId: z.uuid(),
    contentTitle: z.string().optional(),
    stationIds: z.array(z.uuid()),
    priority: PrioritySchema,
    repeat: RepeatSchema,
    startDate: z.string(),
    endDate: z.string(),
    times: z.array(z.string()),
    weekdays: z.array(z.number().int()),
    monthDays: z.array(z.number().int()),
  })
  .meta({ id: 'BroadcastSlot' });
export type SlotResponse = z.infer<typeof SlotResponseSchema>;

export const ScheduleQuerySchema = z.strictObject({
  unitId: z.uuid().optional(),
  stationId: z.uuid().optional(),
  from: IsoDate,
  to: IsoDate,
});
export const ScheduledPlaySchema = z.object({
  slotId: z.uuid(),
  date: z.string(),
  time: z.string(),
  startsAt: z.string(),
  priority: PrioritySchema,
  contentId: z.uuid(),
  contentTitle: z.string(),
  machineRead: z.boolean(),
  durationSeconds: z.number().nullable(),
  stationIds: z.array(z.uuid()),
});
export const ScheduleResponseSchema = z.object({
  plays: z.array(ScheduledPlaySchema),
  slots: z.array(SlotResponseSchema),
});

export const LogPlayRequestSchema = z.strictObject({
  stationId: z.uuid(),
  contentId: z.uuid(),
  slotId: z.uuid().nullable().optional(),
  playedAt: z.iso.datetime({ offset: true }),
  durationSeconds: measure(0, 86_400).nullable().optional(),
});
export const PlayResponseSchema = z.object({
  id: z.uuid(),
  status: z.enum(['recorded', 'duplicate']),
  stationId: z.uuid(),
  contentId: z.uuid(),
  playedAt: z.string(),
  durationSeconds: z.number().nullable(),
});
export const PlayListQuerySchema = z.strictObject({
  stationId: z.uuid().optional(),
  from: IsoDate,
  to: IsoDate,
});
export const PlayListResponseSchema = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      stationId: z.uuid(),
      stationName: z.string(),
      contentId: z.uuid(),
      contentTitle: z.string(),
      playedAt: z.string(),
      durationSeconds: z.number().nullable(),
      source: z.enum(['operator', 'device']),
      createdAt: z.string().describe('When it was entered (a past campaign is entered later)'),
    }),
  ),
});

export const ImportPlaysForm = uploadForm(
  z.strictObject({
    dryRun: formFlag.optional().describe('"true" to check every row and save nothing'),
  }),
  {
    file: {
      maxBytes: TABLE_FILE_MAX_BYTES,
      description:
        'The play log, .csv or .xlsx, ≤ 22 MB: columns thoi_diem_phat (dd/MM/yyyy HH:mm), tai_lieu (title or id), thoi_luong, ghi_chu',
    },
  },
);
export const ImportPlaysResponseSchema = z.object({
  total: z.number().int(),
  recorded: z.number().int(),
  duplicates: z.number().int().describe('Rows already logged (an earlier import of the file)'),
  applied: z.boolean(),
  errors: z.array(z.object({ line: z.number().int(), field: z.string(), message: z.string() })),
});

// The device API, for loudspeaker controllers (Authorization: Bearer <station token>).
export const DeviceScheduleQuerySchema = z.strictObject({
  days: queryInt(1, 14).default(2).describe('How many days from today'),
});
export const DeviceScheduleResponseSchema = z.object({
  stationId: z.uuid(),
  stationName: z.string(),
  generatedFor: z.string().describe('The first day (Vietnam) of the schedule'),
  items: z.array(
    ScheduledPlaySchema.omit({ stationIds: true }).extend({
      occurrenceId: z.string().describe('slotId@dateTtime: use it as the play id'),
      playNow: z.boolean().describe('An emergency not yet played: interrupt and play it now'),
      audioUrl: z.string(),
    }),
  ),
});
export const DevicePlaysRequestSchema = z.strictObject({
  plays: z
    .array(
      z.strictObject({
        id: z
          .string()
          .min(1)
          .max(200)
          .describe('Chosen by the controller; a retry sends the same id'),
        contentId: z.uuid(),
        slotId: z.uuid().nullable().optional(),
        playedAt: z.iso.datetime({ offset: true }),
        durationSeconds: measure(0, 86_400).nullable().optional(),
      }),
    )
    .min(1)
    .max(500),
});
export const DevicePlaysResponseSchema = z.object({
  recorded: z.number().int(),
  duplicates: z.number().int(),
  rejected: z.number().int(),
  results: z.array(
    z.object({
      id: z.string(),
      status: z.enum(['recorded', 'duplicate', 'rejected']),
      reason: z.string().optional(),
    }),
  ),
});
export const DeviceStatusRequestSchema = z.strictObject({
  ok: z.boolean(),
  message: z.string().max(500).nullable().optional(),
  volume: measure(0, 100).nullable().optional(),
  firmware: z.string().max(100).nullable().optional(),
});
export const DeviceStatusResponseSchema = z.object({ receivedAt: z.string() });
