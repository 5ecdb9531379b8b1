import { Injectable, type Type } from '@nestjs/common';
import type { WorkbookSheet } from '@pejling/contracts';
import { CreateFocusAreaDto } from '../plan/focus-areas/focus-area.dto';
import { FocusAreasService } from '../plan/focus-areas/focus-areas.service';
import { CreateInitiativeDto } from '../plan/initiatives/initiative.dto';
import { InitiativesService } from '../plan/initiatives/initiatives.service';
import { CreateMilestoneDto } from '../plan/milestones/milestone.dto';
import { MilestonesService } from '../plan/milestones/milestones.service';
import { CreateStrategyDto } from '../plan/strategies/strategy.dto';
import { StrategiesService } from '../plan/strategies/strategies.service';
import { CreateOrganisationDto } from '../people/organisations/organisation.dto';
import { OrganisationsService } from '../people/organisations/organisations.service';
import { CreatePersonDto } from '../people/people/person.dto';
import { PeopleService } from '../people/people/people.service';
import { CreateMeasurementDto } from '../targets/measurements/measurement.dto';
import { MeasurementsService } from '../targets/measurements/measurements.service';
import { CreateTargetDto } from '../targets/targets/target.dto';
import { TargetsService } from '../targets/targets/targets.service';
import type { RecordStore } from '../records/record-store';

/** The sheets whose rows are records of their own (a target's parts are written with it). */
export type RecordSheet = Exclude<WorkbookSheet, 'series' | 'targetLinks'>;

type AnyStore = RecordStore<
  { id: number; version: number },
  never,
  object,
  object & { version: number }
>;

/**
 * Each sheet's records are written through their own service, as the API writes them: the
 * same checks, versions and audit events. `body` is the create body's class, which a
 * preview validates each row's body against.
 */
@Injectable()
export class RecordWriters {
  readonly writers: Record<RecordSheet, { store: AnyStore; body: Type<object>; table: string }>;

  constructor(
    strategies: StrategiesService,
    focusAreas: FocusAreasService,
    initiatives: InitiativesService,
    milestones: MilestonesService,
    organisations: OrganisationsService,
    people: PeopleService,
    targets: TargetsService,
    measurements: MeasurementsService,
  ) {
    const writer = (store: unknown, body: Type<object>, table: string) => ({
      store: store as AnyStore,
      body,
      table,
    });
    this.writers = {
      strategy: writer(strategies, CreateStrategyDto, 'strategies'),
      focusAreas: writer(focusAreas, CreateFocusAreaDto, 'focus_areas'),
      initiatives: writer(initiatives, CreateInitiativeDto, 'initiatives'),
      milestones: writer(milestones, CreateMilestoneDto, 'milestones'),
      organisations: writer(organisations, CreateOrganisationDto, 'organisations'),
      people: writer(people, CreatePersonDto, 'people'),
      targets: writer(targets, CreateTargetDto, 'targets'),
      measurements: writer(measurements, CreateMeasurementDto, 'measurements'),
    };
  }
}
