import { loadConfig } from '../runtime/config.ts';
import { openDatabase } from '../storage/database.ts';
import type { Database } from '../storage/database.ts';

/** Opens the configured database for one command and always closes it. */
export async function withDatabase<T>(fn: (db: Database) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const db = await openDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR });
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}
