import { validateConfig } from './app-config';

const base = { DATABASE_URL: 'postgres://u:p@localhost:5432/accord', JWT_SECRET: 'x'.repeat(32) };

describe('validateConfig', () => {
  it('applies defaults to what is optional', () => {
    expect(validateConfig(base)).toMatchObject({
      PORT: 3000,
      ACCORD_DEMO_DATA: true,
      JWT_EXPIRES_IN: '8h',
      LOG_LEVEL: 'info',
      JOB_MAX_MINUTES: 30,
      JOB_RESULT_DAYS: 7,
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
    ['no run time for jobs', { ...base, JOB_MAX_MINUTES: '0' }, /JOB_MAX_MINUTES/],
    ['job files kept a fraction of a day', { ...base, JOB_RESULT_DAYS: '0.5' }, /JOB_RESULT_DAYS/],
  ])('stops the start on %s, naming the variable', (_name, env, message) => {
    expect(() => validateConfig(env)).toThrow(message);
  });

  const smtp = {
    SMTP_HOST: 'mail.example.org',
    SMTP_FROM: 'Accord <reports@example.org>',
    APP_URL: 'https://accord.example.org',
  };

  it('needs no SMTP setting, and reads those given', () => {
    expect(validateConfig(base).SMTP_HOST).toBeUndefined();
    expect(validateConfig({ ...base, ...smtp, SMTP_PORT: '2525', SMTP_USER: 'u', SMTP_PASSWORD: 'p' })).toMatchObject({
      ...smtp,
      SMTP_PORT: 2525,
      SMTP_USER: 'u',
    });
  });

  it.each([
    ['a port alone', { SMTP_PORT: '25' }, /SMTP_HOST, SMTP_FROM and APP_URL/],
    ['no sender', { SMTP_HOST: smtp.SMTP_HOST, APP_URL: smtp.APP_URL }, /SMTP_FROM/],
    ['no address of the app for the links', { SMTP_HOST: smtp.SMTP_HOST, SMTP_FROM: smtp.SMTP_FROM }, /APP_URL/],
    ['a user without a password', { ...smtp, SMTP_USER: 'u' }, /SMTP_USER and SMTP_PASSWORD/],
    ['a sender that is no address', { ...smtp, SMTP_FROM: 'reports' }, /SMTP_FROM must be/],
    ['a port out of range', { ...smtp, SMTP_PORT: '0' }, /SMTP_PORT/],
    ['an app address that is no URL', { ...smtp, APP_URL: 'accord.example.org' }, /APP_URL must be/],
  ])('stops the start on e-mail settings with %s', (_name, env, message) => {
    expect(() => validateConfig({ ...base, ...env })).toThrow(message);
  });

  it('treats an empty variable as not set', () => {
    expect(validateConfig({ ...base, ACCORD_DEMO_PASSWORD: '' }).ACCORD_DEMO_PASSWORD).toBeUndefined();
  });
});
