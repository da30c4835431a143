import { IndicatorCellDto } from '@accord/shared';
import { EntityManager } from 'typeorm';

/** Stores the cells of a value in one statement (used by the API and by the demo data). */
export async function insertCells(manager: EntityManager, valueId: string, cells: readonly IndicatorCellDto[]) {
  if (cells.length === 0) return;
  await manager.query(
    `INSERT INTO indicator_value_cell (value_id, sex, age_group, armed_group, region, value)
     SELECT $1, c.sex, c."ageGroup", c."armedGroup", c.region, c.value
     FROM json_to_recordset($2) AS c(sex text, "ageGroup" text, "armedGroup" text, region text, value numeric)`,
    [valueId, JSON.stringify(cells)],
  );
}
