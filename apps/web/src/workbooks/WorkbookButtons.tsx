import DownloadIcon from '@mui/icons-material/Download';
import OutboxIcon from '@mui/icons-material/Outbox';
import { Button } from '@mui/material';
import { CanAccess, Link, useLocaleState } from 'react-admin';
import type { Language } from '@pejling/contracts';
import { useWorkbookTranslate } from './useWorkbookTranslate';
import { workbookApi } from './workbookApi';

/**
 * The workbook buttons, for a toolbar: a strategy's plan as a workbook (with `strategyId`),
 * a blank template, both in the UI's language, for whom may download them (the
 * secretariat and the steering group); and, for the secretariat, importing a workbook
 * (into this strategy, with `strategyId`). Downloads are plain links, which the session
 * cookie goes with.
 */
export const WorkbookButtons = ({ strategyId }: { strategyId?: number | string }) => {
  const translate = useWorkbookTranslate();
  const [locale] = useLocaleState();
  const language = locale as Language;
  return (
    <>
      <CanAccess resource="workbooks" action="export">
        {strategyId !== undefined && (
          <Button
            size="small"
            href={workbookApi.workbookUrl(strategyId, language)}
            download
            startIcon={<DownloadIcon />}
          >
            {translate('pejling.workbook.download')}
          </Button>
        )}
        <Button
          size="small"
          href={workbookApi.templateUrl(language)}
          download
          startIcon={<DownloadIcon />}
        >
          {translate('pejling.workbook.template')}
        </Button>
      </CanAccess>
      <CanAccess resource="plans" action="import">
        <Button
          size="small"
          component={Link}
          to={strategyId === undefined ? '/imports' : `/imports?strategyId=${strategyId}`}
          startIcon={<OutboxIcon />}
        >
          {translate('pejling.workbook.import')}
        </Button>
      </CanAccess>
    </>
  );
};
