import { z } from 'zod';
import { int, queryInt } from './common';

export const UnitKindSchema = z
  .enum(['nation', 'province', 'district', 'commune', 'village', 'agency', 'group'])
  .describe(
    'nation (toàn quốc), province (tỉnh), district (huyện/thành phố), commune (xã/phường), village (thôn/khu phố), agency (cơ quan), group (ban chỉ đạo, tiểu ban, tổ công tác: members from the parent’s subtree)',
  );

export const UnitResponseSchema = z
  .object({
    id: z.uuid(),
    parentId: z.uuid().nullable(),
    name: z.string(),
    shortName: z.string().nullable(),
    kind: UnitKindSchema,
    code: z.string().nullable().describe('Official administrative code, where one exists'),
    depth: z.number().int(),
    active: z.boolean(),
    version: z
      .number()
      .int()
      .describe('Send back when editing; a stale version is refused with 409'),
    childCount: z.number().int().optional(),
    trail: z
      .array(z.string())
      .optional()
      .describe('Search results: names of the parents within your scope, nearest first'),
    updatedAt: z.string(),
  })
  .meta({ id: 'Unit' });
export type UnitResponse = z.infer<typeof UnitResponseSchema>;

export const UnitDetailResponseSchema = z.object({
  unit: UnitResponseSchema,
  ancestors: z.array(UnitResponseSchema).describe('Ancestors within your scope, root first'),
});
export type UnitDetailResponse = z.infer<typeof UnitDetailResponseSchema>;

export const UnitListQuerySchema = z.strictObject({
  search: z.string().max(100).optional().describe('Matched against names, diacritics ignored'),
  parentId: z.uuid().optional().describe('List the children of this unit'),
  includeInactive: z.enum(['true', 'false']).optional(),
  limit: queryInt(1, 500).optional(),
  candidatesFor: z
    .uuid()
    .optional()
    .describe("A working group: search its parent's subtree for members (needs unit.write)"),
});

export const UnitListResponseSchema = z.object({ items: z.array(UnitResponseSchema) });
export type UnitListResponse = z.infer<typeof UnitListResponseSchema>;

export const CreateUnitRequestSchema = z.strictObject({
  parentId: z.uuid(),
  name: z.string().min(1).max(200),
  shortName: z.string().max(100).nullable().optional(),
  kind: UnitKindSchema,
  code: z.string().max(32).nullable().optional(),
});
export type CreateUnitRequest = z.infer<typeof CreateUnitRequestSchema>;

export const UpdateUnitRequestSchema = z.strictObject({
  name: z.string().min(1).max(200).optional(),
  shortName: z.string().max(100).nullable().optional(),
  kind: UnitKindSchema.optional(),
  code: z.string().max(32).nullable().optional(),
  version: int(1),
});
export type UpdateUnitRequest = z.infer<typeof UpdateUnitRequestSchema>;

export const MoveUnitRequestSchema = z.strictObject({ parentId: z.uuid() });

export const ImportUnitsRequestSchema = z.strictObject({
  csv: z
    .string()
    .min(1)
    .max(5_000_000)
    .describe('CSV text: columns ma, ten, ten_viet_tat, loai, ma_cap_tren'),
  parentId: z
    .uuid()
    .optional()
    .describe('Parent of rows without ma_cap_tren; your unit by default'),
  mode: z.enum(['keep_valid', 'all_or_nothing']),
  dryRun: z.boolean().optional(),
});
export type ImportUnitsRequest = z.infer<typeof ImportUnitsRequestSchema>;

export const ImportUnitsResponseSchema = z.object({
  total: z.number().int(),
  valid: z.number().int(),
  created: z.number().int(),
  applied: z.boolean(),
  errors: z.array(z.object({ line: z.number().int(), field: z.string(), message: z.string() })),
});
export type ImportUnitsResponse = z.infer<typeof ImportUnitsResponseSchema>;
