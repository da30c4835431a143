import { PublicAgreementDto } from '@accord/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ApiException } from '../common/api-exception';
import { DashboardService } from '../dashboard/dashboard.service';

@Injectable()
export class PublicPagesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly dashboard: DashboardService,
  ) {}

  /**
   * An agreement's public page: only when an administrator turned it on, and computed like the
   * dashboard of a reader without confidential clearance (approved updates only, as every figure).
   * An agreement without a public page answers 404, as one that does not exist.
   */
  async get(slug: string): Promise<PublicAgreementDto> {
    const [agreement] = await this.db.query(
      `SELECT id, slug, title, short_title AS "shortTitle", country, signed_on::text AS "signedOn", description
       FROM agreement WHERE slug = $1 AND public_page`,
      [slug],
    );
    if (!agreement) throw ApiException.notFound('Public page');
    const { id, ...summary } = agreement;
    // Internal ids stay internal; nothing is withheld from a public reader, they see what is public.
    const {
      withheld: _withheld,
      agreementId: _agreementId,
      ...dashboard
    } = await this.dashboard.forAgreement({
      agreementId: id,
      seesConfidential: false,
    });
    return { agreement: summary, dashboard };
  }
}
