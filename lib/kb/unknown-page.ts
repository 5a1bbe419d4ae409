import { pageCandidates, type Candidate } from '../match/unknown';
import type { Found } from '../shared/wire';
import type { KnowledgeBase } from './store';

/** A name the packs hold in full (any alias, in any language). */
export function knownName(kb: KnowledgeBase, name: string): boolean {
  return kb.matcher.find(name).some((m) => m.start === 0 && m.end === name.length);
}

/** The candidate unknown names of page texts, given what was found in each (lib/match/unknown.ts). */
export function unknownCandidates(kb: KnowledgeBase, texts: readonly string[], found: readonly (readonly Found[])[]): Candidate[] {
  return pageCandidates(texts, found, (name) => knownName(kb, name));
}
