import Database from 'better-sqlite3';
import { sqliteBinding } from './native-binding';

/**
 * Every SQLite connection the backend makes goes through here, so a packaged app loads the addon built for Electron
 * (native-binding.ts) and everything else loads node_modules' own. The options are better-sqlite3's own.
 */
export function openDatabase(path: string, options: Database.Options = {}): Database.Database {
  const nativeBinding = sqliteBinding();
  return new Database(path, nativeBinding === undefined ? options : { ...options, nativeBinding });
}
