/** Storage keys: one definition each, for every side. */
export const KEYS = {
  /** storage.local: the reader's settings (lib/protocol/settings.ts) */
  settings: 'settings',
  /** storage.session: what the content scripts of a tab reported (lib/background/tabs.ts) */
  tab: (tabId: number) => `tab:${tabId}`,
  /** storage.session: what the background noted of the tab's page, its sentences per name and the names no pack knows (lib/background/page-notes.ts) */
  pageNotes: (tabId: number) => `notes:${tabId}`,
  /** storage.local: the imported packs, in import order */
  packIndex: 'kb:packs',
  pack: (id: string) => `kb:pack:${id}`,
  /** storage.local: the reader's own entities */
  userEntities: 'kb:user',
  /** storage.local: the reading library's last problem (a full disk, a database set aside), shown on its page */
  libraryProblem: 'library:problem',
  /** storage.local: the popup has shown its one-line notice about the library */
  libraryNotice: 'library:notice-seen',
  /** storage.local: the library database's name, when one that could not be opened was set aside */
  libraryDb: 'library:db',
} as const;

/** IndexedDB, the background's only: the reading library (lib/background/library.ts). */
export const LIBRARY_DB = { name: 'dossier-library', version: 1, store: 'pages' } as const;

/** IndexedDB, the background's only: the built matcher, kept between worker starts (lib/background/matcher-cache.ts). */
export const MATCHER_DB = { name: 'dossier-matcher', version: 1, store: 'images' } as const;
