import { Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { LANGUAGES, Language } from '@pejling/contracts';
import type {
  ReportingRoundRecord,
  RoundCompletionRow,
  RoundFigureRow,
  RoundReport,
} from '@pejling/contracts';
import { Actor, CurrentActor } from '../../records/actor';
import { CrudController } from '../../records/crud-controller';
import { RoleMayDo } from '../../records/role-guard';
import { RecordId } from '../../core/http/id.pipe';
import { fieldError } from '../../core/http/validation';
import { renderMeetingPack } from '../meeting-pack/meeting-pack';
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
  @RoleMayDo('run-rounds')
  open(@RecordId() id: number, @CurrentActor() actor: Actor): Promise<ReportingRoundRecord> {
    return this.rounds.open(id, actor);
  }

  /** Closes an open round and freezes its report (secretariat). */
  @Post(':id/close')
  @HttpCode(200)
  @RoleMayDo('run-rounds')
  close(@RecordId() id: number, @CurrentActor() actor: Actor): Promise<ReportingRoundRecord> {
    return this.rounds.close(id, actor);
  }

  /** Asks the owners who have not submitted a report for the open round now (secretariat). */
  @Post(':id/remind')
  @HttpCode(200)
  @RoleMayDo('run-rounds')
  remind(@RecordId() id: number, @CurrentActor() actor: Actor) {
    return this.rounds.remind(id, actor);
  }

  /** Marks a closed round reviewed by the signed-in steering-group member. */
  @Post(':id/review')
  @HttpCode(200)
  @RoleMayDo('review-rounds')
  review(@RecordId() id: number, @CurrentActor() actor: Actor): Promise<ReportingRoundRecord> {
    return this.rounds.review(id, actor);
  }

  /** Per initiative in scope: submitted, draft or missing. */
  @Get(':id/completion')
  completion(@RecordId() id: number, @CurrentActor() actor: Actor): Promise<RoundCompletionRow[]> {
    return this.rounds.completion(id, actor);
  }

  /** Per figure the round asks the data owners for: approved, proposed, returned or missing. */
  @Get(':id/figures')
  figures(@RecordId() id: number, @CurrentActor() actor: Actor): Promise<RoundFigureRow[]> {
    return this.rounds.figures(id, actor);
  }

  /**
   * The round's report as the steering group's meeting pack, a PDF: Danish, or English
   * with `?lang=en`.
   */
  @Get(':id/report.pdf')
  @ApiQuery({ name: 'lang', required: false, enum: LANGUAGES })
  async reportPdf(
    @RecordId() id: number,
    @Query('lang') lang: string | undefined,
    @CurrentActor() actor: Actor,
    @Res() res: FastifyReply,
  ): Promise<void> {
    const language = lang ?? 'da';
    if (!isLanguage(language)) {
      throw fieldError('lang', `must be one of ${LANGUAGES.join(', ')}`);
    }
    const pdf = await renderMeetingPack(await this.rounds.report(id, actor), language);
    await res
      .type('application/pdf')
      .header('Content-Disposition', `inline; filename="pejling-runde-${id}-${language}.pdf"`)
      .header('Cache-Control', 'private, no-store')
      .send(pdf);
  }

  /** The round's compiled report: frozen once the round is closed. */
  @Get(':id/report')
  report(@RecordId() id: number, @CurrentActor() actor: Actor): Promise<RoundReport> {
    return this.rounds.report(id, actor);
  }
}

function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}
