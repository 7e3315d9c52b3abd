/**
 * The font stacks of src/styles/site.css: every script of the published locales is drawn with a system font
 * on Windows, Apple systems and Android/Linux, chosen per language, and nothing is downloaded. (The browser
 * test every-language.test.ts checks what Chromium computes and requests.)
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const css = readFileSync(fileURLToPath(new URL('../../src/styles/site.css', import.meta.url)), 'utf8');

/** `--font` rules in order: the `:lang()` ranges they apply to (none: every page) and their stack. */
const rules = [...css.matchAll(/^([^{}\n]+)\{\s*--font:\s*([^;]+);/gm)].map(([, selector, stack]) => ({
  langs: [...selector!.matchAll(/:lang\(([^)]+)\)/g)].map(([, range]) => range!.toLowerCase()),
  fonts: stack!.split(',').map((font) => font.trim().replace(/^'|'$/g, '')),
}));

/** The stack a page in `tag` gets: the last rule whose `:lang()` range is the tag or a prefix of it, as CSS matches. */
function stackFor(tag: string): string[] {
  const lower = tag.toLowerCase();
  let fonts: string[] = [];
  for (const rule of rules) if (rule.langs.length === 0 || rule.langs.some((range) => lower === range || lower.startsWith(`${range}-`))) fonts = rule.fonts;
  return fonts;
}

/** A font each platform ships for the script, by the locales that write it. */
const SCRIPTS: [string, string[], { windows: string[]; apple: string[]; androidLinux: string[] }][] = [
  ['Latin (Vietnamese too)', ['en-US', 'vi-VN', 'sr-Latn-RS', 'pl-PL'], { windows: ['Segoe UI'], apple: ['system-ui', '-apple-system'], androidLinux: ['Roboto', 'Noto Sans'] }],
  ['Cyrillic', ['ru-RU', 'uk-UA', 'bg-BG'], { windows: ['Segoe UI'], apple: ['system-ui', '-apple-system'], androidLinux: ['Roboto', 'Noto Sans'] }],
  ['Greek', ['el-GR'], { windows: ['Segoe UI'], apple: ['system-ui', '-apple-system'], androidLinux: ['Roboto', 'Noto Sans'] }],
  ['Arabic', ['ar-SA'], { windows: ['Segoe UI'], apple: ['SF Arabic', 'Geeza Pro'], androidLinux: ['Noto Sans Arabic'] }],
  ['Hebrew', ['he-IL'], { windows: ['Segoe UI'], apple: ['SF Hebrew', 'Arial Hebrew'], androidLinux: ['Noto Sans Hebrew'] }],
  ['Thai', ['th-TH'], { windows: ['Leelawadee UI'], apple: ['Thonburi'], androidLinux: ['Noto Sans Thai'] }],
  ['Japanese', ['ja-JP'], { windows: ['Yu Gothic UI', 'Meiryo'], apple: ['Hiragino Sans'], androidLinux: ['Noto Sans CJK JP'] }],
  ['Korean', ['ko-KR'], { windows: ['Malgun Gothic'], apple: ['Apple SD Gothic Neo'], androidLinux: ['Noto Sans CJK KR'] }],
  ['Simplified Chinese', ['zh-CN', 'zh-SG', 'zh-Hans'], { windows: ['Microsoft YaHei UI'], apple: ['PingFang SC'], androidLinux: ['Noto Sans CJK SC'] }],
  ['Traditional Chinese', ['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant-TW'], { windows: ['Microsoft JhengHei UI'], apple: ['PingFang TC'], androidLinux: ['Noto Sans CJK TC'] }],
];

describe('the font stacks', () => {
  it.each(SCRIPTS)('name a system font for %s on Windows, Apple systems and Android/Linux', (_, tags, platforms) => {
    for (const tag of tags) {
      const stack = stackFor(tag);
      for (const [platform, fonts] of Object.entries(platforms)) expect(stack.some((font) => fonts.includes(font)), `${tag} on ${platform}: ${stack.join(', ')}`).toBe(true);
      expect(stack.at(-1), tag).toBe('sans-serif');
    }
  });

  it('never give Japanese, Korean or the other Chinese a CJK font first', () => {
    expect(stackFor('zh-TW')[0]).toBe('Microsoft JhengHei UI');
    expect(stackFor('zh-CN')[0]).toBe('Microsoft YaHei UI');
    expect(stackFor('ja-JP')[0]).toBe('Yu Gothic UI');
    expect(stackFor('ko-KR')[0]).toBe('Malgun Gothic');
  });

  it('download nothing: no web font, no imported style sheet', () => {
    expect(css).not.toMatch(/@font-face|@import|url\(/i);
  });
});
