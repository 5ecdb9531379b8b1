import { Box } from '@mui/material';
import { Title, useLocation } from 'react-admin';
import { usePageTranslate } from '../i18n/pageMessages';
import { myWorkMessages } from './messages';
import { MyWork } from './MyWork';
import { pickedMilestone } from './myWork';

/** My work in the app's layout, its title in the app bar. */
export const MyWorkPage = () => {
  const translate = usePageTranslate(myWorkMessages);
  const picked = pickedMilestone(useLocation().search);
  return (
    <Box sx={{ mt: 1 }}>
      <Title title={translate('pejling.my_work.title')} />
      <MyWork picked={picked} />
    </Box>
  );
};
