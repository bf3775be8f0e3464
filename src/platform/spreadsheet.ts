/** Naming cells the way a spreadsheet shows them, for problems listed by row and column. */

/** Excel's name for the column at this index (0 is A, 26 is AA). */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
