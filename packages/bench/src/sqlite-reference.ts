import type { Edition } from "@pctm/domain";
import Database from "better-sqlite3";
import type { Workload } from "./workload.js";

/**
 * What a user would write instead: the rows in SQLite with the unit list beside them, and one
 * GROUP BY per level. Kept in memory so the disk is not what is measured.
 */
export function loadSqlite(workload: Workload, edition: Edition): Database.Database {
  const db = new Database(":memory:");
  db.exec(`CREATE TABLE unit (code TEXT PRIMARY KEY, parent TEXT, level INTEGER);
    CREATE TABLE dv (unit TEXT, element TEXT, period TEXT, combo TEXT, value REAL);`);
  const addUnit = db.prepare("INSERT INTO unit VALUES (?, ?, ?)");
  const addValue = db.prepare("INSERT INTO dv VALUES (?, ?, ?, ?, ?)");
  db.transaction(() => {
    for (const u of edition.units) addUnit.run(u.code, u.parentCode, u.level);
    for (let i = 0; i < workload.size; i++) {
      const c = workload.combo[i] as number;
      addValue.run(
        workload.communes[workload.unit[i] as number],
        workload.elements[workload.element[i] as number],
        workload.periods[workload.period[i] as number],
        c === 0 ? "" : workload.combos[c - 1],
        workload.value[i],
      );
    }
  })();
  return db;
}

/** Sums per district and per province (three levels) or per province (two levels), every element and period. */
export function groupBySqlite(db: Database.Database, levels: number): number {
  let rows = 0;
  if (levels === 3) {
    rows += db
      .prepare(
        `SELECT d.code, dv.element, dv.period, SUM(dv.value) FROM dv JOIN unit c ON c.code = dv.unit
         JOIN unit d ON d.code = c.parent GROUP BY d.code, dv.element, dv.period`,
      )
      .all().length;
    rows += db
      .prepare(
        `SELECT p.code, dv.element, dv.period, SUM(dv.value) FROM dv JOIN unit c ON c.code = dv.unit
         JOIN unit d ON d.code = c.parent JOIN unit p ON p.code = d.parent GROUP BY p.code, dv.element, dv.period`,
      )
      .all().length;
  } else {
    rows += db
      .prepare(
        `SELECT p.code, dv.element, dv.period, SUM(dv.value) FROM dv JOIN unit c ON c.code = dv.unit
         JOIN unit p ON p.code = c.parent GROUP BY p.code, dv.element, dv.period`,
      )
      .all().length;
  }
  return rows;
}
