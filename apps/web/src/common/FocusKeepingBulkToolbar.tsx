import { useEffect, useRef, type ReactNode } from 'react';
import { Box } from '@mui/material';
import { BulkActionsToolbar, useListContext, useTranslate } from 'react-admin';

/**
 * react-admin's bulk toolbar for a table (`DataTable`'s `bulkActionsToolbar`), with its
 * buttons (`children`). Its "Fravælg" empties the selection, and the toolbar then hides
 * with the focused button in it: focus would fall to the page. It goes to the table's
 * "select all" checkbox instead, where tabbing would have gone on.
 */
export const FocusKeepingBulkToolbar = ({ children }: { children: ReactNode }) => {
  const translate = useTranslate();
  const { selectedIds } = useListContext();
  const box = useRef<HTMLDivElement>(null);
  const unselecting = useRef(false);
  useEffect(() => {
    if (selectedIds.length > 0 || !unselecting.current) return;
    unselecting.current = false;
    box.current?.parentElement
      ?.querySelector<HTMLInputElement>('thead input[type="checkbox"]')
      ?.focus();
  }, [selectedIds.length]);
  const unselectLabel = translate('ra.action.unselect');
  return (
    <Box
      ref={box}
      onClickCapture={(event) => {
        const button = (event.target as HTMLElement).closest('button');
        unselecting.current = button?.getAttribute('aria-label') === unselectLabel;
      }}
    >
      <BulkActionsToolbar>{children}</BulkActionsToolbar>
    </Box>
  );
};
