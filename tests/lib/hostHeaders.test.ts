import { describe, expect, it } from 'vitest';
import { readHostHeaders } from '../support/hostHeaders.ts';

describe('public/_headers', () => {
  const headersFor = readHostHeaders();

  it('forbids framing and inline script on site pages', () => {
    const csp = headersFor('/stories/why-hunan/')['content-security-policy'] ?? '';
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).toMatch(/script-src 'self'( 'wasm-unsafe-eval')?;/);
    expect(csp).not.toContain('unsafe-inline');
    expect(headersFor('/')['x-frame-options']).toBe('SAMEORIGIN');
  });

  it('lets any site frame an embed', () => {
    const headers = headersFor('/embed/filings-map/');
    expect(headers['content-security-policy']).toContain('frame-ancestors *');
    expect(headers['x-frame-options']).toBeUndefined();
    expect(headers['x-content-type-options']).toBe('nosniff');
  });

  it('allows style attributes on WeChat exports only, and still no inline script or <style>', () => {
    const csp = headersFor('/wechat/why-hunan/')['content-security-policy'] ?? '';
    expect(csp).toContain("style-src-attr 'unsafe-inline'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("style-src 'self';");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(headersFor('/stories/why-hunan/')['content-security-policy']).not.toContain(
      'style-src-attr',
    );
  });
});
