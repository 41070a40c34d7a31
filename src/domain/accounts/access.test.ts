import { describe, expect, test } from 'vitest';
import { authorize, type Actor, type Role } from './access';

const actor = (role: Role): Actor => ({
  userId: 'u',
  username: 'x',
  displayName: 'X',
  role,
  unitId: 'b',
  unitPath: '/a/b/',
});

describe('authorize', () => {
  test('outside the subtree is not_found whatever the role', () => {
    expect(() => authorize(actor('admin'), 'unit.read', '/a/')).toThrow(
      expect.objectContaining({ code: 'not_found' }),
    );
    expect(() => authorize(actor('admin'), 'unit.read', '/a/c/')).toThrow(
      expect.objectContaining({ code: 'not_found' }),
    );
  });
  test('inside the subtree the role decides', () => {
    expect(() => authorize(actor('officer'), 'unit.read', '/a/b/c/')).not.toThrow();
    expect(() => authorize(actor('officer'), 'unit.write', '/a/b/c/')).toThrow(
      expect.objectContaining({ code: 'forbidden' }),
    );
    expect(() => authorize(actor('viewer'), 'work.write', '/a/b/')).toThrow(
      expect.objectContaining({ code: 'forbidden' }),
    );
    expect(() => authorize(actor('leader'), 'user.write', '/a/b/')).toThrow(
      expect.objectContaining({ code: 'forbidden' }),
    );
    expect(() => authorize(actor('admin'), 'user.write', '/a/b/c/')).not.toThrow();
  });
});
