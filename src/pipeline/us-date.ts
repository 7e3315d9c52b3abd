/**
 * Microsoft-Docs dates (`ms.date`, `ms.lasthandoff`) are US `M/D/YYYY` strings. `new Date('04/21/2020')`
 * happens to work in V8 but means local time and accepts nonsense (`13/45/2020` rolls over), so we parse
 * them by hand into an ISO calendar date.
 */
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** `"4/21/2020"` → `"2020-04-21"`; `undefined` when the text is not a real US date. */
export function parseUsDate(text: string): string | undefined {
  const match = US_DATE.exec(text.trim());
  if (!match) return undefined;
  const [, m, d, y] = match.map(Number) as [number, number, number, number];
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
