import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { msDocsFrontMatterSchema } from '../../src/pipeline/front-matter-schema.ts';

const parse = (yaml: string) => msDocsFrontMatterSchema.parse(matter(`---\n${yaml}\n---\n`, {}).data);

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
    const raw = matter('---\ntitle: A\nms.reviwer: someone\nms,.custom: x\n---\n', {}).data;
    expect(msDocsFrontMatterSchema.safeParse(raw).success).toBe(true);
    expect(raw['ms.reviwer']).toBe('someone');
  });

  it('reads robots directives', () => {
    expect(parse('title: A\nROBOTS: NOINDEX')).toMatchObject({ noindex: true, nofollow: false });
    expect(parse('title: A')).toMatchObject({ noindex: false, nofollow: false });
  });

  it('rejects values of the wrong type with a readable message', () => {
    const result = msDocsFrontMatterSchema.safeParse(matter('---\ntitle: A\nlocalization_priority: High\nms.date: true\n---\n', {}).data);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
      ['localization_priority', 'is not a localization priority; use one of Critical, Priority, Normal, Once'],
      ['ms.date', 'is not a date; write it as M/D/YYYY, for example 04/21/2020'],
    ]);
  });
});
