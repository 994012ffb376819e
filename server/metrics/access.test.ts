import { describe, expect, it } from 'vitest';
import { isLoopback, metricsAccess } from './access.ts';

const TOKEN = 'k9Q2-vX7_pL4.mN8~z';
const from = (remoteAddress: string, headers: Record<string, string> = {}) => ({ remoteAddress, headers });

describe('who may read /metrics', () => {
  it('knows loopback addresses, IPv4-mapped ones too', () => {
    for (const a of ['127.0.0.1', '127.3.2.1', '::1', '::ffff:127.0.0.1'])
      expect(isLoopback(a), a).toBe(true);
    for (const a of ['10.0.0.5', '::ffff:10.0.0.5', '128.0.0.1', '::2', '1270.0.0.1', '', undefined]) {
      expect(isLoopback(a), String(a)).toBe(false);
    }
  });

  it('serves the machine itself, with or without a token set', () => {
    expect(metricsAccess(from('127.0.0.1'), null)).toBe('allowed');
    expect(metricsAccess(from('::1'), TOKEN)).toBe('allowed');
  });

  it('treats a request a proxy forwarded as coming from elsewhere, though its peer is loopback', () => {
    for (const header of ['x-forwarded-for', 'forwarded', 'x-real-ip']) {
      expect(metricsAccess(from('127.0.0.1', { [header]: '203.0.113.9' }), null), header).toBe('local-only');
      expect(metricsAccess(from('127.0.0.1', { [header]: '203.0.113.9' }), TOKEN), header).toBe(
        'token-required',
      );
    }
  });

  it('refuses another machine without a token set, and asks it for the token when one is', () => {
    expect(metricsAccess(from('10.0.0.7'), null)).toBe('local-only');
    expect(metricsAccess(from('10.0.0.7', { authorization: `Bearer ${TOKEN}` }), null)).toBe('local-only');
    expect(metricsAccess(from('10.0.0.7'), TOKEN)).toBe('token-required');
  });

  it('serves another machine only the exact token, as a Bearer token', () => {
    const withAuth = (authorization: string) => metricsAccess(from('10.0.0.7', { authorization }), TOKEN);
    expect(withAuth(`Bearer ${TOKEN}`)).toBe('allowed');
    expect(withAuth(`bearer ${TOKEN}`)).toBe('allowed');
    expect(withAuth(`Bearer ${TOKEN}x`)).toBe('token-required');
    expect(withAuth(`Bearer ${TOKEN.slice(0, -1)}`)).toBe('token-required');
    expect(withAuth(`Basic ${TOKEN}`)).toBe('token-required');
    expect(withAuth(TOKEN)).toBe('token-required');
    expect(withAuth('Bearer ')).toBe('token-required');
  });
});
