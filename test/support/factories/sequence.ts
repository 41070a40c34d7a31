// One counter for every factory of a test process, so generated names and usernames never clash
// between factories (a unit and a user built in the same test get different numbers).
let counter = 0;

/** The next number of this test process: 1, 2, 3… */
export const nextNumber = (): number => ++counter;

/**
 * Marks free text a factory made up, so nobody mistakes it for a real unit's words when it shows
 * up in a document, the portal or a screenshot of a failed test.
 */
export const SAMPLE = '(dữ liệu mẫu)';
