import { createServer, Socket as NetSocket, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/** A TCP proxy in front of PostgreSQL that the test can cut and restore, like a database outage. */
export class CuttableProxy {
  private server: Server | null = null;
  private sockets = new Set<Socket>();
  private closing: Promise<void> = Promise.resolve();
  port = 0;
  /** While set, a connection whose client sends a matching chunk is dropped instead of forwarding it. */
  dropWhen: ((chunk: Buffer) => boolean) | null = null;
  constructor(private readonly target: { host: string; port: number }) {}

  /** A proxy in front of the server of `url`. */
  static for(url: string): CuttableProxy {
    const u = new URL(url);
    return new CuttableProxy({ host: u.hostname, port: Number(u.port || 5432) });
  }

  /** `url` with its host and port pointed at this proxy (after `start`). */
  via(url: string): string {
    const u = new URL(url);
    u.hostname = '127.0.0.1';
    u.port = String(this.port);
    return u.toString();
  }

  /** Listens (again, on the same port after a cut): new connections reach the server. */
  async start(): Promise<void> {
    this.server = createServer((client) => {
      const upstream = new NetSocket();
      upstream.connect(this.target.port, this.target.host);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('error', () => undefined);
        s.on('close', () => this.sockets.delete(s));
      }
      client.on('data', (chunk: Buffer) => {
        if (this.dropWhen?.(chunk)) {
          client.destroy();
          upstream.destroy();
        } else if (!upstream.write(chunk)) client.pause();
      });
      upstream.on('drain', () => client.resume());
      client.on('end', () => upstream.end());
      upstream.pipe(client);
    });
    await new Promise<void>((resolve) => this.server?.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  /** Stops listening: new connections are refused, open ones still work (until `drop`). */
  refuse(): void {
    const server = this.server;
    this.server = null;
    this.closing = server
      ? new Promise<void>((resolve) => server.close(() => resolve()))
      : Promise.resolve();
  }

  /** Drops every open connection, as a server restart or a network failure would. */
  async drop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await this.closing;
  }

  /** Refuses new connections and drops the open ones. */
  async cut(): Promise<void> {
    this.refuse();
    await this.drop();
  }
}
