/**
 * Every object and action the change log can record: the one list, so that each has a name on
 * screen (the web's catalogue is checked against it) and no writer can invent a new one unnamed.
 */
export const AUDIT_ENTITIES = [
  'activity',
  'activity_category',
  'broadcast_slot',
  'calendar_feed',
  'candidate',
  'certificate',
  'claim',
  'content',
  'demo',
  'election',
  'election_milestone',
  'election_result',
  'electoral_district',
  'group_member',
  'milestone_completion',
  'plan',
  'play',
  'register',
  'report',
  'session',
  'station',
  'unit',
  'user',
  'voter_info',
] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'login',
  'logout',
  'import',
  'restore',
  'status',
  'rotate_token',
  'done',
  'reopen',
  'regroup',
  'publish',
  'publish_candidates',
  'publish_results',
  'import_polling_areas',
  'enter',
  'distribute',
  'approve',
  'acknowledge',
  'read',
  'recall',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
