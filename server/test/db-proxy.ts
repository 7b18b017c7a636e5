import { createServer, connect, type Server, type Socket } from 'node:net';

/**
 * A TCP hop between the server under test and MariaDB, for faults a real network and a
 * real restart produce: `stop()` drops every connection and refuses new ones (the database
 * went away), `start()` listens again on the same port (it came back), and `cutWhen()`
 * drops the connection that is about to send a given statement (it died mid-transaction).
 */
export interface DatabaseProxy {
  /** DATABASE_URL through the proxy. */
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Drops the connection whose next packet contains `text` (case-insensitive), before it reaches the database. */
  cutWhen(text: string): Promise<void>;
  close(): Promise<void>;
}

export async function startDatabaseProxy(databaseUrl: string): Promise<DatabaseProxy> {
  const target = new URL(databaseUrl);
  const pairs = new Set<[Socket, Socket]>();
  let trap: { text: string; sprung: () => void } | undefined;

  const server: Server = createServer((client) => {
    const upstream = connect(Number(target.port), target.hostname);
    const pair: [Socket, Socket] = [client, upstream];
    pairs.add(pair);
    const drop = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('data', (chunk: Buffer) => {
      if (trap && chunk.toString('latin1').toLowerCase().includes(trap.text)) {
        const { sprung } = trap;
        trap = undefined;
        drop();
        sprung();
        return;
      }
      upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => client.write(chunk));
    client.on('close', drop);
    upstream.on('close', drop);
    client.on('error', drop);
    upstream.on('error', drop);
  });

  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve((server.address() as { port: number }).port);
      });
    });
  const port = await listen(0);
  const url = new URL(databaseUrl);
  url.port = String(port);

  const stop = async () => {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const [client, upstream] of pairs) {
      client.destroy();
      upstream.destroy();
    }
    pairs.clear();
    await closed;
  };

  return {
    url: url.toString(),
    stop,
    start: async () => {
      await listen(port);
    },
    cutWhen: (text) => new Promise<void>((resolve) => (trap = { text: text.toLowerCase(), sprung: resolve })),
    close: async () => {
      if (server.listening) await stop();
    },
  };
}
