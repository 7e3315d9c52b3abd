/**
 * Every UI strings file, one per written language (the file names and the locales that share them:
 * `WRITTEN_VARIANTS` in src/pipeline/locales.ts). Imported statically so the site, scripts and tests load
 * the same files with no file-system reads; test/unit/ui-strings.test.ts fails when a file in strings/ is
 * missing here.
 */
import ar from './strings/ar.json' with { type: 'json' };
import bg from './strings/bg.json' with { type: 'json' };
import cs from './strings/cs.json' with { type: 'json' };
import da from './strings/da.json' with { type: 'json' };
import de from './strings/de.json' with { type: 'json' };
import el from './strings/el.json' with { type: 'json' };
import en from './strings/en.json' with { type: 'json' };
import es from './strings/es.json' with { type: 'json' };
import et from './strings/et.json' with { type: 'json' };
import fi from './strings/fi.json' with { type: 'json' };
import fr from './strings/fr.json' with { type: 'json' };
import he from './strings/he.json' with { type: 'json' };
import hr from './strings/hr.json' with { type: 'json' };
import hu from './strings/hu.json' with { type: 'json' };
import id from './strings/id.json' with { type: 'json' };
import it from './strings/it.json' with { type: 'json' };
import ja from './strings/ja.json' with { type: 'json' };
import ko from './strings/ko.json' with { type: 'json' };
import lt from './strings/lt.json' with { type: 'json' };
import lv from './strings/lv.json' with { type: 'json' };
import nb from './strings/nb.json' with { type: 'json' };
import nl from './strings/nl.json' with { type: 'json' };
import pl from './strings/pl.json' with { type: 'json' };
import ptBr from './strings/pt-br.json' with { type: 'json' };
import ptPt from './strings/pt-pt.json' with { type: 'json' };
import ro from './strings/ro.json' with { type: 'json' };
import ru from './strings/ru.json' with { type: 'json' };
import sk from './strings/sk.json' with { type: 'json' };
import sl from './strings/sl.json' with { type: 'json' };
import srLatn from './strings/sr-latn.json' with { type: 'json' };
import sv from './strings/sv.json' with { type: 'json' };
import th from './strings/th.json' with { type: 'json' };
import tr from './strings/tr.json' with { type: 'json' };
import uk from './strings/uk.json' with { type: 'json' };
import vi from './strings/vi.json' with { type: 'json' };
import zhHans from './strings/zh-hans.json' with { type: 'json' };
import zhHant from './strings/zh-hant.json' with { type: 'json' };

/** Keyed by file name: `en`, `pt-br`, `zh-hant`. */
export const STRING_FILES: Record<string, unknown> = {
  ar,
  bg,
  cs,
  da,
  de,
  el,
  en,
  es,
  et,
  fi,
  fr,
  he,
  hr,
  hu,
  id,
  it,
  ja,
  ko,
  lt,
  lv,
  nb,
  nl,
  pl,
  'pt-br': ptBr,
  'pt-pt': ptPt,
  ro,
  ru,
  sk,
  sl,
  'sr-latn': srLatn,
  sv,
  th,
  tr,
  uk,
  vi,
  'zh-hans': zhHans,
  'zh-hant': zhHant,
};
