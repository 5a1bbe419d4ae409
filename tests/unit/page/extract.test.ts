// @vitest-environment happy-dom
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { extractBlocks, extractBlocksSliced, insideExcluded, locate } from '../../../lib/page/extract';
import { piecesOf, toRange } from '../../../lib/page/annotate';
import { MATCH_MAX_TEXT_CHARS } from '../../../lib/shared/wire';

const fixture = (name: string) => fs.readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8');

describe('extractBlocks on exclusions.html', () => {
  beforeEach(() => {
    document.body.innerHTML = fixture('exclusions.html');
  });

  it('never enters fields, editable areas, code or our own UI', () => {
    const host = document.querySelector('dossier-ui');
    const texts = extractBlocks(document.body, host).map((b) => b.text.trim());
    expect(texts).toEqual([
      'OpenAI and Microsoft',
      'Microsoft invested in OpenAI, and ChatGPT grew.',
      'Azure text',
      'Sam Altman',
      'Elon Musk',
      'line one',
      'line two',
    ]);
  });

  it('joins inline elements into one block and keeps block boundaries', () => {
    const blocks = extractBlocks(document.body);
    const body = blocks.find((b) => b.text.startsWith('Microsoft invested'))!;
    expect(body.nodes.map((n) => n.data)).toEqual(["Microsoft invested in ", "Open", "AI, and ChatGPT grew."]);
    expect(blocks.some((b) => b.text.includes('Microsoft\nSam') || b.text.includes('AltmanElon'))).toBe(false);
  });

  it('maps block offsets to ranges over several text nodes', () => {
    const body = extractBlocks(document.body).find((b) => b.text.startsWith('Microsoft invested'))!;
    const start = body.text.indexOf('OpenAI');
    const range = toRange(document, body, start, start + 6);
    expect(range.toString()).toBe('OpenAI');
    expect(range.startContainer.textContent).toBe('Open');
    expect(piecesOf(body, start, start + 6).map((p) => p.node.data.slice(p.start, p.end))).toEqual(['Open', 'AI']);
  });

  it('places an end offset at the end of the earlier node', () => {
    const body = extractBlocks(document.body).find((b) => b.text.startsWith('Microsoft invested'))!;
    const end = body.text.indexOf('Open') + 4;
    expect(locate(body, end, true).node.data).toBe('Open');
    expect(locate(body, end, false).node.data).toMatch(/^AI/);
  });
});

describe('extractBlocks edge cases', () => {
  it('separates runs at a <br> between inline elements, and skips SVG text and a textbox role', () => {
    document.body.innerHTML = '<p><b>Nvidia</b><br><i>Microsoft</i></p><svg><text>OpenAI</text></svg><div role="textbox">Meta</div><p>Apple</p>';
    expect(extractBlocks(document.body).map((b) => b.text)).toEqual(['Nvidia', 'Microsoft', 'Apple']);
  });
});

describe('text kept for screen readers only', () => {
  it('is not read, by the walk or for a changed node', () => {
    document.body.innerHTML =
      '<a href="/"><span class="sr-only">The Verge homepage</span></a><p>Nvidia <span class="visually-hidden">and Intel</span></p><p class="screen-reader-text">Meta</p><p class="sr-only-focusable-not">Apple</p>';
    expect(extractBlocks(document.body).map((b) => b.text.trim())).toEqual(['Nvidia', 'Apple']);
    expect(insideExcluded(document.querySelector('.visually-hidden')!.firstChild!, null)).toBe(true);
    expect(insideExcluded(document.querySelector('p')!.firstChild!, null)).toBe(false);
  });
});

describe('a block longer than one match message', () => {
  it('is cut at a node boundary, each part within the limit and all the text kept', () => {
    const span = `<span>${'word '.repeat(10_000)}</span>`;
    document.body.innerHTML = `<div>${span.repeat(50)}</div>`;
    const blocks = extractBlocks(document.body);
    expect(blocks.length).toBeGreaterThan(1);
    expect(blocks.every((b) => b.text.length <= MATCH_MAX_TEXT_CHARS)).toBe(true);
    expect(blocks.map((b) => b.text).join('')).toBe(document.body.textContent);
  });

  it('keeps a single longer node in its first part, mapped to that node', () => {
    document.body.innerHTML = `<p>${'word '.repeat(50_000)}</p><p>Nvidia</p>`;
    const [long, next] = extractBlocks(document.body);
    expect(long!.text).toHaveLength(MATCH_MAX_TEXT_CHARS);
    expect(locate(long!, MATCH_MAX_TEXT_CHARS - 4, false)).toEqual({ node: long!.nodes[0], offset: MATCH_MAX_TEXT_CHARS - 4 });
    expect(next!.text).toBe('Nvidia');
  });
});

describe('extractBlocksSliced', () => {
  it('gives the page the thread between slices and reads the same blocks', async () => {
    document.body.innerHTML = Array.from({ length: 2000 }, (_, i) => `<p>Paragraph ${i} about <b>OpenAI</b>.</p>`).join('');
    let yields = 0;
    const sliced = await extractBlocksSliced(document.body, null, () => undefined, async () => void yields++, 0);
    expect(yields).toBeGreaterThan(5);
    expect(sliced.map((b) => b.text)).toEqual(extractBlocks(document.body).map((b) => b.text));
    expect(sliced).toHaveLength(2000);
  });

  it('hands over the part walked once it passes the early size, once, before the walk ends', async () => {
    document.body.innerHTML = Array.from({ length: 2000 }, (_, i) => `<p>Paragraph ${i} about <b>OpenAI</b>.</p>`).join('');
    const prefixes: number[] = [];
    let walkedWhenTaken = -1;
    let yields = 0;
    const all = await extractBlocksSliced(document.body, null, () => undefined, async () => void yields++, 0, {
      chars: 1000,
      take: (prefix) => {
        prefixes.push(prefix.length);
        walkedWhenTaken = yields;
        expect(prefix.reduce((n, b) => n + b.text.length, 0)).toBeGreaterThanOrEqual(1000);
        // the prefix is the final list's beginning
        expect(prefix.map((b) => b.text)).toEqual(extractBlocks(document.body).slice(0, prefix.length).map((b) => b.text));
      },
    });
    expect(prefixes).toHaveLength(1);
    // taken at the first pause past the size (a pause every 256 nodes), long before the end
    expect(prefixes[0]).toBeLessThan(200);
    expect(walkedWhenTaken).toBeLessThan(yields);
    expect(all).toHaveLength(2000);
  });

  it('never hands over a page shorter than the early size', async () => {
    document.body.innerHTML = '<p>OpenAI and Microsoft.</p><p>Nvidia.</p>';
    const take = vi.fn();
    expect(await extractBlocksSliced(document.body, null, () => undefined, async () => undefined, 0, { chars: 1000, take })).toHaveLength(2);
    expect(take).not.toHaveBeenCalled();
  });
});
