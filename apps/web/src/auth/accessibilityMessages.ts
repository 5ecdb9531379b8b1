import { ENUM_LABELS, type IsoDate } from '@pejling/contracts';
import type { PageMessages } from '../i18n/pageMessages';

/** The day the statement was made (and last reviewed): change it with the statement. */
export const STATEMENT_DATE: IsoDate = '2026-12-07';

/**
 * What the accessibility statement says (`pejling.accessibility.*`), in its own chunk: it
 * loads with the page, which is shown before the app is loaded (src/boot) as well as in it.
 * The items of `met` are shown in their order here.
 */
const da = {
  pejling: {
    accessibility: {
      title: 'Tilgængelighedserklæring for Pejling',
      document_title: 'Tilgængelighedserklæring – Pejling',
      intro:
        'Pejling skal kunne bruges af alle, også med hjælpemidler. Pejling sigter mod at overholde WCAG 2.1 på niveau AA, sådan som lov om tilgængelighed af offentlige organers websteder og mobilapplikationer kræver det af offentlige myndigheder. Erklæringen gælder hele Pejling: siden, hvor du logger ind, og siderne, når du er logget ind.',
      status_heading: 'Overholdelse',
      status:
        'Pejling overholder delvist WCAG 2.1 AA. Det skyldes mødemappen til styregruppen som PDF, som er beskrevet nedenfor.',
      met_heading: 'Det er på plads',
      met: {
        keyboard: 'Alt i Pejling kan bruges med tastaturet alene.',
        screen_readers:
          'Skærmlæsere kan finde rundt ad sidernes områder (hovedindhold, menu, værktøjslinje) og overskrifter, og felter, knapper og ikoner har navne, der siger, hvad de er.',
        charts:
          'Diagrammer har en tekst, der siger, hvad de viser, og tallene bag dem står også i en tabel.',
        widths:
          'Siderne kan bruges på en telefon og en tablet (390 og 768 pixels brede) uden at rulle sidelæns.',
        languages:
          'Pejling findes på dansk og engelsk. Siderne oplyser deres sprog, så skærmlæsere udtaler teksten rigtigt, og datoer skrives på det sprog, du har valgt.',
        checks:
          'Hver side tjekkes automatisk med axe-core for brud på WCAG 2.1 A og AA, hver gang Pejlings automatiske tests kører.',
      },
      not_met_heading: 'Det er ikke tilgængeligt',
      pdf: 'Mødemappen til styregruppen (PDF) er ikke tagget. En skærmlæser kan derfor ikke finde dens overskrifter og tabeller eller læse den i den rigtige rækkefølge (WCAG 2.1, succeskriterie 1.3.1 og 1.3.2).',
      pdf_alternative:
        'Brug i stedet rapporten til styregruppen i Pejling. Den har samme indhold som mødemappen og kan også udskrives: vælg rapporteringsrunden under Rapporteringsrunder, og tryk på »Se rapporten«.',
      contact_heading: 'Sådan melder du et problem',
      contact: `Er der noget i Pejling, du ikke kan bruge, så kontakt sekretariatet for strategien: dem, der driver Pejling for jer. Når du er logget ind, finder du dem under Personer med rollen ${ENUM_LABELS.da.role.secretariat}. Skriv, hvilken side det drejer sig om, hvad du prøvede, og hvilket hjælpemiddel du bruger, så sekretariatet kan få det rettet eller give dig indholdet på en anden måde.`,
      complaint:
        'Får du ikke et svar, du kan bruge, kan du klage til Digitaliseringsstyrelsen, som fører tilsyn med loven:',
      about_heading: 'Om erklæringen',
      about:
        'Erklæringen er udarbejdet den %{date} på grundlag af en selvevaluering, som dem, der udvikler Pejling, har foretaget: automatiske tjek af hver side med axe-core, målinger med Lighthouse og gennemgang af siderne med tastaturet og i en telefons og en tablets bredde.',
      back: 'Til Pejling',
    },
  },
};

const en: PageMessages<typeof da>['en'] = {
  pejling: {
    accessibility: {
      title: 'Accessibility statement for Pejling',
      document_title: 'Accessibility statement – Pejling',
      intro:
        'Pejling is meant to be usable by everyone, assistive technology included. Pejling aims to conform to WCAG 2.1 at level AA, as the Danish act on the accessibility of public sector bodies’ websites and mobile applications (lov om tilgængelighed af offentlige organers websteder og mobilapplikationer) requires of public bodies. The statement covers all of Pejling: the page where you sign in, and the pages once you are signed in.',
      status_heading: 'Conformance',
      status:
        'Pejling partially conforms to WCAG 2.1 AA. This is because of the steering group meeting pack as a PDF, described below.',
      met_heading: 'What is in place',
      met: {
        keyboard: 'Everything in Pejling can be used with the keyboard alone.',
        screen_readers:
          'Screen readers can find their way by the pages’ regions (main content, menu, toolbar) and headings, and fields, buttons and icons have names that say what they are.',
        charts:
          'Charts have a text that says what they show, and the figures behind them are also given in a table.',
        widths:
          'The pages can be used on a phone and a tablet (390 and 768 pixels wide) without scrolling sideways.',
        languages:
          'Pejling is in Danish and English. The pages state their language, so that screen readers pronounce the text right, and dates are written in the language you chose.',
        checks:
          'Every page is checked automatically with axe-core for failures of WCAG 2.1 A and AA each time Pejling’s automated tests run.',
      },
      not_met_heading: 'What is not accessible',
      pdf: 'The steering group meeting pack (PDF) is not tagged. A screen reader therefore cannot find its headings and tables or read it in the right order (WCAG 2.1, success criteria 1.3.1 and 1.3.2).',
      pdf_alternative:
        'Use the report to the steering group in Pejling instead. It has the same content as the meeting pack and can be printed too: choose the reporting round under Reporting rounds, and press “View the report”.',
      contact_heading: 'How to report a problem',
      contact: `If there is something in Pejling you cannot use, contact the strategy’s secretariat: the people who run Pejling for you. Once signed in, you find them under People with the role ${ENUM_LABELS.en.role.secretariat}. Say which page it is about, what you tried, and which assistive technology you use, so that the secretariat can have it fixed or give you the content another way.`,
      complaint:
        'If you do not get an answer you can use, you can complain to the Agency for Digital Government (Digitaliseringsstyrelsen), which oversees the act:',
      about_heading: 'About this statement',
      about:
        'This statement was made on %{date} from a self-assessment by the people who develop Pejling: automatic checks of every page with axe-core, measurements with Lighthouse, and going through the pages with the keyboard and at a phone’s and a tablet’s width.',
      back: 'To Pejling',
    },
  },
};

export const accessibilityMessages: PageMessages<typeof da> = { da, en };
