import { RESOURCES } from '@pejling/contracts';
import { i18nProvider } from '.';

describe('the i18n provider', () => {
  it.each(['da', 'en'])(
    'names the resource of an empty list as a sentence does, for every resource (%s)',
    async (language) => {
      await i18nProvider.changeLocale(language);
      for (const resource of RESOURCES) {
        // What react-admin's ListNoResults passes: the name as the menu has it.
        const name = i18nProvider.translate(`resources.${resource}.name`, { smart_count: 2 });
        const lower = i18nProvider.translate(`resources.${resource}.forcedCaseName`, {
          smart_count: 2,
        });
        expect(lower).toBe(lower.toLowerCase());
        for (const key of ['ra.navigation.no_results', 'ra.navigation.no_filtered_results']) {
          const text = i18nProvider.translate(key, { resource, name });
          expect([resource, text]).toEqual([resource, expect.stringContaining(` ${lower} `)]);
        }
      }
    },
  );

  it('says "Ingen milepæle fundet", not "Ingen Milepæle fundet"', async () => {
    await i18nProvider.changeLocale('da');
    expect(
      i18nProvider.translate('ra.navigation.no_results', {
        resource: 'milestones',
        name: 'Milepæle',
      }),
    ).toBe('Ingen milepæle fundet.');
  });
});
