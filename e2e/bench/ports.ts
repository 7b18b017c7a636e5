/** Where `npm run bench` serves the demo, and the production build one port up. */
export const benchPort = Number(process.env.BENCH_PORT ?? 4390);
export const productionBenchPort = benchPort + 1;
