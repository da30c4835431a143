import { validateConfig } from './app-config';

const base = { DATABASE_URL: 'postgres://u:p@localhost:5432/accord', JWT_SECRET: 'x'.repeat(32) };

describe('validateConfig', () => {
  it('applies defaults to what is optional', () => {
    expect(validateConfig(base)).toMatchObject({
      PORT: 3000,
      ACCORD_DEMO_DATA: true,
      JWT_EXPIRES_IN: '8h',
      LOG_LEVEL: 'info',
    });
  });

  it('reads numbers and booleans from their text', () => {
    expect(validateConfig({ ...base, PORT: '8080', ACCORD_DEMO_DATA: 'false' })).toMatchObject({
      PORT: 8080,
      ACCORD_DEMO_DATA: false,
    });
  });

  it.each([
    ['no database URL', { JWT_SECRET: base.JWT_SECRET }, /DATABASE_URL/],
    ['a database URL of another kind', { ...base, DATABASE_URL: 'mysql://localhost/accord' }, /DATABASE_URL/],
    ['no JWT secret (there is no default)', { DATABASE_URL: base.DATABASE_URL }, /JWT_SECRET/],
    ['a short JWT secret', { ...base, JWT_SECRET: 'secret' }, /JWT_SECRET/],
    ['a port out of range', { ...base, PORT: '70000' }, /PORT/],
    ['a short demo password', { ...base, ACCORD_DEMO_PASSWORD: 'short' }, /ACCORD_DEMO_PASSWORD/],
  ])('stops the start on %s, naming the variable', (_name, env, message) => {
    expect(() => validateConfig(env)).toThrow(message);
  });

  it('treats an empty variable as not set', () => {
    expect(validateConfig({ ...base, ACCORD_DEMO_PASSWORD: '' }).ACCORD_DEMO_PASSWORD).toBeUndefined();
  });
});
