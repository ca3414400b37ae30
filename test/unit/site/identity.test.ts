import { describe, expect, it } from 'vitest';
import { DEFAULT_DESCRIPTION, DEFAULT_TITLE, DEFAULT_URL, siteIdentity } from '../../../src/site/identity';

describe('siteIdentity (SITE_* environment variables)', () => {
  it('defaults to the product name at the root of the preview origin', () => {
    expect(siteIdentity({})).toEqual({ url: DEFAULT_URL, base: '/', title: DEFAULT_TITLE, description: DEFAULT_DESCRIPTION });
  });

  it('reads the origin, base path, title, description, footer and logo', () => {
    const identity = siteIdentity(
      {
        SITE_URL: 'https://intranet.contoso.example',
        SITE_BASE: 'aks-field-manual',
        SITE_TITLE: ' Contoso AKS Networking ',
        SITE_DESCRIPTION: 'Our network plugin guidance.',
        SITE_FOOTER: 'Internal use only.',
        SITE_LOGO: 'test/fixtures/site/logo.svg',
      },
      process.cwd(),
    );
    expect(identity).toEqual({
      url: 'https://intranet.contoso.example',
      base: '/aks-field-manual/',
      title: 'Contoso AKS Networking',
      description: 'Our network plugin guidance.',
      footer: 'Internal use only.',
      logo: `${process.cwd()}/test/fixtures/site/logo.svg`,
    });
  });

  it('treats blank values as unset', () => {
    expect(siteIdentity({ SITE_TITLE: '  ', SITE_FOOTER: '', SITE_URL: '' })).toEqual(siteIdentity({}));
  });

  it.each([
    [{ SITE_URL: 'intranet.contoso.example' }, 'SITE_URL="intranet.contoso.example" is not an absolute URL'],
    [{ SITE_URL: 'ftp://intranet.contoso.example' }, 'must start with http:// or https://'],
    [{ SITE_URL: 'https://intranet.contoso.example/aks/' }, 'set SITE_URL to the origin (https://intranet.contoso.example) and SITE_BASE to the path (/aks/)'],
    [{ SITE_BASE: 'https://x.example/aks' }, 'SITE_BASE="https://x.example/aks" is not a URL path'],
    [{ SITE_BASE: '/aks field/' }, 'is not a URL path'],
    [{ SITE_LOGO: 'README.md' }, 'SITE_LOGO="README.md" is not an image'],
    [{ SITE_LOGO: 'missing/logo.svg' }, 'SITE_LOGO="missing/logo.svg": no such file'],
  ])('a bad value stops the build naming the variable: %o', (env, message) => {
    expect(() => siteIdentity(env)).toThrow(message);
  });
});
