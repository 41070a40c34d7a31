import { foldVietnamese } from '../shared/text';
import type { Unit } from '../units/unit';

// Words that name a kind of body rather than a particular one, so they say little about a match.
const WEAK = new Set([
  'ban',
  'bo',
  'phan',
  'phong',
  'uy',
  'ban',
  'cac',
  'va',
  'de',
  'nghi',
  'thanh',
  'pho',
  'phuong',
  'xa',
  'tinh',
  'huyen',
  'ubnd',
  'nhan',
  'dan',
  'don',
  'vi',
  'co',
  'quan',
  'doan',
  'the',
  'tren',
  'dia',
  'cua',
]);

const words = (s: string): string[] =>
  foldVietnamese(s)
    .replace(/[^a-z0-9 ]/g, ' ')
    .split(' ')
    .filter(Boolean);

/**
 * The unit a plan names in words ("Bộ phận Văn hóa Xã hội", "Ủy ban MTTQ phường") among the
 * candidates, or null when none matches well enough to assign work to it without asking. A match
 * needs most of the name's meaningful words in the unit's name and beats every other candidate.
 */
export function matchUnitByName(name: string, candidates: Unit[]): Unit | null {
  const wanted = words(name).filter((w) => !WEAK.has(w));
  if (wanted.length === 0) return null;
  let best: { unit: Unit; score: number } | null = null;
  let second = 0;
  for (const unit of candidates) {
    const have = new Set([...words(unit.name), ...words(unit.shortName ?? '')]);
    const hits = wanted.filter((w) => have.has(w)).length;
    const score = hits / wanted.length;
    if (!best || score > best.score) {
      second = best?.score ?? 0;
      best = { unit, score };
    } else if (score > second) second = score;
  }
  return best && best.score >= 0.6 && best.score > second ? best.unit : null;
}
