/** `2020-04-21`, `nl-NL` → `21 april 2020`. Calendar dates have no time zone: format them in UTC. */
const formats = new Map<string, Intl.DateTimeFormat>();

export function formatDate(isoDate: string, tag: string): string {
  let format = formats.get(tag);
  if (!format) {
    format = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' });
    formats.set(tag, format);
  }
  return format.format(new Date(`${isoDate}T00:00:00Z`));
}
