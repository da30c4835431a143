import { Module } from '@nestjs/common';
import { DemoDataService } from './demo-data.service';

@Module({ providers: [DemoDataService] })
export class DemoModule {}
