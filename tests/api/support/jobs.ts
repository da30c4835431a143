import { JobDto, JobState } from '@accord/shared';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Response } from 'supertest';
import { TestApp, TestRole } from './test-app';

/** Reads a response body as bytes, whatever its type. */
export const asBuffer = (response: Response, callback: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => callback(null, Buffer.concat(chunks)));
};

/** Asks for the job until it is done (succeeded or failed), at most `timeoutMs`. */
export async function settledJob(t: TestApp, role: TestRole, jobId: string, timeoutMs = 30_000): Promise<JobDto> {
  const token = await t.tokenFor(role);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const job: JobDto = (await t.http.get(`/api/jobs/${jobId}`).auth(token, { type: 'bearer' }).expect(200)).body;
    if (job.state === JobState.Succeeded || job.state === JobState.Failed) return job;
    if (Date.now() > deadline) throw new Error(`Job ${jobId} still ${job.state} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The answer to `role` downloading the result file of a job, checked to have `status`; its body as bytes. */
export async function jobFile(t: TestApp, role: TestRole, jobId: string, status = 200) {
  return t.http
    .get(`/api/jobs/${jobId}/file`)
    .auth(await t.tokenFor(role), { type: 'bearer' })
    .buffer(true)
    .parse(asBuffer)
    .expect(status);
}

/** Starts an export of agreement A as `role` (202) and answers the job once it is done. */
export async function exportOf(t: TestApp, role: TestRole, body: object): Promise<JobDto> {
  const response = await t.http
    .post(`/api/agreements/${t.agreementId}/exports`)
    .auth(await t.tokenFor(role), { type: 'bearer' })
    .send(body)
    .expect(202);
  return settledJob(t, role, response.body.id);
}

export type Cell = string | number | boolean | Date | null;

/** Every sheet of an XLSX file: its name, whether its header row is frozen, its autofilter, its rows of typed cells. */
export async function readXlsx(content: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ExcelJS.Buffer);
  return workbook.worksheets.map((sheet) => {
    const rows: Cell[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => {
      const cells: Cell[] = [];
      for (let index = 1; index <= sheet.columnCount; index++) {
        const value = row.getCell(index).value;
        cells.push(value === undefined ? null : (value as Cell));
      }
      rows.push(cells);
    });
    return { name: sheet.name, view: sheet.views[0], autoFilter: sheet.autoFilter, rows };
  });
}

/** A CSV file's records (its byte order mark dropped), every field as text. */
export function readCsv(content: Buffer): string[][] {
  return parseCsv(content, { bom: true, relax_column_count: false }) as string[][];
}
