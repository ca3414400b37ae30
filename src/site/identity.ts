/**
 * The site's identity and where it is hosted, from environment variables read at build time, so an
 * organisation builds its own copy without editing code: SITE_URL (origin), SITE_BASE (path),
 * SITE_TITLE, SITE_DESCRIPTION, SITE_LOGO (an image file) and SITE_FOOTER (a line of text). A bad
 * value stops the build with a message naming the variable.
 */
import fs from 'node:fs';
import path from 'node:path';
import { normaliseBase } from '../generators/href';

/** The product's own name, the title when SITE_TITLE is not set. */
export const DEFAULT_TITLE = 'AKS Networking Field Manual';
/** The site's description when SITE_DESCRIPTION is not set. */
export const DEFAULT_DESCRIPTION = 'Choose, plan and review the network plugin of Azure Kubernetes Service clusters, with sourced facts and calculators.';
/** The origin when SITE_URL is not set: the preview server's. */
export const DEFAULT_URL = 'http://localhost:4321';

const LOGO_TYPES = ['.svg', '.png', '.jpg', '.jpeg', '.webp', '.avif'];

/** Who the site is and where it lives. */
export interface SiteIdentity {
  /** Origin the site is served from, e.g. `https://intranet.contoso.example` (no path). */
  url: string;
  /** Base path, e.g. `/` or `/aks-field-manual/`. */
  base: string;
  title: string;
  description: string;
  /** Absolute path of the logo image, when SITE_LOGO names one. */
  logo?: string;
  /** A line of text under every page, when SITE_FOOTER is set. */
  footer?: string;
}

/** Thrown for a bad SITE_* value; the message names the variable and what is expected. */
export class SiteConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SiteConfigError';
  }
}

/** A set, non-blank variable, trimmed. */
function setting(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

/** Reads the identity from the environment; relative SITE_LOGO paths are relative to `root`. */
export function siteIdentity(env: NodeJS.ProcessEnv = process.env, root: string = process.cwd()): SiteIdentity {
  const url = setting(env, 'SITE_URL') ?? DEFAULT_URL;
  let origin: URL;
  try {
    origin = new URL(url);
  } catch {
    throw new SiteConfigError(`SITE_URL="${url}" is not an absolute URL; expected an origin such as https://intranet.contoso.example`);
  }
  if (!/^https?:$/.test(origin.protocol)) throw new SiteConfigError(`SITE_URL="${url}" must start with http:// or https://`);
  if (origin.pathname !== '/' || origin.search || origin.hash) {
    throw new SiteConfigError(`SITE_URL="${url}" has a path; set SITE_URL to the origin (${origin.origin}) and SITE_BASE to the path (${origin.pathname})`);
  }
  const logoSetting = setting(env, 'SITE_LOGO');
  let logo: string | undefined;
  if (logoSetting) {
    logo = path.resolve(root, logoSetting);
    if (!LOGO_TYPES.includes(path.extname(logo).toLowerCase())) throw new SiteConfigError(`SITE_LOGO="${logoSetting}" is not an image; expected a ${LOGO_TYPES.join(', ')} file`);
    if (!fs.existsSync(logo) || !fs.statSync(logo).isFile()) throw new SiteConfigError(`SITE_LOGO="${logoSetting}": no such file (${logo})`);
  }
  const baseSetting = env.SITE_BASE ?? '';
  if (!/^[A-Za-z0-9._~/-]*$/.test(baseSetting.trim())) {
    throw new SiteConfigError(`SITE_BASE="${baseSetting}" is not a URL path; expected a path such as /aks-field-manual/ (letters, digits, - . _ ~ and /)`);
  }
  const footer = setting(env, 'SITE_FOOTER');
  return {
    url: origin.origin,
    base: normaliseBase(env.SITE_BASE),
    title: setting(env, 'SITE_TITLE') ?? DEFAULT_TITLE,
    description: setting(env, 'SITE_DESCRIPTION') ?? DEFAULT_DESCRIPTION,
    ...(logo ? { logo } : {}),
    ...(footer ? { footer } : {}),
  };
}

let configured: SiteIdentity | undefined;

/** This build's identity (from process.env), read once: pages call it on every render. */
export function buildIdentity(): SiteIdentity {
  configured ??= siteIdentity();
  return configured;
}
