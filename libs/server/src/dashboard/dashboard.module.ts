import { Module } from '@nestjs/common';
import { PlanModule } from '../plan/plan.module';
import { DashboardController } from './dashboard.controller';
import { DashboardService } from './dashboard.service';

/** Where the plan stands: figures per focus area, computed in SQL. */
@Module({
  imports: [PlanModule],
  controllers: [DashboardController],
  providers: [DashboardService],
})
export class DashboardModule {}
