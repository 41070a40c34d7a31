/** A number is reserved for a document being made, then used once the document is issued. */
export const REGISTER_ENTRY_STATUSES = ['reserved', 'used'] as const;
export type RegisterEntryStatus = (typeof REGISTER_ENTRY_STATUSES)[number];

export interface RegisterEntry {
  id: string;
  unitId: string;
  year: number;
  typeCode: string;
  number: number;
  status: RegisterEntryStatus;
  entityId: string | null;
  note: string | null;
  createdBy: string | null;
  createdAt: Date;
}

/** The document register (sổ văn bản): numbers per unit, year and document type. */
export interface RegisterRepository {
  /** Atomically advances the counter and returns the new number (row-locked on a server). */
  advance(unitId: string, year: number, typeCode: string): Promise<number>;
  /** Raises the counter to at least `number`, so later automatic numbers never collide with it. */
  raiseTo(unitId: string, year: number, typeCode: string, number: number): Promise<void>;
  get(
    unitId: string,
    year: number,
    typeCode: string,
    number: number,
  ): Promise<RegisterEntry | null>;
  /** Inserts an entry; false when the number is already in the register. */
  tryInsert(entry: RegisterEntry): Promise<boolean>;
  markUsed(id: string, entityId: string): Promise<void>;
  list(unitId: string, year: number, typeCode: string): Promise<RegisterEntry[]>;
}
