/** A number in the locale's way, with at most two decimals ("1.840" and "8,5" in Danish). */
export const formatNumber = (value: number, locale: string): string =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
