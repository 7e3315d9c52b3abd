import { describe, expect, it } from 'vitest';
import { parseUsDate } from '../../src/pipeline/us-date.ts';

describe('US M/D/YYYY dates are parsed explicitly', () => {
  it.each([
    ['04/21/2020', '2020-04-21'],
    ['8/16/2021', '2021-08-16'],
    ['2/29/2024', '2024-02-29'],
    [' 12/31/1999 ', '1999-12-31'],
  ])('%s → %s', (text, iso) => expect(parseUsDate(text)).toBe(iso));

  it.each(['13/45/2020', '2/30/2021', '2/29/2023', '21/04/2020', '2020-04-21', 'April 21, 2020', '4/21/20', ''])(
    'rejects %j instead of rolling it over',
    (text) => expect(parseUsDate(text)).toBeUndefined(),
  );
});
