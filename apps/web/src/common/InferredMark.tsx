import { Chip, Tooltip } from '@mui/material';
import { useTranslate } from 'react-admin';

/**
 * A fact the strategy's text does not state (Pejling's reading), marked so in words, not
 * by colour alone; `hint` (a translation key) says what was inferred and from what.
 */
export const InferredMark = ({ hint }: { hint: string }) => {
  const translate = useTranslate();
  return (
    <Tooltip title={translate(hint)}>
      <Chip
        size="small"
        variant="outlined"
        label={translate('pejling.inferred')}
        aria-description={translate(hint)}
      />
    </Tooltip>
  );
};
