import path from 'node:path';
import { CHROMIUM_BIN, tempProfile } from '../tests/browser/harness';

export const ROOT = path.resolve(import.meta.dirname, '..');

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Deterministic pseudo-random numbers (mulberry32), so every run benchmarks the same inputs. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Headless Chromium without the extension, for the "without" side of a paired run. */
export async function launchPlain(profilePrefix: string) {
  const { chromium } = await import('playwright-core');
  return chromium.launchPersistentContext(tempProfile(profilePrefix), {
    executablePath: CHROMIUM_BIN,
    headless: true,
    colorScheme: 'light',
    viewport: { width: 1280, height: 900 },
    args: ['--disable-background-networking', '--disable-component-update'],
  });
}

/** A made-up word of two to four syllables, Latin (consonant and vowel) or Arabic (letter and alif), for synthetic names. */
export function syntheticWord(next: () => number, arabic: boolean): string {
  const consonants = 'bcdfghjklmnprstvz';
  const vowels = 'aeiou';
  const letters = 'بتثجحخدذرزسشصضطظعغفقكلمنهوي';
  const pick = (from: string) => from[Math.floor(next() * from.length)]!;
  return Array.from({ length: 2 + Math.floor(next() * 3) }, () => (arabic ? pick(letters) + 'ا' : pick(consonants) + pick(vowels))).join('');
}
