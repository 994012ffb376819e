import { describe, expect, it } from 'vitest';
import { testConfig } from '../config.ts';
import { isOriginAllowed } from './origin.ts';

const config = testConfig({ port: 3000, origins: ['https://sepakat.contoh.go.id'] });

describe('isOriginAllowed', () => {
  it("allows no Origin, the server's own origins and the configured ones", () => {
    expect(isOriginAllowed(config, undefined, 'localhost:3000')).toBe(true);
    expect(isOriginAllowed(config, 'http://localhost:3000', undefined)).toBe(true);
    expect(isOriginAllowed(config, 'http://127.0.0.1:3000', undefined)).toBe(true);
    expect(isOriginAllowed(config, 'http://192.168.1.5:3000', '192.168.1.5:3000')).toBe(true);
    expect(isOriginAllowed(config, 'https://sepakat.contoh.go.id', 'internal:3000')).toBe(true);
    expect(isOriginAllowed(config, 'HTTPS://Sepakat.Contoh.go.id', 'internal:3000')).toBe(true);
  });

  it('refuses other sites, other ports, opaque and garbage origins', () => {
    expect(isOriginAllowed(config, 'https://penyerang.example', 'localhost:3000')).toBe(false);
    expect(isOriginAllowed(config, 'http://localhost:5000', 'localhost:3000')).toBe(false);
    expect(isOriginAllowed(config, 'null', 'localhost:3000')).toBe(false);
    expect(isOriginAllowed(config, 'bukan url', 'localhost:3000')).toBe(false);
    expect(isOriginAllowed(config, 'file:///etc/passwd', 'localhost:3000')).toBe(false);
  });
});
