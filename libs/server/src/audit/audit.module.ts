import { Module } from '@nestjs/common';
import { AuditEventsController } from './audit-events.controller';
import { AuditEventsService } from './audit-events.service';

/** Reading the audit trail; writing it is part of every write (see `recordAudit`). */
@Module({ controllers: [AuditEventsController], providers: [AuditEventsService] })
export class AuditModule {}
