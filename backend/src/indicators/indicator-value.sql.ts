import { IndicatorValueQuery } from '@accord/shared';
import { reviewColumns, reviewListConditions } from '../common/reviewed-rows.sql';

/**
 * The SQL that reads indicator values as `IndicatorValueDto`, with their cells, shared by the indicator's
 * history and the review lists. `extra` adds columns (each followed by a comma) and joins to the value's
 * alias `v`. The caller adds the conditions (see reviewed-rows.sql for who sees which values).
 */
export function indicatorValueSelect(extra = { columns: '', joins: '' }): string {
  return `SELECT ${extra.columns} v.id, v.indicator_id AS "indicatorId", v.as_of::text AS "asOf", v.total, v.note,
            v.source_links AS "sourceLinks", v.confidential, v.author_id AS "authorId",
            author.display_name AS "authorName", v.recorded_at AS "recordedAt", ${reviewColumns('v')},
            coalesce((SELECT json_agg(json_strip_nulls(json_build_object('sex', c.sex, 'ageGroup', c.age_group,
                        'armedGroup', c.armed_group, 'region', c.region, 'value', c.value))
                        ORDER BY c.armed_group, c.region, c.sex, c.age_group)
                      FROM indicator_value_cell c WHERE c.value_id = v.id), '[]') AS cells
     FROM indicator_value v
     JOIN app_user author ON author.id = v.author_id
     LEFT JOIN app_user reviewer ON reviewer.id = v.reviewer_id
     ${extra.joins}`;
}

/**
 * The conditions of a list of the agreement's values `v` (the review queue, "my values", their export),
 * with the placeholders of VISIBILITY_PLACEHOLDERS: the values the reader may see, with the filters asked for.
 */
export function indicatorValueListConditions(
  query: Pick<IndicatorValueQuery, 'state' | 'mine' | 'authorId' | 'indicatorId'>,
  bind: (value: unknown) => string,
): string[] {
  const conditions = reviewListConditions('v', query, bind);
  if (query.indicatorId) conditions.push(`v.indicator_id = ${bind(query.indicatorId)}`);
  return conditions;
}
