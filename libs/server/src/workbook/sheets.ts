import {
  ENUM_LABELS,
  GLOSSARY,
  HEALTHS,
  INITIATIVE_STATUSES,
  LANGUAGES,
  MEASUREMENT_STATES,
  MILESTONE_STATUSES,
  ORGANISATION_KINDS,
  REGIONS,
  ROLES,
  type EnumLabels,
  type Language,
  type WorkbookSheet,
} from '@pejling/contracts';

/**
 * The plan's workbook, described once: its sheets, their columns, and what each column
 * holds. The export writes from it, the import reads by it, the template is its headers.
 *
 * A cell's value inside Pejling, between the workbook and the records, is its *canonical*
 * value (`CellValue`): dates as `YYYY-MM-DD`, enumerations by their code, references by the
 * key a person reads (an organisation's short name, a person's e-mail, an initiative's
 * code, a target's number as text), lists as arrays. A row is the same whether it came
 * from the database or from a file, so the two compare by value.
 */

/** An organisation in a list of lead organisations, marked where it is Pejling's reading. */
export interface MarkedRef {
  key: string;
  inferred: boolean;
}

export type CellValue = string | number | boolean | null | string[] | MarkedRef[];

/** The records a reference column points to, by their key. */
export type RefTarget = 'organisations' | 'people' | 'focusAreas' | 'initiatives' | 'targets';

export type ColumnKind =
  | { type: 'text'; required?: boolean }
  | { type: 'date'; required?: boolean }
  | { type: 'integer'; required?: boolean }
  | { type: 'number'; required?: boolean }
  | { type: 'boolean' }
  /** One of `values`, written by its label (`labels`) in the sheet's language. */
  | { type: 'enum'; values: readonly string[]; labels: keyof EnumLabels; required?: boolean }
  | { type: 'ref'; to: RefTarget; required?: boolean }
  /** A comma-separated list; `marked`: an entry may end in "(udledt)" / "(inferred)". */
  | { type: 'refs'; to: RefTarget; marked?: boolean };

export interface ColumnDef {
  /** The record's field (or the part's field) the column holds. */
  key: string;
  header: Record<Language, string>;
  kind: ColumnKind;
  /** Read when the row makes a record; a later change is an error (a record's history). */
  createOnly?: boolean;
  /** Characters wide in the written sheet. */
  width?: number;
}

export interface SheetDef {
  sheet: WorkbookSheet;
  title: Record<Language, string>;
  columns: ColumnDef[];
  /**
   * The columns that together name a row's record for a person ("A.1"; target 2's series
   * "main"), and that a row without an id is matched by. None: a row is known by its id
   * alone (a milestone).
   */
  keyColumns: string[];
  /** The sheet whose record a row is part of (a target's series and links), if any. */
  partOf?: WorkbookSheet;
}

const col = (
  key: string,
  da: string,
  en: string,
  kind: ColumnKind,
  extra: Partial<ColumnDef> = {},
): ColumnDef => ({ key, header: { da, en }, kind, ...extra });

const text: ColumnKind = { type: 'text' };
const requiredText: ColumnKind = { type: 'text', required: true };
const g = GLOSSARY;

/** The hidden column that carries each row's id and version, as "12 v3". */
export const ROW_ID_HEADER = 'Pejling-id';

/** Who reports the figures: of a target, and of a series that names its own. */
const DATA_OWNER_COLUMNS: ColumnDef[] = [
  col('dataOwnerOrganisation', g.da.dataOwner, g.en.dataOwner, {
    type: 'ref',
    to: 'organisations',
  }),
  col(
    'dataOwnerPerson',
    `${g.da.dataOwner} (person)`,
    `${g.en.dataOwner} (person)`,
    { type: 'ref', to: 'people' },
    { width: 30 },
  ),
];

export const SHEETS: readonly SheetDef[] = [
  {
    sheet: 'strategy',
    title: { da: 'Strategi', en: 'Strategy' },
    keyColumns: ['name'],
    columns: [
      col('name', 'Navn', 'Name', requiredText, { width: 30 }),
      col('subtitle', 'Undertitel', 'Subtitle', text, { width: 40 }),
      col('periodStart', 'Periodens start', 'Period start', { type: 'date', required: true }),
      col('periodEnd', 'Periodens slut', 'Period end', { type: 'date', required: true }),
      col('vision', 'Vision', 'Vision', text, { width: 60 }),
    ],
  },
  {
    sheet: 'focusAreas',
    title: { da: 'Indsatsområder', en: 'Focus areas' },
    keyColumns: ['code'],
    columns: [
      col('code', 'Kode', 'Code', requiredText, { width: 8 }),
      col('title', 'Titel', 'Title', requiredText, { width: 40 }),
      col('description', 'Beskrivelse', 'Description', text, { width: 60 }),
      col('sortOrder', 'Rækkefølge', 'Order', { type: 'integer' }),
    ],
  },
  {
    sheet: 'initiatives',
    title: { da: 'Initiativer', en: 'Initiatives' },
    keyColumns: ['code'],
    columns: [
      col('code', 'Kode', 'Code', requiredText, { width: 8 }),
      col('focusArea', 'Indsatsområde', 'Focus area', {
        type: 'ref',
        to: 'focusAreas',
        required: true,
      }),
      col('title', 'Titel', 'Title', requiredText, { width: 40 }),
      col('description', 'Beskrivelse', 'Description', text, { width: 60 }),
      col(
        'leadOrganisations',
        g.da.leadOrganisations,
        g.en.leadOrganisations,
        { type: 'refs', to: 'organisations', marked: true },
        { width: 24 },
      ),
      col(
        'partnerOrganisations',
        'Partnere',
        'Partners',
        { type: 'refs', to: 'organisations' },
        { width: 24 },
      ),
      col(
        'responsiblePeople',
        g.da.responsiblePeople,
        g.en.responsiblePeople,
        { type: 'refs', to: 'people' },
        { width: 30 },
      ),
      col('startDate', 'Start', 'Start', { type: 'date' }),
      col('endDate', 'Slut', 'End', { type: 'date' }),
      col('status', 'Status', 'Status', {
        type: 'enum',
        values: INITIATIVE_STATUSES,
        labels: 'initiativeStatus',
      }),
      col('health', 'Trafiklys', 'Health', { type: 'enum', values: HEALTHS, labels: 'health' }),
      col('progressOverride', 'Manuel fremdrift (%)', 'Manual progress (%)', {
        type: 'integer',
      }),
      col(
        'progressOverrideReason',
        'Begrundelse for manuel fremdrift',
        'Reason for manual progress',
        text,
        {
          width: 30,
        },
      ),
    ],
  },
  {
    sheet: 'milestones',
    title: { da: 'Milepæle', en: 'Milestones' },
    keyColumns: [],
    columns: [
      col('initiative', 'Initiativ', 'Initiative', {
        type: 'ref',
        to: 'initiatives',
        required: true,
      }),
      col('title', 'Titel', 'Title', requiredText, { width: 40 }),
      col('description', 'Beskrivelse', 'Description', text, { width: 40 }),
      col('dueDate', g.da.dueDate, g.en.dueDate, { type: 'date', required: true }),
      col(
        'originalDueDate',
        g.da.originalDueDate,
        g.en.originalDueDate,
        { type: 'date' },
        { createOnly: true },
      ),
      col(
        'responsiblePerson',
        'Ansvarlig',
        'Responsible',
        { type: 'ref', to: 'people' },
        { width: 30 },
      ),
      col('status', 'Status', 'Status', {
        type: 'enum',
        values: MILESTONE_STATUSES,
        labels: 'milestoneStatus',
      }),
      col('completedOn', g.da.completedOn, g.en.completedOn, { type: 'date' }),
    ],
  },
  {
    sheet: 'organisations',
    title: { da: 'Organisationer', en: 'Organisations' },
    keyColumns: ['shortName'],
    columns: [
      col('shortName', 'Forkortelse', 'Short name', requiredText, { width: 14 }),
      col('name', 'Navn', 'Name', requiredText, { width: 40 }),
      col('kind', 'Type', 'Kind', {
        type: 'enum',
        values: ORGANISATION_KINDS,
        labels: 'organisationKind',
        required: true,
      }),
      col('region', 'Region', 'Region', { type: 'enum', values: REGIONS, labels: 'region' }),
      col(
        'contactPerson',
        'Kontaktperson',
        'Contact person',
        { type: 'ref', to: 'people' },
        { width: 30 },
      ),
    ],
  },
  {
    sheet: 'people',
    title: { da: 'Personer', en: 'People' },
    keyColumns: ['email'],
    columns: [
      col('name', 'Navn', 'Name', requiredText, { width: 26 }),
      col('email', 'E-mail', 'E-mail', requiredText, { width: 30 }),
      col('organisation', 'Organisation', 'Organisation', { type: 'ref', to: 'organisations' }),
      col('title', 'Stilling', 'Job title', text, { width: 24 }),
      col('role', 'Rolle', 'Role', { type: 'enum', values: ROLES, labels: 'role' }),
      col('language', 'Sprog', 'Language', {
        type: 'enum',
        values: LANGUAGES,
        labels: 'language',
      }),
      col('active', 'Aktiv', 'Active', { type: 'boolean' }),
    ],
  },
  {
    sheet: 'targets',
    title: { da: 'Pejlemærker', en: 'Targets' },
    keyColumns: ['number'],
    columns: [
      col('number', 'Nummer', 'Number', { type: 'integer', required: true }),
      col('title', 'Titel', 'Title', requiredText, { width: 40 }),
      col('description', 'Beskrivelse', 'Description', text, { width: 40 }),
      col('unit', 'Enhed', 'Unit', text),
      col('byRegion', 'Opgjort pr. region', 'By region', { type: 'boolean' }),
      ...DATA_OWNER_COLUMNS,
    ],
  },
  {
    sheet: 'series',
    title: { da: 'Serier', en: 'Series' },
    keyColumns: ['target', 'key'],
    partOf: 'targets',
    columns: [
      col('target', 'Pejlemærke', 'Target', { type: 'ref', to: 'targets', required: true }),
      col('key', 'Nøgle', 'Key', requiredText),
      col('label', 'Betegnelse', 'Label', requiredText, { width: 24 }),
      col('baselineValue', 'Udgangspunkt', 'Baseline', { type: 'number' }),
      col('baselineYear', 'Udgangsår', 'Baseline year', { type: 'integer' }),
      col('targetValue', 'Mål', 'Target value', { type: 'number' }),
      col('targetYear', 'Målår', 'Target year', { type: 'integer' }),
      ...DATA_OWNER_COLUMNS,
    ],
  },
  {
    sheet: 'targetLinks',
    title: { da: 'Initiativer til pejlemærker', en: 'Initiatives for targets' },
    keyColumns: ['target', 'initiative'],
    partOf: 'targets',
    columns: [
      col('target', 'Pejlemærke', 'Target', { type: 'ref', to: 'targets', required: true }),
      col('initiative', 'Initiativ', 'Initiative', {
        type: 'ref',
        to: 'initiatives',
        required: true,
      }),
      col('contribution', g.da.contribution, g.en.contribution, text, { width: 50 }),
      col('inferred', g.da.inferred, g.en.inferred, { type: 'boolean' }),
    ],
  },
  {
    sheet: 'measurements',
    title: { da: 'Målinger', en: 'Measurements' },
    keyColumns: ['target', 'seriesKey', 'year', 'region'],
    columns: [
      col('target', 'Pejlemærke', 'Target', { type: 'ref', to: 'targets', required: true }),
      col('seriesKey', 'Serie', 'Series', requiredText),
      col('year', 'År', 'Year', { type: 'integer', required: true }),
      col('region', 'Region', 'Region', { type: 'enum', values: REGIONS, labels: 'region' }),
      col('value', 'Værdi', 'Value', { type: 'number', required: true }),
      col('source', 'Kilde', 'Source', text, { width: 40 }),
      col('state', 'Status', 'State', {
        type: 'enum',
        values: MEASUREMENT_STATES,
        labels: 'measurementState',
      }),
      col('returnReason', 'Begrundelse for at sende retur', 'Reason for returning it', text, {
        width: 30,
      }),
      col(
        'proposedBy',
        'Foreslået af',
        'Proposed by',
        { type: 'ref', to: 'people' },
        { width: 30 },
      ),
    ],
  },
];

export const SHEET_BY_NAME = new Map(SHEETS.map((s) => [s.sheet, s]));

/** The label of an enumeration value in a language. */
export function enumLabel(kind: keyof EnumLabels, value: string, language: Language): string {
  return (ENUM_LABELS[language][kind] as Record<string, string>)[value] ?? value;
}

/** The words the workbook's readers and writers share besides the columns. */
export const WORKBOOK_WORDS = {
  da: {
    inferred: g.da.inferred.toLowerCase(),
    yes: 'Ja',
    no: 'Nej',
    guide: 'Vejledning',
    /** The sheet that holds the drop-down lists' values. */
    lists: 'Lister',
  },
  en: {
    inferred: g.en.inferred.toLowerCase(),
    yes: 'Yes',
    no: 'No',
    guide: 'Guide',
    lists: 'Lists',
  },
} satisfies Record<Language, unknown>;
