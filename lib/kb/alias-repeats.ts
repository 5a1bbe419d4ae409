import { exactKey } from '../match/matcher';
import { normaliseName } from '../match/normalise';
import { withoutArticle } from './compile';
import type { AliasSpec, Entity } from './schema';

type Spec = Exclude<AliasSpec, string>;
const spec = (a: AliasSpec): Spec => (typeof a === 'string' ? { text: a } : a);
type Alias = NonNullable<Entity['names']['en']>['aliases'][number];
const written = (s: Spec): Alias => ((s.case ?? 'any') === 'any' && !s.ambiguous && !s.partial ? s.text : { text: s.text, case: s.case ?? 'any', ambiguous: !!s.ambiguous, partial: !!s.partial });

/**
 * An entity's aliases without repeats. Every language's aliases match every page, so a name written
 * again (in another language's list, or twice in one) under a looser rule undoes the first: the
 * matcher tries the surest reading first, so a plain repeat of a judged name is painted unjudged, and
 * a plain "python" after an exact "Python" paints the snake. A repeat goes, and the stricter of the two rules (ambiguous,
 * partial) stays on the form kept; only another writing of an exact name ("Wasm" beside "WASM") is
 * a name of its own, kept as exact, unless it came without the exact rule in lower-case letters
 * only: the everyday word the exact rule is there to leave out.
 */
export function withoutRepeats(names: Entity['names']): { names: Entity['names']; dropped: string[] } {
  // per normalised key, the forms kept so far: an any-case one covers every writing, exact ones their own
  const kept = new Map<string, Spec[]>();
  const dropped: string[] = [];
  const out = Object.fromEntries(
    Object.entries(names).map(([lang, n]) => {
      const aliases: Spec[] = [];
      for (const a of n!.aliases ?? []) {
        const s = { ...spec(a) };
        // as the matcher reads them: the article off, normalised
        const key = normaliseName(withoutArticle(s.text));
        const group = kept.get(key);
        if (!group) {
          kept.set(key, [s]);
          aliases.push(s);
          continue;
        }
        const form = exactKey(withoutArticle(s.text));
        const cover = group.find((k) => k.case !== 'exact' || exactKey(withoutArticle(k.text)) === form);
        // an any-case repeat in lower case letters only is the everyday word an exact form leaves out
        const everyday = s.case !== 'exact' && form === form.toLowerCase() && form !== form.toUpperCase();
        if (cover || everyday) {
          const into = cover ?? group[0]!;
          if (s.ambiguous) into.ambiguous = true;
          if (s.partial) into.partial = true;
          dropped.push(`${lang}: ${s.text}`);
          continue;
        }
        s.case = 'exact';
        group.push(s);
        aliases.push(s);
      }
      return [lang, { ...n!, aliases }];
    }),
  ) as Entity['names'];
  // as the pack writes them: a plain name as a string, any other with all its rules
  for (const n of Object.values(out)) n!.aliases = n!.aliases.map((a) => written(spec(a)));
  return { names: out, dropped };
}
