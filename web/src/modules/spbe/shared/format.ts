/** SPBE figures as the pages write them: an index always with two decimals ("3,82"), a weight as percent. */
import i18next from 'i18next';

const locale = () => (i18next.language === 'en' ? 'en-GB' : 'id-ID');

export function formatIndex(value: number, digits = 2): string {
  return new Intl.NumberFormat(locale(), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** A change of the index, with its sign, to the weight's precision: "+0,03", "+0,0275". */
export function formatGain(value: number): string {
  return new Intl.NumberFormat(locale(), { minimumFractionDigits: 2, maximumFractionDigits: 4, signDisplay: 'exceptZero' }).format(value);
}

/** A weight in percent of the whole index: "2,75%". */
export function formatWeight(percent: number): string {
  return `${new Intl.NumberFormat(locale(), { maximumFractionDigits: 2 }).format(percent)}%`;
}
