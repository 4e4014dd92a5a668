import { v7 } from 'uuid';
import type { MigrationStep } from './step-types';

type Place = { moo: number | null; name: string; members: number };

/**
 * Today's free-text villages become register entries, and every member points at hers: one entry per distinct
 * (หมู่ที่, village name) members typed (names trimmed, a หมู่ of 0 read as none), so no member loses her village.
 * The DOPA code is the fund's ตำบล code and the หมู่ when the fund has a 6-digit ตำบล code and the หมู่ is known;
 * where one หมู่ was typed with several names, only the name most members used gets the code (the treasurer
 * moves the others in the register). Then the free-text columns are dropped: the register is the one source.
 */
export const villagesFromFreeText: MigrationStep = (connection) => {
  const places = connection
    .prepare(
      `SELECT CASE WHEN moo BETWEEN 1 AND 99 THEN moo END AS moo, trim(village) AS name, COUNT(*) AS members
         FROM members GROUP BY 1, 2 HAVING moo IS NOT NULL OR name <> '' ORDER BY 1, members DESC, 2`,
    )
    .all() as Place[];
  const fund = connection.prepare('SELECT subdistrict_code AS code FROM fund').get() as { code: string } | undefined;
  const tambon = fund && /^\d{6}$/.test(fund.code) ? fund.code : null;
  const now = new Date().toISOString();
  const insert = connection.prepare(
    `INSERT INTO villages (uuid, code, moo, name, households, population, version, created_at, updated_at)
     VALUES (?, ?, ?, ?, NULL, NULL, 1, ?, ?)`,
  );
  const point = connection.prepare(
    `UPDATE members SET village_id = ?
      WHERE (CASE WHEN moo BETWEEN 1 AND 99 THEN moo END) IS ? AND trim(village) = ?`,
  );
  const coded = new Set<number>();
  for (const place of places) {
    const code = tambon !== null && place.moo !== null && !coded.has(place.moo) ? `${tambon}${String(place.moo).padStart(2, '0')}` : null;
    if (place.moo !== null) coded.add(place.moo);
    const villageId = Number(insert.run(v7(), code, place.moo, place.name, now, now).lastInsertRowid);
    point.run(villageId, place.moo, place.name);
  }
  connection.exec('ALTER TABLE members DROP COLUMN moo');
  connection.exec('ALTER TABLE members DROP COLUMN village');
};
