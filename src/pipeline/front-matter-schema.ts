/**
 * Microsoft-Docs front matter → typed article metadata. The zod schemas here are the only source of these
 * types: `ArticleMeta` is `z.infer` of `articleMetaSchema`, and the Astro collection reuses the schema.
 *
 * Real localized content is loose, so odd-but-valid values are typed rather than rejected: `ms.custom` as a
 * number, string or list; `ms.assetid` empty, a string or a list; `ms.date` missing, empty or `8/16/2021`;
 * typo keys such as `ms.reviwer` are kept in `frontMatter`.
 */
import { z } from 'zod';
import { FIRST_YEAR, LAST_YEAR, readDate } from './us-date.ts';

export const PRIORITIES = ['Critical', 'Priority', 'Normal', 'Once'] as const;
export const TRANSLATION_TYPES = ['MT', 'HT', 'Auto'] as const;
const ROBOTS_TOKENS = new Set(['INDEX', 'NOINDEX', 'FOLLOW', 'NOFOLLOW', 'NONE', 'ALL', 'NOARCHIVE', 'NOSNIPPET']);

/** The typed fields every article carries after loading. */
export const articleMetaSchema = z.object({
  title: z.string().min(1),
  /** `ms.contentlocale` as written (`nl-NL`); the folder is the authority, this is checked against it. */
  contentLocale: z.string().optional(),
  assetIds: z.array(z.string()),
  priority: z.enum(PRIORITIES),
  noindex: z.boolean(),
  nofollow: z.boolean(),
  translationType: z.enum(TRANSLATION_TYPES).optional(),
  /** `ms.date`, ISO `YYYY-MM-DD`. */
  date: z.iso.date().optional(),
  /** `ms.lasthandoff`, ISO `YYYY-MM-DD`: when the translation was handed back. */
  lastHandoff: z.iso.date().optional(),
  /** `ms.openlocfilehash`: the source file's git blob hash when this translation was made. */
  sourceHash: z.string().optional(),
  sourceCommit: z.string().optional(),
  locFileId: z.string().optional(),
  custom: z.array(z.string()),
  authors: z.array(z.string()),
  topic: z.string().optional(),
  audience: z.string().optional(),
  collection: z.string().optional(),
  description: z.string().optional(),
});
export type ArticleMeta = z.infer<typeof articleMetaSchema>;

/**
 * What a YAML value that is not text is, in the author's words, and how to write it instead, for zod's
 * messages ("what is wrong; how to fix it"): `title: true` is YAML's true, not a missing title.
 */
function notText(input: unknown, expected: string, fix = 'write one value after the colon'): string {
  if (Array.isArray(input)) return `is a list, not ${expected}; ${fix}`;
  if (typeof input === 'boolean') return `is read as true/false, not as ${expected}; put the value in quotes, for example "${input}"`;
  if (typeof input === 'number') return `is a number, not ${expected}; ${fix}`;
  if (typeof input === 'object' && input !== null) return `is a mapping (key: value), not ${expected}; ${fix}`;
  return `is not ${expected}; ${fix}`;
}

const scalar = z.union([z.string(), z.number()], { error: (issue) => notText(issue.input, 'text') }).transform((v) => String(v).trim());

const optionalText = z
  .union([z.string(), z.number(), z.null()], { error: (issue) => notText(issue.input, 'text') })
  .optional()
  .transform((v) => (v === null || v === undefined || String(v).trim() === '' ? undefined : String(v).trim()));

/** A value that may be one item or a list (`ms.custom: 443`, `ms.custom: [443, "1500018"]`). */
const textList = z
  .union([scalar, z.array(scalar), z.null()], {
    error: (issue) => (Array.isArray(issue.input) ? 'has an item that is not text; write each item as - value, on a line of its own' : notText(issue.input, 'text or a list of text')),
  })
  .optional()
  .transform((v) => (v === null || v === undefined ? [] : (Array.isArray(v) ? v : [v]).filter((s) => s !== '')));

/** Matches a fixed vocabulary case-insensitively (`admin` is fine), returning the canonical spelling. */
function vocabulary<const T extends readonly [string, ...string[]]>(values: T, what: string) {
  return optionalText.transform((v, ctx): T[number] | undefined => {
    if (v === undefined) return undefined;
    const match = values.find((allowed) => allowed.toLowerCase() === v.toLowerCase());
    if (!match) ctx.addIssue({ code: 'custom', message: `is not a ${what}; use one of ${values.join(', ')}` });
    return match;
  });
}

const DATE_PROBLEMS = {
  format: 'is not a date; write it as M/D/YYYY, for example 04/21/2020',
  year: `has a year outside ${FIRST_YEAR}–${LAST_YEAR}; write the full year, for example 04/21/2020`,
  day: 'is not a date: there is no such day; write a day that exists, as M/D/YYYY, for example 04/21/2020',
};

/** `M/D/YYYY` (the Microsoft-Docs form) or `YYYY-MM-DD`, checked against the calendar (us-date.ts). */
const docDate = z
  .union([z.string(), z.null()], { error: (issue) => notText(issue.input, 'a date', 'write it as M/D/YYYY, for example 04/21/2020') })
  .optional()
  .transform((v, ctx): string | undefined => {
    if (v === null || v === undefined || v.trim() === '') return undefined;
    const date = readDate(v);
    if (!date.ok) ctx.addIssue({ code: 'custom', message: DATE_PROBLEMS[date.problem] });
    return date.ok ? date.iso : undefined;
  });

const gitHash = optionalText.refine((v) => v === undefined || /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/i.test(v), {
  message: 'is not a git hash; use the 40 hexadecimal characters that git hash-object prints for the source file',
});

const robots = optionalText.transform((v, ctx) => {
  const tokens = (v ?? '').toUpperCase().split(/[\s,]+/).filter(Boolean);
  const unknown = tokens.filter((t) => !ROBOTS_TOKENS.has(t));
  if (unknown.length > 0) ctx.addIssue({ code: 'custom', message: `has the unknown directive ${unknown.join(', ')}; write for example NOINDEX, NOFOLLOW` });
  return { noindex: tokens.includes('NOINDEX') || tokens.includes('NONE'), nofollow: tokens.includes('NOFOLLOW') || tokens.includes('NONE') };
});

/**
 * The Microsoft-Docs keys we understand, as authors write them. Unknown keys pass through untouched
 * (`looseObject`) and are kept by the loader as `frontMatter`.
 */
const msDocsKeys = {
  title: z
    .union([z.string(), z.number()], {
      error: (issue) =>
        issue.input === undefined ? 'is missing; add a line such as title: Declined credit card to the front matter'
        : issue.input === null ? 'is empty; give the article a title'
        : notText(issue.input, 'text', 'write the title on one line after the colon'),
    })
    .transform((v) => String(v).trim())
    .refine((v) => v !== '', { message: 'is empty; give the article a title' }),
  'ms.contentlocale': optionalText,
  'ms.assetid': textList,
  localization_priority: vocabulary(PRIORITIES, 'localization priority'),
  ROBOTS: robots,
  'ms.translationtype': vocabulary(TRANSLATION_TYPES, 'translation type'),
  'ms.date': docDate,
  'ms.lasthandoff': docDate,
  'ms.openlocfilehash': gitHash,
  'ms.sourcegitcommit': gitHash,
  'ms.locfileid': optionalText,
  'ms.custom': textList,
  'ms.author': optionalText,
  author: optionalText,
  'ms.topic': optionalText,
  'ms.audience': optionalText,
  audience: optionalText,
  'ms.collection': optionalText,
  description: optionalText,
};

/** The keys the schema reads (`title`, `ms.date`…): a key that differs from one only by an odd space is a mistake. */
export const FRONT_MATTER_KEYS: ReadonlySet<string> = new Set(Object.keys(msDocsKeys));

export const msDocsFrontMatterSchema = z
  .looseObject(msDocsKeys)
  .transform(
    (fm): ArticleMeta => ({
      title: fm.title,
      contentLocale: fm['ms.contentlocale'],
      assetIds: fm['ms.assetid'],
      priority: fm.localization_priority ?? 'Normal',
      noindex: fm.ROBOTS.noindex,
      nofollow: fm.ROBOTS.nofollow,
      translationType: fm['ms.translationtype'],
      date: fm['ms.date'],
      lastHandoff: fm['ms.lasthandoff'],
      sourceHash: fm['ms.openlocfilehash']?.toLowerCase(),
      sourceCommit: fm['ms.sourcegitcommit']?.toLowerCase(),
      locFileId: fm['ms.locfileid'],
      custom: fm['ms.custom'],
      authors: [...new Set([fm['ms.author'], fm.author].filter((a): a is string => a !== undefined))],
      topic: fm['ms.topic'],
      audience: fm['ms.audience'] ?? fm.audience,
      collection: fm['ms.collection'],
      description: fm.description,
    }),
  );
export type MsDocsFrontMatterInput = z.input<typeof msDocsFrontMatterSchema>;
