import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES } from '../../lib/shared/vocabulary';
import { FOCUS_HIGHLIGHT, highlightName } from '../../lib/page/paint';

const ROOT = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const HIGHLIGHTS = read('lib/page/highlights.css');

type Rgb = [number, number, number];

function rule(css: string, selector: string): string {
  const at = css.indexOf(`${selector} {`);
  expect(at, `a rule for ${selector}`).toBeGreaterThanOrEqual(0);
  return css.slice(at, css.indexOf('}', at));
}

function hex(h: string): Rgb {
  return [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)) as Rgb;
}

/** WCAG relative luminance and contrast ratio. */
function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
function contrast(a: Rgb, b: Rgb): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}
const over = (fg: Rgb, alpha: number, bg: Rgb): Rgb => fg.map((c, i) => c * alpha + bg[i]! * (1 - alpha)) as Rgb;

/** A white page with near-black text, and a near-black page with light text. */
const PAGES: { name: string; bg: Rgb; text: Rgb }[] = [
  { name: 'light', bg: [255, 255, 255], text: [26, 26, 26] },
  { name: 'dark', bg: [18, 18, 18], text: [232, 232, 232] },
];

/** A type's tint (rgba background) and underline colour, from highlights.css. */
function styleOf(type: (typeof ENTITY_TYPES)[number]) {
  const tint = rule(HIGHLIGHTS, `::highlight(${highlightName(type, 'tint')})`);
  const under = rule(HIGHLIGHTS, `::highlight(${highlightName(type, 'underline')})`);
  const bg = tint.match(/background-color: rgba\((\d+), (\d+), (\d+), ([\d.]+)\)/);
  const line = tint.match(/underline 1px (#[0-9a-f]{6})/);
  const quiet = under.match(/underline 2px (#[0-9a-f]{6})/);
  expect(bg && line && quiet, `${type}: a tint, an underline and the underline-only style`).toBeTruthy();
  return { tint: [Number(bg![1]), Number(bg![2]), Number(bg![3])] as Rgb, alpha: Number(bg![4]), colour: line![1]!, quiet: quiet![1]! };
}

describe('highlight styles', () => {
  it.each(ENTITY_TYPES)('%s: one colour, readable text and a visible underline on light and dark pages, in both styles', (type) => {
    const s = styleOf(type);
    expect(s.quiet).toBe(s.colour);
    expect(s.tint).toEqual(hex(s.colour));
    for (const page of PAGES) {
      const tinted = over(s.tint, s.alpha, page.bg);
      expect(contrast(page.text, tinted), `${page.name} page: text on the tint`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(hex(s.colour), tinted), `${page.name} page: underline on the tint`).toBeGreaterThanOrEqual(3);
      expect(contrast(hex(s.colour), page.bg), `${page.name} page: underline alone`).toBeGreaterThanOrEqual(3);
    }
  });

  it('keyboard focus sets its own text colour, readable whatever the page', () => {
    const focus = rule(HIGHLIGHTS, `::highlight(${FOCUS_HIGHLIGHT})`);
    const bg = focus.match(/background-color: (#[0-9a-f]{6})/);
    const fg = focus.match(/[^-]color: (#[0-9a-f]{6})/);
    expect(bg && fg, 'an opaque background and a text colour').toBeTruthy();
    expect(contrast(hex(fg![1]!), hex(bg![1]!))).toBeGreaterThanOrEqual(4.5);
  });

  it('the popup’s legend and the card use the highlights’ colours', () => {
    const ui = read('components/ui/ui.css');
    const card = read('components/card/card.css');
    for (const type of ENTITY_TYPES) {
      const { colour } = styleOf(type);
      expect(ui, `legend swatch for ${type}`).toMatch(new RegExp(`\\.swatch-${type}::before[^{]*\\{ background: ${colour}; \\}`));
      expect(card, `card border for ${type}`).toMatch(new RegExp(`\\.type-${type}[^{]*\\{ border-inline-start: 4px solid ${colour}; \\}`));
    }
  });
});

describe('card and popup colours', () => {
  /** The custom properties of the first `selector {` block after `from` in `css`. */
  function vars(css: string, from: string): Record<string, string> {
    const start = css.indexOf(from);
    expect(start, from).toBeGreaterThanOrEqual(0);
    const block = css.slice(start, css.indexOf('}', start));
    return Object.fromEntries([...block.matchAll(/--(\w+): (#[0-9a-f]{6})/g)].map((m) => [m[1]!, m[2]!]));
  }

  it.each([
    ['components/card/card.css', '.dossier-card {', '@media (prefers-color-scheme: dark)'],
    ['components/ui/ui.css', ':root {', '@media (prefers-color-scheme: dark)'],
  ])('%s: text, muted text and links read at 4.5:1 on their background, light and dark', (file, light, dark) => {
    const css = read(file);
    for (const scheme of [vars(css, light), vars(css, dark)]) {
      for (const fg of ['fg', 'muted', 'accent']) expect(contrast(hex(scheme[fg]!), hex(scheme.bg!)), `${file} --${fg} on --bg`).toBeGreaterThanOrEqual(4.5);
    }
  });
});
