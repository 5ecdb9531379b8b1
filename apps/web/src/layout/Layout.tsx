import type { ReactNode } from 'react';
import { Layout as RaLayout } from 'react-admin';
import { AppBar } from './AppBar';
import { LocaleSync } from './LocaleSync';
import { useApplyPersonLanguage } from './personLanguage';

export const Layout = ({ children }: { children: ReactNode }) => {
  useApplyPersonLanguage();
  return (
    <LocaleSync>
      <RaLayout appBar={AppBar}>{children}</RaLayout>
    </LocaleSync>
  );
};
