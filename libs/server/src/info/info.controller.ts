import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AppInfo } from '@pejling/contracts';
import { Public } from '../core/http/public.decorator';
import { Clock } from '../core/clock/clock';
import { APP_CONFIG } from '../core/config/config.module';
import type { AppConfig } from '../core/config/config';

/**
 * What the web app needs to know about this server, before anyone signs in: its date,
 * and whether it is a demo (the sign-in page shows both); and how large a file may be.
 */
@ApiTags('info')
@Public()
@Controller('info')
export class InfoController {
  constructor(
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  get(): AppInfo {
    return {
      today: this.clock.today(),
      fixedToday: this.clock.isFixed(),
      demo: this.config.demo,
      attachmentMaxBytes: this.config.attachmentMaxBytes,
    };
  }
}
