import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ReportingRoundRecord, RoundCompletionRow, RoundReport } from '@pejling/contracts';
import { Actor, CurrentActor } from '../../auth/actor';
import { CrudController } from '../../core/http/crud';
import { RecordId } from '../../core/http/id.pipe';
import { CreateReportingRoundDto, UpdateReportingRoundDto } from './reporting-round.dto';
import { ReportingRoundsService } from './reporting-rounds.service';

@ApiTags('reporting-rounds')
@Controller('reporting-rounds')
export class ReportingRoundsController extends CrudController<
  ReportingRoundRecord,
  CreateReportingRoundDto,
  UpdateReportingRoundDto
>('reporting-rounds', CreateReportingRoundDto, UpdateReportingRoundDto) {
  constructor(private readonly rounds: ReportingRoundsService) {
    super(rounds);
  }

  /** Opens a draft for reports (secretariat). */
  @Post(':id/open')
  @HttpCode(200)
  open(@RecordId() id: number, @CurrentActor() actor: Actor): Promise<ReportingRoundRecord> {
    return this.rounds.open(id, actor);
  }

  /** Closes an open round and freezes its report (secretariat). */
  @Post(':id/close')
  @HttpCode(200)
  close(@RecordId() id: number, @CurrentActor() actor: Actor): Promise<ReportingRoundRecord> {
    return this.rounds.close(id, actor);
  }

  /** Marks a closed round reviewed by the signed-in steering-group member. */
  @Post(':id/review')
  @HttpCode(200)
  review(@RecordId() id: number, @CurrentActor() actor: Actor): Promise<ReportingRoundRecord> {
    return this.rounds.review(id, actor);
  }

  /** Per initiative in scope: submitted, draft or missing. */
  @Get(':id/completion')
  completion(@RecordId() id: number, @CurrentActor() actor: Actor): Promise<RoundCompletionRow[]> {
    return this.rounds.completion(id, actor);
  }

  /** The round's compiled report: frozen once the round is closed. */
  @Get(':id/report')
  report(@RecordId() id: number, @CurrentActor() actor: Actor): Promise<RoundReport> {
    return this.rounds.report(id, actor);
  }
}
