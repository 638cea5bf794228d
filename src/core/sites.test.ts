import { describe, expect, it } from 'vitest';
import { isMatchPattern, matchPattern, SITES, siteForUrl, siteMeta } from './sites';

describe('the site list', () => {
  it('has unique ids and names, and every match pattern parses', () => {
    expect(new Set(SITES.map((s) => s.id)).size).toBe(SITES.length);
    expect(new Set(SITES.map((s) => s.name)).size).toBe(SITES.length);
    for (const site of SITES) {
      expect(site.id).toMatch(/^[a-z0-9-]+$/);
      expect(site.matches.length).toBeGreaterThan(0);
      for (const m of site.matches) expect(isMatchPattern(m), `${site.id}: ${m}`).toBe(true);
    }
  });

  it('throws on an unknown id', () => {
    expect(() => siteMeta('no-such-site')).toThrow(/unknown site/);
  });
});

describe('siteForUrl', () => {
  it('finds the site of a conversation page on each of its hosts', () => {
    expect(siteForUrl('https://chatgpt.com/c/abc-123')?.id).toBe('chatgpt');
    expect(siteForUrl('https://chat.openai.com/')?.id).toBe('chatgpt');
    expect(siteForUrl('https://www.perplexity.ai/search/x')?.id).toBe('perplexity');
    expect(siteForUrl('https://perplexity.ai/search/x')?.id).toBe('perplexity');
    expect(siteForUrl('https://github.com/copilot/c/123?x=1')?.id).toBe('github-copilot');
  });

  it('refuses look-alike hosts, other schemes, other paths and garbage', () => {
    expect(siteForUrl('https://chatgpt.com.evil.example/c/1')).toBeNull();
    expect(siteForUrl('https://evilchatgpt.com/')).toBeNull();
    expect(siteForUrl('http://chatgpt.com/')).toBeNull();
    expect(siteForUrl('https://github.com/torvalds/linux')).toBeNull();
    expect(siteForUrl('not a url')).toBeNull();
    expect(siteForUrl('')).toBeNull();
  });
});

describe('matchPattern', () => {
  it('follows match-pattern semantics for wildcard hosts and paths', () => {
    expect(matchPattern('https://*.example.com/*', new URL('https://a.b.example.com/x'))).toBe(true);
    expect(matchPattern('https://*.example.com/*', new URL('https://example.com/'))).toBe(true);
    expect(matchPattern('https://*.example.com/*', new URL('https://badexample.com/'))).toBe(false);
    expect(matchPattern('*://example.com/a*', new URL('http://example.com/abc'))).toBe(true);
    expect(matchPattern('*://example.com/a*', new URL('ftp://example.com/abc'))).toBe(false);
    expect(matchPattern('https://example.com/a', new URL('https://example.com/ab'))).toBe(false);
    expect(matchPattern('not a pattern', new URL('https://example.com/'))).toBe(false);
  });
});
