import { GLOSSARY } from '@pejling/contracts';
import type { PageMessages } from '../i18n/pageMessages';

/**
 * What the regions page says (`pejling.regions.*`), in its own chunk: loaded with the page,
 * not with every page as da.ts and en.ts are. The menu's and the page's title is the app's
 * (`pejling.regions.title`).
 */
const da = {
  pejling: {
    regions: {
      error: 'Regionerne kunne ikke hentes. Prøv igen om lidt.',
      intro:
        'Pejlemærke 2 handler om, at indsatsen kommer hele landet til gavn. For hver region: de godkendte tal for de pejlemærker, der opgøres pr. region, regionens organisationer og de initiativer, de er ansvarlige for eller partnere i.',
      choose: 'Vælg region',
      values: 'Tal for regionen',
      values_of: 'Pejlemærke %{number}: %{title}',
      no_values: 'ingen godkendte tal endnu',
      no_targets: 'Strategien har intet pejlemærke, der opgøres pr. region.',
      organisations: 'Regionens organisationer',
      no_organisations: 'Ingen organisation i Pejling hører til regionen.',
      initiatives: 'Initiativer med regionens organisationer',
      no_initiatives:
        'Ingen af regionens organisationer er ansvarlige for eller partnere i et initiativ.',
      role: 'Regionens rolle',
      role_lead: `${GLOSSARY.da.leadOrganisation} (%{organisations})`,
      role_partner: 'Partner (%{organisations})',
    },
  },
};

const en: PageMessages<typeof da>['en'] = {
  pejling: {
    regions: {
      error: 'The regions could not be loaded. Please try again shortly.',
      intro:
        'Target 2 asks that the effort benefits the whole country. For each region: the approved figures of the targets measured by region, the region’s organisations, and the initiatives they lead or are partners in.',
      choose: 'Choose a region',
      values: 'Figures for the region',
      values_of: 'Target %{number}: %{title}',
      no_values: 'no approved figures yet',
      no_targets: 'The strategy has no target measured by region.',
      organisations: 'The region’s organisations',
      no_organisations: 'No organisation in Pejling belongs to the region.',
      initiatives: 'Initiatives with the region’s organisations',
      no_initiatives: 'None of the region’s organisations leads or is a partner in an initiative.',
      role: 'The region’s role',
      role_lead: `${GLOSSARY.en.leadOrganisation} (%{organisations})`,
      role_partner: 'Partner (%{organisations})',
    },
  },
};

export const regionMessages: PageMessages<typeof da> = { da, en };
