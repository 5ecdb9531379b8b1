import type { ReactNode } from 'react';
import { Layout as RaLayout } from 'react-admin';
import { LocaleSync } from '../i18n/LocaleSync';
import { AppBar } from './AppBar';
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
