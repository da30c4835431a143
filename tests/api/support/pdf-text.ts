import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

/** Reads the PDF on stdin with pdf-parse and writes its page count and text as JSON. */
const PARSE_STDIN = `
const { PDFParse } = require('pdf-parse');
const chunks = [];
process.stdin.on('data', (chunk) => chunks.push(chunk)).on('end', async () => {
  const parser = new PDFParse({ data: Buffer.concat(chunks) });
  const { total, text } = await parser.getText();
  await parser.destroy();
  process.stdout.write(JSON.stringify({ pages: total, text }));
});`;

/**
 * The pages and the text of a PDF, parsed back with pdf-parse. In a Node process of its own: pdf.js starts
 * its worker with a dynamic import(), which Jest's module sandbox refuses.
 */
export function pdfText(bytes: Buffer): { pages: number; text: string } {
  const parsed = spawnSync(process.execPath, ['-e', PARSE_STDIN], {
    input: bytes,
    cwd: resolve(__dirname, '../../..'),
    maxBuffer: 64 * 1024 * 1024,
    encoding: 'utf8',
  });
  if (parsed.status !== 0) throw new Error(`pdf-parse failed: ${parsed.stderr}`);
  return JSON.parse(parsed.stdout);
}
