import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../src/pipeline/front-matter.ts';
import { msDocsFrontMatterSchema } from '../../src/pipeline/front-matter-schema.ts';

/** The front matter as the pipeline reads it, before typing. */
const raw = (yaml: string) => {
  const read = readFrontMatter(`---\n${yaml}\n---\n`, 'a.md');
  if (!read.ok) throw new Error(read.diagnostics[0]?.message);
  return read.frontMatter.data;
};
const parse = (yaml: string) => msDocsFrontMatterSchema.parse(raw(yaml));
const problems = (yaml: string) => msDocsFrontMatterSchema.safeParse(raw(yaml)).error?.issues.map((i) => [i.path[0], i.message]);

describe('Microsoft-Docs front matter becomes typed fields', () => {
  it('types the seed article front matter', () => {
    const meta = parse(`title: Geweigerde creditcard
ms.author: cmcatee
author: cmcatee-MSFT
ms.date: 04/21/2020
ms.audience: Admin
ms.topic: article
ROBOTS: NOINDEX, NOFOLLOW
localization_priority: Normal
ms.collection: Adm_O365
ms.custom:
- "443"
- "1500018"
ms.assetid: 4e6d34b3-e3e5-4fcd-a52e-34b54746feeb
ms.openlocfilehash: 47b5fb62d613dca665c0151baa31c2fea08db610
ms.sourcegitcommit: d1aad215f8aa636ba89c93a13a0c9d90e997f752
ms.translationtype: MT
ms.contentlocale: nl-NL
ms.lasthandoff: 05/06/2020
ms.locfileid: "44062279"`);
    expect(meta).toEqual({
      title: 'Geweigerde creditcard',
      contentLocale: 'nl-NL',
      assetIds: ['4e6d34b3-e3e5-4fcd-a52e-34b54746feeb'],
      priority: 'Normal',
      noindex: true,
      nofollow: true,
      translationType: 'MT',
      date: '2020-04-21',
      lastHandoff: '2020-05-06',
      sourceHash: '47b5fb62d613dca665c0151baa31c2fea08db610',
      sourceCommit: 'd1aad215f8aa636ba89c93a13a0c9d90e997f752',
      locFileId: '44062279',
      custom: ['443', '1500018'],
      authors: ['cmcatee', 'cmcatee-MSFT'],
      topic: 'article',
      audience: 'Admin',
      collection: 'Adm_O365',
      description: undefined,
    });
  });

  it('accepts ms.custom as a number, a string or a list', () => {
    expect(parse('title: A\nms.custom: 9000329').custom).toEqual(['9000329']);
    expect(parse('title: A\nms.custom: "1500018"').custom).toEqual(['1500018']);
    expect(parse('title: A\nms.custom: [443, "x"]').custom).toEqual(['443', 'x']);
  });

  it('accepts ms.assetid empty, as a string or as a list', () => {
    expect(parse('title: A\nms.assetid:').assetIds).toEqual([]);
    expect(parse("title: A\nms.assetid: ''").assetIds).toEqual([]);
    expect(parse('title: A\nms.assetid: ["9001733", "4401"]').assetIds).toEqual(['9001733', '4401']);
  });

  it('treats a missing or empty ms.date as no date, and reads 8/16/2021', () => {
    expect(parse('title: A').date).toBeUndefined();
    expect(parse("title: A\nms.date: ''").date).toBeUndefined();
    expect(parse('title: A\nms.date: 8/16/2021').date).toBe('2021-08-16');
  });

  it('knows every localization priority, Once included, and defaults to Normal', () => {
    expect(parse('title: A\nlocalization_priority: Once').priority).toBe('Once');
    expect(parse('title: A\nlocalization_priority: Critical').priority).toBe('Critical');
    expect(parse('title: A').priority).toBe('Normal');
  });

  it('reads translation types case-insensitively, Auto included', () => {
    expect(parse('title: A\nms.translationtype: Auto').translationType).toBe('Auto');
    expect(parse('title: A\nms.translationtype: ht').translationType).toBe('HT');
  });

  it('accepts a 64-character source hash, as the real corpus has', () => {
    const hash = 'bf6699857f1b8d1796526560ec1aeeb8bce324ef21e87ba0cefa6c3da57e32d3';
    expect(parse(`title: A\nms.openlocfilehash: ${hash}`).sourceHash).toBe(hash);
  });

  it('keeps typo and unknown keys instead of failing on them', () => {
    const data = raw('title: A\nms.reviwer: someone\nms,.custom: x');
    expect(msDocsFrontMatterSchema.safeParse(data).success).toBe(true);
    expect(data['ms.reviwer']).toBe('someone');
  });

  it('reads robots directives', () => {
    expect(parse('title: A\nROBOTS: NOINDEX')).toMatchObject({ noindex: true, nofollow: false });
    expect(parse('title: A')).toMatchObject({ noindex: false, nofollow: false });
  });

  it('rejects values of the wrong type with a readable message', () => {
    expect(problems('title: A\nlocalization_priority: High\nms.date: true')).toEqual([
      ['localization_priority', 'is not a localization priority; use one of Critical, Priority, Normal, Once'],
      ['ms.date', 'is read as true/false, not as a date; put the value in quotes, for example "true"'],
    ]);
  });

  it('reads an unquoted ISO date only when it is a day of the calendar in 1990–2100', () => {
    expect(parse('title: A\nms.date: 2020-04-21').date).toBe('2020-04-21');
    expect(parse('title: A\nms.lasthandoff: 2024-02-29').lastHandoff).toBe('2024-02-29');
    expect(problems('title: A\nms.date: 2020-02-30\nms.lasthandoff: 0020-04-21')).toEqual([
      ['ms.date', 'is not a date: there is no such day; write a day that exists, as M/D/YYYY, for example 04/21/2020'],
      ['ms.lasthandoff', 'has a year outside 1990–2100; write the full year, for example 04/21/2020'],
    ]);
    // A YAML 1.1 tag does not bring back the timestamp that rolled 30 February over to 1 March.
    expect(problems('title: A\nms.date: !!timestamp 2020-02-30')).toEqual([
      ['ms.date', 'is not a date: there is no such day; write a day that exists, as M/D/YYYY, for example 04/21/2020'],
    ]);
  });

  it('says what a title that is not text is, instead of calling it missing', () => {
    expect(problems('title: true')).toEqual([['title', 'is read as true/false, not as text; put the value in quotes, for example "true"']]);
    expect(problems('title: [a]')).toEqual([['title', 'is a list, not text; write the title on one line after the colon']]);
    expect(problems('title: {a: b}')).toEqual([['title', 'is a mapping (key: value), not text; write the title on one line after the colon']]);
    expect(problems('title:')).toEqual([['title', 'is empty; give the article a title']]);
    expect(problems('ms.date: 1/1/2020')).toEqual([['title', 'is missing; add a line such as title: Declined credit card to the front matter']]);
    expect(parse('title: 2020').title).toBe('2020');
  });

  it('says what a value of another key that is not text is', () => {
    expect(problems('title: A\nms.topic: false\nms.author: [a, b]\nms.collection: {a: 1}\nms.custom: [[x]]\nms.date: 20200421')).toEqual([
      ['ms.date', 'is a number, not a date; write it as M/D/YYYY, for example 04/21/2020'],
      ['ms.custom', 'has an item that is not text; write each item as - value, on a line of its own'],
      ['ms.author', 'is a list, not text; write one value after the colon'],
      ['ms.topic', 'is read as true/false, not as text; put the value in quotes, for example "false"'],
      ['ms.collection', 'is a mapping (key: value), not text; write one value after the colon'],
    ]);
    // Empty values are no value, for every optional key.
    expect(parse('title: A\nms.topic:\nms.custom: ~\nms.date: null')).toMatchObject({ topic: undefined, custom: [], date: undefined });
  });
});
