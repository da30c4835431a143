import { Module } from '@nestjs/common';
import { MilestonesModule } from '../milestones/milestones.module';
import { StatusUpdatesController } from './status-updates.controller';
import { StatusUpdatesService } from './status-updates.service';

@Module({
  imports: [MilestonesModule],
  controllers: [StatusUpdatesController],
  providers: [StatusUpdatesService],
})
export class StatusUpdatesModule {}
