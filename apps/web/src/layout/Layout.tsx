import type { ReactNode } from 'react';
import { Layout as RaLayout } from 'react-admin';
import { AppBar } from './AppBar';
import { LocaleSync } from './LocaleSync';

export const Layout = ({ children }: { children: ReactNode }) => (
  <LocaleSync>
    <RaLayout appBar={AppBar}>{children}</RaLayout>
  </LocaleSync>
);
