/**
 * Microsoft-Docs dates (`ms.date`, `ms.lasthandoff`) are US `M/D/YYYY` strings. `new Date('04/21/2020')`
 * happens to work in V8 but means local time and accepts nonsense (`13/45/2020` rolls over), so we parse
 * them by hand into an ISO calendar date. An ISO `YYYY-MM-DD` is read too (authors write it unquoted, and
 * it is unambiguous), with the same checks.
 */
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The years an article's date can be in. Help articles date from the 1990s on, and a year far outside this
 * range is a typo that would publish a wrong date (`0020-04-21`, which JavaScript's `Date` reads as 1920,
 * or `2202`); refusing it makes the author look again.
 */
export const FIRST_YEAR = 1990;
export const LAST_YEAR = 2100;

export type DateResult = { ok: true; iso: string } | { ok: false; problem: 'format' | 'year' | 'day' };

/** `"4/21/2020"` or `"2020-04-21"` → `"2020-04-21"`, or what is wrong with it. */
export function readDate(text: string): DateResult {
  const trimmed = text.trim();
  const us = US_DATE.exec(trimmed);
  const iso = us ? undefined : ISO_DATE.exec(trimmed);
  if (!us && !iso) return { ok: false, problem: 'format' };
  const [y, m, d] = (us ? [us[3], us[1], us[2]] : [iso![1], iso![2], iso![3]]).map(Number) as [number, number, number];
  if (y < FIRST_YEAR || y > LAST_YEAR) return { ok: false, problem: 'year' };
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return { ok: false, problem: 'day' };
  return { ok: true, iso: `${y}-${pad(m)}-${pad(d)}` };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
