import pg from 'pg';

type ConnectCallback = Parameters<pg.Pool['connect']>[0];

/**
 * A `pg.Pool` that gets its connections back when the server goes away (a restart, a failover):
 *
 * - pg-pool takes its error listener off a client it lends out, so a connection lost between two
 *   queries of a transaction would emit an unhandled 'error' and kill the process;
 * - drizzle-orm's `transaction()` (0.45, drizzle-orm#6023) runs BEGIN before the try/finally
 *   that releases the client, so a BEGIN on a connection that just died leaks the pool slot for
 *   good; after a few restarts every request waits for a connection that never comes.
 *
 * So a lent client whose connection ends is released at once (with an error, so the pool drops
 * it), and any later release of that loan is ignored. The borrower still sees the loss on its
 * next query ("not queryable"), which the problem handler answers with a 503.
 */
export class GuardedPool extends pg.Pool {
  /** The release of each client currently lent out, made safe to call twice. */
  private readonly loans = new WeakMap<pg.PoolClient, (error?: Error | boolean) => void>();

  constructor(config: pg.PoolConfig) {
    super(config);
    this.on('connect', (client) => {
      client.on('error', () => undefined);
      client.on('end', () => this.loans.get(client)?.(new Error('connection ended while lent')));
    });
  }

  override connect(): Promise<pg.PoolClient>;
  override connect(callback: ConnectCallback): void;
  override connect(callback?: ConnectCallback): Promise<pg.PoolClient> | void {
    // pg-pool's own query() lends with a callback and releases on every path: left as it is.
    if (!callback) return super.connect().then((client) => this.lend(client));
    super.connect(callback);
  }

  private lend(client: pg.PoolClient): pg.PoolClient {
    const release = client.release.bind(client);
    const once = (error?: Error | boolean): void => {
      if (this.loans.get(client) !== once) return;
      this.loans.delete(client);
      release(error);
    };
    this.loans.set(client, once);
    client.release = once;
    return client;
  }
}
