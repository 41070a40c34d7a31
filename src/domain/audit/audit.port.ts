import type { AuditAction, AuditEntity } from './audit-vocabulary';

/** One line of the audit log: who changed what, where, and how. */
export interface AuditEntry {
  id: string;
  at: Date;
  actorId: string | null;
  actorName: string;
  /** The unit the change belongs to, so the log is scoped like everything else. */
  unitId: string | null;
  entity: string;
  entityId: string;
  /** create, update, delete, login, logout, import, … */
  action: string;
  changes: Record<string, unknown>;
}

/** A line as it is written: its object and action come from the one vocabulary. */
export type AuditRecord = Omit<AuditEntry, 'entity' | 'action'> & {
  entity: AuditEntity;
  action: AuditAction;
};

export interface AuditQuery {
  withinPath: string;
  entity?: AuditEntity;
  actorId?: string;
  action?: AuditAction;
  from?: Date;
  to?: Date;
  limit: number;
  offset: number;
}

export interface AuditListItem extends AuditEntry {
  unitName: string | null;
}

/** Append-only storage of audit entries. */
export interface AuditRepository {
  record(entry: AuditRecord): Promise<void>;
  find(query: AuditQuery): Promise<{ items: AuditListItem[]; total: number }>;
}
