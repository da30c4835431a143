import { isLoginPageUrl, safeReturnUrl } from './return-url';

describe('return URL', () => {
  it('keeps a page of the app, query included', () => {
    expect(safeReturnUrl('/agreements/a1/commitments?level=0')).toBe('/agreements/a1/commitments?level=0');
  });

  it('refuses the login page, other sites and anything not a path', () => {
    for (const url of ['/login', '/login?returnUrl=%2Fx', '//evil.example/', '/\\evil.example', 'https://x.org/', '']) {
      expect(safeReturnUrl(url)).toBeUndefined();
    }
  });

  it('tells the login page from pages whose path merely starts alike', () => {
    expect(isLoginPageUrl('/login?returnUrl=%2Fx')).toBe(true);
    expect(isLoginPageUrl('/logins')).toBe(false);
  });
});
