import type { Unit } from '../units/unit';

const ADMINISTRATIVE = new Set(['province', 'district', 'commune']);

/** "Phường Cẩm Bình" → "phường Cẩm Bình": how a unit is named inside a sentence. */
export const inSentence = (name: string): string => name.charAt(0).toLowerCase() + name.slice(1);

/**
 * The header lines of a document issued by `unit`: for a People's Committee, "UBND <PARENT>" over
 * "ỦY BAN NHÂN DÂN <UNIT>"; for an agency, its parent body over its own name.
 */
export function headerBodies(
  unit: Pick<Unit, 'name' | 'kind'>,
  parent: Pick<Unit, 'name' | 'kind'> | null,
): { parentBody: string; issuingBody: string } {
  const upper = (s: string): string => s.toLocaleUpperCase('vi');
  const issuingBody = ADMINISTRATIVE.has(unit.kind)
    ? `ỦY BAN NHÂN DÂN ${upper(unit.name)}`
    : upper(unit.name);
  const parentBody =
    !parent || parent.kind === 'nation'
      ? ''
      : ADMINISTRATIVE.has(parent.kind)
        ? `UBND ${upper(parent.name)}`
        : upper(parent.name);
  return { parentBody, issuingBody };
}

/** The place of the date line: a unit's short name, or its name without the level word. */
export function placeName(unit: Pick<Unit, 'name' | 'shortName'>): string {
  if (unit.shortName) return unit.shortName.replace(/^(TP|TX|Tỉnh|Huyện)\s+/u, '');
  return unit.name.replace(/^(Tỉnh|Thành phố|Huyện|Thị xã|Quận|Phường|Xã|Thị trấn)\s+/u, '');
}
