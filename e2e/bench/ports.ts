/** Where `npm run bench` serves the demo, the production build one port up, and the floor pages two up. */
export const benchPort = Number(process.env.BENCH_PORT ?? 4390);
export const productionBenchPort = benchPort + 1;
export const floorBenchPort = benchPort + 2;
