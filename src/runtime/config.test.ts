import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('defaults to the embedded database with demo data', () => {
    const config = loadConfig({});
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.DATA_DIR).toBe('./data/gongkai');
    expect(config.DEMO_DATA).toBe('true');
    expect(config.PORT).toBe(3000);
    // the calendar shipped in data/calendar, wherever the server is started from
    expect(config.GONGKAI_CALENDAR_DIR).toBe(fileURLToPath(new URL('../../data/calendar/', import.meta.url)));
  });

  it('takes the calendar folder an administrator imports into', () => {
    expect(loadConfig({ GONGKAI_CALENDAR_DIR: '/srv/gongkai/calendar' }).GONGKAI_CALENDAR_DIR).toBe(
      '/srv/gongkai/calendar',
    );
  });

  it('accepts a PostgreSQL address', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h:5432/db' }).DATABASE_URL).toBe(
      'postgres://u@h:5432/db',
    );
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://x'],
    ['LOG_LEVEL', 'loud'],
    ['DEMO_DATA', 'yes'],
    ['GONGKAI_CALENDAR_DIR', '   '],
  ])('rejects %s=%s naming the variable in Chinese and English', (name, value) => {
    let caught: unknown;
    try {
      loadConfig({ [name]: value });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const message = (caught as ConfigError).message;
    expect(message).toContain(name);
    expect(message).toContain('取值无效');
    expect(message).toContain('is invalid');
    expect(message).toMatch(/（[^）]+）取值无效/); // the variable's Chinese name
  });
});
