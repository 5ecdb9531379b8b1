import { ENUM_LABELS, GLOSSARY } from '@pejling/contracts';
import type { Language } from '@pejling/contracts';

/**
 * Column headers and enum values of the exported lists: a concept the web app names too is
 * named by the glossary (`GLOSSARY`) or the enumerations' labels, as there.
 */
export const EXPORT_LABELS = {
  da: {
    id: 'ID',
    initiativeCode: 'Initiativ',
    initiativeTitle: 'Initiativets titel',
    focusArea: 'Indsatsområde',
    title: 'Titel',
    description: 'Beskrivelse',
    dueDate: GLOSSARY.da.dueDate,
    responsiblePerson: 'Ansvarlig',
    responsiblePeople: GLOSSARY.da.responsiblePeople,
    status: 'Status',
    completedOn: GLOSSARY.da.completedOn,
    overdue: GLOSSARY.da.overdue,
    code: 'Kode',
    leadOrganisations: GLOSSARY.da.leadOrganisations,
    inferred: GLOSSARY.da.inferred.toLowerCase(),
    healthColumn: 'Trafiklys',
    progress: 'Fremdrift (%)',
    startDate: 'Start',
    endDate: 'Slut',
    yes: 'Ja',
    no: 'Nej',
    milestones: 'Milepæle',
    initiatives: 'Initiativer',
    ...ENUM_LABELS.da,
  },
  en: {
    id: 'ID',
    initiativeCode: 'Initiative',
    initiativeTitle: 'Initiative title',
    focusArea: 'Focus area',
    title: 'Title',
    description: 'Description',
    dueDate: GLOSSARY.en.dueDate,
    responsiblePerson: 'Responsible',
    responsiblePeople: GLOSSARY.en.responsiblePeople,
    status: 'Status',
    completedOn: GLOSSARY.en.completedOn,
    overdue: GLOSSARY.en.overdue,
    code: 'Code',
    leadOrganisations: GLOSSARY.en.leadOrganisations,
    inferred: GLOSSARY.en.inferred.toLowerCase(),
    healthColumn: 'Health',
    progress: 'Progress (%)',
    startDate: 'Start',
    endDate: 'End',
    yes: 'Yes',
    no: 'No',
    milestones: 'Milestones',
    initiatives: 'Initiatives',
    ...ENUM_LABELS.en,
  },
} satisfies Record<Language, unknown>;

export type ExportLabels = (typeof EXPORT_LABELS)['da'];
