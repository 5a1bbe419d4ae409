import { describe, expect, it } from 'vitest';
import { scrollBehavior } from '../../../lib/page/paint';

describe('scrollBehavior', () => {
  const prefers = (reduce: boolean) => ({ matchMedia: (q: string) => ({ matches: reduce && q === '(prefers-reduced-motion: reduce)' }) as MediaQueryList });

  it('scrolls smoothly unless the reader asks for reduced motion', () => {
    expect(scrollBehavior(prefers(false), 'smooth')).toBe('smooth');
    expect(scrollBehavior(prefers(true), 'smooth')).toBe('instant');
    expect(scrollBehavior(prefers(true), 'instant')).toBe('instant');
    expect(scrollBehavior(null, 'smooth')).toBe('smooth');
  });
});
