import { describe, expect, it } from 'vitest';
import { readDate } from '../../src/pipeline/us-date.ts';

describe('Microsoft-Docs dates are parsed explicitly', () => {
  it.each([
    ['04/21/2020', '2020-04-21'],
    ['8/16/2021', '2021-08-16'],
    ['2/29/2024', '2024-02-29'],
    [' 12/31/1999 ', '1999-12-31'],
    ['2020-04-21', '2020-04-21'],
    ['2024-02-29', '2024-02-29'],
    ['1/1/1990', '1990-01-01'],
    ['2100-12-31', '2100-12-31'],
  ])('%s → %s', (text, iso) => expect(readDate(text)).toEqual({ ok: true, iso }));

  it.each([
    ['13/45/2020', 'day'],
    ['2/30/2021', 'day'],
    ['2/29/2023', 'day'],
    ['21/04/2020', 'day'],
    ['2020-02-30', 'day'],
    ['2020-13-01', 'day'],
    ['0020-04-21', 'year'],
    ['04/21/0020', 'year'],
    ['12/31/1989', 'year'],
    ['2101-01-01', 'year'],
    ['April 21, 2020', 'format'],
    ['4/21/20', 'format'],
    ['2020-4-21', 'format'],
    ['20200421', 'format'],
    ['', 'format'],
  ])('rejects %j instead of rolling it over (%s)', (text, problem) => expect(readDate(text)).toEqual({ ok: false, problem }));
});
