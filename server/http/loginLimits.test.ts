import { describe, expect, it } from 'vitest';
import { addressKeyOf, isRefusal, LoginLimits, type LoginRefusal, type LoginTicket } from './loginLimits.ts';

const settings = { addressRate: 4, backoffAfter: 3, backoffMs: 1000, backoffMaxMs: 8000 };

/** Limits on a clock the test moves. */
function limits() {
  const clock = { now: 1_000_000 };
  return { clock, limits: new LoginLimits(settings, () => clock.now) };
}

const ticket = (r: LoginTicket | LoginRefusal): LoginTicket => {
  if (isRefusal(r)) throw new Error(`refused: ${r.refused.id}`);
  return r;
};
const refused = (r: LoginTicket | LoginRefusal): LoginRefusal => {
  if (!isRefusal(r)) throw new Error('admitted');
  return r;
};

describe('LoginLimits per address', () => {
  it('refuses the attempt after `addressRate` failures from one address, whatever the username', () => {
    const { limits: l } = limits();
    for (let i = 0; i < 4; i++) ticket(l.admit('10.0.0.1', `user${i}`)).failed();
    const r = refused(l.admit('10.0.0.1', 'user-baru'));
    expect(r.refused.id).toBe('auth.address_limited');
    expect(r.refused.status).toBe(429);
    expect(r.retryAfterSeconds).toBe(15); // one attempt per 60 s / 4
    expect(r.refused.message).toContain('15 detik');
    expect(r.refused.messageEn).toContain('15 seconds');
    // Another address is not affected.
    ticket(l.admit('10.0.0.2', 'user-baru')).failed();
  });

  it('counts attempts in flight, refills over a minute, and gives a success its attempt back', () => {
    const { clock, limits: l } = limits();
    const pending = [0, 1, 2, 3].map((i) => ticket(l.admit('10.0.0.1', `u${i}`)));
    expect(refused(l.admit('10.0.0.1', 'u9')).refused.id).toBe('auth.address_limited');
    pending[0]!.succeeded();
    ticket(l.admit('10.0.0.1', 'u9')).succeeded();
    for (const p of pending.slice(1)) p.failed();
    // Both successes gave their attempt back: one attempt is left.
    ticket(l.admit('10.0.0.1', 'u8')).failed();
    refused(l.admit('10.0.0.1', 'u9'));
    clock.now += 15_000;
    ticket(l.admit('10.0.0.1', 'u9')).failed();
    refused(l.admit('10.0.0.1', 'u9'));
  });

  it('keys IPv6 by its /64 and IPv4-mapped addresses as IPv4', () => {
    expect(addressKeyOf('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressKeyOf('2001:0db8:0001:0002:ffff:1:2:3')).toBe('2001:db8:1:2::/64');
    expect(addressKeyOf('2001:db8::5')).toBe('2001:db8:0:0::/64');
    expect(addressKeyOf('::1')).toBe('0:0:0:0::/64');
    expect(addressKeyOf('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(addressKeyOf('::ffff:192.0.2.7')).toBe('192.0.2.7');
    expect(addressKeyOf('192.0.2.7')).toBe('192.0.2.7');
    const { limits: l } = limits();
    for (let i = 0; i < 4; i++) ticket(l.admit(`2001:db8:1:2::${i + 1}`, `u${i}`)).failed();
    expect(refused(l.admit('2001:db8:1:2:ffff::9', 'x')).refused.id).toBe('auth.address_limited');
  });
});

describe('LoginLimits per account', () => {
  it('lets `backoffAfter` failures through, then makes each try wait longer, from any address', () => {
    const { clock, limits: l } = limits();
    for (let i = 0; i < 3; i++) ticket(l.admit(`10.0.1.${i}`, 'walikota')).failed();
    const first = refused(l.admit('10.0.2.1', 'WaliKota'));
    expect(first.refused.id).toBe('auth.account_backoff');
    expect(first.retryAfterSeconds).toBe(1);
    clock.now += 1000;
    ticket(l.admit('10.0.2.2', 'walikota')).failed();
    clock.now += 1000;
    expect(refused(l.admit('10.0.2.3', 'walikota')).retryAfterSeconds).toBe(1);
    clock.now += 1000;
    ticket(l.admit('10.0.2.4', 'walikota')).failed();
    expect(refused(l.admit('10.0.2.5', 'walikota')).retryAfterSeconds).toBe(4);
    // The wait stops growing at backoffMaxMs.
    for (let i = 0; i < 5; i++) {
      clock.now += 8000;
      ticket(l.admit(`10.0.3.${i}`, 'walikota')).failed();
    }
    expect(refused(l.admit('10.0.4.1', 'walikota')).retryAfterSeconds).toBe(8);
    // Other usernames are not slowed.
    ticket(l.admit('10.0.4.2', 'pemkot')).failed();
  });

  it('a success resets the count; refused tries do not add to it', () => {
    const { clock, limits: l } = limits();
    for (let i = 0; i < 3; i++) ticket(l.admit(`10.0.1.${i}`, 'pemkot')).failed();
    for (let i = 0; i < 5; i++) refused(l.admit(`10.0.5.${i}`, 'pemkot'));
    clock.now += 1000;
    ticket(l.admit('10.0.1.9', 'pemkot')).succeeded();
    for (let i = 0; i < 3; i++) ticket(l.admit(`10.0.6.${i}`, 'pemkot')).failed();
    refused(l.admit('10.0.6.9', 'pemkot'));
  });

  it('counts parallel attempts as failures to come: no burst slips past the backoff', () => {
    const { limits: l } = limits();
    const inFlight = [0, 1, 2].map((i) => ticket(l.admit(`10.0.7.${i}`, 'organisasi')));
    expect(refused(l.admit('10.0.7.9', 'organisasi')).refused.id).toBe('auth.account_backoff');
    inFlight[0]!.succeeded();
    ticket(l.admit('10.0.7.9', 'organisasi')).failed();
  });

  it('forgets failures after a quiet day', () => {
    const { clock, limits: l } = limits();
    for (let i = 0; i < 3; i++) ticket(l.admit(`10.0.1.${i}`, 'tamu')).failed();
    refused(l.admit('10.0.1.9', 'tamu'));
    clock.now += 24 * 3600 * 1000 + 1;
    for (let i = 0; i < 3; i++) ticket(l.admit(`10.0.8.${i}`, 'tamu')).failed();
  });
});
