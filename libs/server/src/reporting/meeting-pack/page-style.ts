import { dirname, join } from 'node:path';
import type { Style, StyleDictionary } from 'pdfmake/interfaces';
import type { HealthKey } from './phrases';

/**
 * Roboto as pdfmake ships it (TrueType, full Latin including æøå, «», – and …), embedded from
 * disk: the PDF never relies on the standard 14 fonts, and nothing is fetched.
 */
const FONT_DIR = join(dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
export const FONTS = {
  Roboto: {
    normal: join(FONT_DIR, 'Roboto-Regular.ttf'),
    bold: join(FONT_DIR, 'Roboto-Medium.ttf'),
  },
};
export const FONT_FILES: string[] = Object.values(FONTS.Roboto);

/** Left, top, right, bottom, in points; the footer sits in the bottom margin. */
export const PAGE_MARGINS: [number, number, number, number] = [50, 50, 50, 60];
/** A4 is 595.28 points wide. */
export const CONTENT_WIDTH = 595.28 - PAGE_MARGINS[0] - PAGE_MARGINS[2];

export const COLOUR = {
  text: '#1f1f1f',
  muted: '#5f6368',
  rule: '#d0d4d9',
  brand: '#1b4f72',
  missing: '#8c1d18',
};

/** Each health as a strong colour for its mark and a light tint for a background. */
export const HEALTH_COLOUR: Record<HealthKey, { mark: string; tint: string }> = {
  green: { mark: '#2e7d32', tint: '#e2f0e3' },
  amber: { mark: '#d49400', tint: '#fdf0cc' },
  red: { mark: '#c62828', tint: '#f8dede' },
  none: { mark: '#9aa0a6', tint: '#eceef0' },
};
export const HEALTH_KEYS: HealthKey[] = ['green', 'amber', 'red', 'none'];

export const DEFAULT_STYLE: Style = {
  font: 'Roboto',
  fontSize: 9.5,
  lineHeight: 1.25,
  color: COLOUR.text,
};

export const STYLES: StyleDictionary = {
  brand: { fontSize: 11, bold: true, color: COLOUR.brand, characterSpacing: 2 },
  kicker: { fontSize: 10, color: COLOUR.muted, margin: [0, 2, 0, 0] },
  title: { fontSize: 20, bold: true, lineHeight: 1.1, margin: [0, 4, 0, 10] },
  h1: { fontSize: 16, bold: true, lineHeight: 1.15, margin: [0, 2, 0, 4] },
  h2: { fontSize: 12, bold: true, lineHeight: 1.2, margin: [0, 0, 0, 6] },
  section: { fontSize: 12, bold: true, color: COLOUR.brand, margin: [0, 14, 0, 4] },
  label: { fontSize: 8, color: COLOUR.muted },
  subheading: { fontSize: 9.5, bold: true, margin: [0, 6, 0, 1] },
  tableTitle: { fontSize: 10, bold: true, margin: [0, 10, 0, 2] },
  th: { fontSize: 8, bold: true, color: COLOUR.muted },
  muted: { color: COLOUR.muted },
  footer: { fontSize: 8, color: COLOUR.muted },
};
