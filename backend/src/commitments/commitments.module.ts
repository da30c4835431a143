import { Module } from '@nestjs/common';
import { AgreementsModule } from '../agreements/agreements.module';
import { MilestonesModule } from '../milestones/milestones.module';
import { CommitmentsController } from './commitments.controller';
import { CommitmentsService } from './commitments.service';

@Module({
  imports: [AgreementsModule, MilestonesModule],
  controllers: [CommitmentsController],
  providers: [CommitmentsService],
  exports: [CommitmentsService],
})
export class CommitmentsModule {}
