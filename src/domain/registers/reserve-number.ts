import { authorize, type Actor } from '../accounts/access';
import { recordChange } from '../audit/record-change';
import type { Deps, Reads, Writes } from '../deps';
import { getUnit } from '../units/get-unit';
import type { RegisterEntry } from './register.port';

/** Holds the next number of a unit's register for a document not issued yet (giữ số trước). */
export async function reserveNumber(
  deps: Writes<'units' | 'registers' | 'audit'> & Pick<Deps, 'clock' | 'ids'>,
  actor: Actor,
  input: { unitId: string; year: number; typeCode: string; note: string | null },
): Promise<RegisterEntry> {
  const unit = await getUnit(deps, actor, input.unitId);
  authorize(actor, 'work.write', unit.path);
  return deps.uow.transaction(async (repos) => {
    for (;;) {
      const number = await repos.registers.advance(unit.id, input.year, input.typeCode);
      const entry: RegisterEntry = {
        id: deps.ids.newId(),
        unitId: unit.id,
        year: input.year,
        typeCode: input.typeCode,
        number,
        status: 'reserved',
        entityId: null,
        note: input.note,
        createdBy: actor.userId,
        createdAt: deps.clock.now(),
      };
      if (!(await repos.registers.tryInsert(entry))) continue;
      await recordChange(repos, deps, actor, {
        unitId: unit.id,
        entity: 'register',
        entityId: entry.id,
        action: 'create',
        changes: {
          reserved: `${String(number).padStart(2, '0')}/${input.typeCode}`,
          year: input.year,
          note: input.note,
        },
      });
      return entry;
    }
  });
}

/** The register of a unit for one year and document type, oldest first. */
export async function findRegister(
  deps: Reads<'units' | 'registers'>,
  actor: Actor,
  input: { unitId: string; year: number; typeCode: string },
): Promise<RegisterEntry[]> {
  const unit = await getUnit(deps, actor, input.unitId);
  authorize(actor, 'work.read', unit.path);
  return deps.repos.registers.list(unit.id, input.year, input.typeCode);
}
