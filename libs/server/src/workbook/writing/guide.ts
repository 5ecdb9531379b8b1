import type { Language, WorkbookSheet } from '@pejling/contracts';
import { ROW_ID_HEADER, SHEETS, WORKBOOK_WORDS } from '../sheets';

/** One line of the guide sheet; a sheet's line starts with the sheet's name (`lead`), in bold. */
export interface GuideLine {
  style: 'title' | 'heading' | 'paragraph' | 'sheet';
  text: string;
  lead?: string;
}

/** What each sheet holds, in a sentence. */
const SHEET_CONTENTS: Record<WorkbookSheet, Record<Language, string>> = {
  strategy: {
    da: 'Strategien selv i én række: navn, periode og vision.',
    en: 'The strategy itself, in one row: its name, period and vision.',
  },
  focusAreas: {
    da: 'Strategiens indsatsområder, som initiativerne hører under.',
    en: 'The strategy’s focus areas, which the initiatives belong to.',
  },
  initiatives: {
    da: 'Initiativerne med indsatsområde, ansvarlige, periode, status og trafiklys.',
    en: 'The initiatives, with their focus area, who is responsible, their period, status and health.',
  },
  milestones: {
    da: 'Initiativernes milepæle med frist, ansvarlig og status.',
    en: 'The initiatives’ milestones, with due date, responsible person and status.',
  },
  organisations: {
    da: 'De organisationer, planen nævner. Pejlings andre strategier bruger dem også.',
    en: 'The organisations the plan names. Pejling’s other strategies use them too.',
  },
  people: {
    da: 'De personer, planen nævner, og deres rolle i Pejling. Andre strategier bruger dem også.',
    en: 'The people the plan names, and their role in Pejling. Other strategies use them too.',
  },
  targets: {
    da: 'Pejlemærkerne, som strategien skal flytte, og hvem der leverer tallene.',
    en: 'The targets the strategy should move, and who reports their figures.',
  },
  series: {
    da: 'Hvad der måles for hvert pejlemærke, med udgangspunkt og mål.',
    en: 'What is measured for each target, with the baseline and the target value.',
  },
  targetLinks: {
    da: 'Hvilke initiativer der skal flytte hvilke pejlemærker, og deres bidrag.',
    en: 'Which initiatives should move which targets, and how they contribute.',
  },
  measurements: {
    da: 'Pejlemærkernes tal år for år.',
    en: 'The targets’ figures, year by year.',
  },
};

/** The guide's own words. */
const TEXTS = {
  da: {
    title: 'Sådan bruger du regnearket',
    intro:
      'Regnearket rummer handlingsplanen for én strategi i Pejling: strategien selv, dens ' +
      'indsatsområder, initiativer og milepæle, dens pejlemærker og målinger samt de ' +
      'organisationer og personer, planen nævner. Du kan skrive og rette planen her og ' +
      'derefter uploade filen til Pejling.',
    howTo: 'Sådan udfylder du det',
    rules: [
      'Hvert ark rummer én slags poster, én post pr. række. Lad overskrifterne i første ' +
        'række stå, som de er.',
      'Koder, e-mailadresser og korte navne er de nøgler, arkene henviser til hinanden ' +
        'med: et initiativ nævner sit indsatsområde ved dets kode, en milepæl sin ' +
        'ansvarlige ved personens e-mailadresse og en person sin organisation ved dens ' +
        'korte navn. Pejlemærker nævnes ved deres nummer.',
      'Skriv datoer som dd.mm.åååå, fx 15.06.2017, eller brug Excels egne datoer.',
      'Vælg fx status, trafiklys og organisationer fra rullelisten i cellen. Du kan også ' +
        'skrive værdien selv; Pejling tjekker den, når du importerer filen.',
      `Den sidste kolonne i hvert ark, »${ROW_ID_HEADER}«, er skjult. Den fortæller Pejling, hvilken ` +
        'post rækken er, så lad den være.',
      `En ny række uden ${ROW_ID_HEADER} bliver til en ny post.`,
      'Slet kun en række, hvis du mener det. Pejling viser de poster, der mangler i ' +
        'filen, og sletter dem kun, hvis du vælger det.',
      `Flere organisationer i én celle adskilles med komma, fx »UFM, CED«. »(${WORKBOOK_WORDS.da.inferred})« ` +
        'efter en ansvarlig organisation betyder, at strategiens tekst ikke nævner den ' +
        'som ansvarlig.',
      'Når du er færdig, uploader du filen på siden Import. Pejling viser alle ' +
        'ændringer, før noget bliver gemt.',
    ],
    sheets: 'Arkene',
    columns: 'Kolonner',
  },
  en: {
    title: 'How to use this workbook',
    intro:
      'This workbook holds the action plan of one strategy in Pejling: the strategy ' +
      'itself, its focus areas, initiatives and milestones, its targets and ' +
      'measurements, and the organisations and people the plan names. You can write ' +
      'and edit the plan here, then upload the file to Pejling.',
    howTo: 'Filling it in',
    rules: [
      'Each sheet holds one kind of record, one record per row. Leave the headings in ' +
        'the first row as they are.',
      'Codes, e-mail addresses and short names are the keys the sheets refer to each ' +
        'other by: an initiative names its focus area by its code, a milestone its ' +
        'responsible person by their e-mail address, and a person their organisation ' +
        'by its short name. Targets are named by their number.',
      'Write dates as dd.mm.yyyy, e.g. 15.06.2017, or use Excel’s own dates.',
      'Pick values such as statuses, health and organisations from the drop-down list ' +
        'in the cell. You can also type the value; Pejling checks it when you import the file.',
      `The last column of each sheet, “${ROW_ID_HEADER}”, is hidden. It tells Pejling which record ` +
        'the row is, so leave it alone.',
      `A new row without a ${ROW_ID_HEADER} becomes a new record.`,
      'Delete a row only if you mean it. Pejling lists the records that are missing ' +
        'from the file and deletes them only if you choose to.',
      `Separate several organisations in one cell with commas, e.g. “UFM, CED”. ` +
        `“(${WORKBOOK_WORDS.en.inferred})” after a lead organisation means that the strategy’s text does ` +
        'not name it as a lead.',
      'When you are done, upload the file on the Import page. Pejling previews every ' +
        'change before anything is saved.',
    ],
    sheets: 'The sheets',
    columns: 'Columns',
  },
};

/** The guide that opens the workbook: what it is, how to fill it in, and what each sheet holds. */
export function guideLines(language: Language): GuideLine[] {
  const t = TEXTS[language];
  return [
    { style: 'title', text: t.title },
    { style: 'paragraph', text: t.intro },
    { style: 'heading', text: t.howTo },
    ...t.rules.map((rule): GuideLine => ({ style: 'paragraph', text: `• ${rule}` })),
    { style: 'heading', text: t.sheets },
    ...SHEETS.map((def): GuideLine => ({
      style: 'sheet',
      lead: def.title[language],
      text: ` – ${SHEET_CONTENTS[def.sheet][language]} ${t.columns}: ${def.columns
        .map((column) => column.header[language])
        .join(', ')}.`,
    })),
  ];
}
