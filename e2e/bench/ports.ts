/**
 * Where `npm run bench` serves the demo, the production build one port up, the floor pages
 * two up and the react-admin reference three up.
 */
export const benchPort = Number(process.env.BENCH_PORT ?? 4390);
export const productionBenchPort = benchPort + 1;
export const floorBenchPort = benchPort + 2;
export const reactAdminBenchPort = benchPort + 3;
