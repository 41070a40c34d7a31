/** Something a test file opens before its tests and closes after them: a server, a browser. */
export interface Closable {
  close(): Promise<unknown>;
}

/** What a test file's `beforeAll` has opened so far, for its `afterAll` to close. */
export interface OpenedSoFar {
  /** Waits for `opening` and remembers what it opened. */
  open<T extends Closable>(opening: Promise<T>): Promise<T>;
  /**
   * Remembers `cleanup` as if it were something opened: for what is undone other than by a
   * `close()` (a database dropped, a proxy cut), run in its turn among the rest.
   */
  also(cleanup: () => Promise<unknown>): void;
  /** Closes what was opened, the last opened first. */
  closeAll(): Promise<void>;
}

/**
 * A `beforeAll` that fails half-way (the browser does not launch) has opened only part of what
 * its file uses; `afterAll` still runs and closes exactly that part, the server it had started,
 * and nothing it never opened.
 */
export function openedSoFar(): OpenedSoFar {
  const opened: Closable[] = [];
  return {
    async open<T extends Closable>(opening: Promise<T>): Promise<T> {
      const resource = await opening;
      opened.push(resource);
      return resource;
    },
    also(cleanup: () => Promise<unknown>) {
      opened.push({ close: cleanup });
    },
    async closeAll() {
      for (const resource of opened.toReversed()) await resource.close();
    },
  };
}
