import { Module } from '@nestjs/common';
import { DashboardModule } from '../dashboard/dashboard.module';
import { PublicPagesController } from './public-pages.controller';
import { PublicPagesService } from './public-pages.service';

@Module({ imports: [DashboardModule], controllers: [PublicPagesController], providers: [PublicPagesService] })
export class PublicPagesModule {}
