import type { PageMessages } from '../../i18n/pageMessages';

/**
 * What an owner's status report form says (`pejling.ownerReport.*`), in its own chunk:
 * loaded with the form's page, not with every page as da.ts and en.ts are.
 */
const da = {
  pejling: {
    ownerReport: {
      title: 'Statusrapport',
      intro:
        'Fortæl styregruppen, hvordan initiativet står. Fristen er %{due}, og styregruppen mødes %{meeting}. Du kan gemme en kladde og indsende senere.',
      dates: 'Frist for rapporter %{due} · styregruppemøde %{meeting}',
      not_in_scope: 'Initiativet er ikke med i denne runde.',
      not_open:
        'Runden er ikke åbnet endnu. Du kan skrive din statusrapport, når sekretariatet har åbnet den.',
      closed: 'Runden blev lukket %{closed}: der kan ikke længere indsendes rapporter til den.',
      not_yours: 'Du kan læse initiativets rapport, men kun initiativets ejere kan skrive den.',
      none: 'Der er ikke indsendt nogen statusrapport for initiativet i denne runde.',
      thanks: 'Tak! Din statusrapport er indsendt.',
      next: 'Næste rapport, der venter på dig: %{initiative} til %{round}, frist %{due}.',
      next_button: 'Rapportér for %{initiative}',
      none_left: 'Der venter ikke flere rapporter på dig.',
      to_my_work: 'Til Mit arbejde',
      health_help:
        'Grøn: efter planen. Gul: udfordringer, som initiativet selv kan løse. Rød: alvorlige problemer, som styregruppen bør kende til.',
      summary_help: 'Hvad er der sket siden sidste rapport?',
      summary_required: 'Skriv, hvad der er sket, før du indsender',
      milestones: 'Milepæle',
      milestones_help:
        'Opdatér status for initiativets åbne milepæle. Ændringerne gemmes sammen med rapporten.',
      no_open_milestones: 'Initiativet har ingen åbne milepæle.',
      closed_milestones:
        '%{smart_count} milepæl er allerede færdig eller annulleret. |||| %{smart_count} milepæle er allerede færdige eller annulleret.',
      due: 'Frist %{date}',
      completed_help: 'Tomt felt: i dag',
      completed_in_future: 'Kan ikke ligge efter i dag',
      save_draft: 'Gem kladde',
      submit: 'Indsend',
      submit_title: 'Indsend statusrapporten for %{code}?',
      submit_content:
        'En indsendt rapport kan ikke ændres bagefter. Opdager du en fejl, kan du skrive en rettelse, som erstatter den i runden.',
      submitted: 'Statusrapporten er indsendt',
      draft_saved: 'Kladden er gemt',
      draft_saved_at: 'Kladde gemt %{at}',
      submitted_by: 'Indsendt af %{name} %{at}',
      correct: 'Skriv en rettelse',
      correcting:
        'Du skriver en rettelse af rapporten, der blev indsendt %{at}. Når du indsender rettelsen, erstatter den den tidligere rapport i runden.',
      correcting_draft:
        'Kladden er en rettelse af en indsendt rapport. Når du indsender den, erstatter den den tidligere rapport i runden.',
      stale_milestone:
        'Milepælen »%{title}« er blevet ændret af en anden, mens du skrev: den står nu som %{status}. Rapporten er ikke gemt. Milepælene er hentet igen: se dem efter, og gem eller indsend på ny. Din tekst er bevaret.',
    },
  },
};

const en: PageMessages<typeof da>['en'] = {
  pejling: {
    ownerReport: {
      title: 'Status report',
      intro:
        'Tell the steering group how the initiative stands. Reports are due %{due}, and the steering group meets %{meeting}. You can save a draft and submit later.',
      dates: 'Reports due %{due} · steering-group meeting %{meeting}',
      not_in_scope: 'The initiative is not part of this round.',
      not_open:
        'The round has not been opened yet. You can write your status report once the secretariat opens it.',
      closed: 'The round was closed %{closed}: no more reports can be submitted to it.',
      not_yours: 'You can read the initiative’s report, but only its owners can write it.',
      none: 'No status report was submitted for the initiative in this round.',
      thanks: 'Thank you! Your status report has been submitted.',
      next: 'The next report waiting for you: %{initiative} for %{round}, due %{due}.',
      next_button: 'Report on %{initiative}',
      none_left: 'No more reports are waiting for you.',
      to_my_work: 'To My work',
      health_help:
        'Green: on track. Amber: issues the initiative can handle itself. Red: serious problems the steering group should know about.',
      summary_help: 'What has happened since the last report?',
      summary_required: 'Say what has happened before you submit',
      milestones: 'Milestones',
      milestones_help:
        'Update the status of the initiative’s open milestones. The changes are saved with the report.',
      no_open_milestones: 'The initiative has no open milestones.',
      closed_milestones:
        '%{smart_count} milestone is already done or cancelled. |||| %{smart_count} milestones are already done or cancelled.',
      due: 'Due %{date}',
      completed_help: 'Empty: today',
      completed_in_future: 'Cannot be after today',
      save_draft: 'Save draft',
      submit: 'Submit',
      submit_title: 'Submit the status report for %{code}?',
      submit_content:
        'A submitted report cannot be changed afterwards. If you find a mistake, you can write a correction, which replaces it in the round.',
      submitted: 'The status report has been submitted',
      draft_saved: 'The draft is saved',
      draft_saved_at: 'Draft saved %{at}',
      submitted_by: 'Submitted by %{name} %{at}',
      correct: 'Write a correction',
      correcting:
        'You are writing a correction of the report submitted %{at}. Once submitted, the correction replaces the earlier report in the round.',
      correcting_draft:
        'This draft corrects a submitted report. Once submitted, it replaces the earlier report in the round.',
      stale_milestone:
        'The milestone “%{title}” was changed by someone else while you were writing: it is now %{status}. The report has not been saved. The milestones have been reloaded: check them and save or submit again. Your text is kept.',
    },
  },
};

export const ownerReportMessages: PageMessages<typeof da> = { da, en };
