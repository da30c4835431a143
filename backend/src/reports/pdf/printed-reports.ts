import type { ReportDetailDto } from '@accord/shared';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { buffer } from 'node:stream/consumers';
import { EvidenceNotFoundError, EvidenceStore } from '../../evidence/evidence-store';
import { ReportPdf } from './report-pdf';

/** The store of printed reports (the evidence store's kind, under `reports`). */
export const REPORT_FILES = Symbol('REPORT_FILES');

const PDF = 'application/pdf';

/**
 * The PDFs of reports, printed once and kept. A report's file depends only on the report (its figures,
 * under their content hash) and the printer's edition (see ReportPdf.edition), so it is printed at its
 * first download, stored under a key made of those, and read from the store afterwards: printing costs
 * 0.3 to 0.8 s of the server's only thread. Downloads of a report that arrive while it is being printed
 * or read wait for that one; a store that fails is logged, and the report printed and served all the same.
 */
@Injectable()
export class PrintedReports {
  private readonly logger = new Logger(PrintedReports.name);
  /** The readings and printings under way, by key: one per report at a time in this process. */
  private readonly loading = new Map<string, Promise<Buffer>>();

  constructor(
    private readonly printer: ReportPdf,
    @Inject(REPORT_FILES) private readonly files: EvidenceStore,
  ) {}

  /** The PDF of `report`, as the printer prints it. */
  pdf(report: ReportDetailDto): Promise<Buffer> {
    const key = this.keyOf(report);
    let loading = this.loading.get(key);
    if (!loading) {
      loading = this.load(report, key).finally(() => this.loading.delete(key));
      this.loading.set(key, loading);
    }
    return loading;
  }

  /** Where the PDF of `report` is kept: its id, and a hash of its content hash and the printer's edition. */
  keyOf(report: ReportDetailDto): string {
    const printed = createHash('sha256')
      .update(`${report.contentHash}\n${this.printer.edition(report.language)}`)
      .digest('hex');
    return `${report.id}-${printed.slice(0, 32)}.pdf`;
  }

  private async load(report: ReportDetailDto, key: string): Promise<Buffer> {
    try {
      return await buffer(await this.files.open(key));
    } catch (error) {
      // Not printed yet; a store that fails to answer costs a printing, not the download.
      if (!(error instanceof EvidenceNotFoundError)) {
        this.logger.warn({ err: error, reportId: report.id }, 'A printed report could not be read');
      }
    }
    const content = await this.printer.render(report);
    await this.files
      .put(key, content, PDF)
      .catch((error) => this.logger.warn({ err: error, reportId: report.id }, 'A printed report could not be kept'));
    return content;
  }
}
