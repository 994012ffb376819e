import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('has the documented defaults', () => {
    const c = loadConfig({}, '/srv/sepakat');
    expect(c.port).toBe(3000);
    expect(c.host).toBe('0.0.0.0');
    expect(c.dataDir).toBe('/srv/sepakat/data');
    expect(c.dbFile).toBe(join('/srv/sepakat/data', 'sepakat.db'));
    expect(c.origins).toEqual([]);
    expect(c.demoPassword).toBeNull();
    expect(c.logLevel).toBe('info');
    expect(c.sessionTtlMs).toBe(14 * 24 * 3600 * 1000);
    expect(c.loginRateLimit).toBe(10);
  });

  it('reads the environment', () => {
    const c = loadConfig(
      {
        PORT: '8080',
        SEPAKAT_DATA_DIR: '/var/lib/sepakat',
        SEPAKAT_ORIGINS: 'https://a.go.id/, https://b.go.id',
        SEPAKAT_DEMO_PASSWORD: 'demo-demo',
        LOG_LEVEL: 'silent',
      },
      '/srv',
    );
    expect(c.port).toBe(8080);
    expect(c.dbFile).toBe('/var/lib/sepakat/sepakat.db');
    expect(c.origins).toEqual(['https://a.go.id', 'https://b.go.id']);
    expect(c.demoPassword).toBe('demo-demo');
    expect(c.logLevel).toBe('silent');
  });

  it('fails at start on a malformed value', () => {
    expect(() => loadConfig({ PORT: 'tiga ribu' })).toThrow(/PORT/);
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT/);
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
  });
});
