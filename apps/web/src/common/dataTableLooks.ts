import { SCROLLS_ALONE } from './scrollsAlone';

/**
 * For a `DataTable` (its `sx`) that may be wider than the screen where tables are shown (a
 * landscape tablet, a laptop with the menu open): the table scrolls sideways in its own
 * box rather than widen the page, and the list's toolbar (Eksportér, Opret) stays on the
 * screen. The links and controls in its rows take a keyboard there as it tabs. The bulk
 * actions toolbar, outside that box, is not clipped.
 */
export const TABLE_SCROLLS_ALONE = { '& .RaDataTable-tableWrapper': SCROLLS_ALONE } as const;
