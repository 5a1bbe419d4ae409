import { useEffect, useState } from 'preact/hooks';
import { ask } from '../../lib/protocol/client';
import { TYPE_LABELS } from '../../lib/shared/labels';
import { ENTITY_TYPES, type EntityType } from '../../lib/shared/vocabulary';
import { t, uiLang } from '../ui/i18n';
import { problemsOf } from './Packs';

interface Draft {
  id: string;
  type: EntityType;
  nameEn: string;
  nameAr: string;
  aliases: string;
  descriptionEn: string;
  descriptionAr: string;
  wikipedia: string;
}

const EMPTY: Draft = { id: '', type: 'organization', nameEn: '', nameAr: '', aliases: '', descriptionEn: '', descriptionAr: '', wikipedia: '' };

/** A stable id from an English name: "Acme AI Labs" → "acme-ai-labs". */
export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64);
}

/** The form's fields as an entity for the knowledge base (validated there). */
export function draftToEntity(d: Draft): Record<string, unknown> {
  const aliases = [d.nameEn, ...d.aliases.split(',')].map((a) => a.trim()).filter(Boolean);
  return {
    id: d.id || slug(d.nameEn),
    type: d.type,
    names: {
      en: { canonical: d.nameEn.trim(), aliases: [...new Set(aliases)] },
      ...(d.nameAr.trim() ? { ar: { canonical: d.nameAr.trim(), aliases: [d.nameAr.trim()] } } : {}),
    },
    description: { en: d.descriptionEn.trim(), ...(d.descriptionAr.trim() ? { ar: d.descriptionAr.trim() } : {}) },
    ...(d.wikipedia.trim() ? { links: { wikipedia: d.wikipedia.trim() } } : {}),
  };
}

function entityToDraft(e: { id: string; type: EntityType; names: Record<string, { canonical: string; aliases: (string | { text: string })[] } | undefined>; description: Record<string, string | undefined>; links?: { wikipedia?: string } }): Draft {
  const en = e.names.en!;
  return {
    id: e.id,
    type: e.type,
    nameEn: en.canonical,
    nameAr: e.names.ar?.canonical ?? '',
    aliases: en.aliases.map((a) => (typeof a === 'string' ? a : a.text)).filter((a) => a !== en.canonical).join(', '),
    descriptionEn: e.description.en ?? '',
    descriptionAr: e.description.ar ?? '',
    wikipedia: e.links?.wikipedia ?? '',
  };
}

/** `?add=NAME&type=TYPE&sentence=S` (the popup's names no pack knows): a draft with the name, the guessed type and the sentence to start the description from. */
export function prefillOf(search: string): Draft | undefined {
  const q = new URLSearchParams(search);
  const name = q.get('add')?.trim().slice(0, 200);
  if (!name) return undefined;
  const type = (ENTITY_TYPES as readonly string[]).includes(q.get('type') ?? '') ? (q.get('type') as EntityType) : 'organization';
  const sentence = q.get('sentence')?.trim().slice(0, 300) ?? '';
  const arabic = /[\u0600-\u06FF]/.test(name);
  return { ...EMPTY, type, ...(arabic ? { nameAr: name, descriptionAr: sentence } : { nameEn: name, descriptionEn: sentence }) };
}

/** Options page: the reader's own entities: add, edit, delete (with undo). */
export function MyEntities({ prefill }: { prefill?: Draft }) {
  const [list, setList] = useState<Parameters<typeof entityToDraft>[0][]>([]);
  const [draft, setDraft] = useState<Draft>(prefill ?? EMPTY);
  const [problems, setProblems] = useState<string[]>([]);
  const [undo, setUndo] = useState<Record<string, unknown>>();
  const labels = TYPE_LABELS[uiLang()];
  const refresh = async () => setList((await ask({ type: 'kb/user' })).entities as Parameters<typeof entityToDraft>[0][]);
  useEffect(() => void refresh(), []);

  const field = (key: keyof Draft, label: string, multiline = false) => (
    <label class="field">
      <span>{label}</span>
      {multiline ? (
        <textarea value={draft[key]} onInput={(e) => setDraft({ ...draft, [key]: e.currentTarget.value })} />
      ) : (
        <input type="text" value={draft[key]} onInput={(e) => setDraft({ ...draft, [key]: e.currentTarget.value })} />
      )}
    </label>
  );

  const save = async (e: Event) => {
    e.preventDefault();
    setProblems([]);
    try {
      await ask({ type: 'kb/entity/save', entity: draftToEntity(draft) });
      setDraft(EMPTY);
      setUndo(undefined);
      await refresh();
    } catch (err) {
      setProblems(problemsOf(err));
    }
  };

  const remove = async (entity: Parameters<typeof entityToDraft>[0]) => {
    await ask({ type: 'kb/entity/delete', id: entity.id });
    setUndo(entity as unknown as Record<string, unknown>);
    await refresh();
  };

  return (
    <section aria-labelledby="mine-heading" class="mine">
      <h2 id="mine-heading">{t('mineHeading')}</h2>
      {list.length > 0 && (
        <ul class="mine-list">
          {list.map((e) => (
            <li key={e.id} data-user-entity={e.id}>
              <span>
                {e.names.en?.canonical} <span class="muted">({labels[e.type]})</span>
              </span>
              <button type="button" onClick={() => setDraft(entityToDraft(e))}>
                {t('mineEdit')}
              </button>
              <button type="button" aria-label={t('optionsRemove', e.names.en?.canonical ?? e.id)} onClick={() => void remove(e)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {undo && (
        <p class="notice" role="status">
          {t('mineDeleted')}{' '}
          <button type="button" class="link" onClick={() => void ask({ type: 'kb/entity/save', entity: undo }).then(() => setUndo(undefined)).then(refresh)}>
            {t('mineUndo')}
          </button>
        </p>
      )}
      <form onSubmit={(e) => void save(e)} class="entity-form" aria-describedby={problems.length ? 'entity-problems' : undefined}>
        <label class="field">
          <span>{t('mineType')}</span>
          <select value={draft.type} onChange={(e) => setDraft({ ...draft, type: e.currentTarget.value as EntityType })}>
            {ENTITY_TYPES.map((ty) => (
              <option key={ty} value={ty}>
                {labels[ty]}
              </option>
            ))}
          </select>
        </label>
        {field('nameEn', t('mineNameEn'))}
        {field('aliases', t('mineAliases'))}
        {field('nameAr', t('mineNameAr'))}
        {field('descriptionEn', t('mineDescriptionEn'), true)}
        {field('descriptionAr', t('mineDescriptionAr'), true)}
        {field('wikipedia', t('mineWikipedia'))}
        <button type="submit">{draft.id ? t('mineSaveChanges') : t('mineAdd')}</button>
        {problems.length > 0 && (
          <ul id="entity-problems" class="error" role="alert">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
      </form>
    </section>
  );
}
