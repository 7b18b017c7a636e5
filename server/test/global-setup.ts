import type { TestProject } from 'vitest/node';
import { migrate } from '../migrate';
import { loadAstpp, startMariadb } from './mariadb';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/** One MariaDB for the whole server suite; stopped and deleted when it ends, pass or fail. */
export default async function setup(project: TestProject) {
  const mariadb = await startMariadb();
  try {
    await loadAstpp(mariadb.databaseUrl);
    await migrate(mariadb.databaseUrl, 'carrierdesk');
  } catch (error) {
    await mariadb.stop();
    throw error;
  }
  project.provide('databaseUrl', mariadb.databaseUrl);
  return async () => {
    await mariadb.stop();
  };
}
