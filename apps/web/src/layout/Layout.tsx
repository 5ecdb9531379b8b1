import type { ReactNode } from 'react';
import { Layout as RaLayout } from 'react-admin';
import { AppBar } from './AppBar';
import { LocaleSync } from '../i18n/LocaleSync';
import { Menu } from './Menu';
import { useApplyPersonLanguage } from './personLanguage';

export const Layout = ({ children }: { children: ReactNode }) => {
  useApplyPersonLanguage();
  return (
    <LocaleSync>
      <RaLayout appBar={AppBar} menu={Menu}>
        {children}
      </RaLayout>
    </LocaleSync>
  );
};
