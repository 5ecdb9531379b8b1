import type { ReactNode } from 'react';
import { Layout as RaLayout } from 'react-admin';
import { LocaleSync } from '../i18n/LocaleSync';
import { AppBar } from './AppBar';
import { LoadingLabels } from './LoadingLabels';
import { MeProvider } from './MeProvider';
import { Menu } from './Menu';
import { useApplyPersonLanguage } from './personLanguage';
import { Sidebar } from './Sidebar';

export const Layout = ({ children }: { children: ReactNode }) => (
  <MeProvider>
    <SignedInLayout>{children}</SignedInLayout>
  </MeProvider>
);

const SignedInLayout = ({ children }: { children: ReactNode }) => {
  useApplyPersonLanguage();
  return (
    <LocaleSync>
      <LoadingLabels>
        <RaLayout appBar={AppBar} menu={Menu} sidebar={Sidebar}>
          {children}
        </RaLayout>
      </LoadingLabels>
    </LocaleSync>
  );
};
