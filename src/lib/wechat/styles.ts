/**
 * The look of a WeChat article, as inline styles: the WeChat editor keeps a `style` attribute
 * and drops classes, <style> and stylesheets. Light only (WeChat articles are read light), body
 * 16 px with a 1.75 line height, every colour at least 4.5:1 on white.
 */
export const WECHAT_STYLE = {
  article: 'font-size:16px;line-height:1.75;color:#333333;background-color:#ffffff;',
  title: 'font-size:22px;line-height:1.4;font-weight:bold;color:#222222;margin:0 0 12px;',
  dek: 'font-size:17px;line-height:1.7;color:#555555;margin:0 0 12px;',
  meta: 'font-size:14px;line-height:1.6;color:#666666;margin:0 0 16px;',
  notice:
    'font-size:14px;line-height:1.6;color:#333333;margin:0 0 20px;padding:8px 12px;' +
    'border-left:3px solid #b3261e;background-color:#fdf3f2;',
  noticeLabel: 'color:#b3261e;font-weight:bold;',
  p: 'margin:0 0 16px;',
  h2: 'font-size:18px;line-height:1.5;font-weight:bold;color:#222222;margin:28px 0 12px;',
  h3: 'font-size:16px;line-height:1.6;font-weight:bold;color:#222222;margin:20px 0 8px;',
  list: 'margin:0 0 16px;padding-left:24px;',
  li: 'margin:0 0 6px;',
  quote: 'margin:0 0 16px;padding:4px 0 4px 12px;border-left:3px solid #dddddd;color:#555555;',
  code: 'font-family:Menlo,Consolas,monospace;font-size:14px;',
  rule: 'margin:24px 0;border-top:1px solid #dddddd;',
  figure: 'margin:24px 0;',
  image: 'display:block;width:100%;height:auto;margin:0;',
  caption: 'font-size:14px;line-height:1.6;color:#666666;margin:8px 0 0;',
  ref: 'font-size:12px;color:#576b95;',
  section: 'margin:32px 0 0;padding-top:8px;border-top:1px solid #eeeeee;',
  sectionTitle: 'font-size:16px;line-height:1.6;font-weight:bold;color:#222222;margin:8px 0;',
  small: 'font-size:13px;line-height:1.6;color:#666666;margin:0 0 6px;word-break:break-all;',
  closing: 'font-size:14px;line-height:1.6;color:#666666;margin:24px 0 0;word-break:break-all;',
} as const;

export type WechatStyle = keyof typeof WECHAT_STYLE;
