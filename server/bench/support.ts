import { createIndexStatement, recommendedIndexes } from '../astpp/indexes';

/**
 * The indexes Carrierdesk recommends for a large ASTPP database (server/astpp/indexes.ts:
 * the list's scope and filters, its sorts, and the search by beginnings). `--with-indexes`
 * adds them to the bench's own throw-away database so the difference can be measured;
 * docs/performance.md ("Server") shows the figures with and without, and the operator
 * decides (`npm run server:migrate -- --add-indexes`).
 */
export const suggestedIndexes: string[] = recommendedIndexes.map(createIndexStatement);
