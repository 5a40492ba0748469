import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { commandSummaries, isCommandName, loadCommand } from './index.ts';

const folder = fileURLToPath(new URL('.', import.meta.url));
const commandFiles = readdirSync(folder)
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && file !== 'index.ts')
  .map((file) => file.slice(0, -'.ts'.length));

describe('the lazy command index', () => {
  it('lists exactly the command files of this folder (one file per command)', () => {
    expect(Object.keys(commandSummaries).sort()).toEqual([...commandFiles].sort());
  });

  it.each(Object.keys(commandSummaries))('gongkai %s loads a module exporting run(argv)', async (name) => {
    expect(isCommandName(name)).toBe(true);
    if (isCommandName(name)) expect(typeof (await loadCommand(name))).toBe('function');
  });

  it.each(['toString', 'constructor', 'nosuch'])('"%s" is not a command', (name) => {
    expect(isCommandName(name)).toBe(false);
  });
});
