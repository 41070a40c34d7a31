import { describe, expect, test } from 'vitest';
import { isDatabaseUnavailable } from './unavailable';

// Errors as pg, pg-pool and drizzle raise them when the server goes away.
const wrapped = (cause: unknown) => Object.assign(new Error('Failed query: rollback'), { cause });

describe('isDatabaseUnavailable', () => {
  test.each([
    [
      'a restart telling sessions to go (57P01)',
      Object.assign(new Error('terminating'), { code: '57P01' }),
    ],
    ['a refused connection', Object.assign(new Error('connect'), { code: 'ECONNREFUSED' })],
    ['a dropped connection', new Error('Connection terminated unexpectedly')],
    ['a pool that cannot connect in time', new Error('timeout exceeded when trying to connect')],
    [
      'ROLLBACK on the dead client of a failed transaction',
      wrapped(new Error('Client has encountered a connection error and is not queryable')),
    ],
    ['a query on a closed client', wrapped(new Error('Client was closed and is not queryable'))],
  ])('%s is an outage', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  test.each([
    ['a unique violation', Object.assign(new Error('duplicate key'), { code: '23505' })],
    ['a full disk', Object.assign(new Error('no space'), { code: 'ENOSPC' })],
    ['a bug', new TypeError('x is undefined')],
  ])('%s is not', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
