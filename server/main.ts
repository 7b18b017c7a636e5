import { buildApp } from './app';
import { ConfigError, loadConfig } from './config';

/** `npm run server`: the console's build and /api on one port, over the ASTPP database. */
let config;
try {
  config = loadConfig(process.env);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}

const app = await buildApp(config);
const grace = config.SHUTDOWN_GRACE_SECONDS;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    // Stop taking requests, let the ones in flight finish (their transactions commit or roll
    // back whole), close the pool, then exit. A request still running after the grace period
    // is abandoned; its transaction rolls back when the connection closes.
    app.log.info({ signal, graceSeconds: grace }, 'shutting down: finishing requests in flight');
    const deadline = setTimeout(() => {
      app.log.error({ graceSeconds: grace }, 'requests still running after the grace period; exiting anyway');
      process.exit(1);
    }, grace * 1000);
    deadline.unref();
    void app.close().then(
      () => {
        app.log.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  });
}
try {
  await app.listen({ port: config.PORT, host: config.HOST });
} catch (error) {
  app.log.fatal({ err: error }, 'could not start');
  await app.close();
  process.exit(1);
}
