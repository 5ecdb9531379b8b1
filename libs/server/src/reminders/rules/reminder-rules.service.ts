import { ConflictException, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ESCALATION_TARGETS, REMINDER_KINDS, ReminderRuleRecord } from '@pejling/contracts';
import { RecordStore, WriteCheck } from '../../records/record-store';
import { fieldError } from '../../core/http/validation';
import { CreateReminderRuleDto, UpdateReminderRuleDto } from './reminder-rule.dto';
import { ReminderRule } from './reminder-rule.entity';
import { col, nullable, RECORD_META } from '../../records/columns';

/** The reminder rules, as the secretariat edits them; the scan reads the active ones. */
@Injectable()
export class ReminderRulesService extends RecordStore<
  ReminderRuleRecord,
  ReminderRule,
  CreateReminderRuleDto,
  UpdateReminderRuleDto
> {
  constructor(dataSource: DataSource) {
    super(dataSource, {
      entity: ReminderRule,
      resource: 'reminder-rules',
      label: 'reminder rule',
      read: {
        from: ['reminder_rules', 'r'],
        columns: {
          ...RECORD_META,
          kind: col.oneOf(REMINDER_KINDS)(),
          days: col.int(),
          repeatEveryDays: nullable(col.int()),
          escalateTo: nullable(col.oneOf(ESCALATION_TARGETS)()),
          active: col.bool(),
        },
        sortable: ['id', 'kind', 'days', 'active'],
        // Before the due date first, then the ladder after it.
        defaultSort: ['id', 'ASC'],
        filters: {
          kind: { kind: 'enum', column: 'r.kind', values: REMINDER_KINDS },
          active: { kind: 'boolean', column: 'r.active' },
        },
      },
      toColumns: (dto) => ({
        kind: dto.kind,
        days: dto.days,
        repeatEveryDays: dto.repeatEveryDays ?? null,
        escalateTo: dto.escalateTo ?? null,
        active: dto.active ?? true,
      }),
    });
  }

  protected override async checkWrite({
    action,
    manager,
    before,
    dto,
  }: WriteCheck<ReminderRuleRecord, CreateReminderRuleDto>) {
    if (dto) assertShape(dto);
    if (action === 'delete' && before) {
      const [used] = await manager.query(
        'SELECT 1 FROM reminder_deliveries WHERE rule_id = $1 LIMIT 1',
        [before.id],
      );
      if (used) {
        throw new ConflictException(
          'the rule has reminded people already, and the delivery log refers to it; ' +
            'deactivate it instead (active: false)',
        );
      }
    }
  }
}

/** Which fields belong to which kind of rule: the 400 says it before the database would. */
function assertShape(dto: CreateReminderRuleDto): void {
  const escalateTo = dto.escalateTo ?? null;
  if (dto.kind === 'escalation' && escalateTo === null) {
    throw fieldError('escalateTo', 'an escalation must say whom it tells');
  }
  if (dto.kind !== 'escalation' && escalateTo !== null) {
    throw fieldError('escalateTo', 'only an escalation tells someone else');
  }
  if (dto.kind !== 'overdue' && (dto.repeatEveryDays ?? null) !== null) {
    throw fieldError('repeatEveryDays', 'only an overdue reminder repeats');
  }
}
