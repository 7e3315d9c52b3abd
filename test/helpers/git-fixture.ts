/**
 * A content folder in a git repository the test makes, where an English source changes after its Dutch
 * translation was made: the real situation the outdated notice and the l10n tools are for.
 *
 *   2024-01-10  en-us/card.md v1, nl-nl/card.md translated from it (ms.openlocfilehash = blob of v1)
 *   2024-03-05  en-us/card.md v2 (a new section)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gitBlobHash } from '../../src/pipeline/git-blob-hash.ts';

export const SOURCE_V1 = `---
title: Declined card
ms.date: 01/10/2024
---
# <a name="declined-card"></a>Declined card

Check the card number and the expiry date.
`;

export const SOURCE_V2 = `${SOURCE_V1}
## <a name="call-your-bank"></a>Call your bank

Your bank may block online payments.
`;

/** `name`: the article's file name in both locales (`café.md`, `it's a "card".md`: names git would quote). */
export function makeHistoryRepo(root: string, name = 'card.md'): string {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'content/en-us'), { recursive: true });
  mkdirSync(join(root, 'content/nl-nl'), { recursive: true });
  const git = (args: string[], date?: string) =>
    execFileSync('git', args, {
      cwd: root,
      env: { ...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.com', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.com', ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}) },
      encoding: 'utf8',
    });
  git(['init', '-q', '-b', 'main']);
  writeFileSync(join(root, 'content/en-us', name), SOURCE_V1);
  writeFileSync(
    join(root, 'content/nl-nl', name),
    `---
title: Geweigerde kaart
ms.date: 01/10/2024
ms.translationtype: HT
ms.openlocfilehash: ${gitBlobHash(new TextEncoder().encode(SOURCE_V1))}
---
# <a name="declined-card"></a>Geweigerde kaart

Controleer het kaartnummer en de vervaldatum.
`,
  );
  git(['add', '-A']);
  git(['commit', '-q', '-m', 'Declined card, with its Dutch translation'], '2024-01-10T10:00:00Z');
  writeFileSync(join(root, 'content/en-us', name), SOURCE_V2);
  git(['commit', '-q', '-am', 'Declined card: call your bank'], '2024-03-05T10:00:00Z');
  return join(root, 'content');
}
