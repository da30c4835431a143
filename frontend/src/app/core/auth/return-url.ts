/** The login page's own address: never a place to return to after signing in. */
const LOGIN_PAGE = /^\/login(?:[/?#;]|$)/;

export function isLoginPageUrl(url: string | null | undefined): boolean {
  return !!url && LOGIN_PAGE.test(url);
}

/**
 * `url` when it is a page of this app to return to after signing in: a path on this origin
 * (not `//host`, which browsers read as another site) and not the login page itself, which would nest
 * `returnUrl`s and leave the user on the login page. Otherwise undefined.
 */
export function safeReturnUrl(url: string | null | undefined): string | undefined {
  if (!url || !url.startsWith('/') || url.startsWith('//') || url.startsWith('/\\')) return undefined;
  return isLoginPageUrl(url) || url === '/' ? undefined : url;
}
