import type { Deps } from '../deps';
import type { Repos } from '../ports';
import { DomainError } from '../shared/domain-error';

export interface TakeNumberInput {
  unitId: string;
  year: number;
  typeCode: string;
  entityId: string;
  /** A number chosen by the user (e.g. one reserved earlier, or a document issued on paper). */
  requested: number | null;
  actorId: string;
}

/**
 * Takes a number from the unit's register for a document being issued, inside the caller's
 * transaction: the requested one (a reservation is consumed) or the next in the series. Throws
 * conflict, naming the field `number`, when a requested number is already used.
 */
export async function takeNumber(
  repos: Pick<Repos, 'registers'>,
  deps: Pick<Deps, 'ids' | 'clock'>,
  input: TakeNumberInput,
): Promise<number> {
  const { unitId, year, typeCode } = input;
  const entry = (n: number) => ({
    id: deps.ids.newId(),
    unitId,
    year,
    typeCode,
    number: n,
    status: 'used' as const,
    entityId: input.entityId,
    note: null,
    createdBy: input.actorId,
    createdAt: deps.clock.now(),
  });
  if (input.requested !== null) {
    const existing = await repos.registers.get(unitId, year, typeCode, input.requested);
    if (existing?.status === 'reserved') {
      await repos.registers.markUsed(existing.id, input.entityId);
      return input.requested;
    }
    if (existing || !(await repos.registers.tryInsert(entry(input.requested)))) {
      const text = `${String(input.requested).padStart(2, '0')}/${typeCode}`;
      throw new DomainError(
        'conflict',
        `Số ${text} năm ${year} đã được dùng trong sổ văn bản của đơn vị.`,
        {
          issues: [{ path: 'number', message: `Số ${text} năm ${year} đã được dùng.` }],
        },
      );
    }
    await repos.registers.raiseTo(unitId, year, typeCode, input.requested);
    return input.requested;
  }
  // A number typed by hand may sit just above the counter; step past it rather than fail.
  for (let attempt = 0; attempt < 20; attempt++) {
    const n = await repos.registers.advance(unitId, year, typeCode);
    if (await repos.registers.tryInsert(entry(n))) return n;
  }
  throw new DomainError('conflict', 'Không lấy được số văn bản; hãy thử lại.');
}
