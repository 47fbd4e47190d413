import { describe, expect, it } from 'vitest';
import { isOwnImage, wechatProse } from '../../../src/lib/wechat/prose.ts';
import { createReferences } from '../../../src/lib/wechat/references.ts';

const STORY = 'https://site.example/stories/s/';
const convert = (html: string) => {
  const refs = createReferences(STORY);
  return { html: wechatProse(html, refs), refs: refs.list() };
};

describe('wechatProse', () => {
  it('turns every link into its text and a reference number, one number per address', () => {
    const { html, refs } = convert(
      '<p>See <a href="https://a.example/x">A</a>, <a href="/data/#row-1">54.2亿元</a>, ' +
        '<a href="https://a.example/x">A again</a> and <a href="#part">below</a>.</p>',
    );
    expect(html).not.toContain('<a');
    expect(html).toContain('A<sup style="font-size:12px;color:#576b95;">[1]</sup>');
    expect(html).toContain('54.2亿元<sup');
    expect(html).toContain('A again<sup style="font-size:12px;color:#576b95;">[1]</sup>');
    expect(refs).toEqual([
      { n: 1, url: 'https://a.example/x' },
      { n: 2, url: 'https://site.example/data/#row-1' },
      { n: 3, url: 'https://site.example/stories/s/#part' },
    ]);
  });

  it('leaves out scripts, frames, styles and text meant for screen readers only', () => {
    const { html } = convert(
      '<p>Text<span class="visually-hidden">（来源：X）</span></p><script>alert(1)</script>' +
        '<iframe src="https://x.example"></iframe><style>p{}</style><div hidden>secret</div>',
    );
    expect(html).toBe('<p style="margin:0 0 16px;">Text</p>');
  });

  it('writes headings, lists and emphasis as the allowed elements with inline styles', () => {
    const { html } = convert(
      '<h2 id="x" class="h">标题</h2><h3>小标题</h3><ul><li><strong>a</strong> <em>b</em> <code>c</code></li></ul><div class="d">d</div>',
    );
    expect(html).toMatch(
      /^<h3 style="[^"]+">标题<\/h3><p style="[^"]*font-weight:bold[^"]*">小标题<\/p>/,
    );
    expect(html).toContain('<ul style=');
    expect(html).toContain(
      '<li style="margin:0 0 6px;"><strong>a</strong> <em>b</em> <span style=',
    );
    expect(html).toContain('<section>d</section>');
    expect(html).not.toMatch(/class=|id=|<div|<code/);
  });

  it('escapes text again after parsing its entities', () => {
    expect(convert('<p>a &lt;b&gt; &amp; "c"</p>').html).toBe(
      '<p style="margin:0 0 16px;">a &lt;b&gt; &amp; &quot;c&quot;</p>',
    );
  });

  it('keeps our own PNG and JPEG images and writes any other as its description', () => {
    const { html } = convert(
      '<p><img src="/images/gate.jpg" alt="园区大门"><img src="https://x.example/a.png" alt="外站图"><img src="/a.svg" alt=""></p>',
    );
    expect(html).toContain('<img src="/images/gate.jpg" alt="园区大门" style=');
    expect(html).toContain('［图：外站图］');
    expect(html).not.toContain('x.example');
    expect(html).not.toContain('a.svg');
  });

  it('writes a table as lines of text', () => {
    const { html } = convert(
      '<table><tr><th>省</th><th>项</th></tr><tr><td>湖南</td><td>13</td></tr></table>',
    );
    expect(html).toBe(
      '<p style="margin:0 0 16px;">省　|　项</p><p style="margin:0 0 16px;">湖南　|　13</p>',
    );
  });
});

describe('isOwnImage', () => {
  it('accepts site addresses of PNG and JPEG files only', () => {
    expect(isOwnImage('/charts/a.png')).toBe(true);
    expect(isOwnImage('/images/b.JPG')).toBe(true);
    expect(isOwnImage('//cdn.example/a.png')).toBe(false);
    expect(isOwnImage('https://x.example/a.png')).toBe(false);
    expect(isOwnImage('/a.svg')).toBe(false);
  });
});
