import { Page } from '@accord/shared';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { EntityManager } from 'typeorm';

export const MAX_PAGE_SIZE = 100;

/** The page a list is asked for: `page` from 1, `pageSize` rows (20 by default). */
export class PageQueryDto {
  @ApiPropertyOptional({ type: Number, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100000)
  page = 1;

  @ApiPropertyOptional({ type: Number, default: 20, maximum: MAX_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  pageSize = 20;
}

/**
 * The column a list's query selects so that its rows carry how many rows match in all (named apart from
 * the rows' own columns, such as a value's `total`).
 */
export const TOTAL_COLUMN = 'count(*) OVER ()::int AS "matchCount"';

/**
 * One page of a list: `select` (ordered, with TOTAL_COLUMN) limited to the page, and the number of
 * matching rows. A page past the end has no row to carry that number: only then is `count` (a query
 * answering `total`) run on its own. Both take `parameters`; the limit and offset are bound after them.
 */
export async function fetchPage<T>(
  manager: EntityManager,
  sql: { select: string; count: string },
  parameters: readonly unknown[],
  { page, pageSize }: PageQueryDto,
): Promise<Page<T>> {
  const limit = parameters.length + 1;
  const rows: (T & { matchCount: number })[] = await manager.query(
    `${sql.select} LIMIT $${limit} OFFSET $${limit + 1}`,
    [...parameters, pageSize, (page - 1) * pageSize],
  );
  const total: number = rows[0]?.matchCount ?? (await manager.query(sql.count, [...parameters]))[0].total;
  return { items: rows.map(({ matchCount, ...item }) => item as T), total, page, pageSize };
}
