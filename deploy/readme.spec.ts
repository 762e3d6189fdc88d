import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { ROOT } from './deployment-facts.js';

interface MdNode {
  type: string;
  depth?: number;
  value?: string;
  children?: MdNode[];
  position: { start: { line: number } };
}

// Exported by prettier 3 but left out of its type declarations.
const { __debug } = prettier as unknown as {
  __debug: { parse(source: string, options: { parser: 'markdown' }): Promise<{ ast: MdNode }> };
};

const text = (node: MdNode): string => node.value ?? (node.children ?? []).map(text).join('');

/**
 * The README is the operator's manual: a fence left open swallows every section after it into one
 * code block, and a table row outside its table renders as a stray line of pipes. Parsed with the
 * CommonMark parser prettier already formats it with, so this reads it as a renderer does.
 */
describe('README.md renders as written', () => {
  let blocks: MdNode[];

  beforeAll(async () => {
    const { ast } = await __debug.parse(readFileSync(join(ROOT, 'README.md'), 'utf8'), { parser: 'markdown' });
    blocks = ast.children ?? [];
  });

  it('every section is a heading, none is swallowed by a code block', () => {
    const sections = blocks.filter((node) => node.type === 'heading' && node.depth === 2).map(text);
    expect(sections).toEqual(
      expect.arrayContaining(['Background jobs and the worker', 'Webhooks', 'Operator commands', 'What is proven']),
    );
    const swallowed = blocks
      // A shell comment is one #: a line of two or more is a Markdown heading inside the block.
      .filter((node) => node.type === 'code' && /^#{2,6} \S/m.test(node.value ?? ''))
      .map((node) => node.position.start.line);
    expect(swallowed).toEqual([]);
  });

  it('every table row is inside a table', () => {
    const strayRows = blocks
      .filter((node) => node.type === 'paragraph' && text(node).trimStart().startsWith('|'))
      .map((node) => node.position.start.line);
    expect(strayRows).toEqual([]);
  });
});
