import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AUDIT_ENTITIES } from '../../contracts/audit.contract';
import { vi } from './vi';

describe('the change log in Vietnamese', () => {
  it('names every object and every action the code can record', () => {
    const keys = [
      ...AUDIT_ENTITIES.map((e) => `entity.${e}`),
      ...AUDIT_ACTIONS.map((a) => `action.${a}`),
    ];
    expect(keys.filter((k) => !(k in vi))).toEqual([]);
  });
});
