import type Database from 'better-sqlite3';

/**
 * The fund row as schema 1 defined it, written straight into a file a migration test has brought to an earlier
 * version (later columns keep their defaults): ทรัพย์อนันต์, ท่าแซะ, ชุมพร.
 */
export function insertFundRow(db: Database.Database, { subdistrictCode = '860214', createdAt = 'now' } = {}): void {
  db.prepare(
    `INSERT INTO fund (id, uuid, name, fund_code, is_code_provisional, level, province_code, province_name, district_code, district_name,
       subdistrict_code, subdistrict_name, address, postcode, founded_on, opened_on, fiscal_year_start_month, receipt_prefix,
       member_secret, version, created_at)
     VALUES (1, 'f', 'กองทุน', 'x', 1, 'tambon', '86', 'ชุมพร', '8602', 'ท่าแซะ', ?, 'ทรัพย์อนันต์', '', '', '2006-01-01', '2024-01-01',
       10, 'RC', 's', 1, ?)`,
  ).run(subdistrictCode, createdAt);
}
