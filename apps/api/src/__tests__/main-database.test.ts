import { embeddedPort } from '../main-database';

describe('EMBEDDED_PG_PORT', () => {
  const saved = process.env.EMBEDDED_PG_PORT;
  afterEach(() => {
    if (saved === undefined) delete process.env.EMBEDDED_PG_PORT;
    else process.env.EMBEDDED_PG_PORT = saved;
  });

  it('defaults to 5433', () => {
    delete process.env.EMBEDDED_PG_PORT;
    expect(embeddedPort()).toBe(5433);
    process.env.EMBEDDED_PG_PORT = '';
    expect(embeddedPort()).toBe(5433);
  });

  it('takes a port number', () => {
    process.env.EMBEDDED_PG_PORT = '55432';
    expect(embeddedPort()).toBe(55432);
  });

  it('refuses anything else with a message that names the variable', () => {
    for (const bad of ['abc', '0', '70000', '54.3']) {
      process.env.EMBEDDED_PG_PORT = bad;
      expect(() => embeddedPort()).toThrow(`EMBEDDED_PG_PORT must be a port number (1-65535), not "${bad}"`);
    }
  });
});
