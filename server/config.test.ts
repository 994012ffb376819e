import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fastifyTrustProxy, loadConfig, parseTrustProxy } from './config.ts';

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
    expect(c.loginLimits).toEqual({
      addressRate: 20,
      backoffAfter: 5,
      backoffMs: 2000,
      backoffMaxMs: 15 * 60_000,
    });
    expect(c.accessCheckMs).toBe(2000);
    expect(c.trustProxy).toBe(false);
  });

  it('reads the login limits and the access check interval', () => {
    const c = loadConfig({
      SEPAKAT_LOGIN_ADDRESS_RATE: '50',
      SEPAKAT_LOGIN_BACKOFF_AFTER: '0',
      SEPAKAT_LOGIN_BACKOFF_MS: '500',
      SEPAKAT_LOGIN_BACKOFF_MAX_MS: '60000',
      SEPAKAT_ACCESS_CHECK_MS: '250',
    });
    expect(c.loginLimits).toEqual({ addressRate: 50, backoffAfter: 0, backoffMs: 500, backoffMaxMs: 60_000 });
    expect(c.accessCheckMs).toBe(250);
    expect(() => loadConfig({ SEPAKAT_LOGIN_ADDRESS_RATE: '0' })).toThrow(/SEPAKAT_LOGIN_ADDRESS_RATE/);
    expect(() => loadConfig({ SEPAKAT_ACCESS_CHECK_MS: '10' })).toThrow(/SEPAKAT_ACCESS_CHECK_MS/);
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

  it('SEPAKAT_TRUST_PROXY: a hop count or proxy addresses, never "trust everyone"', () => {
    expect(parseTrustProxy(undefined)).toBe(false);
    expect(parseTrustProxy('0')).toBe(false);
    expect(parseTrustProxy('1')).toBe(1);
    expect(parseTrustProxy('2')).toBe(2);
    expect(parseTrustProxy('10.0.0.5, 10.0.1.0/24,::1,fd00::/8,loopback')).toEqual([
      '10.0.0.5',
      '10.0.1.0/24',
      '::1',
      'fd00::/8',
      'loopback',
    ]);
    expect(loadConfig({ SEPAKAT_TRUST_PROXY: '127.0.0.1' }).trustProxy).toEqual(['127.0.0.1']);
    for (const bad of [
      'true',
      '*',
      'all',
      'yes',
      '10.0.0.300',
      '10.0.0.0/33',
      'proxy.example',
      '1,2',
      '11',
    ]) {
      expect(() => parseTrustProxy(bad), bad).toThrow(/SEPAKAT_TRUST_PROXY/);
    }
    expect(() => loadConfig({ SEPAKAT_TRUST_PROXY: 'true' })).toThrow(/"true"/);
  });

  it('gives Fastify a hop count as a function that trusts that many hops', () => {
    const two = fastifyTrustProxy(2) as (address: string, hop: number) => boolean;
    expect([0, 1, 2].map((hop) => two('203.0.113.9', hop))).toEqual([true, true, false]);
    expect(fastifyTrustProxy(false)).toBe(false);
    expect(fastifyTrustProxy(['10.0.0.5'])).toEqual(['10.0.0.5']);
  });

  it('fails at start on a malformed value', () => {
    expect(() => loadConfig({ PORT: 'tiga ribu' })).toThrow(/PORT/);
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT/);
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
  });
});

describe('collabSettings', () => {
  it('reads the collaboration limits in their units and refuses nonsense', () => {
    expect(loadConfig({}).collab).toEqual({
      maxDocumentBytes: 32 * 1024 * 1024,
      quotaBytes: 64 * 1024 * 1024,
      maxRefusals: 5,
      pingIntervalMs: 30_000,
    });
    const c = loadConfig({
      SEPAKAT_DOCUMENT_QUOTA_MB: '8',
      SEPAKAT_REFUSALS_PER_MINUTE: '2',
      SEPAKAT_PING_SECONDS: '5',
    });
    expect(c.collab).toMatchObject({ quotaBytes: 8 * 1024 * 1024, maxRefusals: 2, pingIntervalMs: 5000 });
    expect(() => loadConfig({ SEPAKAT_DOCUMENT_QUOTA_MB: '0' })).toThrow(/SEPAKAT_DOCUMENT_QUOTA_MB/);
    expect(() => loadConfig({ SEPAKAT_PING_SECONDS: 'sering' })).toThrow(/SEPAKAT_PING_SECONDS/);
  });
});

describe('SEPAKAT_METRICS_TOKEN', () => {
  it('is off by default, taken when long enough for a Bearer header, refused at start otherwise', () => {
    expect(loadConfig({}).metricsToken).toBeNull();
    expect(loadConfig({ SEPAKAT_METRICS_TOKEN: ' 3f9a0c1e77b24d5e8a6b ' }).metricsToken).toBe(
      '3f9a0c1e77b24d5e8a6b',
    );
    expect(() => loadConfig({ SEPAKAT_METRICS_TOKEN: 'rahasia' })).toThrow(/SEPAKAT_METRICS_TOKEN/);
    expect(() => loadConfig({ SEPAKAT_METRICS_TOKEN: 'dua kata yang cukup panjang' })).toThrow(
      /SEPAKAT_METRICS_TOKEN/,
    );
  });
});
