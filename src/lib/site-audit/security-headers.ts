/**
 * The HTTP security headers of the site: the single source of truth. The build writes them to
 * dist/_headers (Netlify / Cloudflare Pages syntax) and `npm run headers:nginx` prints the same rules
 * as an nginx snippet (documented in the README; a test keeps the two in step).
 *
 * Why each directive:
 * - script-src 'self' 'wasm-unsafe-eval': scripts only from our own files, never inline (no
 *   'unsafe-inline', so an injected <script> or on*= attribute does not run). Pagefind compiles its
 *   WebAssembly search engine, which CSP blocks unless 'wasm-unsafe-eval' is present; that keyword
 *   allows WebAssembly compilation only, not eval() of JavaScript.
 * - style-src 'self': no inline styles either (charts use SVG presentation attributes, not style=).
 * - connect-src 'self': Pagefind fetches its index files; worker-src 'self': Pagefind's search worker.
 * - frame-ancestors 'self': no other site may frame ours (clickjacking). The widget pages under /embed/
 *   are the only exception: any site may frame them (frame-ancestors *), and their static JSON and
 *   scripts carry Access-Control-Allow-Origin: * so the web component can read them from a municipal
 *   site. They hold only public figures and no cookies, so CORS gives nothing away.
 * - Strict-Transport-Security: once a browser has seen the site over HTTPS it never falls back to plain
 *   HTTP for two years, also on subdomains (no downgrade on a hostile network). Browsers ignore the
 *   header on plain-HTTP responses, so local previews are unaffected. No "preload": that is a
 *   commitment for the domain owner to make, not the site's.
 * - Permissions-Policy: the site uses no device features, except the observer finder's "use my
 *   location" button: geolocation=(self) on the finder pages only (finderPermissionPaths), never on
 *   the municipality pages below them. The position stays in the browser.
 */

export interface HeaderRule {
  /** A path pattern in _headers syntax: `*` matches any run of characters, `:name` one segment. */
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  /** Headers of earlier matching rules that this rule removes (`! Name` in _headers). */
  readonly detach?: readonly string[];
}

const contentSecurityPolicy: Readonly<Record<string, string>> = {
  'default-src': "'none'",
  'script-src': "'self' 'wasm-unsafe-eval'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'worker-src': "'self'",
  // The widget configurator previews our own /embed/ pages in an iframe; no other origin may be framed.
  'frame-src': "'self'",
  'manifest-src': "'self'",
  'base-uri': "'none'",
  'form-action': "'self'",
  'object-src': "'none'",
  'frame-ancestors': "'self'",
};

function serializeCsp(policy: Readonly<Record<string, string>>): string {
  return Object.entries(policy)
    .map(([directive, value]) => `${directive} ${value}`)
    .join('; ');
}

/** Parses a CSP header value into directive → list of source expressions. */
export function parseCsp(value: string): Map<string, string[]> {
  const policy = new Map<string, string[]>();
  for (const part of value.split(';')) {
    const [directive, ...sources] = part.trim().split(/\s+/);
    if (directive && !policy.has(directive.toLowerCase())) policy.set(directive.toLowerCase(), sources);
  }
  return policy;
}

/** The policy of the embed pages: the same, except that any site may frame them. */
export const embedContentSecurityPolicy: Readonly<Record<string, string>> = {
  ...contentSecurityPolicy,
  'frame-ancestors': '*',
};

const noDeviceFeatures =
  'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()';

/** The finder pages (one per language, and one per election under each) that may ask for the position. */
export const finderPermissionPaths = [
  '/waarnemen/tellingen/',
  '/waarnemen/tellingen/:election/',
  '/en/observing/counts/',
  '/en/observing/counts/:election/',
] as const;

export const securityHeaderRules: readonly HeaderRule[] = [
  {
    path: '/*',
    headers: {
      'Content-Security-Policy': serializeCsp(contentSecurityPolicy),
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'X-Content-Type-Options': 'nosniff',
      'Permissions-Policy': noDeviceFeatures,
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
    },
  },
  {
    // Widgets for other sites (issue 14). `! Content-Security-Policy` removes the site-wide policy
    // first: two CSP headers would both apply, and the stricter frame-ancestors 'self' would win.
    path: '/embed/*',
    detach: ['Content-Security-Policy'],
    headers: {
      'Content-Security-Policy': serializeCsp(embedContentSecurityPolicy),
      'Access-Control-Allow-Origin': '*',
      'Cross-Origin-Resource-Policy': 'cross-origin',
    },
  },
  ...finderPermissionPaths.map((path): HeaderRule => ({
    path,
    detach: ['Permissions-Policy'],
    headers: { 'Permissions-Policy': noDeviceFeatures.replace('geolocation=()', 'geolocation=(self)') },
  })),
];

/** The rules in _headers syntax (https://docs.netlify.com/routing/headers/). */
export function renderHeadersFile(rules: readonly HeaderRule[]): string {
  const lines = ['# Generated from src/lib/site-audit/security-headers.ts by the build: edit that file.'];
  for (const rule of rules) {
    lines.push(rule.path);
    for (const name of rule.detach ?? []) lines.push(`  ! ${name}`);
    for (const [name, value] of Object.entries(rule.headers)) lines.push(`  ${name}: ${value}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The same rules as nginx configuration, for the server block that serves dist/. A `/*` rule becomes
 * server-level add_header lines; nginx drops inherited add_header lines in any location that has its
 * own, hence `always` and the advice in the comment.
 */
export function renderNginx(rules: readonly HeaderRule[]): string {
  const lines = [
    '# Open Telling security headers, generated by `npm run headers:nginx` from',
    '# src/lib/site-audit/security-headers.ts. Put these lines in the server block that serves dist/.',
    '# nginx forgets inherited add_header lines inside a location that has its own: repeat them there.',
  ];
  const serverWide: Record<string, string> = {};
  for (const rule of rules.filter((r) => r.path === '/*')) Object.assign(serverWide, rule.headers);
  for (const rule of rules) {
    const location = nginxLocation(rule.path);
    const indent = location ? '  ' : '';
    if (location) lines.push(`location ${location} {`);
    // Inside a location nginx forgets the server's add_header lines, so a location repeats them
    // (minus the ones the rule detaches) before its own.
    const detached = new Set((rule.detach ?? []).map((n) => n.toLowerCase()));
    const inherited = location
      ? Object.entries(serverWide).filter(([n]) => !detached.has(n.toLowerCase()) && !(n in rule.headers))
      : [];
    for (const [name, value] of [...inherited, ...Object.entries(rule.headers)]) {
      lines.push(`${indent}add_header ${name} "${value.replaceAll('"', '\\"')}" always;`);
    }
    if (location) lines.push('}');
  }
  lines.push('error_page 404 /404.html;');
  return `${lines.join('\n')}\n`;
}

/** `/*` is the whole server (no location); `/a/b/*` becomes a prefix location. */
function nginxLocation(pattern: string): string | undefined {
  if (pattern === '/*') return undefined;
  // One `:name` segment followed by a slash: a regular-expression location for that one level.
  if (/^\/[^*]*:[A-Za-z_]\w*\/$/.test(pattern) && !/:[A-Za-z_]\w*.*:/.test(pattern))
    return `~ ^${pattern.replace(/:[A-Za-z_]\w*/, '[^/]+')}$`;
  if (/^\/[^*:]*\*$/.test(pattern)) return pattern.slice(0, -1);
  if (!/[*:]/.test(pattern)) return `= ${pattern}`;
  throw new Error(`security-headers: no nginx translation for the path pattern "${pattern}"`);
}
