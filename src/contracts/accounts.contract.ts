import { z } from 'zod';
import { UnitResponseSchema } from './units.contract';

export const RoleSchema = z.enum(['admin', 'leader', 'officer', 'viewer']);
export type RoleValue = z.infer<typeof RoleSchema>;

export const LoginRequestSchema = z.strictObject({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(200),
});

export const MeResponseSchema = z
  .object({
    id: z.uuid(),
    username: z.string(),
    displayName: z.string(),
    role: RoleSchema,
    unit: UnitResponseSchema,
    permissions: z.array(z.string()).describe('Actions this role may take in its subtree'),
  })
  .meta({ id: 'Me' });
export type MeResponse = z.infer<typeof MeResponseSchema>;

export const ChangePasswordRequestSchema = z.strictObject({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(1).max(200),
});

export const UserResponseSchema = z
  .object({
    id: z.uuid(),
    unitId: z.uuid(),
    unitName: z.string().optional(),
    username: z.string(),
    displayName: z.string(),
    email: z.string().nullable(),
    role: RoleSchema,
    active: z.boolean(),
    locked: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'User' });
export type UserResponse = z.infer<typeof UserResponseSchema>;

export const UserListQuerySchema = z.strictObject({
  search: z.string().max(100).optional(),
  unitId: z.uuid().optional(),
});
export const UserListResponseSchema = z.object({ items: z.array(UserResponseSchema) });
export type UserListResponse = z.infer<typeof UserListResponseSchema>;

export const CreateUserRequestSchema = z.strictObject({
  unitId: z.uuid(),
  username: z.string().min(1).max(64),
  displayName: z.string().min(1).max(200),
  email: z.email().nullable().optional(),
  role: RoleSchema,
  password: z.string().min(1).max(200),
});
export type CreateUserRequest = z.infer<typeof CreateUserRequestSchema>;

export const UpdateUserRequestSchema = z.strictObject({
  displayName: z.string().min(1).max(200).optional(),
  email: z.email().nullable().optional(),
  role: RoleSchema.optional(),
  unitId: z.uuid().optional(),
  active: z.boolean().optional(),
  password: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .describe('Set a new password; the user is signed out'),
});
export type UpdateUserRequest = z.infer<typeof UpdateUserRequestSchema>;
