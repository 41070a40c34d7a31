import { invalid } from '../shared/domain-error';
import { cleanText } from '../shared/text';

/** Cleans and checks the editable fields of a unit; throws validation naming the field. */
export function cleanUnitFields<
  T extends { name?: string; shortName?: string | null; code?: string | null },
>(input: T): T {
  const out = { ...input };
  if (input.name !== undefined) {
    out.name = cleanText(input.name);
    if (out.name.length < 2) throw invalid('name', 'Tên đơn vị phải có ít nhất 2 ký tự.');
    if (out.name.length > 200) throw invalid('name', 'Tên đơn vị không quá 200 ký tự.');
  }
  if (input.shortName !== undefined && input.shortName !== null) {
    const s = cleanText(input.shortName);
    out.shortName = s === '' ? null : s;
  }
  if (input.code !== undefined && input.code !== null) {
    const c = cleanText(input.code);
    if (c !== '' && !/^[\p{L}\p{N}._-]{1,32}$/u.test(c)) {
      throw invalid('code', 'Mã đơn vị chỉ gồm chữ, số, dấu chấm, gạch ngang (tối đa 32 ký tự).');
    }
    out.code = c === '' ? null : c;
  }
  return out;
}
