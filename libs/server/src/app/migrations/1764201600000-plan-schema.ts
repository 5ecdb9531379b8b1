import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The plan: strategies, focus areas, initiatives, milestones, organisations, people,
 * targets with their series, measurements and status reports.
 *
 * Every editable table has `version`, `created_at` and `updated_at`; enums and ranges are
 * CHECKs so that the database refuses what the API would refuse; foreign keys restrict
 * deletes so that a record still in use cannot vanish.
 */
export class PlanSchema1764201600000 implements MigrationInterface {
  name = 'PlanSchema1764201600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);

    await q.query(`
      CREATE TABLE organisations (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        name text NOT NULL CHECK (length(btrim(name)) > 0),
        short_name text NOT NULL CHECK (length(btrim(short_name)) > 0),
        kind text NOT NULL CHECK (kind IN ('ministry','region','municipality','support_organisation','secretariat','other')),
        region text CHECK (region IN ('hovedstaden','sjaelland','syddanmark','midtjylland','nordjylland')),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_organisations_short_name UNIQUE (short_name)
      )`);

    await q.query(`
      CREATE TABLE people (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        name text NOT NULL CHECK (length(btrim(name)) > 0),
        email text NOT NULL CHECK (email ~ '^[^@\\s]+@[^@\\s]+$'),
        organisation_id integer REFERENCES organisations(id),
        title text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_people_email ON people (lower(email))`);
    await q.query(`CREATE INDEX ix_people_organisation ON people (organisation_id)`);

    await q.query(`
      CREATE TABLE strategies (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        name text NOT NULL CHECK (length(btrim(name)) > 0),
        subtitle text,
        period_start date NOT NULL,
        period_end date NOT NULL,
        vision text NOT NULL DEFAULT '',
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_strategies_name UNIQUE (name),
        CONSTRAINT ck_strategies_period CHECK (period_end >= period_start)
      )`);

    await q.query(`
      CREATE TABLE focus_areas (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        strategy_id integer NOT NULL REFERENCES strategies(id),
        code text NOT NULL CHECK (code ~ '^[A-Z]$'),
        title text NOT NULL CHECK (length(btrim(title)) > 0),
        description text NOT NULL DEFAULT '',
        sort_order integer NOT NULL DEFAULT 0,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_focus_areas_code UNIQUE (strategy_id, code),
        -- lets initiatives reference (id, strategy_id) and so stay in their area's strategy
        CONSTRAINT uq_focus_areas_id_strategy UNIQUE (id, strategy_id)
      )`);

    await q.query(`
      CREATE TABLE initiatives (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        strategy_id integer NOT NULL REFERENCES strategies(id),
        focus_area_id integer NOT NULL,
        code text NOT NULL CHECK (code ~ '^[A-Z]\\.[1-9][0-9]*$'),
        title text NOT NULL CHECK (length(btrim(title)) > 0),
        description text NOT NULL DEFAULT '',
        lead_organisation_id integer REFERENCES organisations(id),
        start_date date,
        end_date date,
        status text NOT NULL DEFAULT 'not_started'
          CHECK (status IN ('not_started','in_progress','completed','on_hold','cancelled')),
        health text CHECK (health IN ('green','amber','red')),
        progress_override integer CHECK (progress_override BETWEEN 0 AND 100),
        progress_override_reason text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_initiatives_code UNIQUE (strategy_id, code),
        CONSTRAINT fk_initiatives_focus_area FOREIGN KEY (focus_area_id, strategy_id)
          REFERENCES focus_areas (id, strategy_id),
        CONSTRAINT ck_initiatives_dates CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date),
        CONSTRAINT ck_initiatives_override_reason CHECK (
          progress_override IS NULL OR length(btrim(coalesce(progress_override_reason, ''))) > 0)
      )`);
    await q.query(`CREATE INDEX ix_initiatives_focus_area ON initiatives (focus_area_id)`);
    await q.query(`CREATE INDEX ix_initiatives_lead ON initiatives (lead_organisation_id)`);

    await q.query(`
      CREATE TABLE initiative_partners (
        initiative_id integer NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
        organisation_id integer NOT NULL REFERENCES organisations(id),
        PRIMARY KEY (initiative_id, organisation_id)
      )`);
    await q.query(
      `CREATE INDEX ix_initiative_partners_organisation ON initiative_partners (organisation_id)`,
    );

    await q.query(`
      CREATE TABLE initiative_responsibles (
        initiative_id integer NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
        person_id integer NOT NULL REFERENCES people(id),
        PRIMARY KEY (initiative_id, person_id)
      )`);
    await q.query(
      `CREATE INDEX ix_initiative_responsibles_person ON initiative_responsibles (person_id)`,
    );

    await q.query(`
      CREATE TABLE milestones (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        initiative_id integer NOT NULL REFERENCES initiatives(id),
        title text NOT NULL CHECK (length(btrim(title)) > 0),
        description text NOT NULL DEFAULT '',
        due_date date NOT NULL,
        responsible_person_id integer REFERENCES people(id),
        status text NOT NULL DEFAULT 'planned'
          CHECK (status IN ('planned','in_progress','done','delayed','cancelled')),
        completed_on date,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_milestones_completed_on CHECK ((status = 'done') = (completed_on IS NOT NULL))
      )`);
    await q.query(
      `CREATE INDEX ix_milestones_initiative_due ON milestones (initiative_id, due_date)`,
    );
    await q.query(`CREATE INDEX ix_milestones_due ON milestones (due_date, id)`);
    await q.query(`CREATE INDEX ix_milestones_responsible ON milestones (responsible_person_id)`);
    await q.query(`CREATE INDEX ix_milestones_status ON milestones (status)`);
    await q.query(
      `CREATE INDEX ix_milestones_title_trgm ON milestones USING gin (title gin_trgm_ops)`,
    );

    await q.query(`
      CREATE TABLE targets (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        strategy_id integer NOT NULL REFERENCES strategies(id),
        number integer NOT NULL CHECK (number BETWEEN 1 AND 99),
        title text NOT NULL CHECK (length(btrim(title)) > 0),
        description text NOT NULL DEFAULT '',
        unit text NOT NULL DEFAULT '',
        by_region boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_targets_number UNIQUE (strategy_id, number)
      )`);

    await q.query(`
      CREATE TABLE target_series (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        target_id integer NOT NULL REFERENCES targets(id) ON DELETE CASCADE,
        key text NOT NULL CHECK (key ~ '^[a-z][a-z0-9_]*$'),
        label text NOT NULL CHECK (length(btrim(label)) > 0),
        sort_order integer NOT NULL DEFAULT 0,
        baseline_value numeric,
        baseline_year integer CHECK (baseline_year BETWEEN 1900 AND 2200),
        target_value numeric,
        target_year integer CHECK (target_year BETWEEN 1900 AND 2200),
        CONSTRAINT uq_target_series_key UNIQUE (target_id, key),
        CONSTRAINT ck_target_series_baseline CHECK ((baseline_value IS NULL) = (baseline_year IS NULL)),
        CONSTRAINT ck_target_series_years CHECK (target_year IS NULL OR baseline_year IS NULL OR target_year >= baseline_year)
      )`);

    await q.query(`
      CREATE TABLE measurements (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        series_id integer NOT NULL REFERENCES target_series(id),
        year integer NOT NULL CHECK (year BETWEEN 1900 AND 2200),
        region text CHECK (region IN ('hovedstaden','sjaelland','syddanmark','midtjylland','nordjylland')),
        value numeric NOT NULL,
        source text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_measurements_series_year_region UNIQUE NULLS NOT DISTINCT (series_id, year, region)
      )`);

    await q.query(`
      CREATE TABLE status_reports (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        initiative_id integer NOT NULL REFERENCES initiatives(id),
        author_person_id integer REFERENCES people(id),
        report_date date NOT NULL,
        health text NOT NULL CHECK (health IN ('green','amber','red')),
        summary text NOT NULL DEFAULT '',
        risks text NOT NULL DEFAULT '',
        next_steps text NOT NULL DEFAULT '',
        state text NOT NULL DEFAULT 'draft' CHECK (state IN ('draft','submitted')),
        submitted_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_status_reports_submitted CHECK ((state = 'submitted') = (submitted_at IS NOT NULL))
      )`);
    await q.query(
      `CREATE INDEX ix_status_reports_initiative ON status_reports (initiative_id, report_date)`,
    );
    await q.query(`CREATE INDEX ix_status_reports_author ON status_reports (author_person_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'status_reports',
      'measurements',
      'target_series',
      'targets',
      'milestones',
      'initiative_responsibles',
      'initiative_partners',
      'initiatives',
      'focus_areas',
      'strategies',
      'people',
      'organisations',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
